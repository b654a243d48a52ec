#pragma once

// Small helpers shared by the test classes: fresh temporary ledgers and the sqlite3 shell.
// A model test runs on SQLite files, or, when ANNALIST_TEST_SERVER or ANNALIST_TEST_SERVER_FILE
// names a PostgreSQL server (a superuser's address on a throw-away cluster, see
// scripts/pg-test-cluster.sh), with every ledger from demoLedger()/ledgerLocation() on that server.

#include "Backend.h"
#include "DemoLedger.h"
#include "Ledger.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace annalist::test {

// The superuser's address of the server the tests run against, or empty for SQLite files.
inline QString testServer()
{
    static const QString server = [] {
        QString url = qEnvironmentVariable("ANNALIST_TEST_SERVER");
        const QString file = qEnvironmentVariable("ANNALIST_TEST_SERVER_FILE");
        if (url.isEmpty() && !file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("The test server is not running: %s is missing (the postgresql_start test starts it).",
                       qPrintable(file));
            url = QString::fromUtf8(f.readAll()).trimmed();
        }
        return url;
    }();
    return server;
}

inline bool onServer()
{
    return !testServer().isEmpty();
}

// Runs SQL as the test server's superuser in `database` (its own connection), and says why it failed.
inline QString serverAdmin(const QString &database, const QString &sql)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        auto server = Backend::parseAddress(Backend::withDatabase(testServer(), database));
        QSqlDatabase db = Backend::addServerConnection(name, *server);
        QSqlQuery q(db);
        if (!db.open())
            failure = db.lastError().text();
        else if (!q.exec(sql))
            failure = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// A fresh, empty database on the test server, as its address.
inline QString freshServerDatabase()
{
    static QAtomicInt counter;
    const QString database =
        QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (const QString failed = serverAdmin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + database);
        !failed.isEmpty())
        qFatal("The test server cannot create a database: %s", qPrintable(failed));
    // Each database takes some megabytes: a test process drops its own when it ends.
    static bool dropAtExit = [] {
        qAddPostRoutine([] {
            for (int i = 0; i < counter.loadRelaxed(); ++i)
                serverAdmin(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS t_%1_%2 WITH (FORCE)")
                                                            .arg(QCoreApplication::applicationPid())
                                                            .arg(i));
        });
        return true;
    }();
    Q_UNUSED(dropAtExit);
    return Backend::withDatabase(testServer(), database);
}

// Where a test's new ledger goes: the file `name` in `dir`, or a fresh database on the test server.
inline QString ledgerLocation(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.annalist"))
{
    return onServer() ? freshServerDatabase() : dir.filePath(name);
}

// SQL for a key of a JSON text column, as the test's shell reads it (SQLite or the server).
inline QString jsonField(const QString &column, const QString &key)
{
    return onServer() ? QStringLiteral("CAST(%1 AS json)->>'%2'").arg(column, key)
                      : QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

// Skips a test function that is about files (locks, damage, backups, the sqlite3 shell) when the
// suite runs on a server; the server's own rules are tested in tst_serverledger.
#define ANNALIST_FILE_ONLY(why)                                                                                        \
    do {                                                                                                               \
        if (annalist::test::onServer())                                                                                \
            QSKIP("about a ledger file: " why);                                                                        \
    } while (false)

// A ledger with the demo books in a fresh temporary folder.
inline std::unique_ptr<Ledger> demoLedger(const QTemporaryDir &dir,
                                          const QString &name = QStringLiteral("demo.annalist"))
{
    auto ledger = Ledger::create(ledgerLocation(dir, name));
    if (!ledger) {
        qWarning("%s", qPrintable(ledger.error().message));
        return {};
    }
    if (auto written = DemoLedger::write(**ledger); !written) {
        qWarning("%s", qPrintable(written.error().message));
        return {};
    }
    return std::move(ledger).value();
}

// Runs SQL through psql as the test server's superuser, as an administrator changing the books
// behind Annalist's back would: statement by statement, in one transaction, each result's rows
// printed as the sqlite3 shell prints them (columns joined by |).
inline QString serverShell(const QString &url, const QString &sql, int *exitCode = nullptr)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction"),
                QStringLiteral("-d"), url, QStringLiteral("-f"), QStringLiteral("-")});
    psql.write(sql.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(60000);
    if (exitCode)
        *exitCode = psql.exitCode();
    return QString::fromUtf8(psql.readAllStandardOutput() + psql.readAllStandardError()).trimmed();
}

