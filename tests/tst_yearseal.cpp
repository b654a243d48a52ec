#include "AccountRepository.h"
#include "AuditTrail.h"
#include "PostingRepository.h"
#include "ReportInput.h"
#include "SchemaDefinitions.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "Validator.h"
#include "YearClosing.h"
#include "YearSeal.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// A signed year cannot change without verify and validate saying so: closing seals the year (its
// figures and the accounts its statement was closed with), and the attacks of someone with the
// sqlite3 shell or the server's superuser are caught: money moved between two postings of one
// account behind the triggers' back, an audit trigger replaced by one that does nothing, a trigger
// added or switched off, a year marked closed without a closing. Renaming an account after the
// closing changes the open years only, so the seal of an untouched year always holds.
class tst_YearSeal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closingSealsTheYear();
    void sealCoversEveryTableOfTheYear();
    void moneyMovedBehindTheTriggersIsCaught();
    void aDoNothingAuditTriggerIsCaught();
    void anAddedOrSwitchedOffTriggerIsCaught();
    void aYearMarkedClosedWithoutClosingIsCaught();
    void masterDataChangesReachOpenYearsOnly();
    void reopeningReleasesTheYearAndClosingSealsItAgain();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    ClosingReceipt closeDemo();
    // Runs `sql` with every trigger on the postings set aside and put back afterwards, as someone
    // who wants no trace must (the sqlite3 shell; on a server, its superuser).
    QString withoutPostingTriggers(const QString &sql, int *code) const;
    QString statementText(int year) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_path;
};

void tst_YearSeal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = test::demoLedger(*m_dir);
    QVERIFY(m_ledger);
    m_path = m_ledger->path();
}

void tst_YearSeal::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

tst_YearSeal::Run tst_YearSeal::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), QStringList{QStringLiteral("--read-only")} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ClosingReceipt tst_YearSeal::closeDemo()
{
    auto receipt = YearClosing(*m_ledger).close(
        2019, {QStringLiteral("Karen Holm Sørensen, Formand"), QStringLiteral("Lise Bech Nielsen, Revisor")},
        QDateTime(QDate(2020, 3, 12), QTime(10, 0), Qt::UTC));
    if (!receipt)
        qWarning("%s", qPrintable(receipt.error().message));
    return receipt ? *receipt : ClosingReceipt();
}

QString tst_YearSeal::withoutPostingTriggers(const QString &sql, int *code) const
{
    if (test::onServer())
        return test::serverShell(m_path,
                                 QStringLiteral("ALTER TABLE postings DISABLE TRIGGER ALL;\n%1;\n"
                                                "ALTER TABLE postings ENABLE TRIGGER ALL;\n")
                                     .arg(sql),
                                 code);
    QProcess list;
    list.start(
        QStringLiteral("sqlite3"),
        {QStringLiteral("-json"), m_path,
         QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'postings'")});
    list.waitForFinished(60000);
    QString drop;
    QString create;
    const QJsonArray triggers = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    for (const QJsonValue &t : triggers) {
        drop += QStringLiteral("DROP TRIGGER %1;\n").arg(t[QLatin1String("name")].toString());
        create += t[QLatin1String("sql")].toString() + QStringLiteral(";\n");
    }
    if (triggers.size() < 10)
        qWarning("only %d triggers on the postings", int(triggers.size()));
    return test::sqliteShell(
        m_path, QStringLiteral("BEGIN;\n") + drop + sql + QStringLiteral(";\n") + create + QStringLiteral("COMMIT;"),
        code);
}

QString tst_YearSeal::statementText(int year) const
{
    auto statement = StatementBuilder(*m_ledger).build(year);
    if (!statement) {
        qWarning("%s", qPrintable(statement.error().message));
        return {};
    }
    return StatementFormatter::format(*statement, StatementFormatter::Layout::Published,
                                      StatementFormatter::Format::Text);
}

void tst_YearSeal::closingSealsTheYear()
{
    auto before = YearSeal::compute(*m_ledger, 2019);
    QVERIFY(before.ok());
    const ClosingReceipt receipt = closeDemo();
    QCOMPARE(receipt.year, 2019);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(receipt.seal).hasMatch(),
             qPrintable(receipt.seal));
    QCOMPARE(YearSeal::compute(*m_ledger, 2019).value(), receipt.seal);
    // The closing's audit record holds it, so a rewrite of the seal breaks the trail's chain.
    auto closing = AuditTrail(*m_ledger).closingRecord(2019);
    QVERIFY(closing.ok() && closing->has_value());
    QCOMPARE(QJsonDocument::fromJson((*closing)->newValues.toUtf8()).object().value(QStringLiteral("seal")).toString(),
             receipt.seal);
    // The receipt and the report's sign-off page print it.
    QVERIFY2(YearClosing::receiptText(receipt).contains(receipt.seal), qPrintable(YearClosing::receiptText(receipt)));
    auto input = ReportInput::gather(*m_ledger, 2019);
    QVERIFY(input.ok());
    QCOMPARE(input->seal, receipt.seal);
    QVERIFY(input->auditHeadLine().contains(receipt.seal));
    // verify finds it holding and says so.
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), report->problems.isEmpty() ? "" : qPrintable(report->problems.first().message));
    QCOMPARE(report->sealedYears.size(), 1);
    QCOMPARE(report->sealedYears.first(), std::make_pair(2019, receipt.seal));
    const Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2019 is closed and holds what was closed: seal %1").arg(receipt.seal)),
             qPrintable(r.out));
}

