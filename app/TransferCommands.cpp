#include "TransferCommands.h"

#include "CommandContext.h"
#include "CommandLine.h"
#include "ImportProfileRepository.h"
#include "Ledger.h"
#include "PostingCsvWriter.h"
#include "PostingImporter.h"
#include "ReportHtmlWriter.h"
#include "ReportInput.h"
#include "ReportLayout.h"
#include "ReportPdfWriter.h"
#include "XlsxWriter.h"

namespace annalist {
namespace {

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

int TransferCommands::importPostings(CommandContext &c)
{
    c.describe(CommandLine::tr(
        "Imports the postings of an ERP's CSV export into a fiscal year, all or nothing: when a row is wrong,\n"
        "every bad row is listed with its line and column, nothing is written, and the exit code is 3.\n"
        "Postings already in the year (same voucher, date, account and amount) are refused unless\n"
        "--force or --skip-existing. A year not in the books is created, open."));
    c.parser().addPositionalArgument(QStringLiteral("FILE.csv"), CommandLine::tr("The CSV file to import."));
    c.addYearOption(CommandLine::tr("The fiscal year to import into (required)."));
    c.addOption(
        {QStringLiteral("map"),
         CommandLine::tr("Columns with other names: FIELD=COLUMN,... (fields: date, voucher, account, project,\n"
                         "text, amount), e.g. date=Bogføringsdato,amount=Beløb DKK."),
         CommandLine::tr("MAPPING")});
    c.addOption({QStringLiteral("profile"), CommandLine::tr("Use the mapping and encoding saved under NAME."),
                 CommandLine::tr("NAME")});
    c.addOption({QStringLiteral("save-profile"),
                 CommandLine::tr("Save this mapping and encoding under NAME after the import."),
                 CommandLine::tr("NAME")});
    c.addOption({QStringLiteral("encoding"), CommandLine::tr("utf-8, windows-1252 or iso-8859-1 (default: detected)."),
                 CommandLine::tr("NAME")});
    c.addOption({QStringLiteral("delimiter"), CommandLine::tr("semicolon, comma or tab (default: detected)."),
                 CommandLine::tr("DELIMITER")});
    c.addOption({QStringLiteral("dry-run"),
                 CommandLine::tr("Check the file and print what would be imported; write nothing.")});
    c.addOption(
        {QStringLiteral("force"), CommandLine::tr("Import postings that are already in the year all the same.")});
    c.addOption(
        {QStringLiteral("skip-existing"), CommandLine::tr("Leave out the postings that are already in the year.")});
    if (!c.parse(1))
        return c.exitCode();
    if (c.parser().positionalArguments().isEmpty())
        return c.usage(CommandLine::tr("Name the CSV file to import."));
    const QString file = c.parser().positionalArguments().constFirst();
    if (!c.isSet(QStringLiteral("year")))
        return c.usage(CommandLine::tr("Name the fiscal year to import into with --year YEAR."));

    ImportOptions options;
    options.dryRun = c.isSet(QStringLiteral("dry-run"));
    options.force = c.isSet(QStringLiteral("force"));
    options.skipExisting = c.isSet(QStringLiteral("skip-existing"));
    if (options.force && options.skipExisting)
        return c.usage(CommandLine::tr("--force and --skip-existing exclude each other."));
    ImportMapping mapping;
    if (c.isSet(QStringLiteral("map"))) {
        auto parsed = ImportMapping::parse(c.value(QStringLiteral("map")));
        if (!parsed)
            return c.usage(parsed.error().message);
        mapping = *parsed;
    }
    QString encodingName = c.value(QStringLiteral("encoding"));
    if (!encodingName.isEmpty() && !CsvReader::encodingFromName(encodingName))
        return c.usage(
            CommandLine::tr("Unknown encoding \"%1\"; use utf-8, windows-1252 or iso-8859-1.").arg(encodingName));
    char delimiter = 0;
    if (c.isSet(QStringLiteral("delimiter"))) {
        delimiter = delimiterFrom(c.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return c.usage(CommandLine::tr("Unknown delimiter \"%1\"; use semicolon, comma or tab.")
                               .arg(c.value(QStringLiteral("delimiter"))));
    }

    if (!c.open(options.dryRun ? CommandContext::Access::Read : CommandContext::Access::Write))
        return c.exitCode();
    options.year = c.year();

    const ImportProfileRepository profiles(c.ledger());
    if (c.isSet(QStringLiteral("profile"))) {
        const QString name = c.value(QStringLiteral("profile"));
        auto profile = profiles.profile(name);
        if (!profile)
            return c.failure(profile.error());
        if (!*profile) {
            auto all = profiles.profiles();
            QStringList names;
            for (const ImportProfile &p : all ? *all : QList<ImportProfile>())
                names.append(p.name);
            return c.failure(badInput(names.isEmpty()
                                          ? CommandLine::tr("There is no import profile \"%1\"; none has been saved "
                                                            "yet (--save-profile NAME).")
                                                .arg(name)
                                          : CommandLine::tr("There is no import profile \"%1\"; the profiles are: %2.")
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

    PostingImporter importer(c.ledger());
    auto summary = importer.run(file, options);
    if (!summary) {
        const int code = c.failure(summary.error());
        if (importer.duplicateCount() > 0)
            c.err() << CommandLine::tr("Use --skip-existing to import only the postings not yet in %1, or --force to "
                                       "import them all the same.")
                           .arg(options.year)
                    << '\n';
        return code;
    }
    const QString how =
        CommandLine::tr("%1, delimiter %2")
            .arg(CsvReader::encodingName(summary->encoding), CsvReader::delimiterName(summary->delimiter));
    if (options.dryRun)
        c.out() << CommandLine::tr("Dry run: %1 postings from %2 would be imported into %3 (%4); nothing was written.")
                       .arg(QString::number(summary->imported), file, QString::number(options.year), how)
                << '\n';
    else
        c.out() << CommandLine::tr("Imported %1 postings from %2 into %3 (%4).")
                       .arg(QString::number(summary->imported), file, QString::number(options.year), how)
                << '\n';
    if (summary->yearCreated)
        c.out() << (options.dryRun
                        ? CommandLine::tr("The fiscal year %1 is not in the books; it would be created (open).")
                        : CommandLine::tr("The fiscal year %1 was not in the books and has been created (open)."))
                       .arg(options.year)
                << '\n';
    if (summary->skipped > 0)
        c.out() << CommandLine::tr("Left out %1 postings that are already in %2.")
                       .arg(QString::number(summary->skipped), QString::number(options.year))
                << '\n';
    printTotals(c.out(), *summary);

    if (c.isSet(QStringLiteral("save-profile"))) {
        const QString name = c.value(QStringLiteral("save-profile"));
        if (options.dryRun) {
            c.out() << CommandLine::tr("Dry run: the import profile \"%1\" was not saved.").arg(name) << '\n';
        } else {
            ImportProfile profile;
            profile.name = name;
            profile.mapping = mapping;
            profile.encoding =
                options.encoding == CsvEncoding::Auto ? QString() : CsvReader::encodingName(options.encoding);
            profile.delimiter = delimiter;
            if (auto saved = profiles.save(profile); !saved)
                return c.failure(saved.error());
            c.out() << CommandLine::tr("Saved the import profile \"%1\".").arg(name) << '\n';
        }
    }
    return CommandLine::Ok;
}

int TransferCommands::exportCsv(CommandContext &c)
{
    c.describe(CommandLine::tr("Writes a year's postings as CSV, in the form the import reads back."));
    c.addYearOption();
    c.addOutputOption(CommandLine::tr("The CSV file to write (required)."), CommandContext::Output::RequiredFile);
    c.addOption({QStringLiteral("dialect"),
                 CommandLine::tr("danish (default: Dato;Bilag;...;Beløb, 31-03-2019, 1.541.130,23, UTF-8 with BOM) or\n"
                                 "plain (Date,Voucher,...,Amount, 2019-03-31, 1541130.23, UTF-8)."),
                 CommandLine::tr("DIALECT"), QStringLiteral("danish")});
    if (!c.parse())
        return c.exitCode();
    const QString dialectName = c.value(QStringLiteral("dialect"));
    PostingCsvWriter::Dialect dialect = PostingCsvWriter::Dialect::Danish;
    if (dialectName == QLatin1String("plain"))
        dialect = PostingCsvWriter::Dialect::Plain;
    else if (dialectName != QLatin1String("danish"))
        return c.usage(CommandLine::tr("Unknown dialect \"%1\"; use danish or plain.").arg(dialectName));

    if (!c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto written = PostingCsvWriter(c.ledger()).write(c.year(), c.output(), dialect);
    if (!written)
        return c.failure(written.error());
    c.out() << CommandLine::tr("Wrote %1 postings of %2 to %3.")
                   .arg(QString::number(*written), QString::number(c.year()), c.output())
            << '\n';
    return CommandLine::Ok;
}

int TransferCommands::exportPdf(CommandContext &c)
{
    c.describe(CommandLine::tr("Writes a year's annual report as a print-ready PDF, in Danish."));
    c.addYearOption();
    c.addOutputOption(CommandLine::tr("The PDF file to write (required)."), CommandContext::Output::RequiredFile);
    if (!c.parse() || !c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto input = ReportInput::gather(c.ledger(), c.year());
    if (!input)
        return c.failure(input.error());
    const ReportLayout layout(std::move(*input));
    if (auto written = ReportPdfWriter::write(layout, c.output()); !written)
        return c.failure(written.error());
    c.out() << CommandLine::tr("Wrote the annual report %1 to %2: %3 pages.")
                   .arg(QString::number(c.year()), c.output(), QString::number(layout.pageCount()))
            << '\n';
    return CommandLine::Ok;
}

int TransferCommands::exportHtml(CommandContext &c)
{
    c.describe(CommandLine::tr("Writes a year's annual report for the web: a folder with index.html, its "
                               "style sheet and pictures, accessible and in Danish."));
    c.addYearOption();
    c.addOutputOption(CommandLine::tr("The folder to write (required; replaced when it exists)."),
                      CommandContext::Output::RequiredFolder);
    if (!c.parse() || !c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto input = ReportInput::gather(c.ledger(), c.year());
    if (!input)
        return c.failure(input.error());
    if (auto written = ReportHtmlWriter::write(*input, c.output()); !written)
        return c.failure(written.error());
    c.out()
        << CommandLine::tr("Wrote the annual report %1 for the web to %2.").arg(QString::number(c.year()), c.output())
        << '\n';
    return CommandLine::Ok;
}

int TransferCommands::exportXlsx(CommandContext &c)
{
    c.describe(
        CommandLine::tr("Writes a year's statement, notes, budget, projects, members, postings and charts as an Excel "
                        "workbook (XLSX), in Danish."));
    c.addYearOption();
    c.addOutputOption(CommandLine::tr("The XLSX file to write (required)."), CommandContext::Output::RequiredFile);
    if (!c.parse() || !c.open(CommandContext::Access::Read))
        return c.exitCode();
    QStringList warnings;
    if (auto written = XlsxWriter::exportYear(c.ledger(), c.year(), c.output(), {}, &warnings); !written)
        return c.failure(written.error());
    for (const QString &warning : std::as_const(warnings))
        c.err() << CommandLine::tr("annalist: warning: %1").arg(warning) << '\n';
    c.out() << CommandLine::tr("Wrote the statements of %1 to %2.").arg(QString::number(c.year()), c.output()) << '\n';
    return CommandLine::Ok;
}

} // namespace annalist