// Marks `year` closed through plain SQL on Annalist's own connection, for a test that only needs a
// closed year. A server refuses a status change that no closing made (migration 009): there the
// superuser sets its triggers aside for the moment.
inline Status markClosed(const Ledger &ledger, int year)
{
    const QString close =
        QStringLiteral("UPDATE fiscal_years SET status = 'closed', closed_by = 'test', closed_at = '%1-12-31' "
                       "WHERE year = %1")
            .arg(year);
    if (!onServer())
        return Sql::execute(ledger.database(), close);
    return ledger.transaction([&]() -> Status {
        if (auto off = Sql::executeDirect(ledger.database(), QStringLiteral("SET LOCAL session_replication_role = "
                                                                            "replica"));
            !off)
            return off;
        return Sql::executeDirect(ledger.database(), close);
    });
}

// Runs SQL through the sqlite3 shell, as a user changing the file behind Annalist's back would; on
// a server ledger, through psql (serverShell).
inline QString sqliteShell(const QString &file, const QString &sql, int *exitCode = nullptr)
{
    if (Backend::isServerAddress(file))
        return serverShell(file, sql, exitCode);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {file, sql});
    shell.waitForFinished(60000);
    if (exitCode)
        *exitCode = shell.exitCode();
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError()).trimmed();
}

// Runs SQL through the sqlite3 shell with the audit triggers dropped for its duration, as someone
// changing the books behind Annalist's back must: the shell lacks the functions they call, so with
// them in place it cannot change an audited table at all. All or nothing: the triggers come back
// in the same transaction. `sql` must not open a transaction of its own.
inline QString sqliteShellUnaudited(const QString &file, const QString &sql, int *exitCode = nullptr)
{
    // On a server, the superuser sets the audit triggers aside inside the same transaction.
    if (Backend::isServerAddress(file)) {
        QString off;
        QString on;
        for (const char *table :
             {"association", "fiscal_years", "accounts", "projects", "members", "member_contributions", "postings",
              "budgets", "budget_changes", "budget_months", "control_totals", "notes"})
            for (const char *kind : {"insert", "update", "delete"}) {
                const QString name = QStringLiteral("%1 %2 TRIGGER audit_%1_%3;\n")
                                         .arg(QLatin1String(table), QStringLiteral("%1"), QLatin1String(kind));
                off += QStringLiteral("ALTER TABLE ") + name.arg(QStringLiteral("DISABLE"));
                on += QStringLiteral("ALTER TABLE ") + name.arg(QStringLiteral("ENABLE"));
            }
        return serverShell(file, off + sql + QStringLiteral(";\n") + on, exitCode);
    }
    QProcess list;
    list.start(QStringLiteral("sqlite3"),
               {QStringLiteral("-json"), file,
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'audit_*'")});
    list.waitForFinished(60000);
    QString drop;
    QString create;
    const QJsonArray triggers = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    for (const QJsonValue &t : triggers) {
        drop += QStringLiteral("DROP TRIGGER %1;\n").arg(t[QLatin1String("name")].toString());
        create += t[QLatin1String("sql")].toString() + QStringLiteral(";\n");
    }
    return sqliteShell(
        file, QStringLiteral("BEGIN;\n") + drop + sql + QStringLiteral(";\n") + create + QStringLiteral("COMMIT;"),
        exitCode);
}

} // namespace annalist::test
