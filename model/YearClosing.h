#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace annalist {

class Ledger;

// What closing a year did, for the receipt the board keeps.
struct ClosingReceipt
{
    int year = 0;
    int nextYear = 0;
    QStringList signedBy; // "Name, Role", as given
    QDateTime closedAt;
    Money operatingResult;
    QString carryOverLine; // "Overført fra 2019"
    qint64 carryOverPostingId = 0;
    bool nextYearCreated = false;
    QString auditHead; // the audit trail's head after the closing: compare it with `annalist verify` later
    QString seal;      // the year's seal (YearSeal): what `annalist verify` recomputes
};

// Closing a fiscal year: validation first, then the carry-over booked into the next year as the
// line "Overført fra YEAR" with the year's operating result (so the carry-over rule holds by
// construction), the board members and the auditor as the report's signatories, and the year
// marked closed. From then on the ledger refuses every change to the year (migration 008), the year
// keeps the accounts and projects it was closed with (migration 009), and its seal is recorded.
class YearClosing
{
    Q_DECLARE_TR_FUNCTIONS(annalist::YearClosing)

public:
    explicit YearClosing(const Ledger &ledger) : m_ledger(ledger) {}

    // Refuses an unknown or closed year, no signatory, and a year with validation errors (the
    // error's kind is then Usage for the signatories and BadInput for the books).
    Result<ClosingReceipt> close(int year, const QStringList &signedBy,
                                 const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    // Opens a closed year again for corrections; the reason is required and kept.
    Status reopen(int year, const QString &reason, const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    // The line the carry-over of `year` has in the next year's statement.
    static QString carryOverLine(int year) { return QStringLiteral("Overført fra %1").arg(year); }
    // The receipt as text, in the interface's language, with the amounts in Danish format.
    static QString receiptText(const ClosingReceipt &receipt);

private:
    Result<qint64> carryOverAccount(int year) const;

    const Ledger &m_ledger;
};

} // namespace annalist
