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
        return spending(statement, m_language);
    case ChartKind::Projects:
    case ChartKind::Portfolio: {
        auto projectList = AccountRepository(m_ledger).projects(statement.year);
        if (!projectList)
            return projectList.error();
        return kind == ChartKind::Projects ? projects(statement, *projectList, m_language)
                                           : portfolio(statement, *projectList, m_language);
    }
    case ChartKind::Members: {
        auto contributions = MemberRepository(m_ledger).contributions(statement.year);
        if (!contributions)
            return contributions.error();
        return members(statement.year, *contributions, m_language);
    }
    case ChartKind::Years: {
        auto statements = statementsOfEveryYear(statement);
        if (!statements)
            return statements.error();
        return years(statement.year, *statements, m_language);
    }
    }
    return badInput(tr("Unknown chart."));
}

QString ChartDataBuilder::say(ChartLanguage language, const QString &interfaceWords, const char16_t *danish)
{
    return language == ChartLanguage::Report ? QString::fromUtf16(danish) : interfaceWords;
}

void ChartDataBuilder::setUnits(ChartData &chart, ChartLanguage language)
{
    chart.valueAxisTitle = say(language, tr("DKK"), u"kr.");
    chart.budgetLabel = say(language, tr("Budget"), u"Budget");
}

ChartData ChartDataBuilder::spending(const Statement &statement, ChartLanguage language)
{
    ChartData chart;
    chart.kind = ChartKind::Spending;
    chart.year = statement.year;
    setUnits(chart, language);
    chart.title = say(language, tr("Where the money went %1"), u"Hvor pengene gik hen %1").arg(statement.year);
    ChartSeries expenses{say(language, tr("Expenses"), u"Udgifter"), {}, ChartPalette::actual()};
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
        chart.categories.append(say(language, tr("Projects"), u"Projekter"));
        chart.categoryColours.append(ChartPalette::projectsTogether());
        expenses.values.append(projects);
    } else if (!projects.isZero()) {
        apart.append(tr("%1: %2").arg(say(language, tr("Projects"), u"Projekter"), projects.toDanish()));
    }
    for (const StatementLine &line : statement.linesIn(Section::CarryOver))
        if (!line.actual.isZero())
            apart.append(tr("%1: %2").arg(line.text, line.actual.toDanish()));
    if (!expenses.values.isEmpty())
        chart.series.append(expenses);
    if (!apart.isEmpty())
        chart.note = say(language, tr("Shown apart: %1"), u"Vist for sig: %1").arg(apart.join(QStringLiteral("; ")));
    if (chart.isEmpty())
        chart.emptyReason = say(language, tr("No expenses are booked in %1."), u"Der er ikke bogført udgifter i %1.")
                                .arg(statement.year);
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

ChartData ChartDataBuilder::projects(const Statement &statement, const QList<Project> &projects, ChartLanguage language)
{
    ChartData chart;
    chart.kind = ChartKind::Projects;
    chart.year = statement.year;
    setUnits(chart, language);
    chart.title = say(language, tr("Projects: actual against budget %1"), u"Projekter: regnskab mod budget %1")
                      .arg(statement.year);
    const QHash<qint64, QColor> colours = projectColours(statement, projects);
    ChartSeries actual{say(language, tr("Actual"), u"Regnskab"), {}, ChartPalette::actual()};
    for (const Project &p : inStatementOrder(statement, projects)) {
        const StatementLine *line = statement.line(p.accountId);
        chart.categories.append(p.name);
        chart.categoryColours.append(colours.value(p.id));
        actual.values.append(line->actual);
        chart.budgets.append(line->budget);
    }
    if (!chart.categories.isEmpty()) {
        chart.series.append(actual);
        chart.note = say(
            language, tr("Bars: actual. Black mark: the corrected budget. In brackets: the deviation from the budget."),
            u"Søjler: regnskab. Sort streg: det korrigerede budget. I parentes: afvigelsen fra budgettet.");
    } else {
        chart.emptyReason = say(language, tr("The books have no projects."), u"Regnskabet har ingen projekter.");
    }
    return chart;
}

ChartData ChartDataBuilder::portfolio(const Statement &statement, const QList<Project> &projects,
                                      ChartLanguage language)
{
    ChartData chart;
    chart.kind = ChartKind::Portfolio;
    chart.year = statement.year;
    setUnits(chart, language);
    chart.title =
        say(language, tr("Portfolio %1: spend by phase"), u"Portefølje %1: forbrug pr. fase").arg(statement.year);
    const QList<Phase> phases = MasterDataNames::phases();
    for (Phase phase : phases)
        chart.categories.append(language == ChartLanguage::Report ? MasterDataNames::phaseInReport(phase)
                                                                  : MasterDataNames::phase(phase));
    const QHash<qint64, QColor> colours = projectColours(statement, projects);
    for (const Project &p : inStatementOrder(statement, projects)) {
        ChartSeries series{p.name, QList<Money>(phases.size()), colours.value(p.id)};
        series.values[phases.indexOf(p.phase)] = statement.line(p.accountId)->actual;
        chart.series.append(series);
    }
    if (chart.series.isEmpty()) {
        chart.categories.clear();
        chart.emptyReason = say(language, tr("The books have no projects."), u"Regnskabet har ingen projekter.");
    }
    return chart;
}

ChartData ChartDataBuilder::members(int year, const QList<Contribution> &contributions, ChartLanguage language)
{
    ChartData chart;
    chart.kind = ChartKind::Members;
    chart.year = year;
    setUnits(chart, language);
    chart.title = say(language, tr("Contributions by member %1"), u"Basistilskud pr. medlemskommune %1").arg(year);
    ChartSeries paid{say(language, tr("Contribution"), u"Basistilskud"), {}, ChartPalette::actual()};
    for (const Contribution &c : contributions) {
        chart.categories.append(c.municipality);
        paid.values.append(c.amount);
    }
    if (!paid.values.isEmpty())
        chart.series.append(paid);
    else
        chart.emptyReason =
            say(language, tr("No contributions are recorded for %1."), u"Der er ikke registreret basistilskud for %1.")
                .arg(year);
    return chart;
}

ChartData ChartDataBuilder::years(int year, const QList<Statement> &statements, ChartLanguage language)
{
    ChartData chart;
    chart.kind = ChartKind::Years;
    chart.year = year;
    setUnits(chart, language);
    chart.title = say(language, tr("Income, expenses and result by year"), u"Indtægter, udgifter og resultat pr. år");
    if (statements.size() < 2) {
        chart.emptyReason = say(language, tr("This chart needs the postings of two years or more."),
                                u"Diagrammet kræver posteringer fra mindst to år.");
        return chart;
    }
    ChartSeries income{say(language, tr("Income"), u"Indtægter"), {}, ChartPalette::income(), Qt::SolidLine};
    ChartSeries expenses{say(language, tr("Expenses"), u"Udgifter"), {}, ChartPalette::expenses(), Qt::DashLine};
    ChartSeries result{
        say(language, tr("Operating result"), u"Driftsresultat"), {}, ChartPalette::result(), Qt::DotLine};
    for (const Statement &s : statements) {
        chart.categories.append(QString::number(s.year));
        income.values.append(s.incomeTotal());
        expenses.values.append(s.expensesTotal());
        result.values.append(s.operatingResult());
    }
    chart.series = {income, expenses, result};
    chart.note = say(language, tr("As in the statement: income negative, expenses positive."),
                     u"Som i resultatopgørelsen: indtægter negative, udgifter positive.");
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
