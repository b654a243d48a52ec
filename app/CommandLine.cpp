#include "CommandLine.h"

#include "AssociationRepository.h"
#include "DefaultLedger.h"
#include "DemoLedger.h"
#include "Ledger.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace annalist {
namespace {

const QStringList commands{QStringLiteral("init"), QStringLiteral("statement"), QStringLiteral("validate")};

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), CommandLine::tr("The ledger file to use (default: the ledger in your data folder)."),
            CommandLine::tr("FILE")};
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")};
}

// Parses one command's options; usage errors are reported by the caller with exit code 2.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOption(dbOption());
    if (!parser.parse(QStringList{QStringLiteral("annalist ") + command} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    return true;
}

int usage(QTextStream &err, const QString &message, const QString &command)
{
    err << CommandLine::tr("annalist: %1").arg(message) << '\n'
        << CommandLine::tr("Try \"annalist %1--help\".").arg(command.isEmpty() ? QString() : command + QLatin1Char(' '))
        << '\n';
    return CommandLine::UsageError;
}

int failure(QTextStream &err, const Error &error)
{
    err << CommandLine::tr("annalist: %1").arg(error.message) << '\n';
    return CommandLine::exitCodeFor(error);
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, statement or validate; none opens the window."));
    if (!parser.parse(arguments)) {
        m_parseError = parser.errorText();
        return;
    }
    m_parsed = true;
    m_help = parser.isSet(QStringLiteral("help"));
    m_version = parser.isSet(QStringLiteral("version"));
    m_helpOrVersion = m_help || m_version;
    m_ledgerPath = parser.value(QStringLiteral("db"));
    const QStringList positional = parser.positionalArguments();
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
    return tr("Usage: annalist [--db FILE] [COMMAND] [OPTIONS]\n"
              "\n"
              "Annalist keeps an association's budget ledger and produces its annual report.\n"
              "Without a command it opens the window; every command runs without a display.\n"
              "\n"
              "Options:\n"
              "  --db FILE     the ledger file (default: %1)\n"
              "  -h, --help    show this help; \"annalist COMMAND --help\" for a command\n"
              "  -v, --version show the version\n"
              "\n"
              "Commands:\n"
              "  init          create a ledger (--demo: with the demo books)\n"
              "  statement     print the income statement of a year\n"
              "  validate      check a year's books against the rules\n"
              "\n"
              "Exit codes: 0 ok, 1 validation errors, 2 usage error, 3 bad input or file,\n"
              "4 other I/O error, 5 the ledger is in use by another writer.\n")
        .arg(DefaultLedger::path());
}

int CommandLine::run(QTextStream &out, QTextStream &err)
{
    if (!m_parsed)
        return usage(err, m_parseError, {});
    if (m_version) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (m_help && m_command.isEmpty()) {
        out << globalHelp();
        return Ok;
    }
    QStringList args = m_commandArguments;
    if (m_help)
        args.prepend(QStringLiteral("--help"));
    if (m_command == QLatin1String("init"))
        return runInit(args, out, err);
    if (m_command == QLatin1String("statement"))
        return runStatement(args, out, err);
    if (m_command == QLatin1String("validate"))
        return runValidate(args, out, err);
    return usage(err,
                 tr("Unknown command \"%1\"; the commands are %2.").arg(m_command, commands.join(QStringLiteral(", "))),
                 {});
}

Result<std::unique_ptr<Ledger>> CommandLine::openLedger(bool readOnly) const
{
    const auto access = readOnly ? Ledger::Access::ReadOnly : Ledger::Access::ReadWrite;
    if (m_ledgerPath.isEmpty())
        return DefaultLedger::open(access);
    return Ledger::open(m_ledgerPath, access);
}

Result<int> CommandLine::yearFrom(const QString &value, const Ledger &ledger) const
{
    if (!value.isEmpty()) {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok || year < 1900 || year > 2999)
            return usageError(tr("\"%1\" is not a year.").arg(value));
        return year;
    }
    auto years = AssociationRepository(ledger).years();
    if (!years)
        return years.error();
    if (years->isEmpty())
        return badInput(tr("%1 has no fiscal years yet.").arg(ledger.path()));
    return years->constLast().year; // the latest year in the books
}

