#include "StatementFormatter.h"

#include "CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace annalist {
namespace {

QString noteText(const std::optional<int> &note)
{
    return note ? QString::number(*note) : QString();
}

QString percentText(const StatementLine &line, QChar decimalPoint)
{
    const auto bp = line.deviationBasisPoints();
    return bp ? formatBasisPoints(*bp, decimalPoint) : QString();
}

using Row = StatementFormatter::Row;

QList<Row> rows(const Statement &s, StatementFormatter::Layout layout, bool danish)
{
    const auto money = [danish](Money m) { return danish ? m.toDanish() : m.toPlain(); };
    const QChar point = danish ? QLatin1Char(',') : QLatin1Char('.');
    const bool published = layout == StatementFormatter::Layout::Published;
    QList<Row> out;
    bool headingDone = false;
    for (const StatementLine &line : s.lines) {
        if (line.section == Section::Projects && !headingDone) {
            out.append({noteText(s.projectsNote), Statement::projectsHeading(), {}, true});
            headingDone = true;
        }
        if (published)
            out.append({noteText(line.note),
                        line.text,
                        {line.section == Section::Income ? money(line.income()) : QString(),
                         line.section == Section::Income ? QString() : money(line.expenses()), money(line.net())}});
        else
            out.append({noteText(line.note),
                        line.text,
                        {money(line.budget), money(line.actual), money(line.deviation()), percentText(line, point)}});
    }
    if (published) {
        out.append({QString(),
                    Statement::totalLabel(),
                    {money(s.incomeTotal()), money(s.expensesTotal()), money(s.operatingResult())},
                    true});
    } else {
        StatementLine total;
        total.budget = s.budgetTotal();
        total.actual = s.operatingResult();
        out.append({QString(),
                    Statement::totalLabel(),
                    {money(total.budget), money(total.actual), money(total.deviation()), percentText(total, point)},
                    true});
    }
    return out;
}

QStringList headers(StatementFormatter::Layout layout)
{
    if (layout == StatementFormatter::Layout::Published)
        return {QStringLiteral("Indtægter"), QStringLiteral("Udgifter"), QStringLiteral("Afvigelser")};
    return {QStringLiteral("Budget"), QStringLiteral("Regnskab"), QStringLiteral("Afvigelse"),
            QStringLiteral("Afvigelse %")};
}

} // namespace

StatementFormatter::Table StatementFormatter::table(const Statement &statement, Layout layout)
{
    Table t;
    t.title = layout == Layout::Published ? QStringLiteral("Resultatopgørelse %1").arg(statement.year)
                                          : QStringLiteral("Budgetopfølgning %1").arg(statement.year);
    t.header = QStringList{QStringLiteral("Note"), QStringLiteral("Tekst")} + headers(layout);
    t.rows = rows(statement, layout, true);
    QStringList result(headers(layout).size());
    result[layout == Layout::Published ? 2 : 1] = statement.operatingResult().toDanish();
    t.rows.append({noteText(statement.resultNote), Statement::resultLabel(statement.year), result, true});
    return t;
}

QString StatementFormatter::format(const Statement &statement, Layout layout, Format format)
{
    switch (format) {
    case Format::Text:
        return text(statement, layout);
    case Format::Csv:
        return csv(statement, layout);
    case Format::Json:
        return json(statement, layout);
    }
    return {};
}

QString StatementFormatter::text(const Statement &s, Layout layout)
{
    const QList<Row> body = rows(s, layout, true);
    const QStringList heads = headers(layout);
    int textWidth = 5;
    QList<int> widths;
    for (const QString &h : heads)
        widths.append(int(h.size()));
    for (const Row &r : body) {
        textWidth = std::max(textWidth, int(r.text.size()));
        for (int i = 0; i < r.amounts.size(); ++i)
            widths[i] = std::max(widths.at(i), int(r.amounts.at(i).size()));
    }
    const auto line = [&](const QString &note, const QString &txt, const QStringList &amounts) {
        QString l = note.leftJustified(6) + txt.leftJustified(textWidth);
        for (int i = 0; i < heads.size(); ++i)
            l += QStringLiteral("  ") + amounts.value(i).rightJustified(widths.at(i));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        return l + QLatin1Char('\n');
    };

    QString out;
    if (!s.associationName.isEmpty())
        out += s.associationName + QLatin1Char('\n');
    QString title = layout == Layout::Published ? QStringLiteral("Resultatopgørelse %1").arg(s.year)
                                                : QStringLiteral("Budgetopfølgning %1").arg(s.year);
    if (s.throughMonth < 12)
        title += QStringLiteral(", januar-%1")
                     .arg(QStringList{QStringLiteral("januar"), QStringLiteral("februar"), QStringLiteral("marts"),
                                      QStringLiteral("april"), QStringLiteral("maj"), QStringLiteral("juni"),
                                      QStringLiteral("juli"), QStringLiteral("august"), QStringLiteral("september"),
                                      QStringLiteral("oktober"), QStringLiteral("november")}
                              .at(s.throughMonth - 1));
    if (!s.profitCentre.isEmpty())
        title += QStringLiteral(" (profitcenter %1)").arg(s.profitCentre);
    out += title + QStringLiteral("\n\n");
    out += line(QStringLiteral("Note"), QStringLiteral("Tekst"), heads);
    for (const Row &r : body)
        out += line(r.note, r.text, r.amounts);
    out += QLatin1Char('\n');
    QStringList result(heads.size());
    result[layout == Layout::Published ? 2 : 1] = s.operatingResult().toDanish();
    out += line(noteText(s.resultNote), Statement::resultLabel(s.year), result);
    return out;
}

