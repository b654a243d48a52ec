// A ledger on a PostgreSQL server, through Annalist: two clients at once, the roles the server
// enforces, closed years and the audit trail held by the server, and copy-to from a file to a
// server and back. Runs against the throw-away cluster the postgresql_start test starts.

#include "AuditTrail.h"
#include "Ledger.h"
#include "Migrator.h"
#include "PostingRepository.h"
#include "SchemaDefinitions.h"
#include "Statement.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace annalist;

class tst_ServerLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondClientIsToldInsteadOfOverwriting();
    void changesShowUpInTheOtherClient();
    void rolesAreEnforcedByTheServer();
    void closedYearAndAuditHoldOnTheServer();
    void copyToServerAndBackKeepsTheStatement();
    void usageErrors();
    void triggersAndFunctionsAreTheListedOnes();
    void theBoardCannotMarkAYearClosed();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run annalist(const QStringList &args, const QByteArray &input = {});
    // The ledger's address with another login.
    static QString as(const QString &url, const QString &login);
    // A login name of this run: the cluster's roles outlive a test's databases.
    static QString login(const QString &role)
    {
        return QStringLiteral("%1_%2").arg(role).arg(QCoreApplication::applicationPid());
    }
    static Posting firstPosting(const Ledger &ledger);

    QTemporaryDir m_dir;
};

tst_ServerLedger::Run tst_ServerLedger::annalist(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tst_ServerLedger::as(const QString &url, const QString &login)
{
    QUrl u(url);
    u.setUserName(login);
    return u.toString();
}

Posting tst_ServerLedger::firstPosting(const Ledger &ledger)
{
    PostingFilter filter;
    filter.year = 2019;
    auto rows = PostingRepository(ledger).page(filter, PostingSort::Date, Qt::AscendingOrder, 0, 1);
    return rows && !rows->isEmpty() ? rows->first().posting : Posting{};
}

void tst_ServerLedger::initTestCase()
{
    // This class is about the server: without one it has nothing to test, which is a failure.
    QVERIFY2(test::onServer(), "set ANNALIST_TEST_SERVER or ANNALIST_TEST_SERVER_FILE (ctest does)");
    QVERIFY(m_dir.isValid());
}

void tst_ServerLedger::secondClientIsToldInsteadOfOverwriting()
{
    auto first = test::demoLedger(m_dir);
    QVERIFY(first);
    auto second = Ledger::open(first->path());
    QVERIFY2(second, qPrintable(second.error().message));
    QVERIFY((*second)->isServer());

    // Both clients read the same posting and begin to edit it.
    const Posting seen = firstPosting(*first);
    QVERIFY(seen.id > 0);
    QCOMPARE(firstPosting(**second).id, seen.id);

    Posting mine = seen;
    mine.text = QStringLiteral("Rettet af første klient");
    QVERIFY(PostingRepository(*first).update(mine, seen).ok());

    // The second client's edit starts from what it saw: it is refused, and says what the posting holds now.
    QSignalSpy reread((*second)->notifier(), &LedgerNotifier::postingChanged);
    Posting theirs = seen;
    theirs.amount = Money::fromOre(seen.amount.ore() + 100);
    const Status refused = PostingRepository(**second).update(theirs, seen);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Conflict));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Rettet af første klient")),
             qPrintable(refused.error().message));
    QCOMPARE(reread.count(), 1);
    // Nothing of the second edit went in; the first stands, and the second client reads it.
    const auto now = PostingRepository(**second).posting(seen.id);
    QVERIFY(now && now->has_value());
    QCOMPARE((*now)->text, mine.text);
    QCOMPARE((*now)->amount, seen.amount);

    // Removed by the first client: the second is told that too.
    QVERIFY(PostingRepository(*first).remove(seen.id).ok());
    const Status gone = PostingRepository(**second).update(theirs, mine);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(QStringLiteral("removed")), qPrintable(gone.error().message));
}

