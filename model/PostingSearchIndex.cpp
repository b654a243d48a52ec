#include "PostingSearchIndex.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

// A server ledger's trigram index (pg_trgm) is kept by the server with every write: every posting
// is always in it, and there is nothing to catch up.

Result<qint64> PostingSearchIndex::indexedThrough() const
{
    if (m_ledger.isServer()) {
        auto highest =
            Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM postings"), {}, 0);
        if (!highest)
            return highest.error();
        return highest->toLongLong();
    }
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT indexed_through FROM posting_search_state WHERE id = 1"), {}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PostingSearchIndex::pending() const
{
    if (m_ledger.isServer())
        return qint64(0);
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
    if (m_ledger.isServer())
        return qint64(0);
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

Status PostingSearchIndex::forgetFrom(qint64 firstId) const
{
    if (m_ledger.isServer())
        return Done{};
    const QSqlDatabase db = m_ledger.database();
    auto through = indexedThrough();
    if (!through)
        return through.error();
    if (*through < firstId)
        return Done{}; // none of them is indexed: the triggers leave them alone
    // Taking many rows out of a trigram index one by one costs more than indexing them again:
    // beyond this, the index starts over and catchUp() rebuilds it in the background.
    constexpr qint64 startOver = 50000;
    auto indexed = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM postings WHERE id >= ? AND id <= ?"),
                               {firstId, *through}, 0);
    if (!indexed)
        return indexed.error();
    if (indexed->toLongLong() > startOver) {
        // Made again empty, as the ledger's schema defines it.
        auto definition = Sql::scalar(
            db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'posting_search'"));
        if (!definition)
            return definition.error();
        if (auto dropped = Sql::execute(db, QStringLiteral("DROP TABLE posting_search")); !dropped)
            return dropped;
        if (auto created = Sql::execute(db, definition->toString()); !created)
            return created;
        return Sql::execute(db, QStringLiteral("UPDATE posting_search_state SET indexed_through = 0 WHERE id = 1"));
    }
    if (auto removed = Sql::execute(db, QStringLiteral("DELETE FROM posting_search WHERE rowid >= ?"), {firstId});
        !removed)
        return removed;
    return Sql::execute(db, QStringLiteral("UPDATE posting_search_state SET indexed_through = ? WHERE id = 1"),
                        {firstId - 1});
}

} // namespace annalist
