#include "CommandLine.h"

#include "AssociationRepository.h"
#include "DefaultLedger.h"
#include "DemoLedger.h"
#include "ImportProfileRepository.h"
#include "Ledger.h"
#include "PostingCsvWriter.h"
#include "PostingImporter.h"
#include "ReportHtmlWriter.h"
#include "ReportInput.h"
#include "ReportLayout.h"
#include "ReportPdfWriter.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "Validator.h"
#include "XlsxWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace annalist {
namespace {

const QStringList commands{QStringLiteral("init"),        QStringLiteral("statement"),  QStringLiteral("validate"),
                           QStringLiteral("import"),      QStringLiteral("export-csv"), QStringLiteral("export-pdf"),
                           QStringLiteral("export-html"), QStringLiteral("export-xlsx")};

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
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args, QString *error,
                  int positionals = 0)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOption(dbOption());
    if (!parser.parse(QStringList{QStringLiteral("annalist ") + command} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        *error = CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(positionals));
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

// ";" ",", "tab" and their names; 0 for anything else.
char delimiterFrom(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String(";") || v == QLatin1String("semicolon"))
        return ';';
    if (v == QLatin1String(",") || v == QLatin1String("comma"))
        return ',';
    if (v == QLatin1String("tab") || v == QLatin1String("\t") || v == QLatin1String("\\t"))
        return '\t';
    return 0;
}

