#include "Sql.h"

#include "Platform.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <cerrno>

namespace annalist {
namespace {

sqlite3 *handleOf(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

// `code` is the failed call's result (primary or extended); `why` is SQLite's text for it.
Error sqliteError(sqlite3 *db, int code, const QString &why)
{
    int extended = code;
    if (db && (code & 0xff) == code && (sqlite3_extended_errcode(db) & 0xff) == code)
        extended = sqlite3_extended_errcode(db);
    const int system = db ? sqlite3_system_errno(db) : 0;
    const char *name = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString file = name && *name ? QString::fromUtf8(name) : QCoreApplication::translate("Sql", "The ledger");
    switch (extended & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return badInput(
            QCoreApplication::translate("Sql", "%1 is damaged and cannot be used (%2). Restore it from a backup.")
                .arg(file, why));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorKind::Locked,
                     QCoreApplication::translate(
                         "Sql", "%1 is in use by another program, which holds a lock on it; Annalist waited "
                                "a few seconds. Try again once that program has finished with it.")
                         .arg(file)};
    case SQLITE_FULL:
        return ioError(QCoreApplication::translate("Sql", "%1 could not be written: the disk is full.").arg(file));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return ioError(
            QCoreApplication::translate("Sql", "%1 could not be read or written: permission denied.").arg(file));
    case SQLITE_CANTOPEN:
        return ioError(QCoreApplication::translate("Sql", "%1 cannot be opened: %2.")
                           .arg(file, system ? Platform::errorText(system)
                                             : QCoreApplication::translate("Sql", "permission denied, or the folder is "
                                                                                  "missing")));
    case SQLITE_IOERR:
        return ioError(QCoreApplication::translate("Sql", "%1 could not be read or written: %2.")
                           .arg(file, system ? Platform::errorText(system) : why));
    case SQLITE_READONLY:
        if (extended == SQLITE_READONLY_ROLLBACK)
            return ioError(QCoreApplication::translate(
                               "Sql",
                               "%1 holds a change that was interrupted before it was finished; it is rolled back the "
                               "next time the ledger is opened. Run the command again.")
                               .arg(file));
        if (extended == SQLITE_READONLY_DBMOVED)
            return ioError(QCoreApplication::translate("Sql", "%1 was moved or deleted while it was open.").arg(file));
        // Opened read-only on purpose, or a file that may not be written.
        if (name && *name && !QFileInfo(file).isWritable())
            return ioError(
                QCoreApplication::translate("Sql", "%1 cannot be written: permission denied (the file is read-only).")
                    .arg(file));
        return badInput(QCoreApplication::translate(
            "Sql", "The ledger is open read-only: nothing can be changed. Open it for writing to make changes."));
    default:
        return ioError(QCoreApplication::translate("Sql", "%1 could not be read or written: %2.").arg(file, why));
    }
}

} // namespace

QString Sql::sqliteCause(sqlite3 *db, int code)
{
    const int system = db ? sqlite3_system_errno(db) : 0;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Platform::errorText(ENOSPC);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        if (system)
            return Platform::errorText(system);
        break;
    default:
        break;
    }
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

Error Sql::sqliteFailure(sqlite3 *db, int code)
{
    return sqliteError(db, code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

QString Sql::closedYears(const QSqlQuery &failed)
{
    // The connection the failed query ran on, found by its driver.
    QSqlDatabase db;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase candidate = QSqlDatabase::database(name, false);
        if (candidate.driver() == failed.driver()) {
            db = candidate;
            break;
        }
    }
    QStringList years;
    QSqlQuery q(db);
    if (db.isOpen() && q.exec(QStringLiteral("SELECT year, COALESCE(closed_by, ''), COALESCE(closed_at, '') FROM "
                                             "fiscal_years WHERE status = 'closed' ORDER BY year")))
        while (q.next())
            years << QCoreApplication::translate("Sql", "%1 closed on %2, signed by %3")
                         .arg(q.value(0).toString(), q.value(2).toString().left(10), q.value(1).toString());
    return years.join(QStringLiteral("; "));
}

Error Sql::failure(const QSqlQuery &query, const QString &sql)
{
    Q_UNUSED(sql) // internal: the user is told what failed and why, never the query
    const bool server = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const QString why = query.lastError().databaseText().simplified();
    // PostgreSQL's SQLSTATE ("42501"); SQLite's result code.
    const QString state = query.lastError().nativeErrorCode();
    const int code = server ? -1 : state.toInt();
    // Refused by the server because of the login's role: the server, not Annalist, decides.
    if (state == QLatin1String("42501") && server)
        return badInput(QCoreApplication::translate(
                            "Sql", "The server refused the change: your login may not make it (%1). The finance "
                                   "officer writes the ledger, the report editors write the report, and the board "
                                   "signs off the year; the ledger's owner grants these roles.")
                            .arg(why));
    // Opened read-only: a read-only connection's missing audit functions (a change to an audited
    // table stops at them first), or the server's read-only transaction.
    if ((server && state == QLatin1String("25006")) || why.contains(QLatin1String("no such function: annalist_audit")))
        return badInput(QCoreApplication::translate(
            "Sql", "The ledger is open read-only: nothing can be changed. Open it for writing to make changes."));
    // A change to a closed fiscal year, refused by the ledger's own triggers: say which years are
    // closed and who signed them.
    if (why.contains(QLatin1String("annalist: closed fiscal year")))
        return badInput(QCoreApplication::translate("Sql", "The change touches a closed fiscal year, and a closed year "
                                                           "cannot change (%1). Reopen the year first "
                                                           "(annalist reopen-year), which is recorded.")
                            .arg(closedYears(query)));
    // A sum beyond 64-bit øre: the totals' own guard (migration 009), SQLite's sum() or the server's bigint.
    if (why.contains(QLatin1String("annalist: total out of range")) ||
        why.contains(QLatin1String("integer overflow")) || (server && state == QLatin1String("22003")))
        return badInput(
            QCoreApplication::translate(
                "Sql", "The change was refused: it would take a total beyond what Annalist keeps exactly (%1 kr.).")
                .arg(QStringLiteral("92.233.720.368.547.758,07")));
    // The server's guard of a year's status (migration 009): only a closing or reopening changes it.
    if (server && why.contains(QLatin1String("annalist: ")) &&
        (why.contains(QLatin1String("closing ")) || why.contains(QLatin1String("reopening ")) ||
         why.contains(QLatin1String("a year is added"))))
        return badInput(QCoreApplication::translate("Sql", "The server refused to change the year's status: %1. A year "
                                                           "is closed and reopened with Annalist's closing.")
                            .arg(why.mid(why.indexOf(QLatin1String("annalist: ")) + 10)));
    // A broken constraint (SQLSTATE class 23) is the caller's input, not a failing disk or server.
    if ((server && state.startsWith(QLatin1String("23"))) || why.contains(QLatin1String("constraint failed")))
        return badInput(QCoreApplication::translate("Sql", "The change was refused by the ledger: %1.").arg(why));
    if (!server)
        return sqliteError(handleOf(query.driver()), code, why);
    // Class 08 and a closed connection: the network or the server.
    if (state.startsWith(QLatin1String("08")) || !query.driver()->isOpen())
        return ioError(QCoreApplication::translate("Sql", "The connection to the server was lost: %1").arg(why));
    return ioError(QCoreApplication::translate("Sql", "The server could not run a query: %1").arg(why));
}

Result<QSqlQuery> Sql::prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failure(query, sql);
    return query;
}

Status Sql::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return failure(query, query.lastQuery());
    return Done{};
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    if (auto ran = run(*query, values); !ran)
        return ran.error();
    return query;
}

Status Sql::execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    return Done{};
}

Status Sql::executeDirect(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failure(query, sql);
    return Done{};
}

Result<qint64> Sql::insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    // RETURNING works on both backends; QPSQL has no lastInsertId() for tables without OIDs.
    auto query = exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return query.error();
    if (!query->next())
        return ioError(QCoreApplication::translate("Sql", "The ledger gave no id for a new row."));
    return query->value(0).toLongLong();
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                             const QVariant &fallback)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return fallback;
    return query->value(0);
}

} // namespace annalist
