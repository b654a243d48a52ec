#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_StatementBuilder : public QObject
{
    Q_OBJECT

private slots:
    void refusesYearNotInBooks();
    void refusesBadMonth();
    void budgetLayoutFigures();
    void yearToDate_data();
    void yearToDate();
    void deviationPercent_data();
    void deviationPercent();
    void whichLinesShow();
    void postingOnAccountOutsideStatementIsCounted();

private:
    const StatementLine *lineNamed(const Statement &s, const QString &text);
    // The published statement's lines (tests/reference/digit-2019-statement.csv) summed.
    static Money publishedResult();
    // A sum in øre that the SQL gives, read through the shell rather than the repositories.
    static Money shellSum(const Ledger &ledger, const QString &sql);
};

Money tst_StatementBuilder::publishedResult()
{
    QFile csv(QStringLiteral(ANNALIST_REFERENCE_DIR "/digit-2019-statement.csv"));
    if (!csv.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(csv.fileName()));
    Money sum;
    int lines = 0;
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto amount = Money::parse(line.section(QLatin1Char(';'), 3, 3));
        if (!amount)
            qFatal("%s: %s", qPrintable(line), qPrintable(amount.error().message));
        sum += *amount;
        ++lines;
    }
    if (lines != 18)
        qFatal("the published statement has 18 lines, not %d", lines);
    return sum;
}

Money tst_StatementBuilder::shellSum(const Ledger &ledger, const QString &sql)
{
    int exitCode = -1;
    const QString out = test::sqliteShell(ledger.path(), sql, &exitCode);
    bool ok = false;
    const qint64 ore = out.toLongLong(&ok);
    if (exitCode != 0 || !ok)
        qFatal("%s gave %s", qPrintable(sql), qPrintable(out));
    return Money::fromOre(ore);
}

const StatementLine *tst_StatementBuilder::lineNamed(const Statement &s, const QString &text)
{
    for (const StatementLine &l : s.lines)
        if (l.text == text)
            return &l;
    return nullptr;
}

void tst_StatementBuilder::refusesYearNotInBooks()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto statement = StatementBuilder(*ledger).build(2030);
    QVERIFY(!statement.ok());
    QCOMPARE(int(statement.error().kind), int(ErrorKind::BadInput));
    QVERIFY(statement.error().message.contains(QLatin1String("2030")));
}

void tst_StatementBuilder::refusesBadMonth()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    QVERIFY(!StatementBuilder(*ledger).build(2019, 0).ok());
    QVERIFY(!StatementBuilder(*ledger).build(2019, 13).ok());
}

void tst_StatementBuilder::budgetLayoutFigures()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto s = StatementBuilder(*ledger).build(2019);
    QVERIFY(s.ok());
    // ESDH: original 2.500.000,00 plus a change of 250.000,00; actual 2.700.129,58.
    const StatementLine *esdh = lineNamed(*s, QStringLiteral("ESDH"));
    QVERIFY(esdh);
    QCOMPARE(esdh->originalBudget.toDanish(), QStringLiteral("2.500.000,00"));
    QCOMPARE(esdh->budgetChanges.toDanish(), QStringLiteral("250.000,00"));
    QCOMPARE(esdh->budget.toDanish(), QStringLiteral("2.750.000,00"));
    QCOMPARE(esdh->deviation().toDanish(), QStringLiteral("-49.870,42"));
    // Income above budget is favourable: the deviation is negative.
    const StatementLine *personale = lineNamed(*s, QStringLiteral("Personale"));
    QCOMPARE(personale->deviation().toDanish(), QStringLiteral("-58.869,77"));

    // The totals against figures found without the statement: the published lines summed, and the
    // ledger's budget rows summed by SQL of the test's own (the sqlite3 shell, or psql on a server).
    const Money published = publishedResult();
    QCOMPARE(published.toDanish(), QStringLiteral("-322.748,08"));
    QCOMPARE(s->operatingResult(), published);
    const Money budget =
        shellSum(*ledger, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM budgets WHERE year = 2019")) +
        shellSum(*ledger, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM budget_changes WHERE year = 2019"));
    QVERIFY(!budget.isZero());
    QCOMPARE(s->budgetTotal(), budget);
    QCOMPARE(s->deviationTotal(), published - budget);
    // Line by line, the deviations add up to the same.
    Money deviations;
    for (const StatementLine &l : s->lines)
        deviations += l.deviation();
    QCOMPARE(deviations, published - budget);
}

void tst_StatementBuilder::yearToDate_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("budget");
    // Even spread: 1.600.000,00 / 12 per month, exact to the øre.
    QTest::newRow("personale june") << "Personale" << 6 << "800.000,00";
    QTest::newRow("personale january") << "Personale" << 1 << "133.333,33";
    QTest::newRow("personale december") << "Personale" << 12 << "1.600.000,00";
    // Contributions come quarterly: half the year's budget by June.
    QTest::newRow("contributions june") << "Kommunalt basistilskud" << 6 << "-5.858.854,50";
    QTest::newRow("contributions march") << "Kommunalt basistilskud" << 3 << "-2.929.427,25";
    // The carry-over falls in January.
    QTest::newRow("carry-over january") << "Overført fra 2018" << 1 << "-1.056.176,43";
    // Administration has its own spread: 40 + 60 + 120 per mille by March of 225.000,00.
    QTest::newRow("administration march") << "Administration" << 3 << "49.500,00";
}