void tst_YearSeal::sealCoversEveryTableOfTheYear()
{
    // What each table of the year contributes: changing any one row changes the seal.
    auto content = YearSeal::content(*m_ledger, 2019);
    QVERIFY(content.ok());
    for (const char *part :
         {"\npostings\n", "\naccount_totals\n", "\nbudgets\n", "\nbudget_changes\n", "\nbudget_months\n",
          "\nmember_contributions\n", "\ncontrol_totals\n", "\nnotes\n", "\naccounts\n", "\nprojects\n"})
        QVERIFY2(content->contains(part), part);
    QVERIFY(closeDemo().year == 2019);
    const QString sealed = YearSeal::compute(*m_ledger, 2019).value();
    const QStringList changes{
        QStringLiteral(
            "UPDATE budgets SET note = note || 'x' WHERE year = 2019 AND account_id = (SELECT MIN(account_id) "
            "FROM budgets WHERE year = 2019)"),
        QStringLiteral("UPDATE budget_months SET per_mille = per_mille WHERE year = -1"), // changes nothing
        QStringLiteral("UPDATE notes SET text = text || '.' WHERE year = 2019 AND number = 1"),
        QStringLiteral("UPDATE member_contributions SET amount = amount + 1 WHERE year = 2019 AND member_id = "
                       "(SELECT MIN(member_id) FROM member_contributions WHERE year = 2019)"),
        QStringLiteral("UPDATE control_totals SET source = 'ERP' WHERE year = 2019"),
        QStringLiteral("UPDATE closed_year_accounts SET name = 'Løn' WHERE year = 2019 AND number = '2010'"),
        QStringLiteral("UPDATE closed_year_projects SET phase = 'idea' WHERE year = 2019 AND phase <> 'idea' AND "
                       "project_id = (SELECT MIN(project_id) FROM closed_year_projects WHERE year = 2019 AND phase <> "
                       "'idea')"),
        QStringLiteral("UPDATE account_totals SET total = total + 1 WHERE year = 2019 AND account_id = "
                       "(SELECT MIN(account_id) FROM account_totals WHERE year = 2019)"),
    };
    for (const QString &change : changes) {
        // With every trigger of the ledger out of the way, inside a transaction that is rolled back.
        QTemporaryDir copyDir;
        const QString copy = test::onServer() ? QString() : copyDir.filePath(QStringLiteral("copy.annalist"));
        QString seal;
        if (test::onServer()) {
            const QString sql = QStringLiteral("SET session_replication_role = replica;\n%1;\n").arg(change);
            int code = -1;
            test::serverShell(m_path, sql, &code);
            QCOMPARE(code, 0);
        } else {
            QVERIFY(QFile::copy(m_path, copy));
            int code = -1;
            const QString said = test::sqliteShell(
                copy, QStringLiteral("SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger'"),
                &code);
            QCOMPARE(code, 0);
            QString drop;
            for (const QString &line : said.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                drop += line + QLatin1Char('\n');
            test::sqliteShell(copy, QStringLiteral("BEGIN;\n%1%2;\nCOMMIT;").arg(drop, change), &code);
            QCOMPARE(code, 0);
        }
        auto other = test::onServer() ? Ledger::open(m_path) : Ledger::open(copy, Ledger::Access::ReadOnly);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        seal = YearSeal::compute(**other, 2019).value();
        if (change.contains(QLatin1String("year = -1")))
            QCOMPARE(seal, sealed);
        else
            QVERIFY2(seal != sealed, qPrintable(change));
        if (test::onServer())
            return; // the server's copy is changed for good; one change shows the same there
    }
}

void tst_YearSeal::moneyMovedBehindTheTriggersIsCaught()
{
    const ClosingReceipt receipt = closeDemo();
    QCOMPARE(receipt.year, 2019);
    const Run head = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QCOMPARE(head.code, 0);
    const QString statementBefore = statementText(2019);
    QVERIFY(!statementBefore.isEmpty());

    // Two postings of the same account in the closed 2019: 50.000,00 from one to the other, so that
    // every account total, and so the statement, stays as it was.
    const QString pair = test::sqliteShell(
        m_path, QStringLiteral("SELECT a.id || '|' || b.id FROM postings a JOIN postings b ON b.account_id = "
                               "a.account_id AND b.year = a.year AND b.id > a.id WHERE a.year = 2019 ORDER BY a.id "
                               "LIMIT 1"));
    const QStringList ids = pair.split(QLatin1Char('|'));
    QCOMPARE(ids.size(), 2);
    int code = -1;
    const QString said =
        withoutPostingTriggers(QStringLiteral("UPDATE postings SET amount = amount + 5000000 WHERE "
                                              "id = %1;\nUPDATE postings SET amount = amount - 5000000 "
                                              "WHERE id = %2")
                                   .arg(ids.at(0), ids.at(1)),
                               &code);
    QVERIFY2(code == 0, qPrintable(said));
    QCOMPARE(statementText(2019), statementBefore); // nothing shows in the statement
    // Every trigger is back as it was: only the seal can tell.
    auto definitions = SchemaDefinitions::differences(*m_ledger);
    QVERIFY(definitions.ok());
    QVERIFY(definitions->isEmpty());

    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QVERIFY(!report->intact());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().kind, AuditProblem::Kind::Seal);
    QCOMPARE(report->problems.first().year, 2019);

    Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("The closed year 2019 has been changed")), qPrintable(r.out));
    QVERIFY2(r.out.contains(receipt.seal), qPrintable(r.out));
    r = annalist(
        {QStringLiteral("--db"), m_path, QStringLiteral("verify"), QStringLiteral("--expect"), receipt.auditHead});
    QCOMPARE(r.code, 1);
    r = annalist(
        {QStringLiteral("--db"), m_path, QStringLiteral("validate"), QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("ERROR YEAR-SEAL 2019")), qPrintable(r.out));
    auto findings = Validator(*m_ledger).validate(2019);
    QVERIFY(findings.ok());
    QVERIFY(std::any_of(findings->cbegin(), findings->cend(), [](const Finding &f) {
        return f.ruleId == QLatin1String("YEAR-SEAL") && f.severity == Severity::Error && f.location.year == 2019;
    }));
}

