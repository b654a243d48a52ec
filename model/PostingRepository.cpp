#include "PostingRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {
namespace {

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantList values(const Posting &p)
{
    return {p.year,        p.date.toString(Qt::ISODate), p.voucher,
            p.accountId,   nullableId(p.projectId),      Sql::text(p.text),
            p.amount.ore()};
}

const QString insertSql = QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, project_id, text, "
                                         "amount) VALUES (?, ?, ?, ?, ?, ?, ?)");

} // namespace

Result<qint64> PostingRepository::add(const Posting &posting) const
{
    return Sql::insert(m_ledger.database(), insertSql, values(posting));
}

Status PostingRepository::addMany(const QList<Posting> &postings) const
{
    auto q = Sql::prepare(m_ledger.database(), insertSql);
    if (!q)
        return q.error();
    for (const Posting &p : postings)
        if (auto ran = Sql::run(*q, values(p)); !ran)
            return ran;
    return Done{};
}

Result<QHash<qint64, Money>> PostingRepository::totalsByAccount(int year, const QDate &through) const
{
    // Without a date limit this reads only the covering index (year, account_id, amount).
    auto q = through.isValid() ? Sql::exec(m_ledger.database(),
                                           QStringLiteral("SELECT account_id, SUM(amount) FROM postings "
                                                          "WHERE year = ? AND date <= ? GROUP BY account_id"),
                                           {year, through.toString(Qt::ISODate)})
                               : Sql::exec(m_ledger.database(),
                                           QStringLiteral("SELECT account_id, SUM(amount) FROM postings WHERE year = ? "
                                                          "GROUP BY account_id"),
                                           {year});
    if (!q)
        return q.error();
    QHash<qint64, Money> totals;
    while (q->next())
        totals.insert(q->value(0).toLongLong(), Money::fromOre(q->value(1).toLongLong()));
    return totals;
}

Result<Money> PostingRepository::total(int year) const
{
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT IFNULL(SUM(amount), 0) FROM postings WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return Money::fromOre(v->toLongLong());
}

Result<qint64> PostingRepository::count(int year) const
{
    auto v =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PostingRepository::lastVoucher(int year) const
{
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT IFNULL(MAX(voucher), 0) FROM postings WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<PostingSample> PostingRepository::sample(const QString &where, int year, int limit) const
{
    const QString from = QStringLiteral(" FROM postings p LEFT JOIN accounts a ON a.id = p.account_id "
                                        "LEFT JOIN fiscal_years y ON y.year = p.year WHERE p.year = ? AND (%1)")
                             .arg(where);
    auto count = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*)") + from, {year}, 0);
    if (!count)
        return count.error();
    PostingSample sample;
    sample.count = count->toLongLong();
    if (sample.count == 0)
        return sample;
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT p.id, p.year, p.date, p.voucher, p.account_id, p.project_id, p.text, "
                                      "p.amount") +
                           from + QStringLiteral(" ORDER BY p.date, p.voucher, p.id LIMIT ?"),
                       {year, limit});
    if (!q)
        return q.error();
    while (q->next()) {
        Posting p;
        p.id = q->value(0).toLongLong();
        p.year = q->value(1).toInt();
        p.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        p.voucher = q->value(3).toLongLong();
        p.accountId = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            p.projectId = q->value(5).toLongLong();
        p.text = q->value(6).toString();
        p.amount = Money::fromOre(q->value(7).toLongLong());
        sample.postings.append(p);
    }
    return sample;
}

Result<PostingSample> PostingRepository::outsideYear(int year, int limit) const
{
    // A date that is not a real ISO date also counts: date(x) is NULL or differs from x.
    return sample(QStringLiteral("date(p.date) IS NULL OR date(p.date) <> p.date "
                                 "OR p.date < y.start_date OR p.date > y.end_date"),
                  year, limit);
}

Result<PostingSample> PostingRepository::onMissingAccount(int year, int limit) const
{
    return sample(QStringLiteral("a.id IS NULL"), year, limit);
}

Result<PostingSample> PostingRepository::onInactiveAccount(int year, int limit) const
{
    return sample(QStringLiteral("a.active = 0"), year, limit);
}

Result<PostingSample> PostingRepository::projectMismatch(int year, int limit) const
{
    return sample(QStringLiteral("(p.project_id IS NULL AND EXISTS (SELECT 1 FROM projects pr "
                                 "WHERE pr.account_id = p.account_id)) "
                                 "OR (p.project_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM projects pr "
                                 "WHERE pr.id = p.project_id AND pr.account_id = p.account_id))"),
                  year, limit);
}

} // namespace annalist