void tst_ServerLedger::changesShowUpInTheOtherClient()
{
    auto first = test::demoLedger(m_dir);
    QVERIFY(first);
    auto second = Ledger::open(first->path(), Ledger::Access::ReadOnly);
    QVERIFY2(second, qPrintable(second.error().message));
    QSignalSpy elsewhere((*second)->notifier(), &LedgerNotifier::changedElsewhere);
    QSignalSpy tables((*second)->notifier(), &LedgerNotifier::changed);
    QSignalSpy own(first->notifier(), &LedgerNotifier::changedElsewhere);

    Posting p = firstPosting(*first);
    const Posting before = p;
    p.text = QStringLiteral("Set i den anden klient");
    QVERIFY(PostingRepository(*first).update(p, before).ok());
    // The server tells the other client, which reads the postings again; its view shows the change.
    QTRY_VERIFY_WITH_TIMEOUT(elsewhere.count() > 0, 10000);
    bool postings = false;
    for (const QList<QVariant> &signal : tables)
        postings = postings || signal.at(0).value<LedgerNotifier::Table>() == LedgerNotifier::Table::Postings;
    QVERIFY(postings);
    QCOMPARE((*PostingRepository(**second).posting(p.id))->text, p.text);
    // The client that made the change is not told of its own change again.
    QTest::qWait(200);
    QCOMPARE(own.count(), 0);
    // A read-only client is refused a change by the server.
    const Status refused = PostingRepository(**second).update(before, p);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("read-only")), qPrintable(refused.error().message));
}

