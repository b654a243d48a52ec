#include "AccountRepository.h"
#include "AccountStatement.h"
#include "AssociationRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_AccountStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeYearEndsOnTheActual();
    void rangeGivesItsPostings_data();
    void rangeGivesItsPostings();
    void runningBalanceAddsUp();
    void reversedRangeIsEmpty();
    void refusesUnknownAccountAndMissingDates();
    void rangeAcrossYearsOpensInTheFirst();

private:
    qint64 accountId(const QString &number) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

void tst_AccountStatement::init()
{
    m_ledger.reset(); // the previous test's ledger closes, and lets go of its writer's lock
    QFile::remove(m_dir.filePath(QStringLiteral("demo.annalist")));
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
}

qint64 tst_AccountStatement::accountId(const QString &number) const
{
    auto accounts = AccountRepository(*m_ledger).accounts();
    if (!accounts)
        return 0;
    for (const Account &a : *accounts)
        if (a.number == number)
            return a.id;
    return 0;
}

void tst_AccountStatement::wholeYearEndsOnTheActual()
{
    const qint64 personale = accountId(QStringLiteral("2010"));
    QVERIFY(personale > 0);
    auto statement = AccountStatement::build(*m_ledger, personale, QDate(2019, 1, 1), QDate(2019, 12, 31));
    QVERIFY2(statement.ok(), qPrintable(statement.error().message));
    QCOMPARE(statement->account.name, QStringLiteral("Personale"));
    QCOMPARE(statement->opening, Money());
    QVERIFY(!statement->openingFrom.isValid()); // the range starts the fiscal year
    QCOMPARE(statement->lines.size(), 12);
    QCOMPARE(statement->lines.last().balance.toDanish(), QStringLiteral("1.541.130,23"));
    QCOMPARE(statement->closing().toDanish(), QStringLiteral("1.541.130,23"));
    QCOMPARE(statement->movement(), statement->closing());
}

void tst_AccountStatement::rangeGivesItsPostings_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("throughMonth"); // the statement month the closing balance must equal
    QTest::addColumn<int>("postings");

    QTest::newRow("Personale, second quarter") << "2010" << QDate(2019, 4, 1) << QDate(2019, 6, 30) << 6 << 3;
    QTest::newRow("Personale, March alone") << "2010" << QDate(2019, 3, 1) << QDate(2019, 3, 31) << 3 << 1;
    QTest::newRow("contributions, first half") << "1010" << QDate(2019, 1, 1) << QDate(2019, 6, 30) << 6 << 24;
    QTest::newRow("ESDH, up to November") << "3040" << QDate(2019, 2, 1) << QDate(2019, 11, 30) << 11 << 10;
    QTest::newRow("carry-over, from 2 January") << "9010" << QDate(2019, 1, 2) << QDate(2019, 12, 31) << 12 << 0;
}

void tst_AccountStatement::rangeGivesItsPostings()
{
    QFETCH(QString, account);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, throughMonth);
    QFETCH(int, postings);

    const qint64 id = accountId(account);
    QVERIFY(id > 0);
    auto statement = AccountStatement::build(*m_ledger, id, from, to);
    QVERIFY2(statement.ok(), qPrintable(statement.error().message));
    QCOMPARE(statement->lines.size(), postings);
    for (const AccountStatementLine &line : statement->lines) {
        QVERIFY(line.posting.date >= from && line.posting.date <= to);
        QCOMPARE(line.posting.accountId, id);
    }

    // Each posting in the range, and no other: the same count and sum as the postings table gives.
    PostingFilter filter;
    filter.year = 2019;
    filter.accountId = id;
    filter.from = from;
    filter.to = to;
    auto summary = PostingRepository(*m_ledger).summaryMatching(filter);
    QVERIFY(summary.ok());
    QCOMPARE(qint64(statement->lines.size()), summary->count);
    QCOMPARE(statement->movement(), summary->sum);

    // The opening balance is the year before the range, so the closing one is the year to date.
    if (from > QDate(2019, 1, 1)) {
        QCOMPARE(statement->openingFrom, QDate(2019, 1, 1));
        filter.from = QDate(2019, 1, 1);
        filter.to = from.addDays(-1);
        QCOMPARE(statement->opening, PostingRepository(*m_ledger).sumMatching(filter).value());
    }
    auto yearToDate = StatementBuilder(*m_ledger).build(2019, throughMonth);
    QVERIFY(yearToDate.ok());
    QCOMPARE(statement->closing(), yearToDate->line(id)->actual);
}

