#include "YearClosing.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "AuditTrail.h"
#include "Ledger.h"
#include "PostingRepository.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"
#include "Validator.h"
#include "YearSeal.h"

#include <QJsonObject>

#include <algorithm>

namespace annalist {

Result<qint64> YearClosing::carryOverAccount(int year) const
{
    const AccountRepository accounts(m_ledger);
    auto all = accounts.accounts();
    if (!all)
        return all.error();
    const QString name = carryOverLine(year);
    qint64 highestNumber = 0;
    int lastSort = 0;
    for (const Account &a : *all) {
        if (a.section == Section::CarryOver && a.name == name)
            return a.id;
        lastSort = std::max(lastSort, a.sortOrder);
        if (a.section == Section::CarryOver)
            highestNumber = std::max(highestNumber, a.number.toLongLong());
    }
    // A new line of the carry-over section, numbered after the ones before it.
    Account account;
    qint64 number = highestNumber > 0 ? highestNumber + 1 : 9000 + year % 1000;
    const auto taken = [&all](const QString &n) {
        return std::any_of(all->cbegin(), all->cend(), [&n](const Account &a) { return a.number == n; });
    };
    while (taken(QString::number(number)))
        ++number;
    account.number = QString::number(number);
    account.name = name;
    account.section = Section::CarryOver;
    account.sortOrder = lastSort + 10;
    return accounts.addAccount(account);
}

Result<ClosingReceipt> YearClosing::close(int year, const QStringList &signedBy, const QDateTime &at) const
{
    QStringList signers;
    for (const QString &s : signedBy)
        if (!s.trimmed().isEmpty())
            signers << s.trimmed();
    if (signers.isEmpty())
        return usageError(tr("A year is closed by the board and the auditor: name at least one with --signed-by "
                             "\"NAME, ROLE\"."));
    const AssociationRepository years(m_ledger);
    auto fiscal = years.year(year);
    if (!fiscal)
        return fiscal.error();
    if (!fiscal->has_value())
        return badInput(tr("The year %1 is not in the books.").arg(year));
    const FiscalYear current = **fiscal;
    if (current.closed)
        return badInput(tr("%1 is closed already (on %2, signed by %3).")
                            .arg(year)
                            .arg(current.closedAt.toString(QStringLiteral("yyyy-MM-dd")), current.closedBy));
    auto findings = Validator(m_ledger).validate(year);
    if (!findings)
        return findings.error();
    QStringList errors;
    for (const Finding &f : *findings)
        if (f.severity == Severity::Error)
            errors << f.toLine();
    if (!errors.isEmpty())
        return badInput(tr("%1 cannot be closed: validation finds %2 errors. Correct them first:\n%3")
                            .arg(year)
                            .arg(errors.size())
                            .arg(errors.mid(0, 5).join(QLatin1Char('\n'))));
    auto statement = StatementBuilder(m_ledger).build(year);
    if (!statement)
        return statement.error();

    ClosingReceipt receipt;
    receipt.year = year;
    receipt.nextYear = year + 1;
    receipt.signedBy = signers;
    receipt.closedAt = at.toUTC();
    receipt.operatingResult = statement->operatingResult();
    receipt.carryOverLine = carryOverLine(year);
    const Status done = m_ledger.transaction([&]() -> Status {
        auto next = years.year(year + 1);
        if (!next)
            return next.error();
        if (!next->has_value()) {
            if (auto added =
                    years.addYear({year + 1, current.start.addYears(1), current.end.addYears(1), false, {}, {}});
                !added)
                return added;
            receipt.nextYearCreated = true;
        } else if ((*next)->closed) {
            return badInput(tr("%1 is closed, so the carry-over from %2 cannot be booked into it; reopen %1 first.")
                                .arg(year + 1)
                                .arg(year));
        }
        auto account = carryOverAccount(year);
        if (!account)
            return account.error();
        // What an earlier closing booked (the year was reopened since) is replaced by this one.
        const PostingRepository postings(m_ledger);
        PostingFilter earlier;
        earlier.year = year + 1;
        earlier.accountId = *account;
        auto rows = postings.page(earlier, PostingSort::Date, Qt::AscendingOrder, 0, 1000);
        if (!rows)
            return rows.error();
        for (const PostingRow &row : *rows)
            if (auto removed = postings.remove(row.posting.id); !removed)
                return removed;
        auto voucher = postings.lastVoucher(year + 1);
        if (!voucher)
            return voucher.error();
        const QDate first = next->has_value() ? (*next)->start : current.start.addYears(1);
        auto posting = postings.add(
            {0, year + 1, first, *voucher + 1, *account, std::nullopt, receipt.carryOverLine, receipt.operatingResult});
        if (!posting)
            return posting.error();
        receipt.carryOverPostingId = *posting;
        // The board and the auditor sign the report's sign-off page.
        QList<Signatory> signatories;
        for (const QString &s : signers) {
            const qsizetype comma = s.indexOf(QLatin1Char(','));
            Signatory signatory;
            signatory.year = year;
            signatory.name = comma < 0 ? s : s.left(comma).trimmed();
            signatory.role = comma < 0 ? QString() : s.mid(comma + 1).trimmed();
            signatory.signedOn = at.toUTC().date();
            signatories << signatory;
        }
        if (auto signedOff = ReportRepository(m_ledger).setSignatories(year, signatories); !signedOff)
            return signedOff;
        // The accounts and projects as the year's statement shows them stay with it; then its seal.
        if (auto kept = AccountRepository(m_ledger).keepForClosedYear(year); !kept)
            return kept;
        auto seal = YearSeal::compute(m_ledger, year);
        if (!seal)
            return seal.error();
        receipt.seal = *seal;
        if (auto closed = years.closeYear(year, signers.join(QStringLiteral("; ")), at); !closed)
            return closed;
        // One record of the closing itself, with what it did, in the audit trail.
        QJsonObject what{{QStringLiteral("status"), QStringLiteral("closed")},
                         {QStringLiteral("signed_by"), signers.join(QStringLiteral("; "))},
                         {QStringLiteral("operating_result"), receipt.operatingResult.toPlain()},
                         {QStringLiteral("carry_over_posting"), receipt.carryOverPostingId},
                         {QStringLiteral("seal"), receipt.seal}};
        return AuditTrail(m_ledger).record(QStringLiteral("close"), QStringLiteral("fiscal_years"),
                                           QString::number(year),
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}}, what);
    });
    if (!done)
        return done.error();
    auto head = AuditTrail(m_ledger).headHash();
    if (!head)
        return head.error();
    receipt.auditHead = *head;
    return receipt;
}

