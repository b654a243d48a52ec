#pragma once

#include "Entities.h"
#include "Result.h"

#include <QHash>

namespace annalist {

class Ledger;

// Postings that break a rule: the first few, and how many there are in all.
struct PostingSample
{
    QList<Posting> postings;
    qint64 count = 0;
};

// The postings table: writing, grouped sums, and the queries validation needs.
class PostingRepository
{
public:
    explicit PostingRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Result<qint64> add(const Posting &posting) const;
    // Inserts many postings with one prepared statement; run it inside a transaction.
    Status addMany(const QList<Posting> &postings) const;

    // Sum per account of the year's postings, optionally only those dated up to `through`.
    Result<QHash<qint64, Money>> totalsByAccount(int year, const QDate &through = {}) const;
    // Sum of all the year's postings, whatever their account.
    Result<Money> total(int year) const;
    Result<qint64> count(int year) const;
    // The highest voucher number used in the year (0 when none).
    Result<qint64> lastVoucher(int year) const;

    Result<PostingSample> outsideYear(int year, int limit) const;
    Result<PostingSample> onMissingAccount(int year, int limit) const;
    Result<PostingSample> onInactiveAccount(int year, int limit) const;
    // On a project's account without that project, or carrying a project that is not the account's.
    Result<PostingSample> projectMismatch(int year, int limit) const;

private:
    Result<PostingSample> sample(const QString &where, int year, int limit) const;
    const Ledger &m_ledger;
};

} // namespace annalist
