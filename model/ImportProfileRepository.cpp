#include "ImportProfileRepository.h"

#include "Ledger.h"
#include "Sql.h"

#include <QCoreApplication>

namespace annalist {
namespace {

const QString columns = QStringLiteral("name, mapping, encoding, delimiter, saved_at");

Result<ImportProfile> profileFrom(const QSqlQuery &q)
{
    ImportProfile p;
    p.name = q.value(0).toString();
    auto mapping = ImportMapping::parse(q.value(1).toString());
    if (!mapping)
        return badInput(
            QCoreApplication::translate("ImportProfileRepository", "The import profile \"%1\" is damaged: %2")
                .arg(p.name, mapping.error().message));
    p.mapping = *mapping;
    p.encoding = q.value(2).toString();
    const QString delimiter = q.value(3).toString();
    p.delimiter = delimiter.isEmpty() ? 0 : delimiter.at(0).toLatin1();
    p.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return p;
}

} // namespace

Result<QList<ImportProfile>> ImportProfileRepository::profiles() const
{
    auto q =
        Sql::exec(m_ledger.database(), QStringLiteral("SELECT %1 FROM import_profiles ORDER BY name").arg(columns));
    if (!q)
        return q.error();
    QList<ImportProfile> list;
    while (q->next()) {
        auto p = profileFrom(*q);
        if (!p)
            return p.error();
        list.append(*p);
    }
    return list;
}

Result<std::optional<ImportProfile>> ImportProfileRepository::profile(const QString &name) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT %1 FROM import_profiles WHERE name = ?").arg(columns), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ImportProfile>();
    auto p = profileFrom(*q);
    if (!p)
        return p.error();
    return std::optional<ImportProfile>(*p);
}

Status ImportProfileRepository::save(const ImportProfile &p) const
{
    if (p.name.trimmed().isEmpty())
        return badInput(QCoreApplication::translate("ImportProfileRepository", "An import profile needs a name."));
    const QDateTime savedAt = p.savedAt.isValid() ? p.savedAt : QDateTime::currentDateTimeUtc();
    return Sql::execute(m_ledger.database(),
                        QStringLiteral("INSERT INTO import_profiles (%1) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, "
                                       "encoding = excluded.encoding, delimiter = excluded.delimiter, "
                                       "saved_at = excluded.saved_at")
                            .arg(columns),
                        {p.name.trimmed(), Sql::text(p.mapping.toSpec()), Sql::text(p.encoding),
                         p.delimiter ? QString(QLatin1Char(p.delimiter)) : QStringLiteral(""),
                         savedAt.toString(Qt::ISODate)});
}

Status ImportProfileRepository::remove(const QString &name) const
{
    return Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM import_profiles WHERE name = ?"), {name});
}

} // namespace annalist