void tst_AccountStatement::runningBalanceAddsUp()
{
    auto statement =
        AccountStatement::build(*m_ledger, accountId(QStringLiteral("1010")), QDate(2019, 2, 1), QDate(2019, 12, 31));
    QVERIFY(statement.ok());
    QVERIFY(!statement->lines.isEmpty());
    Money balance = statement->opening;
    Money debit;
    Money credit;
    QDate previous;
    qint64 previousVoucher = 0;
    for (const AccountStatementLine &line : statement->lines) {
        balance += line.posting.amount;
        QCOMPARE(line.balance, balance);
        // Date, then voucher order.
        QVERIFY(!previous.isValid() || previous < line.posting.date ||
                (previous == line.posting.date && previousVoucher < line.posting.voucher));
        previous = line.posting.date;
        previousVoucher = line.posting.voucher;
        (line.posting.amount > Money() ? debit : credit) += line.posting.amount.abs();
    }
    QCOMPARE(statement->closing(), balance);
    QCOMPARE(statement->debit, debit);
    QCOMPARE(statement->credit, credit);
    QCOMPARE(statement->closing().toDanish(), QStringLiteral("-11.717.709,00"));
}

void tst_AccountStatement::reversedRangeIsEmpty()
{
    auto statement =
        AccountStatement::build(*m_ledger, accountId(QStringLiteral("2010")), QDate(2019, 6, 30), QDate(2019, 4, 1));
    QVERIFY(statement.ok());
    QVERIFY(statement->lines.isEmpty());
    QCOMPARE(statement->movement(), Money());
    QCOMPARE(statement->closing(), statement->opening);
}

void tst_AccountStatement::refusesUnknownAccountAndMissingDates()
{
    auto unknown = AccountStatement::build(*m_ledger, 9999, QDate(2019, 1, 1), QDate(2019, 12, 31));
    QVERIFY(!unknown.ok());
    QCOMPARE(int(unknown.error().kind), int(ErrorKind::BadInput));
    QVERIFY(unknown.error().message.contains(QLatin1String("9999")));
    QVERIFY(!AccountStatement::build(*m_ledger, accountId(QStringLiteral("2010")), QDate(), QDate(2019, 12, 31)).ok());
}

void tst_AccountStatement::rangeAcrossYearsOpensInTheFirst()
{
    QVERIFY(AssociationRepository(*m_ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}).ok());
    const qint64 personale = accountId(QStringLiteral("2010"));
    QVERIFY(PostingRepository(*m_ledger)
                .add({0, 2020, QDate(2020, 1, 31), 1, personale, std::nullopt, QStringLiteral("Løn januar"),
                      Money::fromOre(10000000)})
                .ok());
    auto statement = AccountStatement::build(*m_ledger, personale, QDate(2019, 12, 1), QDate(2020, 1, 31));
    QVERIFY(statement.ok());
    QCOMPARE(statement->lines.size(), 2);
    QCOMPARE(statement->lines.last().posting.year, 2020);
    auto throughNovember = StatementBuilder(*m_ledger).build(2019, 11);
    QVERIFY(throughNovember.ok());
    QCOMPARE(statement->opening, throughNovember->line(personale)->actual);
    QCOMPARE(statement->closing().toDanish(), QStringLiteral("1.641.130,23"));
}

QTEST_GUILESS_MAIN(tst_AccountStatement)
#include "tst_accountstatement.moc"
