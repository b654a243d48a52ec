#include "ReadingCommands.h"

#include "CommandContext.h"
#include "CommandLine.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "Validator.h"

namespace annalist {

int ReadingCommands::statement(CommandContext &c)
{
    c.describe(CommandLine::tr("Prints the income statement of a year, in Danish as published."));
    c.addYearOption();
    c.addOption({QStringLiteral("format"), CommandLine::tr("text (default), csv or json."), CommandLine::tr("FORMAT"),
                 QStringLiteral("text")});
    c.addOption({QStringLiteral("layout"),
                 CommandLine::tr("published (default: Indtægter, Udgifter, Afvigelser) or budget (Budget, Regnskab, "
                                 "Afvigelse, Afvigelse %)."),
                 CommandLine::tr("LAYOUT"), QStringLiteral("published")});
    c.addOption({QStringLiteral("month"),
                 CommandLine::tr("Year to date: January up to and including this month (1-12)."),
                 CommandLine::tr("MONTH")});
    if (!c.parse())
        return c.exitCode();

    const QString formatName = c.value(QStringLiteral("format"));
    StatementFormatter::Format format = StatementFormatter::Format::Text;
    if (formatName == QLatin1String("csv"))
        format = StatementFormatter::Format::Csv;
    else if (formatName == QLatin1String("json"))
        format = StatementFormatter::Format::Json;
    else if (formatName != QLatin1String("text"))
        return c.usage(CommandLine::tr("Unknown format \"%1\"; use text, csv or json.").arg(formatName));
    const QString layoutName = c.value(QStringLiteral("layout"));
    StatementFormatter::Layout layout = StatementFormatter::Layout::Published;
    if (layoutName == QLatin1String("budget"))
        layout = StatementFormatter::Layout::Budget;
    else if (layoutName != QLatin1String("published"))
        return c.usage(CommandLine::tr("Unknown layout \"%1\"; use published or budget.").arg(layoutName));
    int month = 12;
    if (c.isSet(QStringLiteral("month"))) {
        bool ok = false;
        month = c.value(QStringLiteral("month")).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return c.usage(CommandLine::tr("\"%1\" is not a month (1-12).").arg(c.value(QStringLiteral("month"))));
    }

    if (!c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto statement = StatementBuilder(c.ledger()).build(c.year(), month);
    if (!statement)
        return c.failure(statement.error());
    c.out() << StatementFormatter::format(*statement, layout, format);
    return CommandLine::Ok;
}

int ReadingCommands::validate(CommandContext &c)
{
    c.describe(CommandLine::tr("Checks a year's books against the rules; one finding a line:\n"
                               "SEVERITY RULE-ID location: message. Exits 1 when there is an error."));
    c.addYearOption();
    c.addOption({QStringLiteral("rules"), CommandLine::tr("List the rules instead of checking.")});
    if (!c.parse())
        return c.exitCode();
    if (c.isSet(QStringLiteral("rules"))) {
        for (const auto &[id, description] : Validator::rules())
            c.out() << id.leftJustified(18) << ' ' << description << '\n';
        return CommandLine::Ok;
    }

    if (!c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto findings = Validator(c.ledger()).validate(c.year());
    if (!findings)
        return c.failure(findings.error());
    for (const Finding &f : *findings)
        c.out() << f.toLine() << '\n';
    const FindingCounts counts = countFindings(*findings);
    c.err() << CommandLine::tr("%1: %2 error(s), %3 warning(s), %4 note(s).")
                   .arg(c.year())
                   .arg(counts.errors)
                   .arg(counts.warnings)
                   .arg(counts.infos)
            << '\n';
    return counts.errors > 0 ? CommandLine::ValidationErrors : CommandLine::Ok;
}

} // namespace annalist
