#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "ControlTotalRepository.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"
#include "ReportRepository.h"
#include "Validator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace annalist;

namespace {

// The demo's year and the figures of the published statement the messages quote.
constexpr int demoYear = 2019;
const char *const demoSource = "Offentliggjort regnskab 2019";

// An amount written the Danish way, as the tests' data do; a typo in a test is a programming error.
Money kr(const QString &danish)
{
    const auto parsed = Money::parse(danish);
    if (!parsed)
        qFatal("Bad amount in the test: %s", qPrintable(danish));
    return *parsed;
}

// The findings of one rule, in the order the validator gave them.
QList<Finding> ofRule(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> result;
    for (const Finding &f : findings)
        if (f.ruleId == rule)
            result.append(f);
    return result;
}

bool hasRule(const QList<Finding> &findings, const QString &rule)
{
    return !ofRule(findings, rule).isEmpty();
}

// The findings as the command line prints them: what a failing comparison shows.
QStringList linesOf(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.toLine());
    return lines;
}

// The distinct rule ids, in the order they first occur.
QStringList ruleIdsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        if (!ids.contains(f.ruleId))
            ids.append(f.ruleId);
    return ids;
}

QString postingLocation(qint64 postingId)
{
    return QStringLiteral("%1/posting/%2").arg(demoYear).arg(postingId);
}

QString accountLocation(const QString &number)
{
    return QStringLiteral("%1/account/%2").arg(demoYear).arg(number);
}

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rulesListed();
    void demoIsClean();
    void yearNotInBooks();
    void errorsComeFirst();

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

    void controlResult_data();
    void controlResult();
    void controlAccount_data();
    void controlAccount();
    void controlAccountNotOnStatement();
    void controlMissing();

    void carryOver_data();
    void carryOver();
    void carryOverIntoNextYear();

    void membersSum_data();
    void membersSum();
    void membersSumWithoutContributionsLine();

    void noteMissing_data();
    void noteMissing();
    void noteGap_data();
    void noteGap();
    void noteUnused_data();
    void noteUnused();

    void budgetDeviation_data();
    void budgetDeviation();
    void budgetDeviationExplained_data();
    void budgetDeviationExplained();

    void reportField_data();
    void reportField();
    void reportStale_data();
    void reportStale();
    void reportAlt_data();
    void reportAlt();
    void reportOnlyWhereThereIsOne();

