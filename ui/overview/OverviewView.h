#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace annalist {

class LedgerSession;
class StatementTableModel;
class ValidationMonitor;
struct ValidationReport;

// The year at a glance: key figures, the validation state and the statement; activating a
// line opens the postings behind it.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    OverviewView(LedgerSession *session, ValidationMonitor *monitor, QWidget *parent = nullptr);

    StatementTableModel *statementModel() const { return m_model; }
    QTableView *statementTable() const { return m_table; }
    QString keyFiguresText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport(const ValidationReport &report);
    void drillDown(int row);
    void retranslate();

    LedgerSession *m_session;
    ValidationMonitor *m_monitor;
    StatementTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_figures;
};

} // namespace annalist
