#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "TrialBalance.h"
#include "testsupport.h"

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
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

void tst_TrialBalance::initTestCase()
{
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
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
    QCOMPARE(balance->total(), balance->debitTotal() - balance->creditTotal());
    Money sum;
    for (const TrialBalanceRow &row : balance->rows)
        sum += row.balance();
    QCOMPARE(sum, balance->total());
}

void tst_TrialBalance::wholeYearEqualsStatementLines()
{
    auto balance = TrialBalance::build(*m_ledger, QDate(2019, 1, 1), QDate(2019, 12, 31));
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(balance.ok());
    QVERIFY(statement.ok());
    QCOMPARE(balance->total(), statement->operatingResult());
    QCOMPARE(balance->count(), PostingRepository(*m_ledger).count(2019).value());
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
