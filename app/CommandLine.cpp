#include "CommandLine.h"

#include "BooksCommands.h"
#include "CommandContext.h"
#include "DefaultLedger.h"
#include "InitCommand.h"
#include "ReadingCommands.h"
#include "ServerCommands.h"
#include "TransferCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace annalist {
namespace {

// The dispatch table, in the order the commands are named to the user.
struct CommandEntry
{
    const char *name;
    int (*run)(CommandContext &context);
    bool drawsPages; // charts or report pages: a QApplication on the offscreen platform
};

const CommandEntry commands[] = {
    {"init", &InitCommand::run, false},
    {"statement", &ReadingCommands::statement, false},
    {"validate", &ReadingCommands::validate, false},
    {"import", &TransferCommands::importPostings, false},
    {"export-csv", &TransferCommands::exportCsv, false},
    {"export-pdf", &TransferCommands::exportPdf, true},
    {"export-html", &TransferCommands::exportHtml, true},
    {"export-xlsx", &TransferCommands::exportXlsx, false},
    {"close-year", &BooksCommands::closeYear, false},
    {"reopen-year", &BooksCommands::reopenYear, false},
    {"backup", &BooksCommands::backup, false},
    {"verify", &BooksCommands::verify, false},
    {"audit", &BooksCommands::audit, false},
    {"copy-to", &ServerCommands::copyTo, false},
    {"grant", &ServerCommands::grant, false},
};

const CommandEntry *commandNamed(const QString &name)
{
    for (const CommandEntry &entry : commands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

QString commandNames()
{
    QStringList names;
    for (const CommandEntry &entry : commands)
        names.append(QLatin1String(entry.name));
    return names.join(QStringLiteral(", "));
}

} // namespace

QCommandLineOption CommandLine::dbOption()
{
    return {QStringLiteral("db"),
            tr("The ledger to use: a file, or a server's postgresql://USER@HOST[:PORT]/DATABASE (default: the "
               "ledger file in your data folder)."),
            tr("FILE|URL")};
}

QCommandLineOption CommandLine::helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
}

int CommandLine::reportUsage(QTextStream &err, const QString &message, const QString &command)
{
    err << tr("annalist: %1").arg(message) << '\n'
        << tr("Try \"annalist %1--help\".").arg(command.isEmpty() ? QString() : command + QLatin1Char(' ')) << '\n';
    return UsageError;
}

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("read-only"),
                      tr("Open the ledger read-only: no writer's lock is taken and nothing can be changed.")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("init, statement, validate, import, export-csv, export-pdf, export-html, export-xlsx, close-year, "
           "reopen-year, backup, verify, audit, copy-to or grant; none opens the window."));
    if (!parser.parse(arguments)) {
        m_parseError = parser.errorText();
        return;
    }
    m_parsed = true;
    m_help = parser.isSet(QStringLiteral("help"));
    m_version = parser.isSet(QStringLiteral("version"));
    m_helpOrVersion = m_help || m_version;
    m_ledgerPath = parser.value(QStringLiteral("db"));
    m_readOnly = parser.isSet(QStringLiteral("read-only"));
    const QStringList positional = parser.positionalArguments();
    // "annalist FILE.annalist", as a desktop opens a ledger file: the window on that file.
    if (positional.size() == 1 && m_ledgerPath.isEmpty() && !commandNamed(positional.constFirst()) &&
        (positional.constFirst().endsWith(QLatin1String(".annalist")) || QFileInfo(positional.constFirst()).isFile())) {
        m_ledgerPath = QFileInfo(positional.constFirst()).absoluteFilePath(); // kept as the last ledger
        return;
    }
    if (!positional.isEmpty()) {
        m_command = positional.constFirst();
        m_commandArguments = positional.mid(1);
    }
}

int CommandLine::exitCodeFor(const Error &error)
{
    return int(error.kind);
}

QString CommandLine::globalHelp() const
{
    return tr("Usage: annalist [--db FILE|URL] [COMMAND] [OPTIONS]\n"
              "       annalist [--read-only] [FILE]\n"
              "\n"
              "Annalist keeps an association's budget ledger and produces its annual report.\n"
              "Without a command it opens the window; every command runs without a display.\n"
              "\n"
              "Options:\n"
              "  --db FILE     the ledger file (default: %1)\n"
              "  --db URL      a ledger on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DATABASE\n"
              "  --read-only   open the ledger read-only (no lock; every change is refused)\n"
              "  -h, --help    show this help; \"annalist COMMAND --help\" for a command\n"
              "  -v, --version show the version\n"
              "\n"
              "Commands:\n"
              "  init          create a ledger (--demo: with the demo books)\n"
              "  statement     print the income statement of a year\n"
              "  validate      check a year's books against the rules\n"
              "  import        import postings from an ERP's CSV export, all or nothing\n"
              "  export-csv    write a year's postings as CSV\n"
              "  export-pdf    write a year's annual report as PDF\n"
              "  export-html   write a year's annual report as an accessible web page\n"
              "  export-xlsx   write a year's statements and postings as an Excel workbook\n"
              "  close-year    close a year, signed by the board; its carry-over goes into the next\n"
              "  reopen-year   open a closed year again, with a reason\n"
              "  backup        write a checked copy of the ledger\n"
              "  verify        check the audit trail: exit 1 when a record was altered or removed\n"
              "  audit         list the audit trail's records, or write them as CSV\n"
              "  copy-to       copy the ledger into a new file or a server's empty database\n"
              "  grant         give a login a role on a server: finance, editor or board\n"
              "\n"
              "Exit codes: 0 ok, 1 validation errors or a tampered audit trail, 2 usage error,\n3 bad input or file, "
              "4 other I/O error, 5 the ledger is in use by another writer.\n")
        .arg(DefaultLedger::path());
}

int CommandLine::run(QTextStream &out, QTextStream &err)
{
    if (!m_parsed)
        return reportUsage(err, m_parseError, {});
    if (m_version) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (m_help && m_command.isEmpty()) {
        out << globalHelp();
        return Ok;
    }
    const CommandEntry *entry = commandNamed(m_command);
    if (!entry)
        return reportUsage(err, tr("Unknown command \"%1\"; the commands are %2.").arg(m_command, commandNames()), {});
    QStringList args = m_commandArguments;
    if (m_help)
        args.prepend(QStringLiteral("--help"));
    CommandContext context(m_command, args, m_ledgerPath, m_readOnly, out, err);
    return entry->run(context);
}

bool CommandLine::drawsPages() const
{
    const CommandEntry *entry = commandNamed(m_command);
    return entry && entry->drawsPages;
}

} // namespace annalist