void tst_YearSeal::aDoNothingAuditTriggerIsCaught()
{
    QVERIFY(closeDemo().year == 2019);
    int code = -1;
    const QString said =
        test::onServer()
            ? test::serverShell(m_path,
                                QStringLiteral("DROP TRIGGER audit_postings_update ON postings;\n"
                                               "CREATE TRIGGER audit_postings_update AFTER UPDATE ON postings FOR EACH "
                                               "ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();"),
                                &code)
            : test::sqliteShell(m_path,
                                QStringLiteral("BEGIN; DROP TRIGGER audit_postings_update; CREATE TRIGGER "
                                               "audit_postings_update AFTER UPDATE ON postings BEGIN SELECT 1; END; "
                                               "COMMIT;"),
                                &code);
    QVERIFY2(code == 0, qPrintable(said));
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().kind, AuditProblem::Kind::Definition);
    QCOMPARE(report->problems.first().subject, QStringLiteral("audit_postings_update"));

    Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("The trigger audit_postings_update is not the one Annalist made")),
             qPrintable(r.out));
    r = annalist(
        {QStringLiteral("--db"), m_path, QStringLiteral("validate"), QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("ERROR AUDIT-TRIGGERS")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("audit_postings_update")), qPrintable(r.out));
}

void tst_YearSeal::anAddedOrSwitchedOffTriggerIsCaught()
{
    int code = -1;
    // A trigger of someone else's that quietly rewrites what is written.
    QString said =
        test::onServer()
            ? test::serverShell(m_path,
                                QStringLiteral("CREATE TRIGGER zz_rewrite BEFORE INSERT ON postings FOR "
                                               "EACH ROW EXECUTE FUNCTION "
                                               "suppress_redundant_updates_trigger();"),
                                &code)
            : test::sqliteShell(m_path,
                                QStringLiteral("CREATE TRIGGER zz_rewrite AFTER INSERT ON postings BEGIN "
                                               "UPDATE account_totals SET postings = postings WHERE 0; END;"),
                                &code);
    QVERIFY2(code == 0, qPrintable(said));
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().subject, QStringLiteral("zz_rewrite"));
    QVERIFY2(report->problems.first().message.contains(QStringLiteral("not made by Annalist")),
             qPrintable(report->problems.first().message));
    if (!test::onServer())
        return; // SQLite has no switch: a trigger is there or it is not
    // On a server a trigger can be switched off without dropping it.
    said = test::serverShell(m_path,
                             QStringLiteral("DROP TRIGGER zz_rewrite ON postings;\n"
                                            "ALTER TABLE postings DISABLE TRIGGER postings_closed_update;"),
                             &code);
    QVERIFY2(code == 0, qPrintable(said));
    report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().subject, QStringLiteral("postings_closed_update"));
    QVERIFY2(report->problems.first().message.contains(QStringLiteral("switched off")),
             qPrintable(report->problems.first().message));
}

