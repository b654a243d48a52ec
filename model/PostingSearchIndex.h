#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace annalist {

class Ledger;

// The trigram index behind the postings view's free-text search (posting_search). Postings up to
// a watermark are indexed and kept in step by triggers; postings written since (an import of a
// million rows does not wait for the index) are added by catchUp() in steps small enough to run
// between a user's key presses. A search stays correct at any point: it reads the postings after
// the watermark directly.
class PostingSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingSearchIndex)

public:
    explicit PostingSearchIndex(const Ledger &ledger) : m_ledger(ledger) {}

    // The highest posting id the index covers.
    Result<qint64> indexedThrough() const;
    // How many postings are not in the index yet.
    Result<qint64> pending() const;
    // Indexes up to `maxRows` of the postings not yet indexed, in one transaction; returns how
    // many are still left.
    Result<qint64> catchUp(int maxRows) const;

    // Before the postings from `firstId` on are deleted in bulk: takes them out of the index (and
    // the ones after them, which catchUp() adds again), so that the delete does not update the
    // index a row at a time. Run it in the deleting transaction.
    Status forgetFrom(qint64 firstId) const;

    // Patterns shorter than this cannot use a trigram index.
    static constexpr int minimumLength = 3;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