private:
    ReportSection reportSection(const QString &number) const;
    bool validate(QList<Finding> *findings, int year = demoYear) const;
    bool ruleAbsent(const QString &rule, int year = demoYear) const;
    Account account(const QString &number) const;
    qint64 projectOn(const QString &accountNumber) const;
    qint64 memberId(const QString &municipality) const;
    qint64 post(const QString &accountNumber, const QDate &date, Money amount, std::optional<qint64> project = {},
                int year = demoYear) const;
    qint64 addAccount(const QString &number, const QString &name, Section section, std::optional<int> note,
                      bool active = true) const;
    bool shell(const QString &sql, QString *output = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

// ---- helpers ---------------------------------------------------------------------------------------------

bool tst_Validator::validate(QList<Finding> *findings, int year) const
{
    auto result = Validator(*m_ledger).validate(year);
    if (!result) {
        qWarning("Validation failed: %s", qPrintable(result.error().message));
        return false;
    }
    *findings = *result;
    return true;
}

bool tst_Validator::ruleAbsent(const QString &rule, int year) const
{
    QList<Finding> findings;
    if (!validate(&findings, year))
        return false;
    if (hasRule(findings, rule)) {
        qWarning("%s is there already: %s", qPrintable(rule), qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

Account tst_Validator::account(const QString &number) const
{
    auto accounts = AccountRepository(*m_ledger).accounts();
    if (accounts)
        for (const Account &a : *accounts)
            if (a.number == number)
                return a;
    qWarning("No account %s", qPrintable(number));
    return {};
}

qint64 tst_Validator::projectOn(const QString &accountNumber) const
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

qint64 tst_Validator::memberId(const QString &municipality) const
{
    auto members = MemberRepository(*m_ledger).members();
    if (members)
        for (const Member &m : *members)
            if (m.municipality == municipality)
                return m.id;
    return 0;
}

// Posts as the finance officer would: on the next voucher of the year. Gives the posting's id, 0 on failure.
qint64 tst_Validator::post(const QString &accountNumber, const QDate &date, Money amount, std::optional<qint64> project,
                           int year) const
{
    const PostingRepository postings(*m_ledger);
    auto last = postings.lastVoucher(year);
    if (!last)
        return 0;
    auto id = postings.add(
        {0, year, date, *last + 1, account(accountNumber).id, project, QStringLiteral("Rettelse (test)"), amount});
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    return *id;
}

qint64 tst_Validator::addAccount(const QString &number, const QString &name, Section section, std::optional<int> note,
                                 bool active) const
{
    Account a;
    a.number = number;
    a.name = name;
    a.section = section;
    a.note = note;
    a.active = active;
    a.sortOrder = 1000;
    auto id = AccountRepository(*m_ledger).addAccount(a);
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    return *id;
}

// Changes the file with the sqlite3 shell, behind the open ledger's back.
bool tst_Validator::shell(const QString &sql, QString *output) const
{
    int exitCode = -1;
    const QString out = test::sqliteShellUnaudited(m_ledger->path(), sql, &exitCode);
    if (output)
        *output = out;
    if (exitCode != 0)
        qWarning("sqlite3 failed (%d): %s", exitCode, qPrintable(out));
    return exitCode == 0;
}

// ---- set-up ----------------------------------------------------------------------------------------------

void tst_Validator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = test::demoLedger(*m_dir);
    QVERIFY(m_ledger);
    // The passing case every rule shares: the demo year breaks none of them.
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

void tst_Validator::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

// ---- general ---------------------------------------------------------------------------------------------

void tst_Validator::rulesListed()
{
    const QStringList expected = {
        QStringLiteral("STATEMENT-BALANCE"), QStringLiteral("POSTING-ACCOUNT"),  QStringLiteral("POSTING-INACTIVE"),
        QStringLiteral("POSTING-DATE"),      QStringLiteral("POSTING-PROJECT"),  QStringLiteral("CONTROL-RESULT"),
        QStringLiteral("CONTROL-ACCOUNT"),   QStringLiteral("CONTROL-MISSING"),  QStringLiteral("CARRY-OVER"),
        QStringLiteral("MEMBERS-SUM"),       QStringLiteral("NOTE-MISSING"),     QStringLiteral("NOTE-GAP"),
        QStringLiteral("NOTE-UNUSED"),       QStringLiteral("BUDGET-DEVIATION"), QStringLiteral("REPORT-FIELD"),
        QStringLiteral("REPORT-STALE"),      QStringLiteral("REPORT-ALT"),       QStringLiteral("AUDIT-CHAIN"),
    };
    QStringList ids;
    for (const auto &[id, description] : Validator::rules()) {
        ids.append(id);
        QVERIFY2(!description.trimmed().isEmpty(), qPrintable(id));
        QVERIFY2(description.endsWith(QLatin1Char('.')), qPrintable(description));
    }
    QCOMPARE(ids, expected);
    QCOMPARE(Validator::postingsNamed, 20);
}

void tst_Validator::demoIsClean()
{
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
    const FindingCounts counts = countFindings(findings);
    QCOMPARE(counts.errors, 0);
    QCOMPARE(counts.warnings, 0);
    QCOMPARE(counts.infos, 0);
    for (const auto &rule : Validator::rules())
        QVERIFY2(!hasRule(findings, rule.first), qPrintable(rule.first));
}

void tst_Validator::yearNotInBooks()
{
    const auto result = Validator(*m_ledger).validate(2031);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(result.error().message.contains(QLatin1String("2031")), qPrintable(result.error().message));
}

void tst_Validator::errorsComeFirst()
{
    // An info, an error and two warnings, found by checks that run in another order.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id IS NULL;")));
    QVERIFY(NoteRepository(*m_ledger).setNote(
        {demoYear, 8, QStringLiteral("Ekstra"), QStringLiteral("Tekst."), NoteAttachment::Lines}));
    QVERIFY(BudgetRepository(*m_ledger).setBudget(
        {account(QStringLiteral("3110")).id, demoYear, kr(QStringLiteral("100.000,00")), QString()}));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), (QStringList{QStringLiteral("NOTE-GAP"), QStringLiteral("NOTE-UNUSED"),
                                               QStringLiteral("BUDGET-DEVIATION"), QStringLiteral("CONTROL-MISSING")}));
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY2(int(findings.at(i - 1).severity) <= int(findings.at(i).severity),
                 qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
    const FindingCounts counts = countFindings(findings);
    QCOMPARE(counts.errors, 1);
    QCOMPARE(counts.warnings, 2);
    QCOMPARE(counts.infos, 1);
    QCOMPARE(findings.first().toLine(),
             QStringLiteral("ERROR NOTE-GAP 2019/note/8: Note 8 comes where note 7 is expected: the notes must run "
                            "from 1 without gaps."));
}

// ---- statement and postings ------------------------------------------------------------------------------

void tst_Validator::statementBalance()
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

    // Fails: with foreign keys off, the shell posts on an account that does not exist.
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

void tst_Validator::postingAccount()
{
    const QString rule = QStringLiteral("POSTING-ACCOUNT");
    QVERIFY(ruleAbsent(rule));

    // Passes: the application posts only on accounts that exist; the foreign key refuses any other.
    QVERIFY(post(QStringLiteral("2030"), QDate(2019, 6, 30), kr(QStringLiteral("100,00"))));
    const auto refused = PostingRepository(*m_ledger).add(
        {0, demoYear, QDate(2019, 6, 30), 231, 9999, std::nullopt, QStringLiteral("Fejl"), kr(QStringLiteral("1,00"))});
    QVERIFY(!refused.ok());
    QVERIFY(ruleAbsent(rule));

    // Fails: the sqlite3 shell has foreign keys off.
    QString id;
    QVERIFY(shell(QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                 "VALUES (2019, '2019-06-30', 231, 9999, 'Fejlpostering', 10000); "
                                 "SELECT last_insert_rowid();"),
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

void tst_Validator::postingInactive_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("postings");
    QTest::newRow("carry-over account, one posting") << "9010" << 1;
    QTest::newRow("monthly account") << "2030" << 12;
    QTest::newRow("account without postings") << "2040" << 0;
    // clang-format on
}

void tst_Validator::postingInactive()
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

void tst_Validator::postingDate_data()
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

void tst_Validator::postingDate()
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
                                     "'Rettelse', 25000); SELECT last_insert_rowid();")
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

void tst_Validator::postingProject_data()
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

void tst_Validator::postingProject()
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

void tst_Validator::summarisesManyPostings_data()
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

void tst_Validator::summarisesManyPostings()
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

void tst_Validator::summarisesInactiveAccount()
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

// ---- control totals --------------------------------------------------------------------------------------

void tst_Validator::controlResult_data()
{
    // clang-format off
    QTest::addColumn<QString>("change");  // posting, shell or control
    QTest::addColumn<QString>("amount");  // the posting, the shell's change or the new control total
    QTest::addColumn<QString>("source");  // of the new control total
    QTest::addColumn<QString>("result");  // the operating result the message names; empty: no finding
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("from");
    const QString published = QString::fromUtf8(demoSource);
    QTest::newRow("posting of 1,00 added") << "posting" << "1,00" << "" << "-322.747,08" << "-322.748,08" << "1,00"
                                           << published;
    QTest::newRow("posting changed by 1,00 in the shell")
        << "shell" << "1,00" << "" << "-322.747,08" << "-322.748,08" << "1,00" << published;
    QTest::newRow("control total entered differently")
        << "control" << "-322.749,08" << "SAP" << "-322.748,08" << "-322.749,08" << "1,00" << "SAP";
    QTest::newRow("control total without source")
        << "control" << "-322.000,00" << "" << "-322.748,08" << "-322.000,00" << "-748,08" << "the ERP system";
    QTest::newRow("control total entered again") << "control" << "-322.748,08" << published << "" << "" << ""
                                                 << "";
    // clang-format on
}

void tst_Validator::controlResult()
{
    QFETCH(QString, change);
    QFETCH(QString, amount);
    QFETCH(QString, source);
    QFETCH(QString, result);
    QFETCH(QString, control);
    QFETCH(QString, difference);
    QFETCH(QString, from);
    const QString rule = QStringLiteral("CONTROL-RESULT");
    QVERIFY(ruleAbsent(rule));

    if (change == QLatin1String("posting")) {
        QVERIFY(post(QStringLiteral("2010"), QDate(2019, 12, 31), kr(amount)));
    } else if (change == QLatin1String("shell")) {
        QVERIFY(shell(QStringLiteral("UPDATE postings SET amount = amount + %1 WHERE id = (SELECT p.id FROM postings "
                                     "p JOIN accounts a ON a.id = p.account_id WHERE a.number = '2010' "
                                     "ORDER BY p.date LIMIT 1);")
                          .arg(kr(amount).ore())));
    } else {
        QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal({0, demoYear, std::nullopt, kr(amount), source}));
    }

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (result.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/control/result"));
    QVERIFY(found.first().message.contains(result));
    QVERIFY(found.first().message.contains(QStringLiteral("difference of %1").arg(difference)));
    QCOMPARE(found.first().message, QStringLiteral("The operating result is %1, but the control total from %2 says "
                                                   "%3 (a difference of %4).")
                                        .arg(result, from, control, difference));
    // A changed posting also shows on its account; a changed control total on the result only.
    QCOMPARE(hasRule(findings, QStringLiteral("CONTROL-ACCOUNT")), change != QLatin1String("control"));
}

void tst_Validator::controlAccount_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("change");  // posting or control
    QTest::addColumn<QString>("amount");  // the posting or the new control total
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("actual");  // empty: no finding
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("from");
    const QString published = QString::fromUtf8(demoSource);
    QTest::newRow("posting of 1,00 added") << "2010" << "Personale" << "posting" << "1,00" << "" << "1.541.131,23"
                                           << "1.541.130,23" << "1,00" << published;
    QTest::newRow("control total entered differently")
        << "2030" << "Konsulentbistand" << "control" << "198.400,56" << "SAP" << "198.399,56" << "198.400,56"
        << "-1,00" << "SAP";
    QTest::newRow("income line, control total without source")
        << "1010" << "Kommunalt basistilskud" << "control" << "-11.717.000,00" << "" << "-11.717.709,00"
        << "-11.717.000,00" << "-709,00" << "the ERP system";
    QTest::newRow("line without postings") << "2040" << "Aktivitet og materialer m.m." << "control" << "5.000,00"
                                           << "SAP" << "0,00" << "5.000,00" << "-5.000,00" << "SAP";
    QTest::newRow("control total entered again") << "2030" << "Konsulentbistand" << "control" << "198.399,56"
                                                 << published << "" << "" << "" << "";
    // clang-format on
}

void tst_Validator::controlAccount()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, change);
    QFETCH(QString, amount);
    QFETCH(QString, source);
    QFETCH(QString, actual);
    QFETCH(QString, control);
    QFETCH(QString, difference);
    QFETCH(QString, from);
    const QString rule = QStringLiteral("CONTROL-ACCOUNT");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QCOMPARE(a.name, name);
    if (change == QLatin1String("posting"))
        QVERIFY(post(number, QDate(2019, 12, 31), kr(amount)));
    else
        QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal({0, demoYear, a.id, kr(amount), source}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (actual.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(number));
    QCOMPARE(found.first().location.id, a.id);
    QCOMPARE(found.first().message,
             QStringLiteral("Account %1 %2 totals %3, but the control total from %4 says %5 (a difference of %6).")
                 .arg(number, name, actual, from, control, difference));
}

void tst_Validator::controlAccountNotOnStatement()
{
    const QString rule = QStringLiteral("CONTROL-ACCOUNT");
    QVERIFY(ruleAbsent(rule));
    // A closed account without postings or budget in 2019 is not on the statement; the ERP system may still
    // report a total for it.
    const qint64 id =
        addAccount(QStringLiteral("2090"), QStringLiteral("Lukket konto"), Section::Operations, std::nullopt, false);
    QVERIFY(id > 0);
    const ControlTotalRepository controls(*m_ledger);

    // Passes: it agrees when the control total is zero.
    QVERIFY(controls.setControlTotal({0, demoYear, id, Money(), QStringLiteral("SAP")}));
    QVERIFY(ruleAbsent(rule));

    // Fails otherwise, named by its number like every other account.
    QVERIFY(controls.setControlTotal({0, demoYear, id, kr(QStringLiteral("100,00")), QStringLiteral("SAP")}));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QVERIFY2(found.first().message.contains(QLatin1String("-100,00")), qPrintable(found.first().message));
    QCOMPARE(found.first().location.id, id);
    // The account is named by its number and name, not by its row id, in the message and the location.
    QCOMPARE(found.first().message, QStringLiteral("Account 2090 Lukket konto totals 0,00, but the control total "
                                                   "from SAP says 100,00 (a difference of -100,00)."));
    QCOMPARE(found.first().location.toString(), accountLocation(QStringLiteral("2090")));
}

void tst_Validator::controlMissing()
{
    const QString rule = QStringLiteral("CONTROL-MISSING");
    QVERIFY(ruleAbsent(rule));

    // Passes: an account's control total may be missing.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id = "
                                 "(SELECT id FROM accounts WHERE number = '2030');")));
    QVERIFY(ruleAbsent(rule));

    // Fails: the result's control total is deleted behind Annalist's back.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id IS NULL;")));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("INFO"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/control/result"));
    QVERIFY2(found.first().message.startsWith(QLatin1String("No control total for the operating result")),
             qPrintable(found.first().message));

    // Entered again, it agrees and the finding is gone.
    QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal(
        {0, demoYear, std::nullopt, kr(QStringLiteral("-322.748,08")), QString::fromUtf8(demoSource)}));
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

