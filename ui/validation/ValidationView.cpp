#include "ValidationView.h"

#include "FindingsModel.h"
#include "LedgerSession.h"
#include "ReadOnlyTable.h"
#include "ValidationMonitor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

ValidationView::ValidationView(LedgerSession *session, ValidationMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FindingsModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("ValidationView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setAccessibleName(tr("Findings"));
    setUpReadOnlyTable(m_table, FindingsModel::MessageColumn);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_session->reveal(m_model->finding(index.row()).location); });
    connect(monitor, &ValidationMonitor::reportChanged, this, &ValidationView::showReport);
    showReport(monitor->report());
}

void ValidationView::showReport(const ValidationReport &report)
{
    m_model->setFindings(report.findings);
    m_table->resizeColumnToContents(FindingsModel::SeverityColumn);
    m_table->resizeColumnToContents(FindingsModel::RuleColumn);
    m_table->resizeColumnToContents(FindingsModel::LocationColumn);
    const FindingCounts counts = countFindings(report.findings);
    if (!report.error.isEmpty())
        m_summary->setText(report.error);
    else if (report.findings.isEmpty())
        m_summary->setText(tr("%1: every check passes.").arg(report.year));
    else
        m_summary->setText(
            tr("%1: %2 errors, %3 warnings, %4 notes. Press Enter or double-click a finding to go to it.")
                .arg(report.year)
                .arg(counts.errors)
                .arg(counts.warnings)
                .arg(counts.infos));
}

} // namespace annalist
