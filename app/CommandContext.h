#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace annalist {

class Ledger;

// What every command does before its own work, and how it ends. A command declares its options (the
// shared --help and --db are added by parse()), calls parse() and later open(), and returns exitCode()
// when either says the command ends there: the help was shown (0), a usage error was reported (2) or the
// ledger or the year could not be had (CommandLine::exitCodeFor). Its own errors go through usage() and
// failure(), which report them and give the exit code to return.
class CommandContext
{
public:
    enum class Access { Read, Write };
    // The -o/--output option: a file or a folder the command cannot do without, or a file it may write.
    enum class Output { RequiredFile, RequiredFolder, OptionalFile };

    // The global --db (empty for the default ledger; a --db after the command replaces it) and --read-only; the
    // arguments are those after the command's name.
    CommandContext(QString command, QStringList arguments, QString ledgerPath, bool readOnly, QTextStream &out,
                   QTextStream &err);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const QString &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QCommandLineParser &parser() { return m_parser; }

    // Declaring the command, before parse().
    void describe(const QString &description);
    void addOption(const QCommandLineOption &option);
    // --year YEAR, which open() resolves; without a value, the latest year in the books.
    void addYearOption();
    void addYearOption(const QString &description);
    // -o/--output; a required one that is missing ends the command in parse() with a usage error.
    void addOutputOption(const QString &description, Output output);
    // The first line of the help, when it is not "Usage: annalist COMMAND ...".
    void setUsageLine(const QString &line);

    // Parses the arguments, at most `positionals` of them not options; shows the help when asked for, takes the
    // command's --db and checks a required --output. False when the command ends here: return exitCode().
    bool parse(int positionals = 0);
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    // The ledger named with --db, the command's or else the global one; empty for the default ledger.
    const QString &ledgerPath() const { return m_ledgerPath; }
    QString output() const;

    // Opens the ledger (read-only, or for writing unless the global --read-only refuses it), and resolves --year
    // when the command has it. False when either failed, reported: return exitCode().
    bool open(Access access);
    Ledger &ledger() const { return *m_ledger; }
    int year() const { return m_year; }

    // Report on err and give the exit code: a usage error (2, with a pointer to the command's help), or a failure
    // (CommandLine::exitCodeFor).
    int usage(const QString &message);
    int failure(const Error &error);
    int exitCode() const { return m_exitCode; }

private:
    Result<std::unique_ptr<Ledger>> openLedger(Access access) const;
    Result<int> yearFrom(const QString &value) const;

    QString m_command;
    QStringList m_arguments;
    QString m_ledgerPath;
    bool m_readOnly = false;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QString m_usageLine;
    bool m_hasYear = false;
    std::optional<Output> m_output;
    std::unique_ptr<Ledger> m_ledger;
    int m_year = 0;
    int m_exitCode = 0;
};

} // namespace annalist
