#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

namespace annalist {

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
    const bool server = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const QString why = query.lastError().databaseText().simplified();
    // PostgreSQL's SQLSTATE ("42501"); SQLite's result code, its extended forms reduced to the primary one.
    const QString state = query.lastError().nativeErrorCode();
    const int code = server ? -1 : state.toInt() & 0xff;
    // Refused by the server because of the login's role: the server, not Annalist, decides.
    if (state == QLatin1String("42501") && server)
        return badInput(QCoreApplication::translate(
                            "Sql", "The server refused the change: your login may not make it (%1). The finance "
                                   "officer writes the ledger, the report editors write the report, and the board "
                                   "signs off the year; the ledger's owner grants these roles.")
                            .arg(why));
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file, not the query.
    if (code == 11 || code == 26)
        return badInput(
            QCoreApplication::translate("Sql", "The ledger file is damaged (%1). Restore it from a backup.").arg(why));
    // Opened read-only: SQLITE_READONLY (8), a read-only connection's missing audit functions (a
    // change to an audited table stops at them first), or the server's read-only transaction.
    if (code == 8 || (server && state == QLatin1String("25006")) ||
        why.contains(QLatin1String("no such function: annalist_audit")))
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
    // Class 08 and a closed connection: the network or the server.
    if (server && (state.startsWith(QLatin1String("08")) || !query.driver()->isOpen()))
        return ioError(QCoreApplication::translate("Sql", "The connection to the server was lost: %1").arg(why));
    return ioError(QCoreApplication::translate("Sql", "The ledger could not run a query (%1): %2")
                       .arg(query.lastError().text(), sql.simplified()));
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
        return ioError(QCoreApplication::translate("Sql", "The ledger could not run a query (%1): %2")
                           .arg(QStringLiteral("no id returned"), sql.simplified()));
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
