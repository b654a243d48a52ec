#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ChartDataBuilder.h"
#include "ChartPalette.h"
#include "MasterDataNames.h"
#include "MemberRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The chart data comes from the statement and the project and member data: every value is checked
// against the statement of the demo year, which reproduces the published 2019 figures.
class tst_ChartDataBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindIsBuiltInOrder();
    void spendingSlicesAreTheExpensesWithoutCarryOver();
    void spendingNamesWhatItLeavesOut();
    void projectsAreActualAndBudgetPerProject();
    void portfolioPutsEachProjectInItsPhase();
    void membersSumToTheContributionsLine();
    void yearsNeedTwoYearsWithPostings();
    void yearsFollowEachYearsStatement();
    void projectKeepsItsColourInEveryChart();
    void paletteIsStable();
    void paletteNeighboursDifferInGreyscale();
    void describeGivesExactDanishAmounts();
    void kindKeysRoundTrip();
    void reportChartsSpeakDanish();

private:
    Statement statement(int year = 2019) const;
    int categoryOf(const ChartData &chart, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

void tst_ChartDataBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = test::demoLedger(*m_dir);
    QVERIFY(m_ledger);
}

void tst_ChartDataBuilder::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

Statement tst_ChartDataBuilder::statement(int year) const
{
    auto built = StatementBuilder(*m_ledger).build(year);
    if (!built)
        qFatal("%s", qPrintable(built.error().message));
    return *built;
}

int tst_ChartDataBuilder::categoryOf(const ChartData &chart, const QString &name) const
{
    return int(chart.categories.indexOf(name));
}

void tst_ChartDataBuilder::everyKindIsBuiltInOrder()
{
    auto charts = ChartDataBuilder(*m_ledger).build(statement());
    QVERIFY2(charts.ok(), qPrintable(charts.error().message));
    QCOMPARE(charts->size(), allChartKinds().size());
    for (int i = 0; i < charts->size(); ++i) {
        QCOMPARE(int(charts->at(i).kind), int(allChartKinds().at(i)));
        QCOMPARE(charts->at(i).year, 2019);
        QVERIFY(!charts->at(i).title.isEmpty());
    }
}

void tst_ChartDataBuilder::spendingSlicesAreTheExpensesWithoutCarryOver()
{
    const Statement s = statement();
    const ChartData chart = ChartDataBuilder::spending(s);
    QCOMPARE(chart.series.size(), 1);
    QCOMPARE(
        chart.categories,
        QStringList({QStringLiteral("Personale"), QStringLiteral("Administration"), QStringLiteral("Konsulentbistand"),
                     QStringLiteral("It, inventar, maskiner og materiel"), QStringLiteral("Projects")}));
    const QList<Money> &v = chart.series.at(0).values;
    QCOMPARE(v.at(0), Money::fromOre(154113023));
    QCOMPARE(v.at(1), Money::fromOre(21110079));
    QCOMPARE(v.at(2), Money::fromOre(19839956));
    QCOMPARE(v.at(3), Money::fromOre(3986481));
    // The eleven projects together, to the øre.
    QCOMPARE(v.at(4), Money::fromOre(1046064196));
    // With the carry-over from 2018 put back, the slices are the statement's expenses.
    Money carryOver;
    for (const StatementLine &line : s.linesIn(Section::CarryOver))
        carryOver += line.actual;
    QCOMPARE(carryOver, Money::fromOre(-105617643));
    QCOMPARE(chart.seriesTotal(0) + carryOver, s.expensesTotal());
    QCOMPARE(s.expensesTotal(), Money::fromOre(1139496092));
    QCOMPARE(chart.categoryColours.size(), chart.categories.size());
}

void tst_ChartDataBuilder::spendingNamesWhatItLeavesOut()
{
    const ChartData chart = ChartDataBuilder::spending(statement());
    // The carry-over is named under the chart with its amount, in Danish format.
    QVERIFY2(chart.note.contains(QStringLiteral("Overført fra 2018: -1.056.176,43")), qPrintable(chart.note));
    // A line of 0,00 (Aktivitet og materialer) is neither a slice nor a note.
    QCOMPARE(categoryOf(chart, QStringLiteral("Aktivitet og materialer m.m.")), -1);
    QVERIFY(!chart.note.contains(QLatin1String("Aktivitet")));
}

void tst_ChartDataBuilder::projectsAreActualAndBudgetPerProject()
{
    const Statement s = statement();
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    const ChartData chart = ChartDataBuilder::projects(s, *projects);
    QCOMPARE(chart.categories.size(), 11);
    QCOMPARE(chart.categories.first(), QStringLiteral("Fælles ressourcer"));
    QCOMPARE(chart.categories.last(), QStringLiteral("Robotics"));
    QCOMPARE(chart.budgets.size(), 11);
    Money actual;
    Money budget;
    for (const StatementLine &line : s.linesIn(Section::Projects)) {
        const int c = categoryOf(chart, line.text);
        QVERIFY2(c >= 0, qPrintable(line.text));
        QCOMPARE(chart.series.at(0).values.at(c), line.actual);
        QCOMPARE(chart.budgets.at(c), line.budget);
        actual += line.actual;
        budget += line.budget;
    }
    QCOMPARE(chart.seriesTotal(0), actual);
    QCOMPARE(chart.series.at(0).values.at(categoryOf(chart, QStringLiteral("ESDH"))), Money::fromOre(270012958));
}