// ---- carry-over ------------------------------------------------------------------------------------------

void tst_Validator::carryOver_data()
{
    // clang-format off
    QTest::addColumn<QString>("result2018"); // empty: 2018 has no postings
    QTest::addColumn<QString>("named");      // the 2018 result the message names; empty: no finding
    QTest::newRow("result carried over") << "-1.056.176,43" << "";
    QTest::newRow("different result") << "-1.000.000,00" << "-1.000.000,00";
    QTest::newRow("one øre off") << "-1.056.176,42" << "-1.056.176,42";
    QTest::newRow("deficit") << "250.000,00" << "250.000,00";
    QTest::newRow("2018 without postings") << "" << "0,00";
    // clang-format on
}

void tst_Validator::carryOver()
{
    QFETCH(QString, result2018);
    QFETCH(QString, named);
    const QString rule = QStringLiteral("CARRY-OVER");
    // Without 2018 in the books there is nothing to compare with.
    QVERIFY(ruleAbsent(rule));

    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}));
    if (!result2018.isEmpty()) {
        const Money income = kr(QStringLiteral("-10.000.000,00"));
        QVERIFY(post(QStringLiteral("1010"), QDate(2018, 3, 31), income, std::nullopt, 2018));
        QVERIFY(post(QStringLiteral("2010"), QDate(2018, 12, 31), kr(result2018) - income, std::nullopt, 2018));
    }

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (named.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
        QCOMPARE(found.first().location.toString(), QStringLiteral("2019"));
        QCOMPARE(found.first().message,
                 QStringLiteral("-1.056.176,43 is carried over into 2019, but the operating result of 2018 is %1.")
                     .arg(named));
    }

    // 2018 has no carry-over line and 2017 is not in the books: nothing to check there.
    QList<Finding> findings2018;
    QVERIFY(validate(&findings2018, 2018));
    QVERIFY2(!hasRule(findings2018, rule), qPrintable(linesOf(findings2018).join(QLatin1Char('\n'))));
}