void tst_ServerLedger::rolesAreEnforcedByTheServer()
{
    QString url;
    {
        auto owner = test::demoLedger(m_dir);
        QVERIFY(owner);
        url = owner->path();
    }
    const QString finance = login(QStringLiteral("fin"));
    const QString editor = login(QStringLiteral("ed"));
    const QString board = login(QStringLiteral("board"));
    const QString nobody = login(QStringLiteral("nobody"));
    for (const auto &[role, who] :
         {std::pair{QStringLiteral("finance"), finance}, std::pair{QStringLiteral("editor"), editor},
          std::pair{QStringLiteral("board"), board}}) {
        const Run granted = annalist(
            {QStringLiteral("--db"), url, QStringLiteral("grant"), role, who, QStringLiteral("--password-stdin")},
            "secret\n");
        QVERIFY2(granted.code == 0, qPrintable(granted.err));
        QVERIFY2(granted.out.contains(QStringLiteral("Created the login")), qPrintable(granted.out));
    }
    // Granting again changes nothing and creates nothing.
    const Run again =
        annalist({QStringLiteral("--db"), url, QStringLiteral("grant"), QStringLiteral("finance"), finance});
    QCOMPARE(again.code, 0);
    QVERIFY(!again.out.contains(QStringLiteral("Created")));
    QCOMPARE(
        test::serverShell(url, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(finance)),
        QStringLiteral("t"));
    QCOMPARE(test::serverShell(url, QStringLiteral("CREATE ROLE %1 LOGIN").arg(nobody)), QString());

    const QString csv = m_dir.filePath(QStringLiteral("roles.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,voucher,account,text,amount\n2020-01-30,900,2010,Husleje januar,\"1.250,00\"\n");
    }
    const QStringList import{QStringLiteral("import"), QStringLiteral("--year"), QStringLiteral("2020"), csv};

    // The report editor reads the ledger but may not write it: the server refuses, exit code 3.
    const Run statement = annalist({QStringLiteral("--db"), as(url, editor), QStringLiteral("statement"),
                                    QStringLiteral("--year"), QStringLiteral("2019")});
    QVERIFY2(statement.code == 0, qPrintable(statement.err));
    QVERIFY(statement.out.contains(QStringLiteral("-322.748,08")));
    const Run editorImport = annalist(QStringList{QStringLiteral("--db"), as(url, editor)} + import);
    QCOMPARE(editorImport.code, 3);
    QVERIFY2(editorImport.err.contains(QStringLiteral("The server refused the change")), qPrintable(editorImport.err));
    // A login without a role reads nothing at all.
    const Run nothing = annalist({QStringLiteral("--db"), as(url, nobody), QStringLiteral("statement")});
    QCOMPARE(nothing.code, 3);
    QVERIFY2(nothing.err.contains(QStringLiteral("The server refused")), qPrintable(nothing.err));

    // The finance officer imports; the board may not, and the finance officer may not close the year.
    const Run financeImport = annalist(QStringList{QStringLiteral("--db"), as(url, finance)} + import);
    QVERIFY2(financeImport.code == 0, qPrintable(financeImport.err));
    const Run boardImport = annalist(QStringList{QStringLiteral("--db"), as(url, board)} + import);
    QCOMPARE(boardImport.code, 3);
    const QStringList close{QStringLiteral("close-year"), QStringLiteral("--year"), QStringLiteral("2019"),
                            QStringLiteral("--signed-by"), QStringLiteral("Anne Formand, formand")};
    const Run financeClose = annalist(QStringList{QStringLiteral("--db"), as(url, finance)} + close);
    QVERIFY2(financeClose.code == 3, qPrintable(financeClose.out + financeClose.err));
    QVERIFY2(financeClose.err.contains(QStringLiteral("The server refused the change")), qPrintable(financeClose.err));
    // The board signs the year off.
    const Run boardClose = annalist(QStringList{QStringLiteral("--db"), as(url, board)} + close);
    QVERIFY2(boardClose.code == 0, qPrintable(boardClose.err + boardClose.out));
    QCOMPARE(test::serverShell(url, QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2019")),
             QStringLiteral("closed"));
    // The trail names each login, as the server knows it, not as a client says.
    QCOMPARE(test::serverShell(url, QStringLiteral("SELECT COUNT(*) > 0 FROM audit_log WHERE \"user\" = '%1' AND "
                                                   "table_name = 'postings'")
                                        .arg(finance)),
             QStringLiteral("t"));
    QCOMPARE(test::serverShell(url, QStringLiteral("SELECT \"user\" FROM audit_log WHERE action = 'close'")), board);
}

void tst_ServerLedger::closedYearAndAuditHoldOnTheServer()
{
    auto ledger = test::demoLedger(m_dir);
    QVERIFY(ledger);
    const QString url = ledger->path();
    ledger.reset();
    const Run closed = annalist({QStringLiteral("--db"), url, QStringLiteral("close-year"), QStringLiteral("--year"),
                                 QStringLiteral("2019"), QStringLiteral("--signed-by"), QStringLiteral("A, formand")});
    QVERIFY2(closed.code == 0, qPrintable(closed.err));
    const QString before =
        test::serverShell(url, QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year "
                                              "= 2019"));
    // The owner's own connection, through Annalist, is refused a change to the closed year...
    auto owner = Ledger::open(url);
    QVERIFY(owner);
    Posting p = firstPosting(**owner);
    const Posting was = p;
    p.amount = Money::fromOre(p.amount.ore() + 1);
    const Status refused = PostingRepository(**owner).update(p, was);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("closed fiscal year")),
             qPrintable(refused.error().message));
    // ...and so is the server's administrator in psql.
    int code = 0;
    const QString said = test::serverShell(url, QStringLiteral("DELETE FROM postings WHERE year = 2019"), &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("annalist: closed fiscal year")), qPrintable(said));
    QCOMPARE(test::serverShell(url, QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year = 2019")),
             before);

    // The trail is intact and verify finds its head; a record altered behind Annalist's back is named.
    const Run verified = annalist({QStringLiteral("--db"), url, QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
    QVERIFY(verified.out.contains(QStringLiteral("The audit trail is intact")));
    test::serverShell(url, QStringLiteral("UPDATE audit_log SET row_key = 'x' WHERE id = 3"));
    const Run tampered = annalist({QStringLiteral("--db"), url, QStringLiteral("verify")});
    QCOMPARE(tampered.code, 1);
    QVERIFY2(tampered.out.contains(QStringLiteral("Audit record 3")), qPrintable(tampered.out));
}

void tst_ServerLedger::copyToServerAndBackKeepsTheStatement()
{
    const QString file = m_dir.filePath(QStringLiteral("copy-source.annalist"));
    QCOMPARE(annalist({QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    // A closed year and a report travel too.
    QCOMPARE(annalist({QStringLiteral("--db"), file, QStringLiteral("close-year"), QStringLiteral("--year"),
                       QStringLiteral("2019"), QStringLiteral("--signed-by"), QStringLiteral("A, formand")})
                 .code,
             0);
    const QString server = test::freshServerDatabase();
    const QString back = m_dir.filePath(QStringLiteral("copy-back.annalist"));

    const Run up = annalist({QStringLiteral("--db"), file, QStringLiteral("copy-to"), server});
    QVERIFY2(up.code == 0, qPrintable(up.err));
    QVERIFY2(up.out.contains(QStringLiteral("audit records")), qPrintable(up.out));
    const Run down = annalist({QStringLiteral("--db"), server, QStringLiteral("copy-to"), back});
    QVERIFY2(down.code == 0, qPrintable(down.err));

    QString statements[3];
    QString heads[3];
    const QString where[3] = {file, server, back};
    for (int i = 0; i < 3; ++i) {
        const Run s = annalist({QStringLiteral("--db"), where[i], QStringLiteral("statement"), QStringLiteral("--year"),
                                QStringLiteral("2019")});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        statements[i] = s.out;
        const Run v = annalist({QStringLiteral("--db"), where[i], QStringLiteral("verify")});
        QVERIFY2(v.code == 0, qPrintable(where[i] + v.out + v.err));
        heads[i] = v.out.section(QStringLiteral("head "), 1).trimmed();
    }
    QVERIFY(statements[0].contains(QStringLiteral("-322.748,08")));
    QCOMPARE(statements[1], statements[0]);
    QCOMPARE(statements[2], statements[0]);
    // The same trail, record for record: the same head.
    QVERIFY(!heads[0].isEmpty());
    QCOMPARE(heads[1], heads[0]);
    QCOMPARE(heads[2], heads[0]);
    // The copies stay usable: the closed year still refuses, the open one takes new postings with new ids.
    QCOMPARE(test::serverShell(server, QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2019")),
             QStringLiteral("closed"));
    auto copy = Ledger::open(server);
    QVERIFY(copy);
    Posting p{0,
              2020,
              QDate(2020, 3, 1),
              5000,
              firstPosting(**copy).accountId,
              std::nullopt,
              QStringLiteral("Ny"),
              Money::fromOre(100)};
    const auto added = PostingRepository(**copy).add(p);
    QVERIFY2(added, qPrintable(added.error().message));

    // A target that holds a ledger is never written over.
    const Run twice = annalist({QStringLiteral("--db"), file, QStringLiteral("copy-to"), server});
    QCOMPARE(twice.code, 3);
    QVERIFY2(twice.err.contains(QStringLiteral("holds an Annalist ledger already")), qPrintable(twice.err));
}

void tst_ServerLedger::usageErrors()
{
    const QString file = m_dir.filePath(QStringLiteral("usage.annalist"));
    QCOMPARE(annalist({QStringLiteral("--db"), file, QStringLiteral("init")}).code, 0);
    // Roles live on a server; a file has none.
    QCOMPARE(annalist({QStringLiteral("--db"), file, QStringLiteral("grant"), QStringLiteral("finance"),
                       QStringLiteral("anna")})
                 .code,
             2);
    const QString url = test::freshServerDatabase();
    QCOMPARE(annalist({QStringLiteral("--db"), url, QStringLiteral("grant"), QStringLiteral("treasurer"),
                       QStringLiteral("anna")})
                 .code,
             2);
    // An empty database is no ledger yet.
    const Run empty = annalist({QStringLiteral("--db"), url, QStringLiteral("statement")});
    QCOMPARE(empty.code, 3);
    QVERIFY2(empty.err.contains(QStringLiteral("There is no ledger")), qPrintable(empty.err));
    QCOMPARE(
        annalist({QStringLiteral("--db"), QStringLiteral("postgresql://nohost"), QStringLiteral("statement")}).code, 2);
}

void tst_ServerLedger::triggersAndFunctionsAreTheListedOnes()
{
    // What verify compares a server ledger with: the list shipped with the program must be what the
    // migrations make. When a migration changes a trigger or function, this fails and writes the
    // new list to copy into resources/sql/postgresql/.
    auto ledger = test::demoLedger(m_dir);
    QVERIFY(ledger);
    auto actual = SchemaDefinitions::actual(*ledger);
    QVERIFY2(actual.ok(), actual.ok() ? "" : qPrintable(actual.error().message));
    const int version = Migrator::latestVersion(Backend::Kind::PostgreSQL);
    const QString made = SchemaDefinitions::listText(*actual);
    auto shipped = SchemaDefinitions::expected(Backend::Kind::PostgreSQL, version);
    const QString listed = shipped ? SchemaDefinitions::listText(*shipped) : QString();
    if (made != listed) {
        const QString out = QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                .filePath(QStringLiteral("%1_definitions.txt").arg(version, 3, 10, QLatin1Char('0')));
        QFile file(out);
        if (file.open(QIODevice::WriteOnly))
            file.write("# The triggers and functions of a server ledger at this schema version, as the server reports "
                       "them: what `annalist verify` compares a server ledger with. Made by tst_serverledger.\n" +
                       made.toUtf8());
        QFAIL(qPrintable(QStringLiteral("The server's triggers and functions differ from the shipped list; the "
                                        "list as made is in %1 (%2)")
                             .arg(out, shipped ? QString() : shipped.error().message)));
    }
    QVERIFY(actual->size() > 60);
    auto differences = SchemaDefinitions::differences(*ledger);
    QVERIFY(differences.ok());
    QVERIFY(differences->isEmpty());
}

void tst_ServerLedger::theBoardCannotMarkAYearClosed()
{
    // The board may set a year's status columns, since it closes years; but only a whole closing
    // (signatories, the copy of the accounts, the carry-over equal to the result) may close it.
    QString url;
    {
        auto owner = test::demoLedger(m_dir);
        QVERIFY(owner);
        url = owner->path();
    }
    const QString board = login(QStringLiteral("sealboard"));
    const Run granted =
        annalist({QStringLiteral("--db"), url, QStringLiteral("grant"), QStringLiteral("board"), board});
    QVERIFY2(granted.code == 0, qPrintable(granted.err));
    int code = 0;
    QString said =
        test::serverShell(as(url, board),
                          QStringLiteral("UPDATE fiscal_years SET status = 'closed', closed_by = 'Bestyrelsen', "
                                         "closed_at = '2020-03-01T10:00:00.000Z' WHERE year = 2019"),
                          &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("closing 2019 needs")), qPrintable(said));
    QCOMPARE(test::serverShell(url, QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2019")),
             QStringLiteral("open"));
    // The board's closing through Annalist passes the server's checks; reopening needs a reason.
    const Run closed =
        annalist({QStringLiteral("--db"), as(url, board), QStringLiteral("close-year"), QStringLiteral("--year"),
                  QStringLiteral("2019"), QStringLiteral("--signed-by"), QStringLiteral("Anne Formand, formand")});
    QVERIFY2(closed.code == 0, qPrintable(closed.err + closed.out));
    said = test::serverShell(as(url, board),
                             QStringLiteral("UPDATE fiscal_years SET status = 'open' WHERE year = 2019"), &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("reopening 2019 needs a reason")), qPrintable(said));
    said = test::serverShell(
        as(url, board), QStringLiteral("UPDATE fiscal_years SET closed_by = 'Nogen andre' WHERE year = 2019"), &code);
    QVERIFY(code != 0);
    QVERIFY2(said.contains(QStringLiteral("closed fiscal year")), qPrintable(said));
    const Run verified = annalist({QStringLiteral("--db"), url, QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
}

QTEST_GUILESS_MAIN(tst_ServerLedger)
#include "tst_serverledger.moc"
