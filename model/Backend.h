#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace annalist {

// The two kinds of database a ledger lives in: a SQLite file (the default, embedded) and a
// PostgreSQL server (through Qt's QPSQL driver). Every piece of SQL that must differ between them is
// here or in the per-backend migration folders; the repositories' SQL runs unchanged on both.
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(annalist::Backend)

public:
    enum class Kind { SQLite, PostgreSQL };

    // A server's address as given with --db: postgresql://user[:password]@host[:port]/database
    // with libpq's keywords as query items (?sslmode=require&connect_timeout=10).
    struct Server
    {
        QString host;
        int port = -1;
        QString user;
        QString password;
        QString database;
        QString options; // libpq keywords for QSqlDatabase::setConnectOptions, ';'-separated
    };

    static Kind of(const QSqlDatabase &db);
    // Whether `location` names a server rather than a file.
    static bool isServerAddress(const QString &location);
    static Result<Server> parseAddress(const QString &url);
    // The address without its password, for titles, messages and the recent-ledgers list.
    static QString displayAddress(const QString &url);
    // Adds a named QPSQL connection to `server` (not yet open). An empty password leaves it to
    // libpq (PGPASSWORD, ~/.pgpass).
    static QSqlDatabase addServerConnection(const QString &name, const Server &server);
    // The same server, another database on it.
    static QString withDatabase(const QString &url, const QString &database);

    // Where the migration files of a backend are.
    static QString migrationFolder(Kind kind);
    // The names of the triggers in the ledger, one a row.
    static QString triggerNamesQuery(Kind kind);
    // Writes one audit record: action, table, row key, old values, new values (JSON or NULL).
    static QString auditRecordStatement(Kind kind);

    // Sets the triggers of `tables` aside inside the caller's transaction (a copy writes rows as
    // they are) and gives what brings them back; resumeTriggers() runs that in the same transaction.
    // On a server only the tables' owner may do this.
    static Result<QStringList> suspendTriggers(const QSqlDatabase &db, const QStringList &tables);
    static Status resumeTriggers(const QSqlDatabase &db, const QStringList &restore);
    // After rows went in with their own ids: the server's identity columns continue after them.
    static Status afterExplicitIds(const QSqlDatabase &db, const QStringList &tables);
};

} // namespace annalist
