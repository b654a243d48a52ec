#pragma once

#include <QCoreApplication>

#include "Entities.h"
#include "ImportMapping.h"
#include "PostingImporter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <functional>

namespace annalist {

class CsvRecord;

// A row of an import that passed every check, with its account's place in statement order.
struct CheckedPosting
{
    qint32 date = 0; // yyyymmdd
    qint64 voucher = 0;
    qint64 accountId = 0;
    int accountSlot = 0;
    qint64 projectId = 0; // 0: none
    qint64 amount = 0;    // øre
    QByteArrayView text;  // UTF-8, into the record
};

// Checks the rows of an ERP export against the chart of accounts and the fiscal year. Reads no
// database: the caller hands it the accounts and projects, so that it may run on any thread.
class PostingRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingRowChecker)

public:
    using Report = std::function<void(ImportIssue)>;

    PostingRowChecker(const ImportColumns &columns, char delimiter, int year, const QDate &start, const QDate &end);
    // `accounts` in statement order: an account's slot is its place there.
    void setChart(const QList<Account> &accounts, const QList<Project> &projects);
    const QList<Account> &accounts() const { return m_accounts; }

    // Checks one record; fills `posting` when it is good, else reports every problem it has.
    bool check(const CsvRecord &record, CheckedPosting *posting, const Report &report);

    // A field's value without surrounding spaces, a text column's also without the apostrophe
    // that guards it against spreadsheets (CsvField::text); empty when the file has no such column.
    QByteArrayView value(const CsvRecord &record, ImportField field) const;
    QString columnName(ImportField field) const { return m_columns.name(field); }

private:
    struct Target
    {
        int slot = -1;
        qint64 projectId = 0;
        QByteArray projectName; // UTF-8, as a file most often writes it
    };
    const Target *account(QByteArrayView value);
    std::optional<qint64> project(QByteArrayView value) const;
    bool checkShape(const CsvRecord &record, const Report &report) const;

    ImportColumns m_columns;
    int m_headerSize = 0;
    char m_delimiter = ';';
    int m_year = 0;
    QDate m_start;
    QDate m_end;
    qint32 m_startKey = 0;
    qint32 m_endKey = 0;
    QList<Account> m_accounts;
    QList<Target> m_targets; // by slot
    QHash<QByteArray, int> m_byNumber;
    QHash<QString, int> m_byName;    // case-folded
    QHash<QByteArray, int> m_byText; // what the file wrote, once found by name
    QHash<QString, qint64> m_projectByName;
    QHash<qint64, QString> m_projectName;
};

} // namespace annalist