void tst_Validator::carryOverIntoNextYear()
{
    const QString rule = QStringLiteral("CARRY-OVER");
    QVERIFY(AssociationRepository(*m_ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}));

    // Fails: 2020 carries nothing over, though 2019 closed with a surplus.
    QList<Finding> findings;
    QVERIFY(validate(&findings, 2020));
    QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2020"));
    QCOMPARE(found.first().message,
             QStringLiteral("0,00 is carried over into 2020, but the operating result of 2019 is -322.748,08."));

    // Passes once the surplus is posted on a carry-over line.
    QVERIFY(addAccount(QStringLiteral("9020"), QStringLiteral("Overført fra 2019"), Section::CarryOver, std::nullopt));
    QVERIFY(post(QStringLiteral("9020"), QDate(2020, 1, 1), kr(QStringLiteral("-322.748,08")), std::nullopt, 2020));
    QVERIFY(validate(&findings, 2020));
    QVERIFY2(!hasRule(findings, rule), qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
    // 2019 is untouched by it.
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

// ---- members ---------------------------------------------------------------------------------------------

void tst_Validator::membersSum_data()
{
    // clang-format off
    QTest::addColumn<QString>("municipality");  // a new municipality becomes a member
    QTest::addColumn<QString>("change");        // added to what it pays
    QTest::addColumn<QString>("municipality2"); // optional second change
    QTest::addColumn<QString>("change2");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("paid"); // empty: no finding
    QTest::newRow("contribution entered again") << "Greve" << "0,00" << "" << "" << 12 << "";
    QTest::newRow("two members swap 1,00") << "Greve" << "1,00" << "Køge" << "-1,00" << 12 << "";
    QTest::newRow("one member pays 1,00 more") << "Greve" << "1,00" << "" << "" << 12 << "11.717.710,00";
    QTest::newRow("one member pays 1,00 less") << "Roskilde" << "-1,00" << "" << "" << 12 << "11.717.708,00";
    QTest::newRow("new member") << "Sorø" << "1.000,00" << "" << "" << 13 << "11.718.709,00";
    // clang-format on
}

void tst_Validator::membersSum()
{
    QFETCH(QString, municipality);
    QFETCH(QString, change);
    QFETCH(QString, municipality2);
    QFETCH(QString, change2);
    QFETCH(int, members);
    QFETCH(QString, paid);
    const QString rule = QStringLiteral("MEMBERS-SUM");
    QVERIFY(ruleAbsent(rule));

    const MemberRepository repository(*m_ledger);
    auto before = repository.contributions(demoYear);
    QVERIFY(before.ok());
    auto contribute = [&](const QString &name, const QString &delta) {
        qint64 id = memberId(name);
        if (!id) {
            auto added = repository.addMember(name);
            if (!added)
                return false;
            id = *added;
        }
        Money amount = kr(delta);
        for (const Contribution &c : *before)
            if (c.memberId == id)
                amount += c.amount;
        return repository.setContribution(id, demoYear, amount).ok();
    };
    QVERIFY(contribute(municipality, change));
    if (!municipality2.isEmpty())
        QVERIFY(contribute(municipality2, change2));
    QCOMPARE(int(repository.contributions(demoYear)->size()), members);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (paid.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(QStringLiteral("1010")));
    QCOMPARE(found.first().message, QStringLiteral("The contributions of the members (%1) add up to %2, but the line "
                                                   "1010 Kommunalt basistilskud holds 11.717.709,00.")
                                        .arg(members)
                                        .arg(paid));
}

void tst_Validator::membersSumWithoutContributionsLine()
{
    const QString rule = QStringLiteral("MEMBERS-SUM");
    QVERIFY(ruleAbsent(rule));
    QVERIFY(shell(QStringLiteral("UPDATE accounts SET is_contributions = 0;")));

    // Fails: 2019 has contributions but no line to add them up to.
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019"));
    QVERIFY2(found.first().message.contains(QLatin1String("no account is marked as the contributions line")),
             qPrintable(found.first().message));

    // Passes: a year without contributions needs no such line.
    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}));
    QVERIFY(ruleAbsent(rule, 2018));
}

