#include "LiveFields.h"

#include "AccountRepository.h"
#include "Ledger.h"
#include "MemberRepository.h"
#include "Statement.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace annalist {
namespace {

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    return pattern;
}

// Danish amounts with øre: grouped by thousands or not, with an optional minus (or the typographic one).
const QRegularExpression &amountPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\d.,])[-\u2212]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+),\\d{2}(?!\\d)"));
    return pattern;
}

// Fields and tags blanked out, so that what is left is what a reader sees typed.
QString typedText(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString plain = text;
    plain.replace(fieldPattern(), QStringLiteral(" "));
    plain.replace(tag, QStringLiteral(" "));
    return plain;
}

const QString projectPrefix = QStringLiteral("project:");

} // namespace

QString LiveFields::projectField(const QString &projectName)
{
    return projectPrefix + projectName;
}

Result<QHash<QString, QString>> LiveFields::values(const Ledger &ledger, const Statement &statement)
{
    auto members = MemberRepository(ledger).members();
    if (!members)
        return members.error();
    auto projects = AccountRepository(ledger).projects(statement.year);
    if (!projects)
        return projects.error();
    Money carryOver;
    for (const StatementLine &line : statement.linesIn(Section::CarryOver))
        carryOver += line.actual;

    QHash<QString, QString> values;
    values.insert(QStringLiteral("year"), QString::number(statement.year));
    values.insert(QStringLiteral("association"), statement.associationName);
    values.insert(QStringLiteral("income"), statement.incomeTotal().toDanish());
    values.insert(QStringLiteral("expenses"), statement.expensesTotal().toDanish());
    values.insert(QStringLiteral("result"), statement.operatingResult().toDanish());
    values.insert(QStringLiteral("carryover"), carryOver.toDanish());
    values.insert(QStringLiteral("budget"), statement.budgetTotal().toDanish());
    values.insert(QStringLiteral("members.count"), QString::number(members->size()));
    for (const Project &p : *projects) {
        const StatementLine *line = statement.line(p.accountId);
        values.insert(projectField(p.name), (line ? line->actual : Money()).toDanish());
    }
    return values;
}

namespace {

QString filled(const QString &text, const QHash<QString, QString> &values, bool escaped)
{
    QString out;
    qsizetype from = 0;
    for (auto it = fieldPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : escaped ? value->toHtmlEscaped() : *value;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

QString LiveFields::fill(const QString &text, const QHash<QString, QString> &values)
{
    return filled(text, values, false);
}

QString LiveFields::fillHtml(const QString &html, const QHash<QString, QString> &values)
{
    return filled(html, values, true);
}

QStringList LiveFields::fields(const QString &text)
{
    QStringList names;
    for (auto it = fieldPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList LiveFields::unknownFields(const QString &text, const QHash<QString, QString> &values)
{
    QStringList unknown;
    for (const QString &name : fields(text))
        if (!values.contains(name))
            unknown.append(name);
    return unknown;
}

QStringList LiveFields::staleAmounts(const QString &text, const QList<Money> &ledgerFigures)
{
    QSet<qint64> known;
    for (Money m : ledgerFigures)
        known.insert(m.abs().ore());
    QStringList stale;
    for (auto it = amountPattern().globalMatch(typedText(text)); it.hasNext();) {
        const QString typed = it.next().captured(0);
        QString parseable = typed;
        parseable.replace(QChar(0x2212), QLatin1Char('-'));
        const auto amount = Money::parse(parseable);
        if (!amount || !known.contains(amount->abs().ore()))
            stale.append(typed);
    }
    return stale;
}

Result<QList<Money>> LiveFields::ledgerFigures(const Ledger &ledger, const Statement &statement)
{
    auto contributions = MemberRepository(ledger).contributions(statement.year);
    if (!contributions)
        return contributions.error();
    QList<Money> figures;
    Money carryOver;
    for (const StatementLine &line : statement.lines) {
        figures << line.actual << line.budget << line.originalBudget << line.deviation();
        if (line.section == Section::CarryOver)
            carryOver += line.actual;
    }
    figures << statement.incomeTotal() << statement.expensesTotal() << statement.operatingResult()
            << statement.budgetTotal() << statement.deviationTotal() << carryOver;
    for (const Contribution &c : *contributions)
        figures << c.amount;
    return figures;
}

QList<LiveFields::FieldInfo> LiveFields::available(const QHash<QString, QString> &values)
{
    const QList<FieldInfo> fixed = {
        {QStringLiteral("year"), tr("The fiscal year.")},
        {QStringLiteral("association"), tr("The association's name.")},
        {QStringLiteral("income"), tr("Total income (negative, as in the statement).")},
        {QStringLiteral("expenses"), tr("Total expenses, the carry-over included.")},
        {QStringLiteral("result"), tr("The operating result; negative is an underspend.")},
        {QStringLiteral("carryover"), tr("The amount carried over from the previous year.")},
        {QStringLiteral("budget"), tr("The total budget of the year.")},
        {QStringLiteral("members.count"), tr("The number of member municipalities.")},
    };
    QList<FieldInfo> list;
    for (const FieldInfo &f : fixed)
        if (values.contains(f.name))
            list.append(f);
    QStringList projects;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key().startsWith(projectPrefix))
            projects.append(it.key());
    std::sort(projects.begin(), projects.end());
    for (const QString &name : projects)
        list.append({name, tr("The actual of the project %1.").arg(name.mid(projectPrefix.size()))});
    return list;
}

QString LiveFields::nearestField(Money amount, const QHash<QString, QString> &values)
{
    QString best;
    qint64 bestDistance = amount.abs().ore() / 10 + 1;
    QStringList names = values.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        if (name == QLatin1String("year") || name == QLatin1String("members.count"))
            continue;
        const auto value = Money::parse(values.value(name));
        if (!value)
            continue;
        // A typed minus is meant; prose often leaves the sign out, so a positive amount may mean either.
        const qint64 distance = amount.ore() < 0 ? (*value - amount).abs().ore()
                                                 : qMin((*value - amount).abs().ore(), (*value + amount).abs().ore());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    return best;
}

} // namespace annalist
