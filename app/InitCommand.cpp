#include "InitCommand.h"

#include "Backend.h"
#include "CommandContext.h"
#include "CommandLine.h"
#include "DefaultLedger.h"
#include "DemoLedger.h"
#include "Ledger.h"

#include <QFile>

namespace annalist {

int InitCommand::run(CommandContext &c)
{
    c.describe(CommandLine::tr("Creates a new ledger file, or a ledger in a server's empty database; refuses to "
                               "write over an existing file or ledger."));
    c.addOption(
        {QStringLiteral("demo"), CommandLine::tr("Fill it with the demo books (the published 2019 statement).")});
    c.setUsageLine(QStringLiteral("Usage: annalist [--db FILE|URL] init"));
    if (!c.parse())
        return c.exitCode();
    // The file named with --db, even an empty name; without --db, the default ledger's file.
    const QString path =
        c.isSet(QStringLiteral("db")) || !c.ledgerPath().isEmpty() ? c.ledgerPath() : DefaultLedger::path();
    auto ledger = Ledger::create(path);
    if (!ledger)
        return c.failure(ledger.error());
    if (c.isSet(QStringLiteral("demo"))) {
        if (auto written = DemoLedger::write(**ledger); !written) {
            ledger->reset();
            if (!Backend::isServerAddress(path))
                QFile::remove(path);
            return c.failure(written.error());
        }
        c.out() << CommandLine::tr("Created %1 with the demo books of %2.").arg(path).arg(DemoLedger::year()) << '\n';
    } else {
        c.out() << CommandLine::tr("Created the empty ledger %1.").arg(path) << '\n';
    }
    return CommandLine::Ok;
}

} // namespace annalist
