#include "AccountRepository.h"
#include "PostingRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

// The rules on the statement and the postings: STATEMENT-BALANCE and POSTING-ACCOUNT, -INACTIVE, -DATE
// and -PROJECT, and how many breaking postings a finding names before it sums the rest up.
class tst_ValidatorPostings : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statementBalance();
    void postingAccount();
    void postingInactive_data();
    void postingInactive();
    void postingDate_data();
    void postingDate();
    void postingProject_data();
    void postingProject();
    void summarisesManyPostings_data();
    void summarisesManyPostings();
    void summarisesInactiveAccount();

private:
    static QString postingLocation(qint64 postingId);
    qint64 projectOn(const QString &accountNumber) const;
};

void tst_ValidatorPostings::init()
{
    setUp();
}

void tst_ValidatorPostings::cleanup()
{
    tearDown();
}

QString tst_ValidatorPostings::postingLocation(qint64 postingId)
{
    return QStringLiteral("%1/posting/%2").arg(demoYear).arg(postingId);
}

qint64 tst_ValidatorPostings::projectOn(const QString &accountNumber) const
{
    const qint64 accountId = account(accountNumber).id;
    auto projects = AccountRepository(*m_ledger).projects();
    if (projects)
        for (const Project &p : *projects)
            if (p.accountId == accountId)
                return p.id;
    qWarning("No project on account %s", qPrintable(accountNumber));
    return 0;
}

// ---- statement and postings ------------------------------------------------------------------------------

void tst_ValidatorPostings::statementBalance()
{
    const QString rule = QStringLiteral("STATEMENT-BALANCE");
    QVERIFY(ruleAbsent(rule));

    // Passes: a posting on an inactive account without a budget still gets its line.
    QVERIFY(
        addAccount(QStringLiteral("2090"), QStringLiteral("Lukket konto"), Section::Operations, std::nullopt, false));
    QVERIFY(post(QStringLiteral("2090"), QDate(2019, 5, 31), kr(QStringLiteral("10,00"))));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QVERIFY2(!hasRule(findings, rule), qPrintable(linesOf(findings).join(QLatin1Char('\n'))));

    // Fails: with foreign keys off, the shell posts on an account that does not exist. A server's
    // foreign keys refuse its administrator too.
    if (test::onServer()) {
        QVERIFY(!shell(QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                      "VALUES (2019, '2019-06-30', 230, 9999, 'Fejlpostering', 10000);")));
        return;
    }
    QVERIFY(shell(QStringLiteral("DELETE FROM postings WHERE account_id = (SELECT id FROM accounts WHERE number = "
                                 "'2090'); INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                 "VALUES (2019, '2019-06-30', 230, 9999, 'Fejlpostering', 10000);")));
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/statement"));
    QCOMPARE(found.first().message,
             QStringLiteral("The statement's lines add up to -322.748,08, but the year's postings add up to "
                            "-322.648,08: 100,00 is posted outside the statement's lines."));
    QVERIFY(hasRule(findings, QStringLiteral("POSTING-ACCOUNT")));
}

void tst_ValidatorPostings::postingAccount()
{
    const QString rule = QStringLiteral("POSTING-ACCOUNT");
    QVERIFY(ruleAbsent(rule));

    // Passes: the application posts only on accounts that exist; the foreign key refuses any other.
    QVERIFY(post(QStringLiteral("2030"), QDate(2019, 6, 30), kr(QStringLiteral("100,00"))));
    const auto refused = PostingRepository(*m_ledger).add(
        {0, demoYear, QDate(2019, 6, 30), 231, 9999, std::nullopt, QStringLiteral("Fejl"), kr(QStringLiteral("1,00"))});
    QVERIFY(!refused.ok());
    QVERIFY(ruleAbsent(rule));

    // Fails: the sqlite3 shell has foreign keys off; a server's foreign keys refuse its administrator too.
    if (test::onServer()) {
        QVERIFY(!shell(QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                      "VALUES (2019, '2019-06-30', 231, 9999, 'Fejlpostering', 10000);")));
        return;
    }
    QString id;
    QVERIFY(shell(QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                 "VALUES (2019, '2019-06-30', 231, 9999, 'Fejlpostering', 10000) "
                                 "RETURNING id;"),
                  &id));
    QVERIFY2(id.toLongLong() > 0, qPrintable(id));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), postingLocation(id.toLongLong()));
    QCOMPARE(found.first().location.id, id.toLongLong());
    QCOMPARE(found.first().message, QStringLiteral("Posting of 2019-06-30, voucher 231 (100,00) is on account id "
                                                   "9999, which does not exist."));
}

void tst_ValidatorPostings::postingInactive_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("postings");
    QTest::newRow("carry-over account, one posting") << "9010" << 1;
    QTest::newRow("monthly account") << "2030" << 12;
    QTest::newRow("account without postings") << "2040" << 0;
    // clang-format on
}

