#include "AccountRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "TrialBalance.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_TrialBalance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totals_data();
    void totals();
    void wholeYearEqualsStatementLines();
    void yearToDateEqualsStatement();
    void emptyRanges_data();
    void emptyRanges();
    void refusesMissingDates();

private:
    // What the shell (sqlite3, or psql on a server) prints for the SQL, and the same as an amount in øre.
    QString shell(const QString &sql) const;
    Money shellSum(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QHash<QString, Money> m_published; // the published statement's amount of each line
};

void tst_TrialBalance::initTestCase()
{
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    // A wrong booking on Personale and its reversal: the balance stays as published, but the
    // account now has postings on both sides, which debit and credit must show apart.
    qint64 personale = 0;
    const auto accounts = AccountRepository(*m_ledger).accounts();
    QVERIFY(accounts.ok());
    for (const Account &a : *accounts)
        if (a.name == QLatin1String("Personale"))
            personale = a.id;
    QVERIFY(personale > 0);
    for (qint64 ore : {Q_INT64_C(50000), Q_INT64_C(-50000)})
        QVERIFY(PostingRepository(*m_ledger)
                    .add({0, 2019, QDate(2019, 6, 14), 9001, personale, std::nullopt,
                          QStringLiteral("Fejlpostering og tilbageførsel"), Money::fromOre(ore)})
                    .ok());
    QFile csv(QStringLiteral(ANNALIST_REFERENCE_DIR "/digit-2019-statement.csv"));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto amount = Money::parse(line.section(QLatin1Char(';'), 3, 3));
        QVERIFY2(amount.ok(), qPrintable(line));
        m_published.insert(line.section(QLatin1Char(';'), 2, 2), *amount);
    }
}

QString tst_TrialBalance::shell(const QString &sql) const
{
    int exitCode = -1;
    const QString out = test::sqliteShell(m_ledger->path(), sql, &exitCode);
    if (exitCode != 0)
        qWarning("%s: %s", qPrintable(sql), qPrintable(out));
    return out;
}

Money tst_TrialBalance::shellSum(const QString &sql) const
{
    const QString out = shell(sql);
    bool ok = false;
    const qint64 ore = out.toLongLong(&ok);
    if (!ok)
        qWarning("%s gave %s", qPrintable(sql), qPrintable(out));
    return Money::fromOre(ok ? ore : Q_INT64_C(-1));
}

void tst_TrialBalance::totals_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("accounts");

    // 2040 Aktivitet og materialer has no postings and is left out.
    QTest::newRow("2019") << QDate(2019, 1, 1) << QDate(2019, 12, 31) << "-322.748,08" << 17;
    QTest::newRow("1 January: the carry-over alone") << QDate(2019, 1, 1) << QDate(2019, 1, 1) << "-1.056.176,43" << 1;
    QTest::newRow("wider than the year") << QDate(2018, 6, 1) << QDate(2020, 6, 30) << "-322.748,08" << 17;
}

