#pragma once

// Small helpers shared by the test classes: fresh temporary ledgers and the sqlite3 shell.

#include "DemoLedger.h"
#include "Ledger.h"

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

} // namespace annalist::test