// ---- notes -----------------------------------------------------------------------------------------------

void tst_Validator::noteMissing_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql");     // run in the shell first
    QTest::addColumn<QString>("newLine"); // an account added with the note, named "Kontorhold"
    QTest::addColumn<int>("note");
    QTest::addColumn<bool>("writeNote");  // the note is written for the new line
    QTest::addColumn<QString>("missingOn"); // the line the finding names; empty: no finding
    QTest::addColumn<QString>("lineText");
    QTest::newRow("new line shares a note") << "" << "2060" << 3 << false << "" << "";
    QTest::newRow("new line and its note") << "" << "2060" << 7 << true << "" << "";
    QTest::newRow("new line refers to a note not written") << "" << "2060" << 7 << false << "2060" << "Kontorhold";
    QTest::newRow("note deleted in the shell") << "DELETE FROM notes WHERE year = 2019 AND number = 5;" << "" << 5
                                               << false << "2050" << "It, inventar, maskiner og materiel";
    // clang-format on
}

void tst_Validator::noteMissing()
{
    QFETCH(QString, sql);
    QFETCH(QString, newLine);
    QFETCH(int, note);
    QFETCH(bool, writeNote);
    QFETCH(QString, missingOn);
    QFETCH(QString, lineText);
    const QString rule = QStringLiteral("NOTE-MISSING");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (!newLine.isEmpty())
        QVERIFY(addAccount(newLine, QStringLiteral("Kontorhold"), Section::Operations, note));
    if (writeNote)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, note, QStringLiteral("Kontorhold"), QStringLiteral("Papir og porto."), NoteAttachment::Lines}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (missingOn.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(linesOf(found).join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(missingOn));
    QCOMPARE(found.first().location.id, account(missingOn).id);
    QCOMPARE(found.first().message, QStringLiteral("The line %1 %2 refers to note %3, which 2019 does not have.")
                                        .arg(missingOn, lineText)
                                        .arg(note));
}

