#pragma once

#include "ChartData.h"
#include "Statement.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QSplitter;
class QTableView;

namespace annalist {

class ChartView;
class LedgerSession;
class StatementTableModel;
class ValidationMonitor;
struct ValidationReport;

// The year at a glance: key figures, the validation state, the statement (activating a line opens
// the postings behind it) and the charts, all redrawn after every change to the books.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    OverviewView(LedgerSession *session, ValidationMonitor *monitor, QWidget *parent = nullptr);

    StatementTableModel *statementModel() const { return m_model; }
    QTableView *statementTable() const { return m_table; }
    QString keyFiguresText() const;
    // The chart views in the order of allChartKinds(); the years chart is hidden below two years.
    QList<ChartView *> chartViews() const { return m_charts; }
    ChartView *chartView(ChartKind kind) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showReport(const ValidationReport &report);
    void drillDown(int row);
    void showCharts(const Statement &statement);
    // One column of charts, or two where the charts' pane is wide enough for both.
    void arrangeCharts();
    void retranslate();

    LedgerSession *m_session;
    ValidationMonitor *m_monitor;
    StatementTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_figures;
    QLabel *m_chartError;
    QWidget *m_chartPane;
    QGridLayout *m_chartGrid;
    QSplitter *m_splitter;
    int m_columns = 0;
    bool m_splitterPlaced = false;
    QList<ChartView *> m_charts;
};

} // namespace annalist