int CommandLine::runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a new ledger file; refuses to write over an existing file."));
    parser.addOption({QStringLiteral("demo"), tr("Fill it with the demo books (the published 2019 statement).")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("Usage: annalist init"),
                                         QStringLiteral("Usage: annalist [--db FILE] init"));
        return Ok;
    }
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                         : m_ledgerPath.isEmpty()           ? DefaultLedger::path()
                                                            : m_ledgerPath;
    auto ledger = Ledger::create(path);
    if (!ledger)
        return failure(err, ledger.error());
    if (parser.isSet(QStringLiteral("demo"))) {
        if (auto written = DemoLedger::write(**ledger); !written) {
            ledger->reset();
            QFile::remove(path);
            return failure(err, written.error());
        }
        out << tr("Created %1 with the demo books of %2.").arg(path).arg(DemoLedger::year()) << '\n';
    } else {
        out << tr("Created the empty ledger %1.").arg(path) << '\n';
    }
    return Ok;
}

int CommandLine::runStatement(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the income statement of a year, in Danish as published."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption(
        {QStringLiteral("format"), tr("text (default), csv or json."), tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("layout"),
                      tr("published (default: Indtægter, Udgifter, Afvigelser) or budget (Budget, Regnskab, "
                         "Afvigelse, Afvigelse %)."),
                      tr("LAYOUT"), QStringLiteral("published")});
    parser.addOption(
        {QStringLiteral("month"), tr("Year to date: January up to and including this month (1-12)."), tr("MONTH")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));

    const QString formatName = parser.value(QStringLiteral("format"));
    StatementFormatter::Format format = StatementFormatter::Format::Text;
    if (formatName == QLatin1String("csv"))
        format = StatementFormatter::Format::Csv;
    else if (formatName == QLatin1String("json"))
        format = StatementFormatter::Format::Json;
    else if (formatName != QLatin1String("text"))
        return usage(err, tr("Unknown format \"%1\"; use text, csv or json.").arg(formatName), m_command);
    const QString layoutName = parser.value(QStringLiteral("layout"));
    StatementFormatter::Layout layout = StatementFormatter::Layout::Published;
    if (layoutName == QLatin1String("budget"))
        layout = StatementFormatter::Layout::Budget;
    else if (layoutName != QLatin1String("published"))
        return usage(err, tr("Unknown layout \"%1\"; use published or budget.").arg(layoutName), m_command);
    int month = 12;
    if (parser.isSet(QStringLiteral("month"))) {
        bool ok = false;
        month = parser.value(QStringLiteral("month")).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return usage(err, tr("\"%1\" is not a month (1-12).").arg(parser.value(QStringLiteral("month"))),
                         m_command);
    }

    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    auto statement = StatementBuilder(**ledger).build(*year, month);
    if (!statement)
        return failure(err, statement.error());
    out << StatementFormatter::format(*statement, layout, format);
    return Ok;
}

int CommandLine::runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a year's books against the rules; one finding a line:\n"
                                        "SEVERITY RULE-ID location: message. Exits 1 when there is an error."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption({QStringLiteral("rules"), tr("List the rules instead of checking.")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("rules"))) {
        for (const auto &[id, description] : Validator::rules())
            out << id.leftJustified(18) << ' ' << description << '\n';
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));

    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    auto findings = Validator(**ledger).validate(*year);
    if (!findings)
        return failure(err, findings.error());
    for (const Finding &f : *findings)
        out << f.toLine() << '\n';
    const FindingCounts counts = countFindings(*findings);
    err << tr("%1: %2 error(s), %3 warning(s), %4 note(s).")
               .arg(*year)
               .arg(counts.errors)
               .arg(counts.warnings)
               .arg(counts.infos)
        << '\n';
    return counts.errors > 0 ? ValidationErrors : Ok;
}

} // namespace annalist
