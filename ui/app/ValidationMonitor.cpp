#include "ValidationMonitor.h"

#include "LedgerSession.h"
#include "StatementBuilder.h"
#include "Validator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace annalist {
namespace {

ValidationReport validate(const QString &path, int year)
{
    ValidationReport report;
    report.path = path;
    report.year = year;
    // A connection belongs to the thread that made it: this one lives and dies here.
    // The file was checked when the window opened it; reading it through again each time is not needed.
    auto ledger = Ledger::open(path, Ledger::Access::ReadOnly, Ledger::Integrity::CheckLater);
    if (!ledger) {
        report.error = ledger.error().message;
        return report;
    }
    auto statement = StatementBuilder(**ledger).build(year);
    if (!statement) {
        report.error = statement.error().message;
        return report;
    }
    report.statement = *statement;
    auto findings = Validator(**ledger).validate(year);
    if (!findings)
        report.error = findings.error().message;
    else
        report.findings = *findings;
    return report;
}

} // namespace

ValidationMonitor::ValidationMonitor(LedgerSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    // Edits come in bursts (typing, undo); validate once they settle.
    m_delay.setSingleShot(true);
    m_delay.setInterval(120);
    connect(&m_delay, &QTimer::timeout, this, &ValidationMonitor::start);
    connect(&m_watcher, &QFutureWatcher<ValidationReport>::finished, this, &ValidationMonitor::finished);
    connect(session, &LedgerSession::dataChanged, this, &ValidationMonitor::schedule);
    connect(session, &LedgerSession::yearChanged, this, &ValidationMonitor::schedule);
    connect(session, &LedgerSession::ledgerOpened, this, &ValidationMonitor::schedule);
    connect(session, &LedgerSession::ledgerClosed, this, [this] {
        m_report = {};
        emit reportChanged(m_report);
    });
    if (session->isOpen())
        schedule();
}

ValidationMonitor::~ValidationMonitor()
{
    m_watcher.waitForFinished();
}

void ValidationMonitor::schedule()
{
    m_delay.start();
}

void ValidationMonitor::start()
{
    if (!m_session->isOpen() || m_session->year() == 0)
        return;
    if (m_watcher.isRunning()) {
        m_again = true; // the running check may have missed the latest change
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(validate, m_session->path(), m_session->year()));
}

void ValidationMonitor::finished()
{
    const ValidationReport report = m_watcher.result();
    if (m_again) {
        m_again = false;
        start();
    }
    // A report for a ledger or year that is no longer shown is of no use.
    if (report.path != m_session->path() || report.year != m_session->year())
        return;
    m_report = report;
    emit reportChanged(m_report);
}

} // namespace annalist
