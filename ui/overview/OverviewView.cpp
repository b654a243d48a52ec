#include "OverviewView.h"

#include "AmountFormat.h"
#include "ChartDataBuilder.h"
#include "ChartView.h"
#include "LedgerSession.h"
#include "ReadOnlyTable.h"
#include "StatementTableModel.h"
#include "ValidationMonitor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

OverviewView::OverviewView(LedgerSession *session, ValidationMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_model(new StatementTableModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_chartError(new QLabel(this))
{
    setObjectName(QStringLiteral("OverviewView"));
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setAccessibleName(tr("Income statement"));
    setUpReadOnlyTable(m_table, StatementTableModel::TextColumn);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    // The charts beside the statement, scrolled when the window is small.
    m_chartPane = new QWidget;
    m_chartGrid = new QGridLayout(m_chartPane);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartError->setWordWrap(true);
    m_chartError->hide();
    for (ChartKind kind : allChartKinds()) {
        auto *view = new ChartView(m_chartPane);
        view->setObjectName(QStringLiteral("chart_") + chartKindKey(kind));
        m_charts.append(view);
    }
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("charts"));
    scroll->setWidget(m_chartPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    arrangeCharts();
    setFocusProxy(m_table);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { drillDown(index.row()); });
    connect(monitor, &ValidationMonitor::reportChanged, this, &OverviewView::showReport);
    retranslate();
    showReport(monitor->report());
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewView::retranslate()
{
    m_title->setText(tr("Income statement %1").arg(m_session->year()));
    m_table->setToolTip(tr("Press Enter or double-click a line to see its postings."));
}

bool OverviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

void OverviewView::arrangeCharts()
{
    const auto *scroll = qobject_cast<QScrollArea *>(m_splitter->widget(1));
    const int columns = scroll && scroll->viewport()->width() >= 2 * 500 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_chartGrid->count() > 0)
        delete m_chartGrid->takeAt(0);
    m_chartGrid->addWidget(m_chartError, 0, 0, 1, columns);
    for (int i = 0; i < m_charts.size(); ++i)
        m_chartGrid->addWidget(m_charts.at(i), 1 + i / columns, i % columns);
    for (int row = 0; row < m_chartGrid->rowCount(); ++row)
        m_chartGrid->setRowStretch(row, 0);
    m_chartGrid->setRowStretch(m_chartGrid->rowCount(), 1);
}

QString OverviewView::keyFiguresText() const
{
    return m_figures->text();
}

void OverviewView::showReport(const ValidationReport &report)
{
    m_title->setText(tr("Income statement %1").arg(report.year != 0 ? report.year : m_session->year()));
    const Statement &s = report.statement;
    m_model->setStatement(s);
    m_table->resizeColumnsToContents();
    if (!m_splitterPlaced && s.year != 0) {
        // The statement as wide as its columns, the charts the rest.
        int width = m_table->verticalHeader()->width() + 2 * m_table->frameWidth() + 24;
        for (int column = 0; column < m_model->columnCount(); ++column)
            width += m_table->columnWidth(column);
        m_splitter->setSizes({width, std::max(1, m_splitter->width() - width)});
        m_splitterPlaced = true;
    }
    showCharts(s);
    Money carried;
    for (const StatementLine &line : s.linesIn(Section::CarryOver))
        carried += line.actual;
    const FindingCounts counts = countFindings(report.findings);
    const QString state = !report.error.isEmpty() ? report.error.toHtmlEscaped()
                          : counts.errors + counts.warnings == 0
                              ? tr("no errors")
                              : tr("%1 errors, %2 warnings").arg(counts.errors).arg(counts.warnings);
    m_figures->setText(tr("<table cellspacing='8'><tr><td>Income</td><td align='right'><b>%1</b></td>"
                          "<td>Expenses</td><td align='right'><b>%2</b></td>"
                          "<td>Operating result</td><td align='right'><b>%3</b></td>"
                          "<td>Carried over into the year</td><td align='right'><b>%4</b></td>"
                          "<td>Validation</td><td><b>%5</b></td></tr></table>")
                           .arg(AmountFormat::format(s.incomeTotal()), AmountFormat::format(s.expensesTotal()),
                                AmountFormat::format(s.operatingResult()), AmountFormat::format(carried), state));
}

ChartView *OverviewView::chartView(ChartKind kind) const
{
    return m_charts.value(allChartKinds().indexOf(kind));
}

void OverviewView::showCharts(const Statement &statement)
{
    const Ledger *ledger = m_session->ledger();
    if (!ledger || statement.year == 0)
        return;
    const auto charts = ChartDataBuilder(*ledger).build(statement);
    m_chartError->setVisible(!charts);
    if (!charts) {
        m_chartError->setText(tr("The charts could not be drawn: %1").arg(charts.error().message));
        return;
    }
    for (int i = 0; i < m_charts.size(); ++i) {
        const ChartData &chart = charts->at(i);
        m_charts.at(i)->setData(chart);
        // The years chart only appears once there are two years to compare.
        m_charts.at(i)->setVisible(chart.kind != ChartKind::Years || !chart.isEmpty());
    }
}

void OverviewView::drillDown(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    PostingFilter filter;
    filter.year = m_model->statement().year;
    if (const StatementLine *line = m_model->lineAt(row))
        filter.accountId = line->accountId;
    m_session->showPostings(filter);
}

} // namespace annalist
