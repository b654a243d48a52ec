#pragma once

// Small helpers shared by the test classes: fresh temporary ledgers and the sqlite3 shell.

#include "DemoLedger.h"
#include "Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace annalist::test {

// A ledger with the demo books in a fresh temporary folder.
inline std::unique_ptr<Ledger> demoLedger(const QTemporaryDir &dir,
                                          const QString &name = QStringLiteral("demo.annalist"))
{
    auto ledger = Ledger::create(dir.filePath(name));
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

// Runs SQL through the sqlite3 shell, as a user changing the file behind Annalist's back would.
inline QString sqliteShell(const QString &file, const QString &sql, int *exitCode = nullptr)
{
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
