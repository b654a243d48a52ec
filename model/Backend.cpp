#include "Backend.h"

#include "Sql.h"
#include <QRegularExpression>

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

namespace annalist {

Backend::Kind Backend::of(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? Kind::PostgreSQL : Kind::SQLite;
}

bool Backend::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<Backend::Server> Backend::parseAddress(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString database = parsed.path().mid(1);
    if (!isServerAddress(url) || !parsed.isValid() || parsed.host().isEmpty() || database.isEmpty() ||
        database.contains(QLatin1Char('/')))
        return Error{ErrorKind::Usage, tr("%1 is not a server address. Write it as "
                                          "postgresql://user@host[:port]/database.")
                                           .arg(displayAddress(url))};
    Server server;
    server.host = parsed.host();
    server.port = parsed.port(-1);
    server.user = parsed.userName(QUrl::FullyDecoded);
    server.password = parsed.password(QUrl::FullyDecoded);
    server.database = database;
    QStringList options{QStringLiteral("application_name=annalist")};
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        // Only libpq's own keywords, each a word: the options string is ';'-separated.
        if (key.isEmpty() || value.contains(QLatin1Char(';')) ||
            !key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))))
            return Error{ErrorKind::Usage, tr("The server address has an option that cannot be used: %1").arg(key)};
        options << key + QLatin1Char('=') + value;
    }
    server.options = options.join(QLatin1Char(';'));
    return server;
}

QString Backend::displayAddress(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    parsed.setPassword(QString());
    return parsed.toString();
}

QSqlDatabase Backend::addServerConnection(const QString &name, const Server &server)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    if (server.port > 0)
        db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(server.options);
    return db;
}

QString Backend::withDatabase(const QString &url, const QString &database)
{
    QUrl parsed(url);
    parsed.setPath(QLatin1Char('/') + database);
    return parsed.toString();
}

QString Backend::migrationFolder(Kind kind)
{
    return kind == Kind::PostgreSQL ? QStringLiteral(":/sql/postgresql") : QStringLiteral(":/sql");
}

QString Backend::triggerNamesQuery(Kind kind)
{
    return kind == Kind::PostgreSQL ? QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
                                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'");
}

QString Backend::auditRecordStatement(Kind kind)
{
    // On the server the record is written by a function of the ledger's owner, with the login as
    // its user: no role may write the trail directly.
    return kind == Kind::PostgreSQL
               ? QStringLiteral("SELECT annalist_audit_record(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                "CAST(? AS TEXT), CAST(? AS TEXT))")
               : QStringLiteral("INSERT INTO audit_log (at, \"user\", action, table_name, row_key, old_values, "
                                "new_values) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), annalist_audit_user(), "
                                "?, ?, ?, ?, ?)");
}

Result<QStringList> Backend::suspendTriggers(const QSqlDatabase &db, const QStringList &tables)
{
    QStringList restore;
    if (of(db) == Kind::PostgreSQL) {
        for (const QString &table : tables) {
            if (auto off = Sql::executeDirect(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
                !off)
                return off.error();
            restore << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table);
        }
        return restore;
    }
    // SQLite has no switch: the triggers are dropped and created again from their own text.
    auto triggers = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER "
                                                 "BY name"));
    if (!triggers)
        return triggers.error();
    QStringList names;
    while (triggers->next()) {
        names << triggers->value(0).toString();
        restore << triggers->value(1).toString();
    }
    triggers->finish();
    for (const QString &name : std::as_const(names))
        if (auto dropped = Sql::executeDirect(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    return restore;
}

Status Backend::resumeTriggers(const QSqlDatabase &db, const QStringList &restore)
{
    for (const QString &statement : restore)
        if (auto done = Sql::executeDirect(db, statement); !done)
            return done;
    return Done{};
}

Status Backend::afterExplicitIds(const QSqlDatabase &db, const QStringList &tables)
{
    if (of(db) != Kind::PostgreSQL)
        return Done{}; // SQLite's next id follows the highest one anyway
    for (const QString &table : tables) {
        if (!db.record(table).contains(QStringLiteral("id")))
            continue;
        auto sequence = Sql::scalar(db, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table}, QVariant());
        if (!sequence)
            return sequence.error();
        if (sequence->isNull())
            continue;
        if (auto set = Sql::execute(db,
                                    QStringLiteral("SELECT setval(CAST(? AS regclass), GREATEST(COALESCE(MAX(id), "
                                                   "0), 1), MAX(id) IS NOT NULL) FROM %1")
                                        .arg(table),
                                    {sequence->toString()});
            !set)
            return set;
    }
    return Done{};
}

} // namespace annalist
