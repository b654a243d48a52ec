#include "BudgetRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "YearTotals.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

#include <limits>

using namespace annalist;

// No total leaves the range of exact money: amounts at the edge of 64-bit øre, imported, typed in,
// budgeted or written behind Annalist's back, are refused before any account total, section total
// or statement total could overflow into floating point; and what is kept stays an exact integer.
class tst_ExactTotals : public QObject, public test::ImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importAtTheEdgeIsRefusedNamingTheLine_data();
    void importAtTheEdgeIsRefusedNamingTheLine();
    void commandLineRefusesWithExitCode3();
    void editsBeyondTheRangeAreRefused();
    void theLedgerRefusesWhateverWrites();
    void largeButExactAmountsAreKept();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    QString statement(int year) const;
    qint64 account(const QString &number) const;
    static QByteArray line(int voucher, const char *account, const char *amount, int year = 2021);
};

namespace {
const char maxAmount[] = "92.233.720.368.547.758,07";  // 2^63 - 1 øre
const char minAmount[] = "-92.233.720.368.547.758,07"; // its negative
} // namespace

void tst_ExactTotals::init()
{
    QVERIFY(setUp());
}

void tst_ExactTotals::cleanup()
{
    // The ledger lets go of its lock before its folder goes.
    m_importer.reset();
    m_ledger.reset();
    m_dir.reset();
}

tst_ExactTotals::Run tst_ExactTotals::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_ExactTotals::statement(int year) const
{
    auto built = StatementBuilder(*m_ledger).build(year);
    return built ? StatementFormatter::format(*built, StatementFormatter::Layout::Published,
                                              StatementFormatter::Format::Text)
                 : built.error().message;
}

qint64 tst_ExactTotals::account(const QString &number) const
{
    return scalar(QStringLiteral("SELECT id FROM accounts WHERE number = '%1'").arg(number)).toLongLong();
}

QByteArray tst_ExactTotals::line(int voucher, const char *account, const char *amount, int year)
{
    return QStringLiteral("31-01-%1;%2;%3;;Kant;%4\n")
        .arg(year)
        .arg(voucher)
        .arg(QLatin1String(account), QLatin1String(amount))
        .toUtf8();
}

void tst_ExactTotals::importAtTheEdgeIsRefusedNamingTheLine_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("badLine"); // as an editor counts lines, the header being line 1
    // The attack as reported: two lines of ±(2^63 - 1) øre on different accounts.
    QTest::newRow("both signs, a year with postings")
        << 2019 << (line(1, "2010", maxAmount, 2019) + line(2, "1010", minAmount, 2019)) << 2;
    QTest::newRow("both signs, a new year") << 2021 << (line(1, "2010", maxAmount) + line(2, "1010", minAmount)) << 3;
    QTest::newRow("one account, piling up")
        << 2021 << (line(1, "2010", "50.000.000.000.000.000,00") + line(2, "2010", "50.000.000.000.000.000,00")) << 3;
    QTest::newRow("a whole year, one øre too many")
        << 2021 << (line(1, "2010", maxAmount) + line(2, "2020", "0,01")) << 3;
}

void tst_ExactTotals::importAtTheEdgeIsRefusedNamingTheLine()
{
    QFETCH(int, year);
    QFETCH(QByteArray, rows);
    QFETCH(int, badLine);
    const QString before = dump();
    const QString statementBefore = statement(2019);
    ImportOptions options;
    options.year = year;
    auto summary = import(header() + rows, options);
    QVERIFY(!summary.ok());
    QCOMPARE(int(summary.error().kind), int(ErrorKind::BadInput));
    QVERIFY(!m_importer->issues().isEmpty());
    const ImportIssue &issue = m_importer->issues().constFirst();
    QCOMPARE(issue.line, qint64(badLine));
    QCOMPARE(issue.column, QStringLiteral("Beløb"));
    QVERIFY2(issue.message.contains(QStringLiteral("beyond what Annalist keeps exactly")), qPrintable(issue.message));
    QCOMPARE(dump(), before); // nothing written
    QCOMPARE(statement(2019), statementBefore);
}

void tst_ExactTotals::commandLineRefusesWithExitCode3()
{
    const QString csv = write(header() + line(1, "2010", maxAmount, 2019) + line(2, "1010", minAmount, 2019));
    const QString path = m_ledger->path();
    m_ledger.reset(); // the command is the writer now
    Run r = annalist({QStringLiteral("--db"), path, QStringLiteral("import"), csv, QStringLiteral("--year"),
                      QStringLiteral("2019")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("postings.csv:2")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("beyond what Annalist keeps exactly")), qPrintable(r.err));
    // The statement is still the published one, to the øre.
    r = annalist(
        {QStringLiteral("--db"), path, QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("-322.748,08")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("11.394.960,92")), qPrintable(r.out));
}

