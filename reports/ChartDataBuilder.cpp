#include "ChartDataBuilder.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ChartPalette.h"
#include "MasterDataNames.h"
#include "MemberRepository.h"
#include "StatementBuilder.h"

#include <algorithm>

namespace annalist {

Result<QList<ChartData>> ChartDataBuilder::build(const Statement &statement) const
{
    QList<ChartData> charts;
    for (ChartKind kind : allChartKinds()) {
        auto chart = build(kind, statement);
        if (!chart)
            return chart.error();
        charts.append(std::move(*chart));
    }
    return charts;
}

Result<ChartData> ChartDataBuilder::build(ChartKind kind, const Statement &statement) const
{
    switch (kind) {
    case ChartKind::Spending:
        return spending(statement);
    case ChartKind::Projects:
    case ChartKind::Portfolio: {
        auto projectList = AccountRepository(m_ledger).projects();
        if (!projectList)
            return projectList.error();
        return kind == ChartKind::Projects ? projects(statement, *projectList) : portfolio(statement, *projectList);
    }
    case ChartKind::Members: {
        auto contributions = MemberRepository(m_ledger).contributions(statement.year);
        if (!contributions)
            return contributions.error();
        return members(statement.year, *contributions);
    }
    case ChartKind::Years: {
        auto statements = statementsOfEveryYear(statement);
        if (!statements)
            return statements.error();
        return years(statement.year, *statements);
    }
    }
    return badInput(tr("Unknown chart."));
}

ChartData ChartDataBuilder::spending(const Statement &statement)
{
    ChartData chart;
    chart.kind = ChartKind::Spending;
    chart.year = statement.year;
    chart.title = tr("Where the money went %1").arg(statement.year);
    ChartSeries expenses{tr("Expenses"), {}, ChartPalette::actual()};
    QStringList apart;
    int group = 0;
    for (const StatementLine &line : statement.linesIn(Section::Operations)) {
        if (line.actual.ore() > 0) {
            chart.categories.append(line.text);
            chart.categoryColours.append(ChartPalette::group(group++));
            expenses.values.append(line.actual);
        } else if (!line.actual.isZero()) {
            apart.append(tr("%1: %2").arg(line.text, line.actual.toDanish()));
        }
    }
    Money projects;
    for (const StatementLine &line : statement.linesIn(Section::Projects))
        projects += line.actual;
    if (projects.ore() > 0) {
        chart.categories.append(tr("Projects"));
        chart.categoryColours.append(ChartPalette::projectsTogether());
        expenses.values.append(projects);
    } else if (!projects.isZero()) {
        apart.append(tr("%1: %2").arg(tr("Projects"), projects.toDanish()));
    }
    for (const StatementLine &line : statement.linesIn(Section::CarryOver))
        if (!line.actual.isZero())
            apart.append(tr("%1: %2").arg(line.text, line.actual.toDanish()));
    if (!expenses.values.isEmpty())
        chart.series.append(expenses);
    if (!apart.isEmpty())
        chart.note = tr("Shown apart: %1").arg(apart.join(QStringLiteral("; ")));
    if (chart.isEmpty())
        chart.emptyReason = tr("No expenses are booked in %1.").arg(statement.year);
    return chart;
}

QList<Project> ChartDataBuilder::inStatementOrder(const Statement &statement, const QList<Project> &projects)
{
    QHash<qint64, int> place;
    for (int i = 0; i < statement.lines.size(); ++i)
        place.insert(statement.lines.at(i).accountId, i);
    QList<Project> ordered;
    for (const Project &p : projects)
        if (place.contains(p.accountId))
            ordered.append(p);
    std::stable_sort(ordered.begin(), ordered.end(), [&place](const Project &a, const Project &b) {
        return place.value(a.accountId) < place.value(b.accountId);
    });
    return ordered;
}

QHash<qint64, QColor> ChartDataBuilder::projectColours(const Statement &statement, const QList<Project> &projects)
{
    QHash<qint64, QColor> colours;
    const QList<Project> ordered = inStatementOrder(statement, projects);
    for (int i = 0; i < ordered.size(); ++i)
        colours.insert(ordered.at(i).id, ChartPalette::project(i));
    return colours;
}

ChartData ChartDataBuilder::projects(const Statement &statement, const QList<Project> &projects)
{
    ChartData chart;
    chart.kind = ChartKind::Projects;
    chart.year = statement.year;
    chart.title = tr("Projects: actual against budget %1").arg(statement.year);
    const QHash<qint64, QColor> colours = projectColours(statement, projects);
    ChartSeries actual{tr("Actual"), {}, ChartPalette::actual()};
    for (const Project &p : inStatementOrder(statement, projects)) {
        const StatementLine *line = statement.line(p.accountId);
        chart.categories.append(p.name);
        chart.categoryColours.append(colours.value(p.id));
        actual.values.append(line->actual);
        chart.budgets.append(line->budget);
    }
    if (!chart.categories.isEmpty()) {
        chart.series.append(actual);
        chart.note = tr("Bars: actual. Black mark: the corrected budget. In brackets: the deviation from the budget.");
    } else {
        chart.emptyReason = tr("The books have no projects.");
    }
    return chart;
}

ChartData ChartDataBuilder::portfolio(const Statement &statement, const QList<Project> &projects)
{
    ChartData chart;
    chart.kind = ChartKind::Portfolio;
    chart.year = statement.year;
    chart.title = tr("Portfolio %1: spend by phase").arg(statement.year);
    const QList<Phase> phases = MasterDataNames::phases();
    for (Phase phase : phases)
        chart.categories.append(MasterDataNames::phase(phase));
    const QHash<qint64, QColor> colours = projectColours(statement, projects);
    for (const Project &p : inStatementOrder(statement, projects)) {
        ChartSeries series{p.name, QList<Money>(phases.size()), colours.value(p.id)};
        series.values[phases.indexOf(p.phase)] = statement.line(p.accountId)->actual;
        chart.series.append(series);
    }
    if (chart.series.isEmpty()) {
        chart.categories.clear();
        chart.emptyReason = tr("The books have no projects.");
    }
    return chart;
}

ChartData ChartDataBuilder::members(int year, const QList<Contribution> &contributions)
{
    ChartData chart;
    chart.kind = ChartKind::Members;
    chart.year = year;
    chart.title = tr("Contributions by member %1").arg(year);
    ChartSeries paid{tr("Contribution"), {}, ChartPalette::actual()};
    for (const Contribution &c : contributions) {
        chart.categories.append(c.municipality);
        paid.values.append(c.amount);
    }
    if (!paid.values.isEmpty())
        chart.series.append(paid);
    else
        chart.emptyReason = tr("No contributions are recorded for %1.").arg(year);
    return chart;
}

ChartData ChartDataBuilder::years(int year, const QList<Statement> &statements)
{
    ChartData chart;
    chart.kind = ChartKind::Years;
    chart.year = year;
    chart.title = tr("Income, expenses and result by year");
    if (statements.size() < 2) {
        chart.emptyReason = tr("This chart needs the postings of two years or more.");
        return chart;
    }
    ChartSeries income{tr("Income"), {}, ChartPalette::income(), Qt::SolidLine};
    ChartSeries expenses{tr("Expenses"), {}, ChartPalette::expenses(), Qt::DashLine};
    ChartSeries result{tr("Operating result"), {}, ChartPalette::result(), Qt::DotLine};
    for (const Statement &s : statements) {
        chart.categories.append(QString::number(s.year));
        income.values.append(s.incomeTotal());
        expenses.values.append(s.expensesTotal());
        result.values.append(s.operatingResult());
    }
    chart.series = {income, expenses, result};
    chart.note = tr("As in the statement: income negative, expenses positive.");
    return chart;
}

Result<QList<Statement>> ChartDataBuilder::statementsOfEveryYear(const Statement &current) const
{
    auto fiscalYears = AssociationRepository(m_ledger).years();
    if (!fiscalYears)
        return fiscalYears.error();
    QList<Statement> statements;
    for (const FiscalYear &fy : *fiscalYears) {
        Statement s;
        if (fy.year == current.year && current.throughMonth == 12) {
            s = current;
        } else {
            auto built = StatementBuilder(m_ledger).build(fy.year);
            if (!built)
                return built.error();
            s = std::move(*built);
        }
        const bool booked = std::any_of(s.lines.cbegin(), s.lines.cend(),
                                        [](const StatementLine &line) { return !line.actual.isZero(); });
        if (booked)
            statements.append(std::move(s));
    }
    std::sort(statements.begin(), statements.end(),
              [](const Statement &a, const Statement &b) { return a.year < b.year; });
    return statements;
}

} // namespace annalist