void tst_YearSeal::aYearMarkedClosedWithoutClosingIsCaught()
{
    if (test::onServer())
        QSKIP("The server refuses a status change the closing would not make (tst_serverledger and "
              "postgresql_schema try it); this is the file's check behind the triggers' back.");
    int code = -1;
    const QString said = test::sqliteShellUnaudited(
        m_path, QStringLiteral("UPDATE fiscal_years SET status = 'closed', closed_by = 'Nobody' WHERE year = 2019"),
        &code);
    QVERIFY2(code == 0, qPrintable(said));
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().kind, AuditProblem::Kind::Seal);
    QVERIFY2(report->problems.first().message.contains(QStringLiteral("records no closing")),
             qPrintable(report->problems.first().message));
}

void tst_YearSeal::masterDataChangesReachOpenYearsOnly()
{
    const QString open2019 = statementText(2019);
    QVERIFY(closeDemo().year == 2019);
    QCOMPARE(statementText(2019), open2019);
    const AccountRepository accounts(*m_ledger);
    // The finance officer renames the staff account, moves its note, reorders it and adds an account
    // and a project for 2020.
    auto all = accounts.accounts();
    QVERIFY(all.ok());
    Account staff;
    for (const Account &a : *all)
        if (a.number == QLatin1String("2010"))
            staff = a;
    QVERIFY(staff.id > 0);
    const QString oldName = staff.name;
    staff.name = QStringLiteral("Løn og personale");
    staff.note = 3;
    staff.sortOrder = 999;
    QVERIFY(accounts.updateAccount(staff).ok());
    Account fresh;
    fresh.number = QStringLiteral("4990");
    fresh.name = QStringLiteral("Nyt projekt 2020");
    fresh.section = Section::Projects;
    fresh.sortOrder = 1000;
    auto freshId = accounts.addAccount(fresh);
    QVERIFY(freshId.ok());
    Project project;
    project.name = QStringLiteral("Nyt projekt");
    project.accountId = *freshId;
    project.phase = Phase::Idea;
    QVERIFY(accounts.addProject(project).ok());

    // The closed year shows what was signed; the open year the accounts as they are.
    QCOMPARE(statementText(2019), open2019);
    QVERIFY(open2019.contains(oldName));
    const QString open2020 = statementText(2020);
    QVERIFY2(open2020.contains(QStringLiteral("Løn og personale")), qPrintable(open2020));
    QVERIFY(open2020.contains(QStringLiteral("Nyt projekt 2020")));
    QCOMPARE(accounts.projects(2019).value().size() + 1, accounts.projects(2020).value().size());
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), report->problems.isEmpty() ? "" : qPrintable(report->problems.first().message));
    // The closed year's copy cannot be changed either.
    int code = -1;
    const QString said = test::sqliteShell(
        m_path, QStringLiteral("UPDATE closed_year_accounts SET name = 'x' WHERE year = 2019"), &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("closed fiscal year")), qPrintable(said));
}

void tst_YearSeal::reopeningReleasesTheYearAndClosingSealsItAgain()
{
    const ClosingReceipt first = closeDemo();
    QCOMPARE(first.year, 2019);
    QVERIFY(YearClosing(*m_ledger).reopen(2019, QStringLiteral("Note 3 rettes")).ok());
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*) FROM closed_year_accounts WHERE year = 2019")),
             QStringLiteral("0"));
    auto report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok() && report->intact() && report->sealedYears.isEmpty());
    // A correction while open, then closed again: a new seal, which holds.
    const AccountRepository accounts(*m_ledger);
    auto all = accounts.accounts();
    Account staff;
    for (const Account &a : *all)
        if (a.number == QLatin1String("2010"))
            staff = a;
    staff.name = QStringLiteral("Personale og løn");
    QVERIFY(accounts.updateAccount(staff).ok());
    auto second = YearClosing(*m_ledger).close(2019, {QStringLiteral("Karen Holm Sørensen, Formand")});
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QVERIFY(second->seal != first.seal);
    QVERIFY(statementText(2019).contains(QStringLiteral("Personale og løn")));
    report = AuditTrail(*m_ledger).verify();
    QVERIFY(report.ok() && report->intact());
    QCOMPARE(report->sealedYears.first().second, second->seal);
}

QTEST_GUILESS_MAIN(tst_YearSeal)
#include "tst_yearseal.moc"