void tst_ChartDataBuilder::portfolioPutsEachProjectInItsPhase()
{
    const Statement s = statement();
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    const ChartData chart = ChartDataBuilder::portfolio(s, *projects);
    QCOMPARE(chart.categories.size(), 5); // the five phases, in the life cycle's order
    QCOMPARE(chart.series.size(), projects->size());
    Money spend;
    for (const ChartSeries &series : chart.series) {
        int nonZero = 0;
        for (Money m : series.values)
            nonZero += m.isZero() ? 0 : 1;
        QVERIFY2(nonZero <= 1, qPrintable(series.name));
        for (Money m : series.values)
            spend += m;
    }
    Money projectLines;
    for (const StatementLine &line : s.linesIn(Section::Projects))
        projectLines += line.actual;
    QCOMPARE(spend, projectLines);
    for (const Project &p : *projects) {
        const auto it = std::find_if(chart.series.cbegin(), chart.series.cend(),
                                     [&p](const ChartSeries &series) { return series.name == p.name; });
        QVERIFY(it != chart.series.cend());
        const int phase = int(MasterDataNames::phases().indexOf(p.phase));
        QCOMPARE(it->values.at(phase), s.line(p.accountId)->actual);
    }
}

void tst_ChartDataBuilder::membersSumToTheContributionsLine()
{
    auto contributions = MemberRepository(*m_ledger).contributions(2019);
    QVERIFY(contributions.ok());
    const ChartData chart = ChartDataBuilder::members(2019, *contributions);
    QCOMPARE(chart.categories.size(), 12);
    QCOMPARE(chart.categories.first(), QStringLiteral("Greve"));
    QCOMPARE(chart.seriesTotal(0), -statement().incomeTotal());
    QCOMPARE(chart.seriesTotal(0), Money::fromOre(1171770900));
}

void tst_ChartDataBuilder::yearsNeedTwoYearsWithPostings()
{
    auto chart = ChartDataBuilder(*m_ledger).build(ChartKind::Years, statement());
    QVERIFY(chart.ok());
    QVERIFY(chart->isEmpty());
    QVERIFY(!chart->emptyReason.isEmpty());
}

void tst_ChartDataBuilder::yearsFollowEachYearsStatement()
{
    // A second year with two postings: 2018 in the books before 2019.
    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}).ok());
    const Statement s2019 = statement();
    const qint64 income = s2019.linesIn(Section::Income).first().accountId;
    const qint64 staff = s2019.linesIn(Section::Operations).first().accountId;
    PostingRepository postings(*m_ledger);
    QVERIFY(postings
                .add({0, 2018, QDate(2018, 3, 1), 1, income, std::nullopt, QStringLiteral("Tilskud"),
                      Money::fromOre(-1000000000)})
                .ok());
    QVERIFY(postings
                .add({0, 2018, QDate(2018, 3, 31), 2, staff, std::nullopt, QStringLiteral("Løn"),
                      Money::fromOre(950000050)})
                .ok());
    auto chart = ChartDataBuilder(*m_ledger).build(ChartKind::Years, statement());
    QVERIFY(chart.ok());
    QCOMPARE(chart->categories, QStringList({QStringLiteral("2018"), QStringLiteral("2019")}));
    QCOMPARE(chart->series.size(), 3);
    const Statement s2018 = statement(2018);
    QCOMPARE(chart->series.at(0).values, QList<Money>({s2018.incomeTotal(), s2019.incomeTotal()}));
    QCOMPARE(chart->series.at(1).values, QList<Money>({s2018.expensesTotal(), s2019.expensesTotal()}));
    QCOMPARE(chart->series.at(2).values, QList<Money>({s2018.operatingResult(), s2019.operatingResult()}));
    QCOMPARE(chart->series.at(2).values.at(0), Money::fromOre(-49999950));
    QCOMPARE(chart->series.at(2).values.at(1), Money::fromOre(-32274808));
    // Told apart in greyscale by their dashes as well as their colours.
    QVERIFY(chart->series.at(0).lineStyle != chart->series.at(1).lineStyle);
    QVERIFY(chart->series.at(1).lineStyle != chart->series.at(2).lineStyle);
}