void tst_Validator::noteGap_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql"); // run in the shell
    QTest::addColumn<int>("added");   // a note written through the application; 0: none
    QTest::addColumn<int>("gapAt");   // the note the finding names; 0: no finding
    QTest::addColumn<int>("follows"); // the note before it; -1: none
    QTest::newRow("note 7 after note 6") << "" << 7 << 0 << 0;
    QTest::newRow("note 8 after note 6") << "" << 8 << 8 << 6;
    QTest::newRow("note 5 deleted") << "DELETE FROM notes WHERE year = 2019 AND number = 5;" << 0 << 6 << 4;
    QTest::newRow("note 1 deleted") << "DELETE FROM notes WHERE year = 2019 AND number = 1;" << 0 << 2 << -1;
    // clang-format on
}

void tst_Validator::noteGap()
{
    QFETCH(QString, sql);
    QFETCH(int, added);
    QFETCH(int, gapAt);
    QFETCH(int, follows);
    const QString rule = QStringLiteral("NOTE-GAP");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (added)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, added, QStringLiteral("Ekstra"), QStringLiteral("Tekst."), NoteAttachment::Result}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (!gapAt) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/note/%1").arg(gapAt));
    QCOMPARE(found.first().location.id, qint64(gapAt));
    QVERIFY2(found.first().message.startsWith(QStringLiteral("Note %1 ").arg(gapAt)),
             qPrintable(found.first().message));
    if (follows >= 0)
        QCOMPARE(found.first().message,
                 QStringLiteral("Note %1 comes where note %2 is expected: the notes must run from 1 without gaps.")
                     .arg(gapAt)
                     .arg(follows + 1));
}

void tst_Validator::noteUnused_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql");     // run in the shell
    QTest::addColumn<int>("added");       // note 7 written through the application; 0: none
    QTest::addColumn<int>("attached");    // NoteAttachment of the added note
    QTest::addColumn<QString>("newLine"); // an account added that refers to the added note
    QTest::addColumn<int>("unused");      // the note the finding names; 0: no finding
    QTest::newRow("note on a new line") << "" << 7 << int(NoteAttachment::Lines) << "2060" << 0;
    QTest::newRow("note on the projects heading") << "" << 7 << int(NoteAttachment::Projects) << "" << 0;
    QTest::newRow("note on the result") << "" << 7 << int(NoteAttachment::Result) << "" << 0;
    QTest::newRow("note for lines, but on none") << "" << 7 << int(NoteAttachment::Lines) << "" << 7;
    QTest::newRow("line's reference removed in the shell")
        << "UPDATE accounts SET note = NULL WHERE number = '2040';" << 0 << 0 << "" << 4;
    // clang-format on
}

void tst_Validator::noteUnused()
{
    QFETCH(QString, sql);
    QFETCH(int, added);
    QFETCH(int, attached);
    QFETCH(QString, newLine);
    QFETCH(int, unused);
    const QString rule = QStringLiteral("NOTE-UNUSED");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (added)
        QVERIFY(NoteRepository(*m_ledger).setNote({demoYear, added, QStringLiteral("Kontorhold"),
                                                   QStringLiteral("Papir og porto."), NoteAttachment(attached)}));
    if (!newLine.isEmpty())
        QVERIFY(addAccount(newLine, QStringLiteral("Kontorhold"), Section::Operations, added));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (!unused) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/note/%1").arg(unused));
    QCOMPARE(found.first().message, QStringLiteral("Note %1 stands on no line of the statement.").arg(unused));
}

// ---- budget deviations -----------------------------------------------------------------------------------

void tst_Validator::budgetDeviation_data()
{
    // clang-format off
    // The association's limits: 10 % and 50.000,00; a deviation must reach both to need a note.
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("budget");    // the original budget set
    QTest::addColumn<QString>("change");    // a budget change added; empty: none
    QTest::addColumn<QString>("corrected"); // the budget the message names
    QTest::addColumn<QString>("deviation"); // empty: no finding
    QTest::addColumn<QString>("percent");   // empty: none given
    QTest::newRow("demo budget") << "3110" << "Robotics" << "150.000,00" << "" << "" << "" << "";
    QTest::newRow("far over budget") << "3110" << "Robotics" << "100.000,00" << "" << "100.000,00" << "59.762,30"
                                     << "59,76";
    QTest::newRow("far under budget") << "3110" << "Robotics" << "250.000,00" << "" << "250.000,00" << "-90.237,70"
                                      << "-36,10";
    QTest::newRow("budget change cuts the budget") << "3110" << "Robotics" << "150.000,00" << "-50.000,00"
                                                   << "100.000,00" << "59.762,30" << "59,76";
    QTest::newRow("at the amount limit") << "3110" << "Robotics" << "109.762,30" << "" << "109.762,30"
                                         << "50.000,00" << "45,55";
    QTest::newRow("just under the amount limit") << "3110" << "Robotics" << "109.762,31" << "" << "" << "" << "";
    QTest::newRow("at the percent limit") << "3090" << "Bruger- og rettighedsstyring" << "2.518.106,70" << ""
                                          << "2.518.106,70" << "251.810,67" << "10,00";
    QTest::newRow("under the percent limit") << "3090" << "Bruger- og rettighedsstyring" << "2.530.000,00" << ""
                                             << "" << "" << "";
    QTest::newRow("no budget") << "3110" << "Robotics" << "0,00" << "" << "0,00" << "159.762,30" << "";
    QTest::newRow("line whose note is empty") << "2040" << "Aktivitet og materialer m.m." << "100.000,00" << ""
                                              << "100.000,00" << "-100.000,00" << "-100,00";
    QTest::newRow("line whose note has text") << "2010" << "Personale" << "1.000.000,00" << "" << "" << "" << "";
    QTest::newRow("carry-over line") << "9010" << "Overført fra 2018" << "0,00" << "" << "" << "" << "";
    // clang-format on
}