void tst_TrialBalance::totals()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, total);
    QFETCH(int, accounts);

    auto balance = TrialBalance::build(*m_ledger, from, to);
    QVERIFY2(balance.ok(), qPrintable(balance.error().message));
    QCOMPARE(balance->total().toDanish(), total);
    QCOMPARE(balance->rows.size(), accounts);

    // Every figure against the postings summed by SQL of the test's own, through the shell.
    const QString range = QStringLiteral("FROM postings WHERE date BETWEEN '%1' AND '%2'")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    QCOMPARE(balance->total(), shellSum(QStringLiteral("SELECT COALESCE(SUM(amount), 0) ") + range));
    QCOMPARE(balance->debitTotal(),
             shellSum(QStringLiteral("SELECT COALESCE(SUM(amount), 0) ") + range + QStringLiteral(" AND amount > 0")));
    QCOMPARE(balance->creditTotal(),
             shellSum(QStringLiteral("SELECT COALESCE(-SUM(amount), 0) ") + range + QStringLiteral(" AND amount < 0")));
    QCOMPARE(balance->count(), shellSum(QStringLiteral("SELECT COUNT(*) ") + range).ore());
    // Account by account: number, postings, debit and credit, as the shell groups them.
    QStringList rows;
    for (const TrialBalanceRow &row : balance->rows)
        rows.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(row.accountNumber)
                        .arg(row.count)
                        .arg(row.debit.ore())
                        .arg(row.credit.ore()));
    QCOMPARE(rows.join(QLatin1Char('\n')),
             shell(QStringLiteral("SELECT a.number, COUNT(*), "
                                  "SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END), "
                                  "SUM(CASE WHEN p.amount < 0 THEN -p.amount ELSE 0 END) "
                                  "FROM postings p JOIN accounts a ON a.id = p.account_id "
                                  "WHERE p.date BETWEEN '%1' AND '%2' GROUP BY a.section, a.sort_order, a.number "
                                  "ORDER BY CASE a.section WHEN 'income' THEN 0 WHEN 'operations' THEN 1 "
                                  "WHEN 'projects' THEN 2 ELSE 3 END, a.sort_order, a.number")
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
}

void tst_TrialBalance::wholeYearEqualsStatementLines()
{
    auto balance = TrialBalance::build(*m_ledger, QDate(2019, 1, 1), QDate(2019, 12, 31));
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(balance.ok());
    QVERIFY(statement.ok());
    QCOMPARE(balance->total(), statement->operatingResult());
    QCOMPARE(balance->count(), PostingRepository(*m_ledger).count(2019).value());
    // And both against the published statement: account by account, the line's amount.
    QCOMPARE(m_published.size(), 18);
    for (auto it = m_published.cbegin(); it != m_published.cend(); ++it) {
        Money inBalance;
        for (const TrialBalanceRow &row : balance->rows)
            if (row.accountName == it.key())
                inBalance = row.balance();
        if (inBalance != it.value())
            qWarning("%s", qPrintable(it.key()));
        QCOMPARE(inBalance, it.value());
    }
    for (const StatementLine &line : statement->lines) {
        Money inBalance;
        for (const TrialBalanceRow &row : balance->rows)
            if (row.accountId == line.accountId) {
                inBalance = row.balance();
                QCOMPARE(row.accountNumber, line.accountNumber);
                QCOMPARE(row.accountName, line.text);
            }
        QCOMPARE(inBalance, line.actual);
    }
    // In the chart's order, as the statement lists them.
    QCOMPARE(balance->rows.first().accountNumber, QStringLiteral("1010"));
    QCOMPARE(balance->rows.last().accountNumber, QStringLiteral("9010"));
    // Income is credit, expenses debit.
    QCOMPARE(balance->rows.first().debit, Money());
    QCOMPARE(balance->rows.first().credit.toDanish(), QStringLiteral("11.717.709,00"));
}

void tst_TrialBalance::yearToDateEqualsStatement()
{
    auto balance = TrialBalance::build(*m_ledger, QDate(2019, 1, 1), QDate(2019, 6, 30));
    auto statement = StatementBuilder(*m_ledger).build(2019, 6);
    QVERIFY(balance.ok());
    QVERIFY(statement.ok());
    QCOMPARE(balance->total(), statement->operatingResult());
    QCOMPARE(balance->total(), shellSum(QStringLiteral("SELECT SUM(amount) FROM postings WHERE date BETWEEN "
                                                       "'2019-01-01' AND '2019-06-30'")));
}

void tst_TrialBalance::emptyRanges_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("a year without postings") << QDate(2020, 1, 1) << QDate(2020, 12, 31);
    QTest::newRow("a day without postings") << QDate(2019, 1, 2) << QDate(2019, 1, 2);
    QTest::newRow("first date after the last") << QDate(2019, 12, 31) << QDate(2019, 1, 1);
}

void tst_TrialBalance::emptyRanges()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto balance = TrialBalance::build(*m_ledger, from, to);
    QVERIFY(balance.ok());
    QCOMPARE(balance->rows.size(), 0);
    QCOMPARE(balance->total(), Money());
    QCOMPARE(balance->count(), qint64(0));
}

void tst_TrialBalance::refusesMissingDates()
{
    auto balance = TrialBalance::build(*m_ledger, QDate(), QDate(2019, 12, 31));
    QVERIFY(!balance.ok());
    QCOMPARE(int(balance.error().kind), int(ErrorKind::BadInput));
}

QTEST_GUILESS_MAIN(tst_TrialBalance)
#include "tst_trialbalance.moc"