void tst_ChartDataBuilder::projectKeepsItsColourInEveryChart()
{
    const Statement s = statement();
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    const ChartData bars = ChartDataBuilder::projects(s, *projects);
    const ChartData portfolio = ChartDataBuilder::portfolio(s, *projects);
    QSet<QRgb> seen;
    for (const ChartSeries &series : portfolio.series) {
        const int c = categoryOf(bars, series.name);
        QVERIFY(c >= 0);
        QCOMPARE(series.colour, bars.categoryColours.at(c));
        seen.insert(series.colour.rgb());
    }
    QCOMPARE(seen.size(), portfolio.series.size()); // eleven projects, eleven colours
}

void tst_ChartDataBuilder::paletteIsStable()
{
    // The colours are part of what the board sees year after year: a change here is deliberate.
    QCOMPARE(ChartPalette::project(0).name(), QStringLiteral("#1f4e79"));
    QCOMPARE(ChartPalette::project(3).name(), QStringLiteral("#9dc3e6"));
    QCOMPARE(ChartPalette::project(10).name(), QStringLiteral("#0b6e69"));
    QCOMPARE(ChartPalette::project(ChartPalette::projectColourCount()), ChartPalette::project(0));
    const Statement s = statement();
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    const auto first = ChartDataBuilder::projectColours(s, *projects);
    const auto second = ChartDataBuilder::projectColours(s, *projects);
    QCOMPARE(first, second);
    const ChartData bars = ChartDataBuilder::projects(s, *projects);
    QCOMPARE(bars.categoryColours.at(categoryOf(bars, QStringLiteral("ESDH"))).name(), QStringLiteral("#9dc3e6"));
}

void tst_ChartDataBuilder::paletteNeighboursDifferInGreyscale()
{
    const auto grey = [](const QColor &c) { return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF(); };
    for (int i = 0; i + 1 < ChartPalette::projectColourCount(); ++i)
        QVERIFY2(std::abs(grey(ChartPalette::project(i)) - grey(ChartPalette::project(i + 1))) > 0.3,
                 qPrintable(QString::number(i)));
    const QList<QColor> lines{ChartPalette::income(), ChartPalette::expenses(), ChartPalette::result()};
    for (const QColor &c : lines)
        QVERIFY(grey(c) < 0.5); // dark on white paper
}

void tst_ChartDataBuilder::describeGivesExactDanishAmounts()
{
    const Statement s = statement();
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    const ChartData bars = ChartDataBuilder::projects(s, *projects);
    const int esdh = categoryOf(bars, QStringLiteral("ESDH"));
    const QString tip = bars.describe(0, esdh);
    QVERIFY2(tip.contains(QLatin1String("2.700.129,58")), qPrintable(tip));
    QVERIFY2(tip.contains(bars.budgets.at(esdh).toDanish()), qPrintable(tip));
    const ChartData spending = ChartDataBuilder::spending(s);
    const QString staff = spending.describe(0, 0);
    QVERIFY2(staff.contains(QLatin1String("1.541.130,23")), qPrintable(staff));
    QVERIFY2(staff.contains(QLatin1String("12,37 %")), qPrintable(staff)); // of 12.451.137,35
    QCOMPARE(spending.describe(5, 0), QString());
}

void tst_ChartDataBuilder::kindKeysRoundTrip()
{
    for (ChartKind kind : allChartKinds())
        QCOMPARE(chartKindFromKey(chartKindKey(kind)), std::optional<ChartKind>(kind));
    QCOMPARE(chartKindFromKey(QStringLiteral("pie")), std::nullopt);
}

void tst_ChartDataBuilder::reportChartsSpeakDanish()
{
    // The interface is English here; the report's charts are Danish all the same.
    auto charts = ChartDataBuilder(*m_ledger, ChartLanguage::Report).build(statement());
    QVERIFY(charts.ok());
    QCOMPARE(charts->at(0).title, QStringLiteral("Hvor pengene gik hen 2019"));
    QVERIFY(charts->at(0).categories.contains(QStringLiteral("Projekter")));
    QCOMPARE(charts->at(1).valueAxisTitle, QStringLiteral("kr."));
    QCOMPARE(charts->at(1).series.at(0).name, QStringLiteral("Regnskab"));
    QCOMPARE(charts->at(2).categories.at(2), QStringLiteral("Anskaffelse og gennemførsel"));
    QCOMPARE(charts->at(3).title, QStringLiteral("Basistilskud pr. medlemskommune 2019"));
    // The same figures as on screen.
    auto screen = ChartDataBuilder(*m_ledger).build(statement());
    QVERIFY(screen.ok());
    for (int i = 0; i < screen->size(); ++i)
        for (int s = 0; s < screen->at(i).series.size(); ++s)
            QCOMPARE(charts->at(i).series.at(s).values, screen->at(i).series.at(s).values);
    QCOMPARE(screen->at(1).valueAxisTitle, QStringLiteral("DKK"));
}

QTEST_GUILESS_MAIN(tst_ChartDataBuilder)
#include "tst_chartdatabuilder.moc"
