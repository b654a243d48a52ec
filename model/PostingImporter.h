#pragma once

#include <QCoreApplication>

#include "CsvReader.h"
#include "Entities.h"
#include "ImportMapping.h"
#include "Result.h"

#include <QList>

#include <functional>

namespace annalist {

class Ledger;

struct ImportOptions
{
    int year = 0;
    ImportMapping mapping;
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = 0; // 0: detected
    bool dryRun = false;
    bool force = false;        // import postings that are already in the year all the same
    bool skipExisting = false; // leave out postings that are already in the year
    int maxIssues = 100;       // the bad rows described one by one; the rest are counted
    // Called now and then with the bytes read so far and the file's size; false cancels, and the
    // ledger stays as it was.
    std::function<bool(qint64 done, qint64 total)> progress;
    // When set, a file whose bytes do not have this hash (ImportSummary::fileHash) is refused:
    // an import done again must read the very file it read before.
    QByteArray expectedHash;
};

// One bad row (or the file as a whole when line is 0).
struct ImportIssue
{
    qint64 line = 0;
    QString column; // as the header names it; empty when the row as a whole is wrong
    QString value;
    QString message; // what is wrong and what was expected

    // "postings.csv:7: column "Beløb", value "12,3,4": ..."
    QString toString(const QString &file) const;
};

struct ImportAccountTotal
{
    qint64 accountId = 0;
    QString number;
    QString name;
    qint64 count = 0;
    Money total;
};

// What an import did, or, on a dry run, would do.
struct ImportSummary
{
    QString file;
    int year = 0;
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = ';';
    bool dryRun = false;
    qint64 rows = 0;     // postings in the file
    qint64 imported = 0; // written (on a dry run: would be)
    qint64 skipped = 0;  // already in the year, left out
    bool yearCreated = false;
    QList<ImportAccountTotal> totals; // of the imported postings, in statement order
    Money total;
    // The ids the imported postings got: every one from firstId to lastId (none on a dry run).
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 fileSize = 0;
    QByteArray fileHash; // of the bytes read (BLAKE2b-256)
};

// Imports the postings of an ERP's CSV export into a fiscal year: all of them or, when a single
// row is wrong, none. Every bad row is reported with its line, column and value.
class PostingImporter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingImporter)

public:
    explicit PostingImporter(const Ledger &ledger) : m_ledger(ledger) {}

    // Reads `path` and imports it. A bad file gives a BadInput error whose message lists the bad
    // rows (up to options.maxIssues, then how many more); issues() holds them one by one.
    // Postings already in the year (same voucher, date, account and amount) are refused unless
    // options.force or options.skipExisting. A year not yet in the books is created, open.
    Result<ImportSummary> run(const QString &path, const ImportOptions &options);

    // Takes an import back: removes exactly the postings it wrote, and the fiscal year when the
    // import created it and nothing else refers to it now, in one transaction. Refuses, changing
    // nothing, when those postings are no longer all there or their year has been closed.
    Status undo(const ImportSummary &summary);

    const QList<ImportIssue> &issues() const { return m_issues; }
    qint64 issueCount() const { return m_issueCount; }
    // Of the issues, how many rows are postings already in the year.
    qint64 duplicateCount() const { return m_duplicateCount; }

    // The message of a refused file: a first line, then one line a bad row.
    static QString describe(const QString &file, const QList<ImportIssue> &issues, qint64 count);

private:
    class Run;
    void addIssue(ImportIssue issue, int max);

    const Ledger &m_ledger;
    QList<ImportIssue> m_issues;
    qint64 m_issueCount = 0;
    qint64 m_duplicateCount = 0;
};

} // namespace annalist
