#include "OverviewView.h"

#include "AmountFormat.h"
#include "LedgerSession.h"
#include "ReadOnlyTable.h"
#include "StatementTableModel.h"
#include "ValidationMonitor.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
    setUpReadOnlyTable(m_table, StatementTableModel::TextColumn);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
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

QString OverviewView::keyFiguresText() const
{
    return m_figures->text();
}

void OverviewView::showReport(const ValidationReport &report)
{
    m_title->setText(tr("Income statement %1").arg(report.year));
    const Statement &s = report.statement;
    m_model->setStatement(s);
    m_table->resizeColumnsToContents();
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
