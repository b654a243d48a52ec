#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace annalist {

Error Sql::failure(const QSqlQuery &query, const QString &sql)
{
    const QString why = query.lastError().databaseText();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), in their extended forms too: the file, not the query.
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    if (code == 11 || code == 26)
        return badInput(
            QCoreApplication::translate("Sql", "The ledger file is damaged (%1). Restore it from a backup.").arg(why));
    // A broken constraint is the caller's input, not a failing disk.
    if (why.contains(QLatin1String("constraint failed")))
        return badInput(QCoreApplication::translate("Sql", "The change was refused by the ledger: %1.").arg(why));
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

Result<qint64> Sql::insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
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