void tst_StatementBuilder::yearToDate()
{
    QFETCH(QString, line);
    QFETCH(int, month);
    QFETCH(QString, budget);
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto s = StatementBuilder(*ledger).build(2019, month);
    QVERIFY(s.ok());
    QCOMPARE(s->throughMonth, month);
    const StatementLine *l = lineNamed(*s, line);
    QVERIFY(l);
    QCOMPARE(l->budget.toDanish(), budget);

    // Year-to-date actuals hold only postings dated up to the end of the month.
    auto whole = StatementBuilder(*ledger).build(2019);
    const StatementLine *all = lineNamed(*whole, line);
    if (month == 12)
        QCOMPARE(l->actual, all->actual);
    else if (line != QStringLiteral("Overført fra 2018"))
        QVERIFY(l->actual.abs() < all->actual.abs());
}

void tst_StatementBuilder::deviationPercent_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<QString>("percent"); // empty: none
    QTest::newRow("on budget") << qint64(100000) << qint64(100000) << "0,00";
    QTest::newRow("ten percent over") << qint64(100000) << qint64(110000) << "10,00";
    QTest::newRow("under") << qint64(300000) << qint64(200000) << "-33,33";
    // 1 øre over 200,00 is 0,005 %: exactly half a hundredth, rounded away from zero both ways.
    QTest::newRow("rounds half away") << qint64(20000) << qint64(20001) << "0,01";
    QTest::newRow("rounds half away, below budget") << qint64(20000) << qint64(19999) << "-0,01";
    QTest::newRow("rounds half away, income") << qint64(-20000) << qint64(-20001) << "-0,01";
    // Just under half (0,00499975 %) rounds down; just over (1 øre of 199,99: 0,0050002 %) up.
    QTest::newRow("just under half") << qint64(20002) << qint64(20003) << "0,00";
    QTest::newRow("just over half") << qint64(19999) << qint64(20000) << "0,01";
    QTest::newRow("0,0125 % rounds down") << qint64(800000) << qint64(800001) << "0,00";
    QTest::newRow("income above budget") << qint64(-100000) << qint64(-125000) << "-25,00";
    QTest::newRow("no budget") << qint64(0) << qint64(5000) << "";
    // A deviation whose øre times 10.000 overflows 64 bits: computed without øre precision.
    QTest::newRow("overflowing, exact") << qint64(1000000) << qint64(1000000000001000000LL) << "100000000000000,00";
    QTest::newRow("overflowing, negative") << qint64(1000000) << qint64(-999999999999000000LL) << "-100000000000000,00";
    // Beyond 9 * 10^18 hundredths of a percent the result is held at that limit, either way.
    QTest::newRow("huge") << qint64(1) << qint64(9000000000000000000LL) << "90000000000000000,00";
    QTest::newRow("huge, negative") << qint64(1) << qint64(-9000000000000000000LL) << "-90000000000000000,00";
}

void tst_StatementBuilder::deviationPercent()
{
    QFETCH(qint64, budget);
    QFETCH(qint64, actual);
    QFETCH(QString, percent);
    StatementLine l;
    l.budget = Money::fromOre(budget);
    l.actual = Money::fromOre(actual);
    const auto bp = l.deviationBasisPoints();
    if (percent.isEmpty()) {
        QVERIFY(!bp);
        return;
    }
    QVERIFY(bp);
    QCOMPARE(formatBasisPoints(*bp, QLatin1Char(',')), percent);
}

void tst_StatementBuilder::whichLinesShow()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    QVERIFY(AssociationRepository(*ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}).ok());
    Account inactive;
    inactive.number = QStringLiteral("2990");
    inactive.name = QStringLiteral("Nedlagt konto");
    inactive.active = false;
    QVERIFY(AccountRepository(*ledger).addAccount(inactive).ok());

    auto s2020 = StatementBuilder(*ledger).build(2020);
    QVERIFY(s2020.ok());
    // Active accounts show with zero; the carry-over from 2018 and the inactive account do not.
    QVERIFY(lineNamed(*s2020, QStringLiteral("Personale")));
    QVERIFY(!lineNamed(*s2020, QStringLiteral("Overført fra 2018")));
    QVERIFY(!lineNamed(*s2020, QStringLiteral("Nedlagt konto")));
    QCOMPARE(s2020->operatingResult(), Money());
    QVERIFY(lineNamed(*StatementBuilder(*ledger).build(2019), QStringLiteral("Overført fra 2018")));
}

void tst_StatementBuilder::postingOnAccountOutsideStatementIsCounted()
{
    ANNALIST_FILE_ONLY("a posting on an account that does not exist; a server's foreign keys refuse it");
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    test::sqliteShellUnaudited(ledger->path(),
                               QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                              "VALUES (2019, '2019-05-01', 999, 424242, 'x', 12345)"));
    auto s = StatementBuilder(*ledger).build(2019);
    QVERIFY(s.ok());
    QCOMPARE(s->operatingResult().toDanish(), QStringLiteral("-322.748,08"));
    QCOMPARE(s->postingsTotal.toDanish(), QStringLiteral("-322.624,63"));
}

QTEST_GUILESS_MAIN(tst_StatementBuilder)
#include "tst_statementbuilder.moc"
