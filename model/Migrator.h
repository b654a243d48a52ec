#pragma once

#include "Backend.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace annalist {

// Brings a ledger's schema up to date from the numbered migration files of its backend, one
// transaction per file. A file NNN_*.sql brings the schema to version NNN: SQLite's files go one
// version at a time (resources/sql); a server ledger starts from one file at the version it was
// introduced (resources/sql/postgresql). Both backends end at the same version.
// SQLite keeps the version in PRAGMA user_version, a server in annalist_meta.
class Migrator
{
public:
    // The schema version this build writes and reads.
    static int latestVersion(Backend::Kind kind = Backend::Kind::SQLite);
    // The schema version stored in the ledger; 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Applies every migration above the current version up to `target` (latest when -1).
    static Status migrate(const QSqlDatabase &db, int target = -1);
    // The migration files of a backend, with the version each brings the schema to, in order.
    static QList<std::pair<int, QString>> migrationFiles(Backend::Kind kind);

private:
    static Status runScript(const QSqlDatabase &db, const QString &script, int version);
};

} // namespace annalist
