#include "Migrator.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace annalist {

QStringList Migrator::migrationFiles()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0);
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrator::runScript(const QSqlDatabase &db, const QString &script, int version)
{
    // The driver runs one statement per query; SQLite's own sqlite3_exec runs a whole script,
    // so migration files need no hand-made splitting on ';'.
    QVariant handle = db.driver()->handle();
    auto *sqlite = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!sqlite)
        return ioError(QCoreApplication::translate("Migrator", "The ledger is not open."));

    const QByteArray sql = "BEGIN IMMEDIATE;\n" + script.toUtf8() +
                           "\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;";
    char *message = nullptr;
    if (sqlite3_exec(sqlite, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        if (!sqlite3_get_autocommit(sqlite))
            sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        return ioError(QCoreApplication::translate("Migrator", "Upgrading the ledger to schema version %1 failed: %2")
                           .arg(version)
                           .arg(why));
    }
    return Done{};
}

Status Migrator::migrate(const QSqlDatabase &db, int target)
{
    const QStringList files = migrationFiles();
    if (target < 0 || target > files.size())
        target = int(files.size());
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (int version = *current + 1; version <= target; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return ioError(QCoreApplication::translate("Migrator", "Migration %1 is missing from the program.")
                               .arg(file.fileName()));
        if (auto ran = runScript(db, QString::fromUtf8(file.readAll()), version); !ran)
            return ran;
    }
    return Done{};
}

} // namespace annalist