void tst_Validator::budgetDeviation()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, budget);
    QFETCH(QString, change);
    QFETCH(QString, corrected);
    QFETCH(QString, deviation);
    QFETCH(QString, percent);
    const QString rule = QStringLiteral("BUDGET-DEVIATION");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QCOMPARE(a.name, name);
    const BudgetRepository budgets(*m_ledger);
    QVERIFY(budgets.setBudget({a.id, demoYear, kr(budget), QStringLiteral("Ændret (test)")}));
    if (!change.isEmpty())
        QVERIFY(budgets.addChange({0, a.id, demoYear, QDate(2019, 9, 1), kr(change), QStringLiteral("Bestyrelsen")}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (deviation.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
    QCOMPARE(found.first().location.toString(), accountLocation(number));
    QCOMPARE(found.first().location.id, a.id);
    QCOMPARE(found.first().message,
             QStringLiteral("The line %1 %2 deviates from its budget of %3 by %4%5; explain it in a note.")
                 .arg(number, name, corrected, deviation,
                      percent.isEmpty() ? QString() : QStringLiteral(" (%1 %)").arg(percent)));
}

void tst_Validator::budgetDeviationExplained_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("budget");
    QTest::addColumn<int>("note");     // a note written; 0: none
    QTest::addColumn<int>("attached"); // NoteAttachment of that note
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns");
    const int lines = int(NoteAttachment::Lines);
    const int projects = int(NoteAttachment::Projects);
    const int result = int(NoteAttachment::Result);
    const QString why = QStringLiteral("Robotics blev udvidet til flere kommuner.");
    QTest::newRow("project line, no note") << "3110" << "100.000,00" << 0 << lines << "" << true;
    QTest::newRow("note on the projects heading") << "3110" << "100.000,00" << 7 << projects << why << false;
    QTest::newRow("empty note on the projects heading") << "3110" << "100.000,00" << 7 << projects << "" << true;
    QTest::newRow("blank note on the projects heading") << "3110" << "100.000,00" << 7 << projects << "  \n " << true;
    QTest::newRow("note on the result does not explain a project")
        << "3110" << "100.000,00" << 7 << result << why << true;
    QTest::newRow("projects heading does not explain an operations line")
        << "2030" << "100.000,00" << 7 << projects << why << true;
    QTest::newRow("line's own note (Personale)") << "2010" << "1.000.000,00" << 0 << lines << "" << false;
    QTest::newRow("line's own note emptied") << "2010" << "1.000.000,00" << 2 << lines << "" << true;
    // clang-format on
}

void tst_Validator::budgetDeviationExplained()
{
    QFETCH(QString, number);
    QFETCH(QString, budget);
    QFETCH(int, note);
    QFETCH(int, attached);
    QFETCH(QString, text);
    QFETCH(bool, warns);
    const QString rule = QStringLiteral("BUDGET-DEVIATION");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QVERIFY(a.id > 0);
    QVERIFY(BudgetRepository(*m_ledger).setBudget({a.id, demoYear, kr(budget), QString()}));
    if (note)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, note, QStringLiteral("Forklaring"), text, NoteAttachment(attached)}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), warns ? 1 : 0);
    if (warns) {
        QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
        QCOMPARE(found.first().location.toString(), accountLocation(number));
        QVERIFY2(found.first().message.contains(QStringLiteral("budget of %1").arg(budget)),
                 qPrintable(found.first().message));
    }
}

// ---- annual report ----------------------------------------------------------------------------------------

ReportSection tst_Validator::reportSection(const QString &number) const
{
    auto document = ReportRepository(*m_ledger).document(demoYear);
    if (document)
        for (const OutlineEntry &e : document->outline)
            if (e.number == number)
                return e.section;
    qWarning("No report section %s", qPrintable(number));
    return {};
}

void tst_Validator::reportField_data()
{
    QTest::addColumn<QString>("number"); // the demo's section: 6.1 text, 5.1 interview
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("known fields") << "6.1"
                                  << "{{result}} og {{project:AULA}}" << QStringList();
    QTest::newRow("misspelt field") << "6.1"
                                    << "Resultatet er {{resultat}} kr." << QStringList{QStringLiteral("resultat")};
    QTest::newRow("unknown project") << "6.1"
                                     << "{{project:Ukendt}} og {{year}}"
                                     << QStringList{QStringLiteral("project:Ukendt")};
    QTest::newRow("two unknown") << "6.1"
                                 << "{{a}} {{b}}" << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("in an interview answer") << "5.1"
                                            << "Vi fik {{tilskud}}." << QStringList{QStringLiteral("tilskud")};
}

