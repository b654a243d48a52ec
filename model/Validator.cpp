#include "Validator.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "AuditTrail.h"
#include "ControlTotalRepository.h"
#include "LiveFields.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"

#include <QCoreApplication>
#include <QSet>
#include <QtNumeric>

#include <climits>
#include <functional>

#include <algorithm>

namespace annalist {
namespace {

using Kind = FindingLocation::Kind;

Finding finding(const char *rule, Severity severity, int year, Kind kind, const QString &key, qint64 id,
                const QString &message)
{
    return {QString::fromLatin1(rule), severity, {year, kind, key, id}, message};
}

Finding onAccount(const char *rule, Severity severity, const StatementLine &line, int year, const QString &message)
{
    return finding(rule, severity, year, Kind::Account, line.accountNumber, line.accountId, message);
}

QString describe(const StatementLine &line)
{
    return QStringLiteral("%1 %2").arg(line.accountNumber, line.text);
}

// Names each posting of a sample, then sums up the rest.
void reportPostings(const PostingSample &sample, const char *rule, Severity severity, int year,
                    const std::function<QString(const Posting &)> &message, QList<Finding> &out)
{
    for (const Posting &p : sample.postings)
        out.append(finding(rule, severity, year, Kind::Posting, QString::number(p.id), p.id, message(p)));
    const qint64 rest = sample.count - sample.postings.size();
    if (rest > 0)
        out.append(finding(rule, severity, year, Kind::Year, {}, 0,
                           rest == 1 ? Validator::tr("1 more posting breaks this rule.")
                                     : Validator::tr("%1 more postings break this rule.").arg(rest)));
}

QString voucherOf(const Posting &p)
{
    return Validator::tr("Posting of %1, voucher %2 (%3)")
        .arg(p.date.isValid() ? p.date.toString(Qt::ISODate) : Validator::tr("no valid date"))
        .arg(p.voucher)
        .arg(p.amount.toDanish());
}

} // namespace

QList<QPair<QString, QString>> Validator::rules()
{
    return {
        {QStringLiteral("STATEMENT-BALANCE"), tr("Income plus expenses, carry-over included, equals the operating "
                                                 "result, and every posting is on a line of the statement.")},
        {QStringLiteral("POSTING-ACCOUNT"), tr("Every posting is on an account that exists.")},
        {QStringLiteral("POSTING-INACTIVE"), tr("Postings on inactive accounts are pointed out.")},
        {QStringLiteral("POSTING-DATE"), tr("Every posting is dated inside its fiscal year.")},
        {QStringLiteral("POSTING-PROJECT"),
         tr("Postings on a project's account carry that project, and only that one.")},
        {QStringLiteral("CONTROL-RESULT"),
         tr("The operating result agrees with the control total from the ERP system.")},
        {QStringLiteral("CONTROL-ACCOUNT"),
         tr("Each account with a control total from the ERP system agrees with it.")},
        {QStringLiteral("CONTROL-MISSING"), tr("A control total for the operating result has been entered.")},
        {QStringLiteral("CARRY-OVER"), tr("The carry-over into the year equals the previous year's operating result.")},
        {QStringLiteral("MEMBERS-SUM"), tr("The members' contributions add up to the contributions line.")},
        {QStringLiteral("NOTE-MISSING"), tr("Every note a line refers to exists.")},
        {QStringLiteral("NOTE-GAP"), tr("Note numbers run from 1 without gaps.")},
        {QStringLiteral("NOTE-UNUSED"), tr("Every note stands somewhere in the statement.")},
        {QStringLiteral("BUDGET-DEVIATION"), tr("A large deviation from budget is explained in a note.")},
        {QStringLiteral("REPORT-FIELD"), tr("Every field in the report's text names a figure the ledger has.")},
        {QStringLiteral("REPORT-STALE"), tr("Every amount typed into the report's text is a figure of the ledger.")},
        {QStringLiteral("REPORT-ALT"), tr("Every picture the report shows has an alternative text.")},
        {QStringLiteral("AUDIT-CHAIN"),
         tr("The audit trail is intact: no record altered or removed, and its head matches the last record.")},
        {QStringLiteral("AUDIT-TRIGGERS"),
         tr("Every trigger and function of the ledger is the one Annalist made for its schema: none missing, "
            "changed, switched off or added.")},
        {QStringLiteral("YEAR-SEAL"),
         tr("Every closed year still holds the figures and accounts it was closed with (its seal matches).")},
    };
}

Result<QList<Finding>> Validator::validate(int year) const
{
    auto statement = StatementBuilder(m_ledger).build(year);
    if (!statement)
        return statement.error();
    QList<Finding> findings;
    using Check = Status (Validator::*)(const Statement &, QList<Finding> &) const;
    const Check checks[] = {
        &Validator::checkStatement,        &Validator::checkPostings, &Validator::checkControlTotals,
        &Validator::checkCarryOver,        &Validator::checkMembers,  &Validator::checkNotes,
        &Validator::checkBudgetDeviations, &Validator::checkReport,   &Validator::checkAuditTrail};
    for (Check check : checks)
        if (auto ran = (this->*check)(*statement, findings); !ran)
            return ran.error();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return findings;
}

Status Validator::checkStatement(const Statement &s, QList<Finding> &out) const
{
    Money onLines;
    for (const StatementLine &line : s.lines)
        onLines += line.net();
    if (onLines != s.postingsTotal)
        out.append(
            finding("STATEMENT-BALANCE", Severity::Error, s.year, Kind::Statement, {}, 0,
                    tr("The statement's lines add up to %1, but the year's postings add up to %2: "
                       "%3 is posted outside the statement's lines.")
                        .arg(onLines.toDanish(), s.postingsTotal.toDanish(), (s.postingsTotal - onLines).toDanish())));
    return Done{};
}

Status Validator::checkPostings(const Statement &s, QList<Finding> &out) const
{
    const PostingRepository postings(m_ledger);
    auto missing = postings.onMissingAccount(s.year, postingsNamed);
    if (!missing)
        return missing.error();
    reportPostings(
        *missing, "POSTING-ACCOUNT", Severity::Error, s.year,
        [](const Posting &p) {
            return tr("%1 is on account id %2, which does not exist.").arg(voucherOf(p)).arg(p.accountId);
        },
        out);

    auto inactive = postings.onInactiveAccount(s.year, postingsNamed);
    if (!inactive)
        return inactive.error();
    reportPostings(
        *inactive, "POSTING-INACTIVE", Severity::Warning, s.year,
        [&s](const Posting &p) {
            const StatementLine *line = s.line(p.accountId);
            return tr("%1 is on the inactive account %2.").arg(voucherOf(p), line ? describe(*line) : QString());
        },
        out);

    auto dates = postings.outsideYear(s.year, postingsNamed);
    if (!dates)
        return dates.error();
    reportPostings(
        *dates, "POSTING-DATE", Severity::Error, s.year,
        [&s](const Posting &p) { return tr("%1 is dated outside the fiscal year %2.").arg(voucherOf(p)).arg(s.year); },
        out);

    auto projects = postings.projectMismatch(s.year, postingsNamed);
    if (!projects)
        return projects.error();
    reportPostings(
        *projects, "POSTING-PROJECT", Severity::Error, s.year,
        [&s](const Posting &p) {
            const StatementLine *line = s.line(p.accountId);
            const QString account = line ? describe(*line) : QString::number(p.accountId);
            return p.projectId
                       ? tr("%1 on account %2 carries a project that is not the account's.").arg(voucherOf(p), account)
                       : tr("%1 on the project account %2 carries no project.").arg(voucherOf(p), account);
        },
        out);
    return Done{};
}

Status Validator::checkControlTotals(const Statement &s, QList<Finding> &out) const
{
    auto totals = ControlTotalRepository(m_ledger).controlTotals(s.year);
    if (!totals)
        return totals.error();
    bool haveResult = false;
    for (const ControlTotal &t : *totals) {
        if (!t.accountId) {
            haveResult = true;
            if (t.amount != s.operatingResult())
                out.append(finding(
                    "CONTROL-RESULT", Severity::Error, s.year, Kind::Control, QStringLiteral("result"), t.id,
                    tr("The operating result is %1, but the control total from %2 says %3 "
                       "(a difference of %4).")
                        .arg(s.operatingResult().toDanish(), t.source.isEmpty() ? tr("the ERP system") : t.source,
                             t.amount.toDanish(), (s.operatingResult() - t.amount).toDanish())));
            continue;
        }
        const StatementLine *line = s.line(*t.accountId);
        const Money actual = line ? line->actual : Money();
        if (t.amount == actual)
            continue;
        // An account may have a control total without standing on the statement (inactive, unused).
        QString number = QString::number(*t.accountId);
        QString name = number;
        if (line) {
            number = line->accountNumber;
            name = describe(*line);
        } else if (auto account = AccountRepository(m_ledger).account(*t.accountId); account && account->has_value()) {
            number = (*account)->number;
            name = number + QLatin1Char(' ') + (*account)->name;
        }
        out.append(finding("CONTROL-ACCOUNT", Severity::Error, s.year, Kind::Account, number, *t.accountId,
                           tr("Account %1 totals %2, but the control total from %3 says %4 (a difference of %5).")
                               .arg(name, actual.toDanish(), t.source.isEmpty() ? tr("the ERP system") : t.source,
                                    t.amount.toDanish(), (actual - t.amount).toDanish())));
    }
    if (!haveResult)
        out.append(finding("CONTROL-MISSING", Severity::Info, s.year, Kind::Control, QStringLiteral("result"), 0,
                           tr("No control total for the operating result has been entered; the ledger cannot be "
                              "checked against the ERP system.")));
    return Done{};
}

Status Validator::checkCarryOver(const Statement &s, QList<Finding> &out) const
{
    auto previous = AssociationRepository(m_ledger).year(s.year - 1);
    if (!previous)
        return previous.error();
    if (!previous->has_value())
        return Done{};
    auto before = StatementBuilder(m_ledger).build(s.year - 1);
    if (!before)
        return before.error();
    Money carried;
    for (const StatementLine &line : s.linesIn(Section::CarryOver))
        carried += line.actual;
    if (carried != before->operatingResult())
        out.append(finding("CARRY-OVER", Severity::Error, s.year, Kind::Year, {}, 0,
                           tr("%1 is carried over into %2, but the operating result of %3 is %4.")
                               .arg(carried.toDanish())
                               .arg(s.year)
                               .arg(s.year - 1)
                               .arg(before->operatingResult().toDanish())));
    return Done{};
}

Status Validator::checkMembers(const Statement &s, QList<Finding> &out) const
{
    auto accounts = AccountRepository(m_ledger).accounts(s.year);
    if (!accounts)
        return accounts.error();
    auto contributions = MemberRepository(m_ledger).contributions(s.year);
    if (!contributions)
        return contributions.error();
    Money paid;
    for (const Contribution &c : *contributions)
        paid += c.amount;
    for (const Account &a : *accounts) {
        if (!a.isContributions)
            continue;
        const StatementLine *line = s.line(a.id);
        const Money booked = line ? -line->actual : Money();
        if (booked != paid)
            out.append(finding("MEMBERS-SUM", Severity::Error, s.year, Kind::Account, a.number, a.id,
                               tr("The contributions of the members (%1) add up to %2, but the line %3 holds %4.")
                                   .arg(QString::number(contributions->size()), paid.toDanish(),
                                        a.number + QLatin1Char(' ') + a.name, booked.toDanish())));
        return Done{};
    }
    if (!contributions->isEmpty())
        out.append(
            finding("MEMBERS-SUM", Severity::Error, s.year, Kind::Year, {}, 0,
                    tr("Members' contributions are recorded, but no account is marked as the contributions line.")));
    return Done{};
}

Status Validator::checkNotes(const Statement &s, QList<Finding> &out) const
{
    auto notes = NoteRepository(m_ledger).notes(s.year);
    if (!notes)
        return notes.error();
    QSet<int> defined;
    for (const Note &n : *notes)
        defined.insert(n.number);

    QSet<int> referred;
    for (const StatementLine &line : s.lines) {
        if (!line.note)
            continue;
        referred.insert(*line.note);
        if (!defined.contains(*line.note))
            out.append(onAccount("NOTE-MISSING", Severity::Error, line, s.year,
                                 tr("The line %1 refers to note %2, which %3 does not have.")
                                     .arg(describe(line))
                                     .arg(*line.note)
                                     .arg(s.year)));
    }
    int expected = 1;
    for (const Note &n : *notes) {
        if (n.number != expected)
            out.append(finding("NOTE-GAP", Severity::Error, s.year, Kind::Note, QString::number(n.number), n.number,
                               tr("Note %1 comes where note %2 is expected: the notes must run from 1 without gaps.")
                                   .arg(n.number)
                                   .arg(expected)));
        expected = n.number + 1;
        if (n.attached == NoteAttachment::Lines && !referred.contains(n.number))
            out.append(finding("NOTE-UNUSED", Severity::Warning, s.year, Kind::Note, QString::number(n.number),
                               n.number, tr("Note %1 stands on no line of the statement.").arg(n.number)));
    }
    return Done{};
}

Status Validator::checkBudgetDeviations(const Statement &s, QList<Finding> &out) const
{
    auto association = AssociationRepository(m_ledger).association();
    if (!association)
        return association.error();
    auto notes = NoteRepository(m_ledger).notes(s.year);
    if (!notes)
        return notes.error();
    QSet<int> explained;
    for (const Note &n : *notes)
        if (!n.text.trimmed().isEmpty())
            explained.insert(n.number);

    const qint64 minimum = association->deviationWarnAmount.ore();
    const qint64 percent = association->deviationWarnPercent;
    for (const StatementLine &line : s.lines) {
        if (line.section == Section::CarryOver)
            continue; // carried over by decision, not budgeted
        const Money deviation = line.deviation();
        if (deviation.abs().ore() < minimum || deviation.isZero())
            continue;
        const auto bp = line.deviationBasisPoints();
        // Compared exactly: |deviation| / |budget| >= percent / 100, without rounding the percentage.
        qint64 scaledDeviation = 0;
        qint64 scaledBudget = 0;
        if (!line.budget.isZero() && !qMulOverflow(deviation.abs().ore(), qint64(100), &scaledDeviation) &&
            !qMulOverflow(line.budget.abs().ore(), percent, &scaledBudget) && scaledDeviation < scaledBudget)
            continue;
        const bool projectLine = line.section == Section::Projects;
        if ((line.note && explained.contains(*line.note)) ||
            (projectLine && s.projectsNote && explained.contains(*s.projectsNote)))
            continue;
        out.append(onAccount(
            "BUDGET-DEVIATION", Severity::Warning, line, s.year,
            tr("The line %1 deviates from its budget of %2 by %3%4; explain it in a note.")
                .arg(describe(line), line.budget.toDanish(), line.deviation().toDanish(),
                     bp ? QStringLiteral(" (%1 %)").arg(formatBasisPoints(*bp, QLatin1Char(','))) : QString())));
    }
    return Done{};
}

Status Validator::checkReport(const Statement &s, QList<Finding> &out) const
{
    const ReportRepository reports(m_ledger);
    auto document = reports.document(s.year);
    if (!document)
        return document.error();
    if (document->outline.isEmpty())
        return Done{};
    auto values = LiveFields::values(m_ledger, s);
    if (!values)
        return values.error();
    auto figures = LiveFields::ledgerFigures(m_ledger, s);
    if (!figures)
        return figures.error();
    auto pictures = reports.pictures();
    if (!pictures)
        return pictures.error();
    QHash<qint64, ReportPicture> pictureById;
    for (const ReportPicture &p : *pictures)
        pictureById.insert(p.id, p);

    for (const OutlineEntry &e : document->outline) {
        const ReportSection &section = e.section;
        const auto at = [&](const char *rule, Severity severity, const QString &message) {
            out.append(finding(rule, severity, s.year, Kind::ReportSection, e.number, section.id, message));
        };
        const QString where = e.number.isEmpty() ? tr("The section \"%1\"").arg(section.title)
                                                 : tr("Section %1 \"%2\"").arg(e.number, section.title);
        // Everything of the section a reader sees as text.
        QStringList texts = {section.title, section.body};
        for (const InterviewAnswer &a : section.interview.answers)
            texts << a.question << a.answer;
        const QString text = texts.join(QLatin1Char('\n'));

        for (const QString &field : LiveFields::unknownFields(text, *values))
            at("REPORT-FIELD", Severity::Error,
               tr("%1 uses the field {{%2}}, which the ledger does not have.").arg(where, field));
        for (const QString &typed : LiveFields::staleAmounts(text, *figures)) {
            QString parseable = typed;
            parseable.replace(QChar(0x2212), QLatin1Char('-'));
            const auto amount = Money::parse(parseable);
            const QString field = amount ? LiveFields::nearestField(*amount, *values) : QString();
            at("REPORT-STALE", Severity::Warning,
               field.isEmpty()
                   ? tr("%1 quotes %2, which is no figure of the ledger; use a field so that it follows the books.")
                         .arg(where, typed)
                   : tr("%1 quotes %2, which is no figure of the ledger; did you mean {{%3}} (%4)? Use the field so "
                        "that it follows the books.")
                         .arg(where, typed, field, values->value(field)));
        }
        for (qint64 id : section.pictureIds()) {
            const auto picture = pictureById.constFind(id);
            if (picture != pictureById.constEnd() && picture->altText.trimmed().isEmpty())
                at("REPORT-ALT", Severity::Warning,
                   tr("%1 shows the picture %2 (%3), which has no alternative text for readers who cannot see it.")
                       .arg(where)
                       .arg(id)
                       .arg(picture->name));
        }
    }
    return Done{};
}

Status Validator::checkAuditTrail(const Statement &s, QList<Finding> &out) const
{
    // The trail is the whole ledger's, not the year's; it is checked with every year.
    auto report = AuditTrail(m_ledger).verify();
    if (!report)
        return report.error();
    for (const AuditProblem &p : report->problems) {
        if (p.kind == AuditProblem::Kind::Seal)
            out.append(finding("YEAR-SEAL", Severity::Error, p.year, Kind::Year, QString(), 0, p.message));
        else if (p.kind == AuditProblem::Kind::Definition || p.kind == AuditProblem::Kind::TriggerMissing)
            out.append(finding("AUDIT-TRIGGERS", Severity::Error, s.year, Kind::Year, p.subject, 0, p.message));
        else
            out.append(finding("AUDIT-CHAIN", Severity::Error, s.year, Kind::Year,
                               p.recordId ? QString::number(p.recordId) : QString(), p.recordId, p.message));
    }
    return Done{};
}

} // namespace annalist
