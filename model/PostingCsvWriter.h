#pragma once

#include <QCoreApplication>

#include "Result.h"

class QIODevice;

namespace annalist {

class Ledger;

// Writes a year's postings as CSV that the import reads back: importing the file into a ledger
// with the same accounts gives the same statement and every text as it was. The text columns are
// written so that a spreadsheet shows them as text (CsvField); the amounts stay numbers.
class PostingCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingCsvWriter)

public:
    enum class Dialect {
        // Dato;Bilag;Konto;Projekt;Tekst;Beløb, 31-03-2019, 1.541.130,23; UTF-8 with a byte order
        // mark, so that a Danish Excel opens it with æ, ø and å.
        Danish,
        // Date,Voucher,Account,Project,Text,Amount, 2019-03-31, 1541130.23; UTF-8.
        Plain
    };

    explicit PostingCsvWriter(const Ledger &ledger) : m_ledger(ledger) {}

    // Writes through a temporary file renamed into place: an existing file is replaced only
    // when the new one is complete. Returns how many postings were written.
    Result<qint64> write(int year, const QString &path, Dialect dialect = Dialect::Danish) const;
    Result<qint64> write(int year, QIODevice *device, Dialect dialect = Dialect::Danish) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
