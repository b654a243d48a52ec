#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace annalist {

// Brings a ledger's schema up to date from the numbered files in resources/sql, one
// transaction per file, each of which also sets PRAGMA user_version.
class Migrator
{
public:
    // The schema version this build writes and reads.
    static int latestVersion();
    // The schema version stored in the file.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Applies every migration above the current version up to `target` (latest when -1).
    static Status migrate(const QSqlDatabase &db, int target = -1);

private:
    static QStringList migrationFiles();
    static Status runScript(const QSqlDatabase &db, const QString &script, int version);
};

} // namespace annalist