void tst_ValidatorPostings::postingInactive()
{
    QFETCH(QString, number);
    QFETCH(int, postings);
    const QString rule = QStringLiteral("POSTING-INACTIVE");
    QVERIFY(ruleAbsent(rule));

    // The application never posts on an inactive account; the shell closes one that has postings.
    QVERIFY(shell(QStringLiteral("UPDATE accounts SET active = 0 WHERE number = '%1';").arg(number)));
    QString rows;
    QVERIFY(shell(QStringLiteral("SELECT id, date, voucher, amount FROM postings WHERE year = 2019 AND account_id = "
                                 "(SELECT id FROM accounts WHERE number = '%1') ORDER BY date, voucher, id;")
                      .arg(number),
                  &rows));
    const QStringList expectedRows = rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(expectedRows.size(), postings);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), postings);
    QCOMPARE(ruleIdsOf(findings), postings ? QStringList{rule} : QStringList());
    const Account a = account(number);
    for (int i = 0; i < postings; ++i) {
        const QStringList columns = expectedRows.at(i).split(QLatin1Char('|'));
        QCOMPARE(columns.size(), 4);
        const Finding &f = found.at(i);
        QCOMPARE(severityKey(f.severity), QStringLiteral("WARNING"));
        QCOMPARE(f.location.toString(), postingLocation(columns.at(0).toLongLong()));
        QCOMPARE(f.message, QStringLiteral("Posting of %1, voucher %2 (%3) is on the inactive account %4 %5.")
                                .arg(columns.at(1), columns.at(2),
                                     Money::fromOre(columns.at(3).toLongLong()).toDanish(), a.number, a.name));
    }
    if (number == QLatin1String("9010"))
        QCOMPARE(found.first().message, QStringLiteral("Posting of 2019-01-01, voucher 1 (-1.056.176,43) is on the "
                                                       "inactive account 9010 Overført fra 2018."));
}

void tst_ValidatorPostings::postingDate_data()
{
    // clang-format off
    QTest::addColumn<QString>("date");   // as stored
    QTest::addColumn<bool>("viaShell");  // the application writes only real dates
    QTest::addColumn<QString>("shown");  // the date the message names; empty: no finding
    QTest::newRow("first day of the year") << "2019-01-01" << false << "";
    QTest::newRow("last day of the year") << "2019-12-31" << false << "";
    QTest::newRow("real day written in the shell") << "2019-02-28" << true << "";
    QTest::newRow("day before the year") << "2018-12-31" << false << "2018-12-31";
    QTest::newRow("day after the year") << "2020-01-01" << false << "2020-01-01";
    QTest::newRow("empty date") << "" << true << "no valid date";
    QTest::newRow("not ISO") << "30-06-2019" << true << "no valid date";
    // Not the date the statement's year-to-date columns compare with, though Qt reads it.
    QTest::newRow("trailing space") << "2019-06-30 " << true << "2019-06-30";
    // Days that do not exist: SQLite's date() passes them through unchanged, so date(x) <> x misses them.
    QTest::newRow("30 February") << "2019-02-30" << true << "no valid date";
    QTest::newRow("29 February of a common year") << "2019-02-29" << true << "no valid date";
    // clang-format on
}

void tst_ValidatorPostings::postingDate()
{
    QFETCH(QString, date);
    QFETCH(bool, viaShell);
    QFETCH(QString, shown);
    const QString rule = QStringLiteral("POSTING-DATE");
    QVERIFY(ruleAbsent(rule));

    qint64 id = 0;
    if (viaShell) {
        QString output;
        QVERIFY(shell(QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) VALUES "
                                     "(2019, '%1', 230, (SELECT id FROM accounts WHERE number = '2030'), "
                                     "'Rettelse', 25000) RETURNING id;")
                          .arg(date),
                      &output));
        id = output.toLongLong();
    } else {
        id = post(QStringLiteral("2030"), QDate::fromString(date, Qt::ISODate), kr(QStringLiteral("250,00")));
    }
    QVERIFY(id > 0);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (shown.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(linesOf(found).join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), postingLocation(id));
    QCOMPARE(found.first().message,
             QStringLiteral("Posting of %1, voucher 230 (250,00) is dated outside the fiscal year 2019.").arg(shown));
}

void tst_ValidatorPostings::postingProject_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("projectOf"); // the account whose project the posting carries; empty: none
    QTest::addColumn<QString>("problem");   // the end of the message; empty: no finding
    QTest::newRow("project account, its own project") << "3110" << "3110" << "";
    QTest::newRow("operations account, no project") << "2030" << "" << "";
    QTest::newRow("project account without project")
        << "3110" << "" << "on the project account 3110 Robotics carries no project.";
    QTest::newRow("project account, another project")
        << "3110" << "3010" << "on account 3110 Robotics carries a project that is not the account's.";
    QTest::newRow("operations account with a project")
        << "2030" << "3110" << "on account 2030 Konsulentbistand carries a project that is not the account's.";
    // clang-format on
}

