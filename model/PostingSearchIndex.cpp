#include "PostingSearchIndex.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<qint64> PostingSearchIndex::indexedThrough() const
{
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT indexed_through FROM posting_search_state WHERE id = 1"), {}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PostingSearchIndex::pending() const
{
    // A range of the table's own key: counting it reads no more than the postings it counts.
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT COUNT(*) FROM postings WHERE id > "
                                        "(SELECT indexed_through FROM posting_search_state WHERE id = 1)"),
                         {}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PostingSearchIndex::catchUp(int maxRows) const
{
    const QSqlDatabase db = m_ledger.database();
    auto done = m_ledger.transaction([&]() -> Status {
        auto from = indexedThrough();
        if (!from)
            return from.error();
        auto last = Sql::scalar(db,
                                QStringLiteral("SELECT MAX(id) FROM (SELECT id FROM postings WHERE id > ? "
                                               "ORDER BY id LIMIT ?)"),
                                {*from, maxRows}, QVariant());
        if (!last)
            return last.error();
        if (last->isNull())
            return Done{};
        const qint64 through = last->toLongLong();
        if (auto added = Sql::execute(db,
                                      QStringLiteral("INSERT INTO posting_search (rowid, body) SELECT id, "
                                                     "voucher || ' ' || text FROM postings WHERE id > ? AND id <= ?"),
                                      {*from, through});
            !added)
            return added;
        return Sql::execute(db, QStringLiteral("UPDATE posting_search_state SET indexed_through = ? WHERE id = 1"),
                            {through});
    });
    if (!done)
        return done.error();
    return pending();
}

} // namespace annalist