QString StatementFormatter::csv(const Statement &s, Layout layout)
{
    const char delimiter = ';';
    QByteArray out = layout == Layout::Published ? QByteArray("note;line;income;expenses;net\n")
                                                 : QByteArray("note;line;budget;actual;deviation;deviation_percent\n");
    for (const Row &r : rows(s, layout, false)) {
        if (r.amounts.isEmpty())
            continue; // the "Projekter:" heading is layout, not a line
        // The line's text is a name from the books; the note and the amounts are numbers.
        CsvField::appendValue(&out, r.note.toUtf8(), delimiter);
        out += delimiter;
        CsvField::appendText(&out, r.text.toUtf8(), delimiter);
        for (const QString &amount : r.amounts) {
            out += delimiter;
            CsvField::appendValue(&out, amount.toUtf8(), delimiter);
        }
        out += '\n';
    }
    return QString::fromUtf8(out);
}

QString StatementFormatter::json(const Statement &s, Layout layout)
{
    QJsonArray lines;
    for (const StatementLine &l : s.lines) {
        QJsonObject o{{QStringLiteral("account"), l.accountNumber},
                      {QStringLiteral("line"), l.text},
                      {QStringLiteral("section"), sectionKey(l.section)},
                      {QStringLiteral("note"), l.note ? QJsonValue(*l.note) : QJsonValue()}};
        if (layout == Layout::Published) {
            o.insert(QStringLiteral("income"), l.income().toPlain());
            o.insert(QStringLiteral("expenses"), l.expenses().toPlain());
            o.insert(QStringLiteral("net"), l.net().toPlain());
        } else {
            o.insert(QStringLiteral("budget"), l.budget.toPlain());
            o.insert(QStringLiteral("originalBudget"), l.originalBudget.toPlain());
            o.insert(QStringLiteral("budgetChanges"), l.budgetChanges.toPlain());
            o.insert(QStringLiteral("actual"), l.actual.toPlain());
            o.insert(QStringLiteral("deviation"), l.deviation().toPlain());
            const auto bp = l.deviationBasisPoints();
            o.insert(QStringLiteral("deviationPercent"),
                     bp ? QJsonValue(formatBasisPoints(*bp, QLatin1Char('.'))) : QJsonValue());
        }
        lines.append(o);
    }
    QJsonObject totals{{QStringLiteral("income"), s.incomeTotal().toPlain()},
                       {QStringLiteral("expenses"), s.expensesTotal().toPlain()},
                       {QStringLiteral("net"), s.operatingResult().toPlain()}};
    if (layout == Layout::Budget) {
        totals.insert(QStringLiteral("budget"), s.budgetTotal().toPlain());
        totals.insert(QStringLiteral("deviation"), s.deviationTotal().toPlain());
    }
    const QJsonObject root{
        {QStringLiteral("association"), s.associationName},
        {QStringLiteral("profitCentre"), s.profitCentre},
        {QStringLiteral("year"), s.year},
        {QStringLiteral("throughMonth"), s.throughMonth},
        {QStringLiteral("layout"),
         layout == Layout::Published ? QStringLiteral("published") : QStringLiteral("budget")},
        {QStringLiteral("currency"), QStringLiteral("DKK")},
        {QStringLiteral("projectsHeading"), Statement::projectsHeading()},
        {QStringLiteral("projectsNote"), s.projectsNote ? QJsonValue(*s.projectsNote) : QJsonValue()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("totalLabel"), Statement::totalLabel()},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("resultLabel"), Statement::resultLabel(s.year)},
        {QStringLiteral("resultNote"), s.resultNote ? QJsonValue(*s.resultNote) : QJsonValue()},
        {QStringLiteral("operatingResult"), s.operatingResult().toPlain()},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace annalist
