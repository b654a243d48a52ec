#pragma once

#include "Entities.h"

#include <QList>

#include <optional>

namespace annalist {

// One line of the income statement: one account, its actual and its budget for the period.
struct StatementLine
{
    qint64 accountId = 0;
    QString accountNumber;
    QString text;
    Section section = Section::Operations;
    std::optional<int> note;
    Money actual;
    Money originalBudget;
    Money budgetChanges;
    Money budget; // corrected budget for the statement's period

    // The published layout's columns: income lines under Indtægter, everything else under Udgifter.
    Money income() const { return section == Section::Income ? actual : Money(); }
    Money expenses() const { return section == Section::Income ? Money() : actual; }
    Money net() const { return actual; }
    // Actual minus budget: with income negative, a negative deviation is always favourable.
    Money deviation() const { return actual - budget; }
    // The deviation over the absolute budget, in hundredths of a percent; none without a budget.
    std::optional<qint64> deviationBasisPoints() const;
};

// The income statement of one year, computed once; every view, export and check reads it.
struct Statement
{
    int year = 0;
    int throughMonth = 12; // 12: the whole year; otherwise year to date
    QString associationName;
    QString profitCentre;
    QList<StatementLine> lines;
    std::optional<int> projectsNote; // a note standing on the "Projekter:" heading
    std::optional<int> resultNote;   // a note standing on the operating result
    Money postingsTotal;             // every posting of the period, whatever its account

    Money incomeTotal() const;
    Money expensesTotal() const;
    Money budgetTotal() const;
    Money operatingResult() const { return incomeTotal() + expensesTotal(); }
    Money deviationTotal() const { return operatingResult() - budgetTotal(); }
    QList<StatementLine> linesIn(Section section) const;

    // The printed statement's labels: Danish, the report's language, whatever the interface's.
    static QString projectsHeading() { return QStringLiteral("Projekter:"); }
    static QString totalLabel() { return QStringLiteral("I alt"); }
    static QString resultLabel(int year) { return QStringLiteral("Driftsresultat %1").arg(year); }
    const StatementLine *line(qint64 accountId) const;
};

// Formats hundredths of a percent as "12,34" (Danish) or "12.34".
QString formatBasisPoints(qint64 basisPoints, QChar decimalPoint);

} // namespace annalist
