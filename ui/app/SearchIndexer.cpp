#include "SearchIndexer.h"

#include "LedgerSession.h"
#include "PostingSearchIndex.h"

namespace annalist {

namespace {
// About 40 ms of work on this machine class; the event loop runs between two steps.
constexpr int stepRows = 5000;
} // namespace

SearchIndexer::SearchIndexer(LedgerSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    // Wait until the user pauses: typing postings one by one does not index after each.
    m_delay.setSingleShot(true);
    m_delay.setInterval(1500);
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_delay, &QTimer::timeout, this, &SearchIndexer::step);
    connect(&m_next, &QTimer::timeout, this, &SearchIndexer::step);
    connect(session, &LedgerSession::ledgerOpened, this, &SearchIndexer::schedule);
    connect(session, &LedgerSession::dataChanged, this, &SearchIndexer::schedule);
    connect(session, &LedgerSession::ledgerClosed, this, [this] {
        m_delay.stop();
        m_next.stop();
        m_pending = 0;
    });
    if (session->isOpen())
        schedule();
}

void SearchIndexer::schedule()
{
    if (!m_next.isActive())
        m_delay.start();
}

void SearchIndexer::step()
{
    if (!m_session->isOpen())
        return;
    auto left = PostingSearchIndex(*m_session->ledger()).catchUp(stepRows);
    // A ledger that cannot be written (opened read-only, or locked by another writer for now)
    // is searched without the index's help; the next change tries again.
    if (!left) {
        if (left.error().kind == ErrorKind::Locked)
            m_delay.start();
        return;
    }
    m_pending = *left;
    emit progressed(m_pending);
    if (m_pending > 0)
        m_next.start();
}

void SearchIndexer::finish()
{
    m_delay.stop();
    m_next.stop();
    while (m_session->isOpen()) {
        auto left = PostingSearchIndex(*m_session->ledger()).catchUp(stepRows * 20);
        m_pending = left ? *left : 0;
        if (!left || *left == 0)
            break;
    }
    emit progressed(m_pending);
}

} // namespace annalist
