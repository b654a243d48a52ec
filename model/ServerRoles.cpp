#include "ServerRoles.h"

#include "Ledger.h"
#include "Sql.h"

#include <QRegularExpression>

namespace annalist {
namespace {

// A statement with identifiers and literals quoted by the server itself (format's %I and %L).
Result<QString> formatted(const QSqlDatabase &db, const QString &pattern, const QVariantList &values)
{
    QStringList casts;
    for (qsizetype i = 0; i < values.size(); ++i)
        casts << QStringLiteral("CAST(? AS TEXT)");
    auto text = Sql::scalar(db, QStringLiteral("SELECT format(CAST(? AS TEXT), %1)").arg(casts.join(QLatin1Char(','))),
                            QVariantList{pattern} + values, QString());
    if (!text)
        return text.error();
    return text->toString();
}

} // namespace

QString ServerRoles::groupRole(const QString &name)
{
    return names().contains(name) ? QStringLiteral("annalist_") + name : QString();
}

Result<ServerRoles::Granted> ServerRoles::grant(const Ledger &ledger, const QString &role, const QString &login,
                                                const QString &password)
{
    if (!ledger.isServer())
        return Error{ErrorKind::Usage, tr("Roles are kept by a server: a ledger file has none. Use --db with a "
                                          "server's address (postgresql://user@host/database).")};
    Granted granted;
    granted.group = groupRole(role);
    if (granted.group.isEmpty())
        return Error{ErrorKind::Usage,
                     tr("There is no role \"%1\"; the roles are %2.").arg(role, names().join(QStringLiteral(", ")))};
    // The server takes any name quoted; a plain one avoids surprises in psql and pg_hba.conf.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!plain.match(login).hasMatch() || login.startsWith(QLatin1String("annalist_")) ||
        login.startsWith(QLatin1String("pg_")))
        return Error{ErrorKind::Usage, tr("\"%1\" cannot be a login's name: use letters, digits, _ . @ or -, "
                                          "starting with a letter, not annalist_ or pg_.")
                                           .arg(login)};
    const QSqlDatabase db = ledger.database();
    const Status done = ledger.transaction([&]() -> Status {
        auto exists = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = CAST(? AS TEXT)"),
                                  {login}, 0);
        if (!exists)
            return exists.error();
        QStringList statements;
        if (exists->toLongLong() == 0) {
            granted.created = true;
            auto create = formatted(db, QStringLiteral("CREATE ROLE %I LOGIN"), {login});
            if (!create)
                return create.error();
            statements << *create;
        }
        if (!password.isEmpty()) {
            auto set = formatted(db, QStringLiteral("ALTER ROLE %I PASSWORD %L"), {login, password});
            if (!set)
                return set.error();
            statements << *set;
        }
        auto member = formatted(db, QStringLiteral("GRANT %I TO %I"), {granted.group, login});
        auto connect = formatted(db, QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"), {db.databaseName(), login});
        if (!member)
            return member.error();
        if (!connect)
            return connect.error();
        statements << *member << *connect;
        for (const QString &statement : std::as_const(statements))
            if (auto ran = Sql::executeDirect(db, statement); !ran)
                return ran;
        return Done{};
    });
    if (!done)
        return done.error();
    return granted;
}

} // namespace annalist
