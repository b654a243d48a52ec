#include "Backend.h"

#include <QRegularExpression>
#include <QSqlDriver>
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

QString Backend::postingTextContains(Kind kind, const QString &postingAlias)
{
    const QString body = QStringLiteral("CAST(%1.voucher AS TEXT) || ' ' || %1.text").arg(postingAlias);
    return kind == Kind::PostgreSQL ? body + QStringLiteral(" ILIKE ? ESCAPE '\\'")
                                    : body + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

} // namespace annalist
