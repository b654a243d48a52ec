#include "CommandContext.h"

#include "AssociationRepository.h"
#include "CommandLine.h"
#include "DefaultLedger.h"
#include "Ledger.h"

namespace annalist {

CommandContext::CommandContext(QString command, QStringList arguments, QString ledgerPath, bool readOnly,
                               QTextStream &out, QTextStream &err)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_ledgerPath(std::move(ledgerPath))
    , m_readOnly(readOnly)
    , m_out(out)
    , m_err(err)
{
}

CommandContext::~CommandContext() = default;

void CommandContext::describe(const QString &description)
{
    m_parser.setApplicationDescription(description);
}

void CommandContext::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandContext::addYearOption()
{
    addYearOption(CommandLine::tr("The fiscal year (default: the latest in the books)."));
}

void CommandContext::addYearOption(const QString &description)
{
    m_parser.addOption({QStringLiteral("year"), description, CommandLine::tr("YEAR")});
    m_hasYear = true;
}

void CommandContext::addOutputOption(const QString &description, Output output)
{
    m_parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                        description,
                        output == Output::RequiredFolder ? CommandLine::tr("FOLDER") : CommandLine::tr("FILE")});
    m_output = output;
}

void CommandContext::setUsageLine(const QString &line)
{
    m_usageLine = line;
}

bool CommandContext::parse(int positionals)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(CommandLine::helpOption());
    m_parser.addOption(CommandLine::dbOption());
    if (!m_parser.parse(QStringList{QStringLiteral("annalist ") + m_command} + m_arguments)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.positionalArguments().size() > positionals) {
        usage(CommandLine::tr("Unexpected argument: %1").arg(m_parser.positionalArguments().at(positionals)));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        if (!m_usageLine.isEmpty())
            help.replace(QStringLiteral("Usage: annalist ") + m_command, m_usageLine);
        m_out << help;
        m_exitCode = CommandLine::Ok;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("db")))
        m_ledgerPath = m_parser.value(QStringLiteral("db"));
    if (m_output == Output::RequiredFile && output().isEmpty()) {
        usage(CommandLine::tr("Name the file to write with -o FILE."));
        return false;
    }
    if (m_output == Output::RequiredFolder && output().isEmpty()) {
        usage(CommandLine::tr("Name the folder to write with -o FOLDER."));
        return false;
    }
    return true;
}

bool CommandContext::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QString CommandContext::value(const QString &name) const
{
    return m_parser.value(name);
}

QStringList CommandContext::values(const QString &name) const
{
    return m_parser.values(name);
}

QString CommandContext::output() const
{
    return m_parser.value(QStringLiteral("output"));
}

bool CommandContext::open(Access access)
{
    auto ledger = openLedger(access);
    if (!ledger) {
        failure(ledger.error());
        return false;
    }
    m_ledger = std::move(*ledger);
    if (const QString note = m_ledger->recoveryNote(); !note.isEmpty())
        m_err << CommandLine::tr("annalist: %1").arg(note) << '\n';
    if (!m_hasYear)
        return true;
    auto year = yearFrom(m_parser.value(QStringLiteral("year")));
    if (!year) {
        failure(year.error());
        return false;
    }
    m_year = *year;
    return true;
}

int CommandContext::usage(const QString &message)
{
    m_exitCode = CommandLine::reportUsage(m_err, message, m_command);
    return m_exitCode;
}

int CommandContext::failure(const Error &error)
{
    m_err << CommandLine::tr("annalist: %1").arg(error.message) << '\n';
    m_exitCode = CommandLine::exitCodeFor(error);
    return m_exitCode;
}

Result<std::unique_ptr<Ledger>> CommandContext::openLedger(Access access) const
{
    // A command that only reads does not read the whole file through first: SQLite reports a
    // damaged page when a query meets it, and that ends the command the same way (exit 3).
    // Before writing, the whole file is checked.
    if (access == Access::Write && m_readOnly)
        return badInput(CommandLine::tr("\"%1\" changes the ledger, but it is opened read-only (--read-only): "
                                        "nothing was changed.")
                            .arg(m_command));
    const bool reading = access == Access::Read || m_readOnly;
    const auto ledgerAccess = reading ? Ledger::Access::ReadOnly : Ledger::Access::ReadWrite;
    const auto integrity = reading ? Ledger::Integrity::CheckLater : Ledger::Integrity::CheckNow;
    if (m_ledgerPath.isEmpty())
        return DefaultLedger::open(ledgerAccess, integrity);
    return Ledger::open(m_ledgerPath, ledgerAccess, integrity);
}

Result<int> CommandContext::yearFrom(const QString &value) const
{
    if (!value.isEmpty()) {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok || year < 1900 || year > 2999)
            return usageError(CommandLine::tr("\"%1\" is not a year.").arg(value));
        return year;
    }
    auto years = AssociationRepository(*m_ledger).years();
    if (!years)
        return years.error();
    if (years->isEmpty())
        return badInput(CommandLine::tr("%1 has no fiscal years yet.").arg(m_ledger->path()));
    return years->constLast().year; // the latest year in the books
}

} // namespace annalist