void tst_Validator::reportField()
{
    QFETCH(QString, number);
    QFETCH(QString, text);
    QFETCH(QStringList, unknown);
    const QString rule = QStringLiteral("REPORT-FIELD");
    ReportSection s = reportSection(number);
    QVERIFY(s.id > 0);
    if (s.kind == SectionKind::Interview)
        s.interview.answers.first().answer = text;
    else
        s.body = QStringLiteral("<p>%1</p>").arg(text);
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), unknown.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).severity, Severity::Error);
        QCOMPARE(found.at(i).location.kind, FindingLocation::Kind::ReportSection);
        QCOMPARE(found.at(i).location.id, s.id);
        QCOMPARE(found.at(i).location.toString(), QStringLiteral("2019/report/%1").arg(number));
        QVERIFY2(found.at(i).message.contains(QStringLiteral("{{%1}}").arg(unknown.at(i))),
                 qPrintable(found.at(i).message));
        QVERIFY2(found.at(i).message.contains(s.title), qPrintable(found.at(i).message));
    }
}

void tst_Validator::reportStale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("suggested"); // the field the message proposes; empty: none
    QTest::newRow("a ledger figure") << "Personale kostede 1.541.130,23 kr." << QStringList() << "";
    QTest::newRow("the result without its sign") << "Mindreforbruget var 322.748,08 kr." << QStringList() << "";
    QTest::newRow("an old result") << "Resultatet blev -312.345,00 kr." << QStringList{QStringLiteral("-312.345,00")}
                                   << "result";
    QTest::newRow("ungrouped and near a project")
        << "ESDH kostede 2700000,00 kr." << QStringList{QStringLiteral("2700000,00")} << "project:ESDH";
    QTest::newRow("nothing near") << "Kaffen kostede 5,00 kr." << QStringList{QStringLiteral("5,00")} << "";
    QTest::newRow("inside a field or a tag") << "<span title=\"9.999,99\">{{result}}</span>" << QStringList() << "";
}

void tst_Validator::reportStale()
{
    QFETCH(QString, text);
    QFETCH(QStringList, typed);
    QFETCH(QString, suggested);
    const QString rule = QStringLiteral("REPORT-STALE");
    ReportSection s = reportSection(QStringLiteral("6.1"));
    s.body = QStringLiteral("<p>%1</p>").arg(text);
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), typed.size());
    for (int i = 0; i < found.size(); ++i) {
        const Finding &f = found.at(i);
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.location.toString(), QStringLiteral("2019/report/6.1"));
        QVERIFY2(f.message.contains(typed.at(i)), qPrintable(f.message));
        if (suggested.isEmpty())
            QVERIFY2(!f.message.contains(QLatin1String("{{")), qPrintable(f.message));
        else
            QVERIFY2(f.message.contains(QStringLiteral("{{%1}}").arg(suggested)), qPrintable(f.message));
    }
}

void tst_Validator::reportAlt_data()
{
    QTest::addColumn<QString>("number"); // the section showing the picture
    QTest::newRow("organisation chart in a text") << "1.4";
    QTest::newRow("portrait of an interview") << "5.2";
}

void tst_Validator::reportAlt()
{
    QFETCH(QString, number);
    const QString rule = QStringLiteral("REPORT-ALT");
    const ReportSection s = reportSection(number);
    QCOMPARE(s.pictureIds().size(), 1);
    const qint64 picture = s.pictureIds().first();
    QVERIFY(ReportRepository(*m_ledger).setPictureAltText(picture, QStringLiteral("  ")).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Warning);
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/report/%1").arg(number));
    QCOMPARE(found.first().location.id, s.id);
    QVERIFY2(found.first().message.contains(QString::number(picture)), qPrintable(found.first().message));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
}

void tst_Validator::reportOnlyWhereThereIsOne()
{
    // A picture without alternative text that no section shows is nobody's concern.
    QVERIFY(ReportRepository(*m_ledger)
                .addPicture(
                    {0, QStringLiteral("unused.svg"), QStringLiteral("image/svg+xml"), QString(), QByteArray("<svg/>")})
                .ok());
    QVERIFY(ruleAbsent(QStringLiteral("REPORT-ALT")));
    // Without a report, a year has nothing to check: not even the text of another year's report.
    ReportSection s = reportSection(QStringLiteral("6.1"));
    s.body = QStringLiteral("<p>{{ukendt}} 5,00</p>");
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());
    QVERIFY(AssociationRepository(*m_ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}));
    QList<Finding> findings;
    QVERIFY(validate(&findings, 2020));
    for (const Finding &f : findings)
        QVERIFY2(!f.ruleId.startsWith(QLatin1String("REPORT-")), qPrintable(f.toLine()));
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), (QStringList{QStringLiteral("REPORT-FIELD"), QStringLiteral("REPORT-STALE")}));
    QVERIFY(ReportRepository(*m_ledger).removeReport(demoYear).ok());
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
