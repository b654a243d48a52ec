#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace annalist {

class FindingsModel;
class LedgerSession;
class ValidationMonitor;
struct ValidationReport;

// The live list of findings; activating one jumps to what it concerns.
class ValidationView : public QWidget
{
    Q_OBJECT

public:
    ValidationView(LedgerSession *session, ValidationMonitor *monitor, QWidget *parent = nullptr);

    FindingsModel *findingsModel() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void showReport(const ValidationReport &report);

    LedgerSession *m_session;
    FindingsModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace annalist
