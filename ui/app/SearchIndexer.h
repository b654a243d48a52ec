#pragma once

#include <QObject>
#include <QTimer>

namespace annalist {

class LedgerSession;

// Brings the postings' search index up to date while the user is idle: after a ledger opens and
// after the postings change (an import of a million rows leaves them all to index), a step of a
// few thousand postings at a time, each short enough not to be felt, with the event loop running
// in between. Searching is right at every point; it only gets faster.
class SearchIndexer : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexer(LedgerSession *session, QObject *parent = nullptr);

    // Postings still to index, as of the last step.
    qint64 pending() const { return m_pending; }
    // Indexes everything now (for tests and the benchmark).
    void finish();

signals:
    // After each step; 0 when the index is complete.
    void progressed(qint64 pending);

private:
    void schedule();
    void step();

    LedgerSession *m_session;
    QTimer m_delay;
    QTimer m_next;
    qint64 m_pending = 0;
};

} // namespace annalist