void tst_ExactTotals::editsBeyondTheRangeAreRefused()
{
    const QString before = dump();
    const qint64 staff = account(QStringLiteral("2010"));
    const qint64 income = account(QStringLiteral("1010"));
    const PostingRepository postings(*m_ledger);
    const Money max = Money::fromOre(std::numeric_limits<qint64>::max());
    // A posting typed in: alone it would fit, with the year's other postings it does not.
    auto added = postings.add({0, 2019, QDate(2019, 12, 31), 999, staff, std::nullopt, QStringLiteral("x"), max});
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(added.error().message.contains(QStringLiteral("beyond what Annalist keeps exactly")),
             qPrintable(added.error().message));
    QCOMPARE(dump(), before);
    // An existing posting changed to the edge.
    const qint64 id = scalar(QStringLiteral("SELECT MIN(id) FROM postings WHERE year = 2019")).toLongLong();
    auto existing = postings.posting(id);
    QVERIFY(existing.ok() && existing->has_value());
    Posting changed = **existing;
    changed.amount = -max;
    QVERIFY(!postings.update(changed, **existing).ok());
    QVERIFY(!postings.update(changed).ok());
    QCOMPARE(dump(), before);
    // Budgets: on top of the year's postings they would take the budget columns and deviations beyond.
    const BudgetRepository budgets(*m_ledger);
    auto budget = budgets.setBudget({income, 2019, -max, QStringLiteral("x")});
    QVERIFY(!budget.ok());
    QVERIFY2(budget.error().message.contains(QStringLiteral("beyond what Annalist keeps exactly")),
             qPrintable(budget.error().message));
    auto change = budgets.addChange({0, income, 2019, QDate(2019, 6, 1), max, QStringLiteral("x")});
    QVERIFY(!change.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM budget_changes WHERE decision = 'x'")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT amount FROM budgets WHERE year = 2019 AND account_id = %1").arg(income)),
             QStringLiteral("-1171770900"));
}

void tst_ExactTotals::theLedgerRefusesWhateverWrites()
{
    // Behind Annalist's back, the audit triggers set aside: the ledger's own triggers refuse a
    // posting that would take the kept totals out of range (SQLite's + would turn them into floating
    // point; the server's bigint would overflow).
    const qint64 staff = account(QStringLiteral("2010"));
    int code = 0;
    const QString said = test::sqliteShellUnaudited(
        m_ledger->path(),
        QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES "
                       "(2019, '2019-12-31', 999, %1, 'x', 9223372036854775807)")
            .arg(staff),
        &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("out of range")) || said.contains(QStringLiteral("overflow")),
             qPrintable(said));
    // Every kept total is an exact integer, and equals its postings.
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM account_totals WHERE typeof(total) <> 'integer' OR "
                                       "typeof(magnitude) <> 'integer'")),
                 QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM account_totals t WHERE total <> (SELECT COALESCE(SUM(amount), "
                                   "0) FROM postings p WHERE p.year = t.year AND p.account_id = t.account_id) OR "
                                   "magnitude <> (SELECT COALESCE(SUM(abs(amount)), 0) FROM postings p WHERE p.year = "
                                   "t.year AND p.account_id = t.account_id)")),
             QStringLiteral("0"));
}

void tst_ExactTotals::largeButExactAmountsAreKept()
{
    // Up to the edge itself everything is exact: one line of 2^63 - 1 øre in a year of its own.
    ImportOptions options;
    options.year = 2021;
    auto summary = import(header() + line(1, "2010", maxAmount), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    auto built = StatementBuilder(*m_ledger).build(2021);
    QVERIFY(built.ok());
    QCOMPARE(built->expensesTotal(), Money::fromOre(std::numeric_limits<qint64>::max()));
    QCOMPARE(built->operatingResult().toDanish(), QString::fromLatin1(maxAmount));
    auto bound = YearTotals::bound(*m_ledger, 2021);
    QVERIFY(bound.ok());
    QVERIFY(*bound == YearTotals::limit);
    // And not one øre more, by any path.
    const qint64 staff = account(QStringLiteral("2010"));
    QVERIFY(!PostingRepository(*m_ledger)
                 .add({0, 2021, QDate(2021, 2, 1), 2, staff, std::nullopt, QStringLiteral("øre"), Money::fromOre(-1)})
                 .ok());
    QVERIFY(!BudgetRepository(*m_ledger).setBudget({staff, 2021, Money::fromOre(1), {}}).ok());
}

QTEST_GUILESS_MAIN(tst_ExactTotals)
#include "tst_exacttotals.moc"
