#pragma once

#include "Backend.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace annalist {

class Ledger;

// The triggers and SQL functions a ledger holds, compared with the ones the program ships for its
// schema version. A trigger keeps the closed years closed, the audit trail complete and the totals
// exact; one dropped and put back unchanged leaves no trace here (the closed years' seals catch
// what was done meanwhile), but one missing, changed, disabled or added is named.
// The expected definitions of a SQLite ledger are made by running the program's own migrations
// into an empty database in memory; a server's are listed in resources/sql/postgresql/NNN_definitions.txt
// (tst_serverledger checks that list against a fresh server ledger).
class SchemaDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SchemaDefinitions)

public:
    // A trigger ("trigger TABLE.NAME") or function ("function NAME(ARGS)") and its definition: a
    // trigger's text (with " [disabled]" when it is switched off), a function's SHA-256.
    struct Definition
    {
        QString name;
        QString text;
    };
    struct Difference
    {
        enum What { Missing, Changed, Unknown };
        What what = Changed;
        QString name; // the trigger's or function's own name
        QString message;
    };

    // What the ledger holds now, sorted by name.
    static Result<QList<Definition>> actual(const Ledger &ledger);
    // What the program ships for `version` of `kind`'s schema.
    static Result<QList<Definition>> expected(Backend::Kind kind, int version);
    // Every trigger or function missing, changed or not made by Annalist.
    static Result<QList<Difference>> differences(const Ledger &ledger);
    // The list file's text for a server ledger's definitions (what tst_serverledger compares).
    static QString listText(const QList<Definition> &definitions);
};

} // namespace annalist