Status YearClosing::reopen(int year, const QString &reason, const QDateTime &at) const
{
    if (reason.trimmed().isEmpty())
        return usageError(tr("Reopening a closed year needs a reason: --reason \"...\"."));
    const AssociationRepository years(m_ledger);
    auto fiscal = years.year(year);
    if (!fiscal)
        return fiscal.error();
    if (!fiscal->has_value())
        return badInput(tr("The year %1 is not in the books.").arg(year));
    if (!(*fiscal)->closed)
        return badInput(tr("%1 is not closed.").arg(year));
    return m_ledger.transaction([&]() -> Status {
        if (auto reopened = years.reopenYear(year, reason.trimmed(), at); !reopened)
            return reopened;
        // Open again, the year follows the accounts as they are.
        if (auto released = AccountRepository(m_ledger).releaseClosedYear(year); !released)
            return released;
        return AuditTrail(m_ledger).record(QStringLiteral("reopen"), QStringLiteral("fiscal_years"),
                                           QString::number(year),
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")}},
                                           QJsonObject{{QStringLiteral("status"), QStringLiteral("open")},
                                                       {QStringLiteral("reason"), reason.trimmed()}});
    });
}

QString YearClosing::receiptText(const ClosingReceipt &r)
{
    QString text = tr("Closed %1 on %2 UTC, signed by:\n")
                       .arg(r.year)
                       .arg(r.closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const QString &s : r.signedBy)
        text += QStringLiteral("  ") + s + QLatin1Char('\n');
    text += tr("Operating result %1: %2, carried over into %3 as \"%4\" (posting %5)%6.\n")
                .arg(r.year)
                .arg(r.operatingResult.toDanish())
                .arg(r.nextYear)
                .arg(r.carryOverLine)
                .arg(r.carryOverPostingId)
                .arg(r.nextYearCreated ? tr("; %1 was added to the books").arg(r.nextYear) : QString());
    if (!r.seal.isEmpty())
        text += tr("Seal of %1 (its figures and accounts as closed): %2\n").arg(r.year).arg(r.seal);
    if (!r.auditHead.isEmpty())
        text += tr("Audit trail head: %1\nKeep this receipt: \"annalist verify --expect HASH\" checks the trail "
                   "against it, and \"annalist verify\" checks the seal.\n")
                    .arg(r.auditHead);
    return text;
}

} // namespace annalist
