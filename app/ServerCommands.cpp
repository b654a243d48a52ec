#include "ServerCommands.h"

#include "Backend.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "Ledger.h"
#include "LedgerCopy.h"
#include "ServerRoles.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace annalist {

int ServerCommands::grant(CommandContext &c)
{
    c.describe(
        CommandLine::tr("Gives a login one of the roles of a ledger on a server, which the server enforces:\n"
                        "  finance  writes the ledger (postings, budgets, master data, imports)\n"
                        "  editor   writes the report and its notes, reads the ledger\n"
                        "  board    reads everything and signs off (closes and reopens) the years\n"
                        "Creates the login when the server has none by that name. Run it as the ledger's owner."));
    c.addOption({QStringLiteral("password-stdin"),
                 CommandLine::tr("Read the login's new password from the first line of standard input.")});
    c.setUsageLine(QStringLiteral("Usage: annalist --db postgresql://OWNER@HOST/DATABASE grant ROLE LOGIN"));
    c.parser().addPositionalArgument(QStringLiteral("role"), CommandLine::tr("finance, editor or board."));
    c.parser().addPositionalArgument(QStringLiteral("login"), CommandLine::tr("The login's name on the server."));
    if (!c.parse(2))
        return c.exitCode();
    const QStringList args = c.parser().positionalArguments();
    if (args.size() != 2)
        return c.usage(CommandLine::tr("Name the role and the login: grant finance|editor|board LOGIN."));
    if (ServerRoles::groupRole(args.at(0)).isEmpty())
        return c.usage(
            CommandLine::tr("There is no role \"%1\"; the roles are finance, editor and board.").arg(args.at(0)));
    if (!Backend::isServerAddress(c.ledgerPath()))
        return c.usage(CommandLine::tr("Roles are kept by a server: name its ledger with --db "
                                       "postgresql://OWNER@HOST/DATABASE."));
    QString password;
    if (c.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return c.usage(CommandLine::tr("--password-stdin read no password."));
    }
    if (!c.open(CommandContext::Access::Write))
        return c.exitCode();
    auto granted = ServerRoles::grant(c.ledger(), args.at(0), args.at(1), password);
    if (!granted)
        return c.failure(granted.error());
    if (granted->created)
        c.out() << CommandLine::tr("Created the login %1.").arg(args.at(1)) << '\n';
    c.out() << CommandLine::tr("%1 now has the role %2 (%3) on %4.")
                   .arg(args.at(1), args.at(0), granted->group, c.ledger().path())
            << '\n';
    return CommandLine::Ok;
}

int ServerCommands::copyTo(CommandContext &c)
{
    c.describe(CommandLine::tr(
        "Copies the whole ledger, with its audit trail, into a new ledger: a file to a server's empty\n"
        "database, a server's ledger to a new file, or either to its own kind. The target must not hold a\n"
        "ledger yet. On a server, run it as the login that is to own the ledger."));
    c.setUsageLine(QStringLiteral("Usage: annalist --db SOURCE copy-to TARGET"));
    c.parser().addPositionalArgument(QStringLiteral("target"),
                                     CommandLine::tr("A new ledger file, or postgresql://OWNER@HOST/DATABASE."));
    if (!c.parse(1))
        return c.exitCode();
    const QStringList args = c.parser().positionalArguments();
    if (args.size() != 1)
        return c.usage(CommandLine::tr("Name where the copy goes: copy-to FILE or copy-to postgresql://..."));
    if (!c.open(CommandContext::Access::Read))
        return c.exitCode();
    auto copied = LedgerCopy::copy(c.ledger(), args.at(0));
    if (!copied)
        return c.failure(copied.error());
    c.out() << CommandLine::tr("Copied %1 to %2: %3 rows in %4 tables, %5 postings, %6 audit records.")
                   .arg(c.ledger().path(), Backend::displayAddress(args.at(0)))
                   .arg(copied->rows)
                   .arg(copied->tables)
                   .arg(copied->postings)
                   .arg(copied->auditRecords)
            << '\n';
    return CommandLine::Ok;
}

} // namespace annalist
