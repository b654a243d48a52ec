#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;

namespace annalist {

// Prepared statements with bound values; every failure carries the query's text up.
class Sql
{
public:
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // Runs a statement whose rows, if any, are not needed.
    static Status execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // Runs a statement that cannot be prepared (PostgreSQL's LOCK and SET), without values.
    static Status executeDirect(const QSqlDatabase &db, const QString &sql);
    // Runs an INSERT and gives the new row's id.
    static Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    // Runs a prepared query again with new values.
    static Status run(QSqlQuery &query, const QVariantList &values);
    // The first column of the first row, or `fallback` when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
                                   const QVariant &fallback = {});
    static Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
    // QtSql binds a null QString as NULL; text columns are NOT NULL, so bind "" instead.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static Error failure(const QSqlQuery &query, const QString &sql);
    // What a failed SQLite call on `db` means, in the user's terms and naming the file: damage, a
    // lock held by another program (ErrorKind::Locked), a full disk, a refused permission, a change
    // interrupted earlier that awaits recovery, or a connection opened read-only. `code` is the
    // call's result; the extended code, errno and SQLite's text are read from `db`. Never the SQL.
    static Error sqliteFailure(sqlite3 *db, int code);
    // The cause of a failed SQLite call on `db` (which may be null), in words, without the file.
    static QString sqliteCause(sqlite3 *db, int code);

private:
    // The closed years of the connection a query ran on, with who signed them, for a message.
    static QString closedYears(const QSqlQuery &failed);
};

} // namespace annalist
