#include "BooksCommands.h"

#include "AuditTrail.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Ledger.h"
#include "Sql.h"
#include "YearClosing.h"

#include <QFile>

namespace annalist {

bool BooksCommands::openYearToChange(CommandContext &c, const QString &description, const QCommandLineOption &option)
{
    c.describe(description);
    c.addYearOption(CommandLine::tr("The fiscal year (required)."));
    c.addOption(option);
    if (!c.parse())
        return false;
    if (c.value(QStringLiteral("year")).isEmpty()) {
        c.usage(CommandLine::tr("Name the year with --year YEAR."));
        return false;
    }
    return c.open(CommandContext::Access::Write);
}

int BooksCommands::closeYear(CommandContext &c)
{
    if (!openYearToChange(
            c,
            CommandLine::tr("Closes a fiscal year: validation first (refused while it finds errors), then the "
                            "operating result is booked into the next year as \"Overført fra YEAR\", the signatories "
                            "sign the report, and the year can no longer change."),
            {QStringLiteral("signed-by"),
             CommandLine::tr("A board member or the auditor who signs, as \"NAME, ROLE\"; repeat for each."),
             CommandLine::tr("NAME, ROLE")}))
        return c.exitCode();
    auto receipt = YearClosing(c.ledger()).close(c.year(), c.values(QStringLiteral("signed-by")));
    if (!receipt) {
        if (receipt.error().kind == ErrorKind::Usage)
            return c.usage(receipt.error().message);
        c.err() << receipt.error().message << '\n';
        // Refused because the books do not validate: the same exit code as validate.
        return receipt.error().message.contains(QLatin1Char('\n')) ? CommandLine::ValidationErrors
                                                                   : CommandLine::exitCodeFor(receipt.error());
    }
    c.out() << YearClosing::receiptText(*receipt);
    return CommandLine::Ok;
}

int BooksCommands::reopenYear(CommandContext &c)
{
    if (!openYearToChange(
            c, CommandLine::tr("Opens a closed fiscal year again for corrections; the reason is kept with the year."),
            {QStringLiteral("reason"), CommandLine::tr("Why the year is opened again (required)."),
             CommandLine::tr("TEXT")}))
        return c.exitCode();
    const QString reason = c.value(QStringLiteral("reason"));
    if (auto reopened = YearClosing(c.ledger()).reopen(c.year(), reason); !reopened) {
        if (reopened.error().kind == ErrorKind::Usage)
            return c.usage(reopened.error().message);
        return c.failure(reopened.error());
    }
    c.out() << CommandLine::tr("Reopened %1: %2").arg(c.year()).arg(reason) << '\n';
    return CommandLine::Ok;
}

int BooksCommands::backup(CommandContext &c)
{
    c.describe(CommandLine::tr("Writes a consistent copy of the ledger with SQLite's online backup and checks "
                               "the copy with PRAGMA integrity_check."));
    c.addOutputOption(CommandLine::tr("The backup file to write (required)."), CommandContext::Output::RequiredFile);
    if (!c.parse() || !c.open(CommandContext::Access::Read))
        return c.exitCode();
    const QString path = c.output();
    // A backup of a damaged file would keep the damage: the whole file is read through first.
    if (auto sound = Ledger::checkIntegrity(c.ledger().path()); !sound)
        return c.failure(sound.error());
    if (auto saved = c.ledger().saveCopy(path); !saved)
        return c.failure(saved.error());
    // The copy is read back and checked in full (PRAGMA integrity_check) before it counts as a backup.
    auto copy = Ledger::open(path, Ledger::Access::ReadOnly, Ledger::Integrity::CheckLater);
    auto verdict = copy ? Sql::scalar((*copy)->database(), QStringLiteral("PRAGMA integrity_check"))
                        : Result<QVariant>(copy.error());
    copy = Error{};
    if (!verdict || verdict->toString() != QLatin1String("ok")) {
        QFile::remove(path);
        return c.failure(verdict ? badInput(CommandLine::tr("The backup %1 did not pass its integrity check: %2")
                                                .arg(path, verdict->toString()))
                                 : verdict.error());
    }
    c.out() << CommandLine::tr("Wrote a backup of %1 to %2; its integrity check is ok.").arg(c.ledger().path(), path)
            << '\n';
    return CommandLine::Ok;
}

int BooksCommands::verify(CommandContext &c)
{
    c.describe(CommandLine::tr(
        "Checks that the ledger holds what was recorded and signed: recomputes the audit trail's chain of\n"
        "hashes and compares its head; compares every trigger and function with the ones Annalist made\n"
        "for the ledger's schema; and recomputes the seal of every closed year from its figures and\n"
        "accounts. Exit code 0: all holds; 1: something was altered, removed or added (each is named).\n"
        "The head's hash and each closed year's seal are printed: compare them with a closing receipt."));
    c.addOption({QStringLiteral("expect"),
                 CommandLine::tr("A head printed on a closing receipt or the report's sign-off page: exit code 1 "
                                 "unless the intact trail still holds that record."),
                 CommandLine::tr("HASH")});
    if (!c.parse() || !c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto report = AuditTrail(c.ledger()).verify();
    if (!report)
        return c.failure(report.error());
    for (const AuditProblem &p : report->problems)
        c.out() << p.message << '\n';
    if (!report->intact()) {
        c.err() << CommandLine::tr("%1: the ledger has been tampered with (%2 problem(s)).")
                       .arg(c.ledger().path(), QString::number(report->problems.size()))
                << '\n';
        return CommandLine::ValidationErrors;
    }
    c.out() << CommandLine::tr("The audit trail is intact: %1 records, head %2.")
                   .arg(QString::number(report->records),
                        report->headHash.isEmpty() ? CommandLine::tr("(empty)") : report->headHash)
            << '\n';
    c.out() << CommandLine::tr("Every trigger and function is the one Annalist made.") << '\n';
    for (const auto &[year, seal] : std::as_const(report->sealedYears))
        c.out() << CommandLine::tr("%1 is closed and holds what was closed: seal %2.").arg(QString::number(year), seal)
                << '\n';
    for (int year : std::as_const(report->unsealedYears))
        c.out() << CommandLine::tr("%1 was closed before seals were kept: reopen and close it again to seal it.")
                       .arg(QString::number(year))
                << '\n';
    if (const QString expected = c.value(QStringLiteral("expect")); !expected.isEmpty()) {
        auto record = AuditTrail(c.ledger()).recordWithHash(expected);
        if (!record)
            return c.failure(record.error());
        if (!record->has_value()) {
            c.err() << CommandLine::tr("%1: no record of the audit trail has the hash %2: the trail was rewritten "
                                       "after it was printed.")
                           .arg(c.ledger().path(), expected)
                    << '\n';
            return CommandLine::ValidationErrors;
        }
        c.out() << CommandLine::tr("The printed head is record %1 (%2, %3 %4), and the trail since then is intact.")
                       .arg(QString::number((*record)->id), (*record)->at, (*record)->action, (*record)->tableName)
                << '\n';
    }
    return CommandLine::Ok;
}

int BooksCommands::audit(CommandContext &c)
{
    c.describe(CommandLine::tr(
        "Lists the audit trail's records, oldest first: id, time (UTC), user, action, table, row and the\n"
        "new (or old) values. With -o FILE (or --csv -o FILE) they are written as CSV instead: UTF-8,\n"
        "comma-separated, with the columns id, at, user, action, table, row_key, old_values, new_values,\n"
        "prev_hash and hash. The filters combine."));
    c.addOption({QStringLiteral("table"), CommandLine::tr("Only changes to this table (e.g. postings, budgets)."),
                 CommandLine::tr("TABLE")});
    c.addOption({QStringLiteral("action"),
                 CommandLine::tr("Only this action: insert, update, delete, import, undo-import,\n"
                                 "close or reopen."),
                 CommandLine::tr("ACTION")});
    c.addOption({QStringLiteral("user"), CommandLine::tr("Only changes by this user."), CommandLine::tr("USER")});
    c.addOption({QStringLiteral("from"), CommandLine::tr("Only changes on or after this date (YYYY-MM-DD, UTC)."),
                 CommandLine::tr("DATE")});
    c.addOption({QStringLiteral("to"), CommandLine::tr("Only changes on or before this date (YYYY-MM-DD, UTC)."),
                 CommandLine::tr("DATE")});
    c.addOption({QStringLiteral("text"), CommandLine::tr("Only records whose row or values contain TEXT."),
                 CommandLine::tr("TEXT")});
    c.addOption({QStringLiteral("csv"), CommandLine::tr("Write CSV (to the file named with -o).")});
    c.addOutputOption(CommandLine::tr("The CSV file to write."), CommandContext::Output::OptionalFile);
    if (!c.parse())
        return c.exitCode();
    const QString path = c.output();
    if (c.isSet(QStringLiteral("csv")) && path.isEmpty())
        return c.usage(CommandLine::tr("Name the CSV file to write with -o FILE."));
    AuditFilter filter;
    filter.tableName = c.value(QStringLiteral("table"));
    filter.action = c.value(QStringLiteral("action"));
    filter.user = c.value(QStringLiteral("user"));
    filter.text = c.value(QStringLiteral("text"));
    for (const auto &[name, date] :
         {std::pair{QStringLiteral("from"), &filter.from}, {QStringLiteral("to"), &filter.to}}) {
        if (!c.isSet(name))
            continue;
        *date = QDate::fromString(c.value(name), Qt::ISODate);
        if (!date->isValid())
            return c.usage(CommandLine::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(c.value(name)));
    }

    if (!c.open(CommandContext::Access::Read))
        return c.exitCode();
    const AuditTrail trail(c.ledger());
    if (!path.isEmpty()) {
        auto written = trail.exportCsv(path, filter);
        if (!written)
            return c.failure(written.error());
        c.out() << CommandLine::tr("Wrote %1 audit records to %2.").arg(QString::number(*written), path) << '\n';
        return CommandLine::Ok;
    }
    auto records = trail.records(filter);
    if (!records)
        return c.failure(records.error());
    for (const AuditRecord &r : *records)
        c.out() << r.id << ' ' << r.at << ' ' << r.user << ' ' << r.action << ' ' << r.tableName << ' ' << r.rowKey
                << ' ' << (r.newValues.isNull() ? r.oldValues : r.newValues) << '\n';
    return CommandLine::Ok;
}

} // namespace annalist
