#include "SchemaDefinitions.h"

#include "Ledger.h"
#include "Migrator.h"
#include "Sql.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace annalist {
namespace {

const QString triggerPrefix = QStringLiteral("trigger ");
const QString functionPrefix = QStringLiteral("function ");

void sortByName(QList<SchemaDefinitions::Definition> &list)
{
    std::sort(
        list.begin(), list.end(),
        [](const SchemaDefinitions::Definition &a, const SchemaDefinitions::Definition &b) { return a.name < b.name; });
}

const char sqliteTriggers[] = "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'";

// A SQLite ledger's triggers as its migrations make them: the scripts up to `version`, run into an
// empty database in memory.
Result<QList<SchemaDefinitions::Definition>> sqliteExpected(int version)
{
    sqlite3 *db = nullptr;
    const auto closeDb = qScopeGuard([&db] { sqlite3_close(db); });
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return ioError(SchemaDefinitions::tr("No database in memory for checking the triggers."));
    for (const auto &[number, path] : Migrator::migrationFiles(Backend::Kind::SQLite)) {
        if (number > version)
            break;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ioError(SchemaDefinitions::tr("Migration %1 is missing from the program.").arg(path));
        char *message = nullptr;
        if (sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return ioError(SchemaDefinitions::tr("Migration %1 cannot be checked: %2").arg(path, why));
        }
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sqliteTriggers, -1, &stmt, nullptr) != SQLITE_OK)
        return ioError(QString::fromUtf8(sqlite3_errmsg(db)));
    QList<SchemaDefinitions::Definition> list;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [stmt](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
        };
        list.append({triggerPrefix + text(0) + QLatin1Char('.') + text(1), text(2)});
    }
    sqlite3_finalize(stmt);
    sortByName(list);
    return list;
}

// A server ledger's as listed with the program.
Result<QList<SchemaDefinitions::Definition>> serverExpected(int version)
{
    QFile file(QStringLiteral("%1/%2_definitions.txt")
                   .arg(Backend::migrationFolder(Backend::Kind::PostgreSQL))
                   .arg(version, 3, 10, QLatin1Char('0')));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(SchemaDefinitions::tr("The program has no list of the triggers of schema version %1 on a "
                                             "server.")
                           .arg(version));
    QList<SchemaDefinitions::Definition> list;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (line.isEmpty() || line.startsWith('#') || tab < 0)
            continue;
        list.append({QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
    }
    sortByName(list);
    return list;
}

// The name a person knows the trigger or function by: "audit_postings_update", "annalist_audit_row".
QString ownName(const QString &name)
{
    if (name.startsWith(triggerPrefix))
        return name.mid(name.indexOf(QLatin1Char('.')) + 1);
    QString function = name.mid(functionPrefix.size());
    return function.left(function.indexOf(QLatin1Char('(')));
}

} // namespace

Result<QList<SchemaDefinitions::Definition>> SchemaDefinitions::actual(const Ledger &ledger)
{
    const QSqlDatabase db = ledger.database();
    QList<Definition> list;
    if (Backend::of(db) == Backend::Kind::SQLite) {
        auto q = Sql::exec(db, QString::fromLatin1(sqliteTriggers));
        if (!q)
            return q.error();
        while (q->next())
            list.append({triggerPrefix + q->value(0).toString() + QLatin1Char('.') + q->value(1).toString(),
                         q->value(2).toString()});
        sortByName(list);
        return list;
    }
    // The server's own text of each trigger, without the schema's name, and whether it is switched
    // on; each function's whole definition (language, settings, body) as a hash.
    auto triggers = Sql::exec(
        db, QStringLiteral("SELECT c.relname, t.tgname, replace(pg_get_triggerdef(t.oid), ' ON ' || "
                           "quote_ident(n.nspname) || '.', ' ON '), t.tgenabled FROM pg_trigger t "
                           "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"));
    if (!triggers)
        return triggers.error();
    while (triggers->next())
        list.append(
            {triggerPrefix + triggers->value(0).toString() + QLatin1Char('.') + triggers->value(1).toString(),
             triggers->value(2).toString() +
                 (triggers->value(3).toString() == QLatin1String("D") ? QStringLiteral(" [disabled]") : QString())});
    triggers->finish();
    auto functions = Sql::exec(
        db, QStringLiteral("SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
                           "encode(sha256(convert_to(pg_get_functiondef(p.oid), 'UTF8')), 'hex') FROM pg_proc p "
                           "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                           "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
                           "AND d.objid = p.oid AND d.deptype = 'e')"));
    if (!functions)
        return functions.error();
    while (functions->next())
        list.append({functionPrefix + functions->value(0).toString(), functions->value(1).toString()});
    sortByName(list);
    return list;
}

Result<QList<SchemaDefinitions::Definition>> SchemaDefinitions::expected(Backend::Kind kind, int version)
{
    static QMutex mutex;
    static QHash<QString, QList<Definition>> made;
    const QString key = QStringLiteral("%1/%2").arg(int(kind)).arg(version);
    const QMutexLocker lock(&mutex);
    if (const auto found = made.constFind(key); found != made.constEnd())
        return *found;
    auto list = kind == Backend::Kind::SQLite ? sqliteExpected(version) : serverExpected(version);
    if (!list)
        return list.error();
    made.insert(key, *list);
    return *list;
}

Result<QList<SchemaDefinitions::Difference>> SchemaDefinitions::differences(const Ledger &ledger)
{
    const QSqlDatabase db = ledger.database();
    auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    auto shipped = expected(Backend::of(db), *version);
    if (!shipped)
        return shipped.error();
    auto present = actual(ledger);
    if (!present)
        return present.error();
    QHash<QString, QString> now;
    for (const Definition &d : *present)
        now.insert(d.name, d.text);
    QList<Difference> out;
    for (const Definition &d : *shipped) {
        const QString own = ownName(d.name);
        const bool trigger = d.name.startsWith(triggerPrefix);
        const auto found = now.constFind(d.name);
        if (found == now.constEnd())
            out.append({Difference::Missing, own,
                        trigger ? tr("The trigger %1 is missing from the ledger: what it guards can have been "
                                     "changed unchecked.")
                                      .arg(own)
                                : tr("The function %1 is missing from the ledger.").arg(own)});
        else if (*found != d.text)
            out.append(
                {Difference::Changed, own,
                 trigger
                     ? (found->endsWith(QLatin1String(" [disabled]"))
                            ? tr("The trigger %1 has been switched off: what it guards can be changed "
                                 "unchecked.")
                                  .arg(own)
                            : tr("The trigger %1 is not the one Annalist made: its definition has been "
                                 "changed.")
                                  .arg(own))
                     : tr("The function %1 is not the one Annalist made: its definition has been changed.").arg(own)});
        now.remove(d.name);
    }
    QStringList unknown = now.keys();
    unknown.sort();
    for (const QString &name : std::as_const(unknown)) {
        const QString own = ownName(name);
        out.append({Difference::Unknown, own,
                    name.startsWith(triggerPrefix)
                        ? tr("The trigger %1 was not made by Annalist: it can change what is written.").arg(own)
                        : tr("The function %1 was not made by Annalist.").arg(own)});
    }
    return out;
}

QString SchemaDefinitions::listText(const QList<Definition> &definitions)
{
    QString text;
    for (const Definition &d : definitions)
        text += d.name + QLatin1Char('\t') + d.text + QLatin1Char('\n');
    return text;
}

} // namespace annalist