// The totals per account as a table: number, name, postings, amount in Danish notation.
void printTotals(QTextStream &out, const ImportSummary &summary)
{
    if (summary.totals.isEmpty())
        return;
    out << CommandLine::tr("Totals per account:") << '\n';
    for (const ImportAccountTotal &t : summary.totals) {
        QString name = t.name;
        if (name.size() > 36)
            name = name.left(35) + QStringLiteral("...");
        out << "  " << t.number.leftJustified(8) << ' ' << name.leftJustified(38) << ' '
            << QString::number(t.count).rightJustified(9) << ' ' << t.total.toDanish().rightJustified(20) << '\n';
    }
    out << "  " << CommandLine::tr("Total").leftJustified(47) << ' '
        << QString::number(summary.imported).rightJustified(9) << ' ' << summary.total.toDanish().rightJustified(20)
        << '\n';
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
    parser.addOption({QStringLiteral("read-only"),
                      tr("Open the ledger read-only: no writer's lock is taken and nothing can be changed.")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("init, statement, validate, import, export-csv, export-pdf, export-html or export-xlsx; none opens "
           "the window."));
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
    if (m_command == QLatin1String("import"))
        return runImport(args, out, err);
    if (m_command == QLatin1String("export-csv"))
        return runExportCsv(args, out, err);
    if (m_command == QLatin1String("export-pdf"))
        return runExportPdf(args, out, err);
    if (m_command == QLatin1String("export-html"))
        return runExportHtml(args, out, err);
    if (m_command == QLatin1String("export-xlsx"))
        return runExportXlsx(args, out, err);
    return usage(err,
                 tr("Unknown command \"%1\"; the commands are %2.").arg(m_command, commands.join(QStringLiteral(", "))),
                 {});
}

Result<std::unique_ptr<Ledger>> CommandLine::openLedger(bool readOnly) const
{
    // A command that only reads does not read the whole file through first: SQLite reports a
    // damaged page when a query meets it, and that ends the command the same way (exit 3).
    // Before writing, the whole file is checked.
    const bool reading = readOnly || m_readOnly;
    const auto access = reading ? Ledger::Access::ReadOnly : Ledger::Access::ReadWrite;
    const auto integrity = reading ? Ledger::Integrity::CheckLater : Ledger::Integrity::CheckNow;
    if (m_ledgerPath.isEmpty())
        return DefaultLedger::open(access, integrity);
    return Ledger::open(m_ledgerPath, access, integrity);
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

int CommandLine::runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the postings of an ERP's CSV export into a fiscal year, all or nothing: when a row is wrong,\n"
           "every bad row is listed with its line and column, nothing is written, and the exit code is 3.\n"
           "Postings already in the year (same voucher, date, account and amount) are refused unless\n"
           "--force or --skip-existing. A year not in the books is created, open."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The CSV file to import."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year to import into (required)."), tr("YEAR")});
    parser.addOption({QStringLiteral("map"),
                      tr("Columns with other names: FIELD=COLUMN,... (fields: date, voucher, account, project,\n"
                         "text, amount), e.g. date=Bogføringsdato,amount=Beløb DKK."),
                      tr("MAPPING")});
    parser.addOption({QStringLiteral("profile"), tr("Use the mapping and encoding saved under NAME."), tr("NAME")});
    parser.addOption({QStringLiteral("save-profile"), tr("Save this mapping and encoding under NAME after the import."),
                      tr("NAME")});
    parser.addOption(
        {QStringLiteral("encoding"), tr("utf-8, windows-1252 or iso-8859-1 (default: detected)."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("delimiter"), tr("semicolon, comma or tab (default: detected)."), tr("DELIMITER")});
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Check the file and print what would be imported; write nothing.")});
    parser.addOption({QStringLiteral("force"), tr("Import postings that are already in the year all the same.")});
    parser.addOption({QStringLiteral("skip-existing"), tr("Leave out the postings that are already in the year.")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error, 1))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));
    if (parser.positionalArguments().isEmpty())
        return usage(err, tr("Name the CSV file to import."), m_command);
    const QString file = parser.positionalArguments().constFirst();
    if (!parser.isSet(QStringLiteral("year")))
        return usage(err, tr("Name the fiscal year to import into with --year YEAR."), m_command);

    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.force = parser.isSet(QStringLiteral("force"));
    options.skipExisting = parser.isSet(QStringLiteral("skip-existing"));
    if (options.force && options.skipExisting)
        return usage(err, tr("--force and --skip-existing exclude each other."), m_command);
    ImportMapping mapping;
    if (parser.isSet(QStringLiteral("map"))) {
        auto parsed = ImportMapping::parse(parser.value(QStringLiteral("map")));
        if (!parsed)
            return usage(err, parsed.error().message, m_command);
        mapping = *parsed;
    }
    QString encodingName = parser.value(QStringLiteral("encoding"));
    if (!encodingName.isEmpty() && !CsvReader::encodingFromName(encodingName))
        return usage(err, tr("Unknown encoding \"%1\"; use utf-8, windows-1252 or iso-8859-1.").arg(encodingName),
                     m_command);
    char delimiter = 0;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return usage(err,
                         tr("Unknown delimiter \"%1\"; use semicolon, comma or tab.")
                             .arg(parser.value(QStringLiteral("delimiter"))),
                         m_command);
    }

    auto ledger = openLedger(options.dryRun);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    options.year = *year;

    const ImportProfileRepository profiles(**ledger);
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        auto profile = profiles.profile(name);
        if (!profile)
            return failure(err, profile.error());
        if (!*profile) {
            auto all = profiles.profiles();
            QStringList names;
            for (const ImportProfile &p : all ? *all : QList<ImportProfile>())
                names.append(p.name);
            return failure(err,
                           badInput(names.isEmpty() ? tr("There is no import profile \"%1\"; none has been saved yet "
                                                         "(--save-profile NAME).")
                                                          .arg(name)
                                                    : tr("There is no import profile \"%1\"; the profiles are: %2.")
                                                          .arg(name, names.join(QStringLiteral(", ")))));
        }
        mapping = (*profile)->mapping.mergedWith(mapping);
        if (encodingName.isEmpty())
            encodingName = (*profile)->encoding;
        if (!delimiter)
            delimiter = (*profile)->delimiter;
    }
    options.mapping = mapping;
    options.encoding = CsvReader::encodingFromName(encodingName).value_or(CsvEncoding::Auto);
    options.delimiter = delimiter;

    PostingImporter importer(**ledger);
    auto summary = importer.run(file, options);
    if (!summary) {
        const int code = failure(err, summary.error());
        if (importer.duplicateCount() > 0)
            err << tr("Use --skip-existing to import only the postings not yet in %1, or --force to import them "
                      "all the same.")
                       .arg(options.year)
                << '\n';
        return code;
    }
    const QString how =
        tr("%1, delimiter %2")
            .arg(CsvReader::encodingName(summary->encoding), CsvReader::delimiterName(summary->delimiter));
    if (options.dryRun)
        out << tr("Dry run: %1 postings from %2 would be imported into %3 (%4); nothing was written.")
                   .arg(QString::number(summary->imported), file, QString::number(options.year), how)
            << '\n';
    else
        out << tr("Imported %1 postings from %2 into %3 (%4).")
                   .arg(QString::number(summary->imported), file, QString::number(options.year), how)
            << '\n';
    if (summary->yearCreated)
        out << (options.dryRun ? tr("The fiscal year %1 is not in the books; it would be created (open).")
                               : tr("The fiscal year %1 was not in the books and has been created (open)."))
                   .arg(options.year)
            << '\n';
    if (summary->skipped > 0)
        out << tr("Left out %1 postings that are already in %2.")
                   .arg(QString::number(summary->skipped), QString::number(options.year))
            << '\n';
    printTotals(out, *summary);

    if (parser.isSet(QStringLiteral("save-profile"))) {
        const QString name = parser.value(QStringLiteral("save-profile"));
        if (options.dryRun) {
            out << tr("Dry run: the import profile \"%1\" was not saved.").arg(name) << '\n';
        } else {
            ImportProfile profile;
            profile.name = name;
            profile.mapping = mapping;
            profile.encoding =
                options.encoding == CsvEncoding::Auto ? QString() : CsvReader::encodingName(options.encoding);
            profile.delimiter = delimiter;
            if (auto saved = profiles.save(profile); !saved)
                return failure(err, saved.error());
            out << tr("Saved the import profile \"%1\".").arg(name) << '\n';
        }
    }
    return Ok;
}

