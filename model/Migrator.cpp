#include "Migrator.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace annalist {

QList<std::pair<int, QString>> Migrator::migrationFiles(Backend::Kind kind)
{
    QDir dir(Backend::migrationFolder(kind));
    QList<std::pair<int, QString>> files;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files.append({file.left(3).toInt(), dir.filePath(file)});
    return files;
}

int Migrator::latestVersion(Backend::Kind kind)
{
    const auto files = migrationFiles(kind);
    return files.isEmpty() ? 0 : files.last().first;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    if (Backend::of(db) == Backend::Kind::PostgreSQL) {
        auto present = Sql::scalar(db, QStringLiteral("SELECT to_regclass('annalist_meta') IS NOT NULL"), {}, false);
        if (!present)
            return present.error();
        if (!present->toBool())
            return 0;
        auto version = Sql::scalar(db,
                                   QStringLiteral("SELECT schema_version FROM annalist_meta WHERE id = 1 AND "
                                                  "application = 'annalist'"),
                                   {}, -1);
        if (!version)
            return version.error();
        return version->toInt();
    }
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0);
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrator::runScript(const QSqlDatabase &db, const QString &script, int version)
{
    const auto failed = [version](const QString &why) {
        return ioError(QCoreApplication::translate("Migrator", "Upgrading the ledger to schema version %1 failed: %2")
                           .arg(version)
                           .arg(why));
    };
    if (Backend::of(db) == Backend::Kind::PostgreSQL) {
        // The server runs a whole script sent as one simple query, in one transaction.
        QSqlDatabase connection = db;
        if (!connection.transaction())
            return failed(connection.lastError().text());
        QSqlQuery query(connection);
        const QString sql = script + QStringLiteral("\n;INSERT INTO annalist_meta (id, application, schema_version) "
                                                    "VALUES (1, 'annalist', %1) ON CONFLICT (id) DO UPDATE SET "
                                                    "schema_version = excluded.schema_version;")
                                         .arg(version);
        if (!query.exec(sql)) {
            const QString why = query.lastError().text();
            connection.rollback();
            return failed(why);
        }
        if (!connection.commit()) {
            const QString why = connection.lastError().text();
            connection.rollback();
            return failed(why);
        }
        return Done{};
    }

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
        return failed(why);
    }
    return Done{};
}

Status Migrator::migrate(const QSqlDatabase &db, int target)
{
    const Backend::Kind kind = Backend::of(db);
    if (target < 0)
        target = latestVersion(kind);
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const auto &[version, path] : migrationFiles(kind)) {
        if (version <= *current || version > target)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ioError(QCoreApplication::translate("Migrator", "Migration %1 is missing from the program.")
                               .arg(file.fileName()));
        if (auto ran = runScript(db, QString::fromUtf8(file.readAll()), version); !ran)
            return ran;
    }
    return Done{};
}

} // namespace annalist
