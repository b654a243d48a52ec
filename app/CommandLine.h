#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

namespace annalist {

// The command-line front end: parses the global options and runs one command without a display; the commands
// themselves are InitCommand, ReadingCommands, TransferCommands and BooksCommands, each run in a CommandContext.
// Exit codes: 0 ok, 1 validation errors or a tampered audit trail, 2 usage, 3 bad input or file, 4 other I/O, 5 in use.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(annalist::CommandLine)

public:
    enum ExitCode { Ok = 0, ValidationErrors = 1, UsageError = 2, BadInput = 3, IoError = 4, InUse = 5 };

    explicit CommandLine(const QStringList &arguments);

    // No command was given: the caller opens the main window on ledgerPath().
    bool wantsWindow() const { return m_parsed && m_command.isEmpty() && !m_helpOrVersion; }
    // The ledger named with --db; empty for the default ledger.
    QString ledgerPath() const { return m_ledgerPath; }
    // --read-only: the ledger opens without a writer's lock and refuses every change.
    bool readOnly() const { return m_readOnly; }

    int run(QTextStream &out, QTextStream &err);
    // The command draws (charts, report pages): it needs a QApplication, on the offscreen platform.
    bool drawsPages() const;

    static int exitCodeFor(const Error &error);
    // The options of the front end that every command has too.
    static QCommandLineOption helpOption();
    static QCommandLineOption dbOption();
    // Reports a usage error with a pointer to the help (the command's, or without one the global help); gives 2.
    static int reportUsage(QTextStream &err, const QString &message, const QString &command);

private:
    QString globalHelp() const;

    QStringList m_arguments;
    QString m_command;
    QStringList m_commandArguments;
    QString m_ledgerPath;
    QString m_parseError;
    bool m_parsed = false;
    bool m_helpOrVersion = false;
    bool m_help = false;
    bool m_version = false;
    bool m_readOnly = false;
};

} // namespace annalist