int CommandLine::runExportCsv(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a year's postings as CSV, in the form the import reads back."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The CSV file to write (required)."), tr("FILE")});
    parser.addOption({QStringLiteral("dialect"),
                      tr("danish (default: Dato;Bilag;...;Beløb, 31-03-2019, 1.541.130,23, UTF-8 with BOM) or\n"
                         "plain (Date,Voucher,...,Amount, 2019-03-31, 1541130.23, UTF-8)."),
                      tr("DIALECT"), QStringLiteral("danish")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usage(err, tr("Name the file to write with -o FILE."), m_command);
    const QString dialectName = parser.value(QStringLiteral("dialect"));
    PostingCsvWriter::Dialect dialect = PostingCsvWriter::Dialect::Danish;
    if (dialectName == QLatin1String("plain"))
        dialect = PostingCsvWriter::Dialect::Plain;
    else if (dialectName != QLatin1String("danish"))
        return usage(err, tr("Unknown dialect \"%1\"; use danish or plain.").arg(dialectName), m_command);

    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    auto written = PostingCsvWriter(**ledger).write(*year, path, dialect);
    if (!written)
        return failure(err, written.error());
    out << tr("Wrote %1 postings of %2 to %3.").arg(QString::number(*written), QString::number(*year), path) << '\n';
    return Ok;
}

int CommandLine::runExportPdf(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a year's annual report as a print-ready PDF, in Danish."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write (required)."), tr("FILE")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usage(err, tr("Name the file to write with -o FILE."), m_command);
    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    auto input = ReportInput::gather(**ledger, *year);
    if (!input)
        return failure(err, input.error());
    const ReportLayout layout(std::move(*input));
    if (auto written = ReportPdfWriter::write(layout, path); !written)
        return failure(err, written.error());
    out << tr("Wrote the annual report %1 to %2: %3 pages.")
               .arg(QString::number(*year), path, QString::number(layout.pageCount()))
        << '\n';
    return Ok;
}

int CommandLine::runExportHtml(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a year's annual report for the web: a folder with index.html, its "
                                        "style sheet and pictures, accessible and in Danish."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The folder to write (required; replaced when it exists)."),
                      tr("FOLDER")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));
    const QString folder = parser.value(QStringLiteral("output"));
    if (folder.isEmpty())
        return usage(err, tr("Name the folder to write with -o FOLDER."), m_command);
    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    auto input = ReportInput::gather(**ledger, *year);
    if (!input)
        return failure(err, input.error());
    if (auto written = ReportHtmlWriter::write(*input, folder); !written)
        return failure(err, written.error());
    out << tr("Wrote the annual report %1 for the web to %2.").arg(QString::number(*year), folder) << '\n';
    return Ok;
}

int CommandLine::runExportXlsx(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a year's statement, notes, budget, projects, members, postings and charts as an Excel "
           "workbook (XLSX), in Danish."));
    parser.addOption({QStringLiteral("year"), tr("The fiscal year (default: the latest in the books)."), tr("YEAR")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The XLSX file to write (required)."), tr("FILE")});
    QString error;
    if (!parseCommand(parser, m_command, args, &error))
        return usage(err, error, m_command);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_ledgerPath = parser.value(QStringLiteral("db"));
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usage(err, tr("Name the file to write with -o FILE."), m_command);
    auto ledger = openLedger(true);
    if (!ledger)
        return failure(err, ledger.error());
    auto year = yearFrom(parser.value(QStringLiteral("year")), **ledger);
    if (!year)
        return failure(err, year.error());
    if (auto written = XlsxWriter::exportYear(**ledger, *year, path); !written)
        return failure(err, written.error());
    out << tr("Wrote the statements of %1 to %2.").arg(QString::number(*year), path) << '\n';
    return Ok;
}

bool CommandLine::drawsPages() const
{
    return m_command == QLatin1String("export-pdf") || m_command == QLatin1String("export-html");
}

} // namespace annalist