void tst_ValidatorPostings::postingProject()
{
    QFETCH(QString, number);
    QFETCH(QString, projectOf);
    QFETCH(QString, problem);
    const QString rule = QStringLiteral("POSTING-PROJECT");
    QVERIFY(ruleAbsent(rule));

    std::optional<qint64> project;
    if (!projectOf.isEmpty()) {
        project = projectOn(projectOf);
        QVERIFY(*project > 0);
    }
    const qint64 id = post(number, QDate(2019, 11, 15), kr(QStringLiteral("1.000,00")), project);
    QVERIFY(id > 0);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(linesOf(found).join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), postingLocation(id));
    QCOMPARE(found.first().message, QStringLiteral("Posting of 2019-11-15, voucher 230 (1.000,00) ") + problem);
}

void tst_ValidatorPostings::summarisesManyPostings_data()
{
    // clang-format off
    QTest::addColumn<int>("breaking");
    QTest::addColumn<int>("rest"); // postings summed up instead of named
    QTest::newRow("fewer than named") << 3 << 0;
    QTest::newRow("exactly as many as named") << Validator::postingsNamed << 0;
    QTest::newRow("one more than named") << Validator::postingsNamed + 1 << 1;
    QTest::newRow("many more than named") << 45 << 25;
    // clang-format on
}

void tst_ValidatorPostings::summarisesManyPostings()
{
    QFETCH(int, breaking);
    QFETCH(int, rest);
    const QString rule = QStringLiteral("POSTING-DATE");
    QVERIFY(ruleAbsent(rule));

    // Postings of 2019 dated into 2020, one a day, as a wrong year typed into an import would give.
    const qint64 accountId = account(QStringLiteral("2030")).id;
    QList<Posting> postings;
    for (int i = 0; i < breaking; ++i)
        postings.append({0, demoYear, QDate(2020, 1, 1).addDays(i), 230 + i, accountId, std::nullopt,
                         QStringLiteral("Import %1").arg(i + 1), kr(QStringLiteral("10,00"))});
    QVERIFY(m_ledger->transaction([&] { return PostingRepository(*m_ledger).addMany(postings); }));
    QString ids;
    QVERIFY(
        shell(QStringLiteral("SELECT id FROM postings WHERE date > '2019-12-31' ORDER BY date, voucher, id;"), &ids));
    const QStringList postingIds = ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(postingIds.size(), breaking);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    const int named = qMin(breaking, Validator::postingsNamed);
    QCOMPARE(found.size(), named + (rest > 0 ? 1 : 0));
    for (int i = 0; i < named; ++i) {
        QCOMPARE(found.at(i).location.toString(), postingLocation(postingIds.at(i).toLongLong()));
        QVERIFY2(found.at(i).message.startsWith(QStringLiteral("Posting of %1, voucher %2 ")
                                                    .arg(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate))
                                                    .arg(230 + i)),
                 qPrintable(found.at(i).message));
    }
    if (rest > 0) {
        const Finding &summary = found.last();
        QCOMPARE(severityKey(summary.severity), QStringLiteral("ERROR"));
        QCOMPARE(summary.location.toString(), QStringLiteral("2019"));
        QVERIFY2(summary.message.startsWith(QStringLiteral("%1 more ").arg(rest)), qPrintable(summary.message));
        QVERIFY2(summary.message.contains(QLatin1String("this rule")), qPrintable(summary.message));
    }
}

void tst_ValidatorPostings::summarisesInactiveAccount()
{
    // The contributions line has 48 postings: 12 members, quarterly.
    const QString rule = QStringLiteral("POSTING-INACTIVE");
    QVERIFY(ruleAbsent(rule));
    QVERIFY(shell(QStringLiteral("UPDATE accounts SET active = 0 WHERE number = '1010';")));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), Validator::postingsNamed + 1);
    for (int i = 0; i < Validator::postingsNamed; ++i) {
        QCOMPARE(int(found.at(i).location.kind), int(FindingLocation::Kind::Posting));
        QCOMPARE(severityKey(found.at(i).severity), QStringLiteral("WARNING"));
        QVERIFY2(
            found.at(i).message.endsWith(QLatin1String(" is on the inactive account 1010 Kommunalt basistilskud.")),
            qPrintable(found.at(i).message));
    }
    QCOMPARE(found.last().toLine(), QStringLiteral("WARNING POSTING-INACTIVE 2019: 28 more postings break this rule."));
}

QTEST_GUILESS_MAIN(tst_ValidatorPostings)
#include "tst_validatorpostings.moc"
