#pragma once

#include "Finding.h"
#include "Statement.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace annalist {

class LedgerSession;

// What the live checks found for the chosen year.
struct ValidationReport
{
    QString path;
    int year = 0;
    Statement statement;
    QList<Finding> findings;
    QString error; // the checks could not run
};

// Validates the session's year in the background after every change, on a read-only connection
// of its own, so that a large ledger never freezes the window.
class ValidationMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ValidationMonitor(LedgerSession *session, QObject *parent = nullptr);
    ~ValidationMonitor() override;

    const ValidationReport &report() const { return m_report; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void reportChanged(const annalist::ValidationReport &report);

private:
    void schedule();
    void start();
    void finished();

    LedgerSession *m_session;
    QTimer m_delay;
    QFutureWatcher<ValidationReport> m_watcher;
    ValidationReport m_report;
    bool m_again = false;
};

} // namespace annalist
