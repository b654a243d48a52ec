#include "StatementWindow.h"

#include "AssociationRepository.h"
#include "Ledger.h"
#include "StatementBuilder.h"
#include "StatementTableModel.h"
#include "Validator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

StatementWindow::StatementWindow(const Ledger &ledger, QWidget *parent)
    : QMainWindow(parent)
    , m_ledger(ledger)
    , m_model(new StatementTableModel(this))
    , m_table(new QTableView(this))
    , m_years(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_validation(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Fiscal year:"), central);
    yearLabel->setBuddy(m_years);
    top->addWidget(yearLabel);
    top->addWidget(m_years);
    top->addStretch();
    layout->addLayout(top);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(StatementTableModel::TextColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);
    setCentralWidget(central);
    statusBar()->addWidget(m_totals, 1);
    statusBar()->addPermanentWidget(m_validation);

    auto association = AssociationRepository(ledger).association();
    const QString name = association ? association->name : QString();
    setWindowTitle(name.isEmpty() ? tr("Income statement") : tr("%1 – income statement").arg(name));

    auto years = AssociationRepository(ledger).years();
    if (years)
        for (const FiscalYear &y : *years)
            m_years->addItem(QString::number(y.year), y.year);
    connect(m_years, &QComboBox::currentIndexChanged, this,
            [this](int index) { showYear(m_years->itemData(index).toInt()); });
    if (m_years->count() > 0) {
        m_years->setCurrentIndex(m_years->count() - 1);
        showYear(m_years->currentData().toInt());
    } else {
        m_totals->setText(tr("This ledger has no fiscal years yet."));
    }
    resize(880, 700);
}

void StatementWindow::showYear(int year)
{
    auto statement = StatementBuilder(m_ledger).build(year);
    if (!statement) {
        m_totals->setText(statement.error().message);
        return;
    }
    m_model->setStatement(*statement);
    m_table->resizeColumnsToContents();
    m_totals->setText(tr("Income %1   Expenses %2   Operating result %3")
                          .arg(statement->incomeTotal().toDanish(), statement->expensesTotal().toDanish(),
                               statement->operatingResult().toDanish()));
    auto findings = Validator(m_ledger).validate(year);
    if (!findings) {
        m_validation->setText(findings.error().message);
        return;
    }
    const FindingCounts counts = countFindings(*findings);
    m_validation->setText(counts.errors == 0 && counts.warnings == 0
                              ? tr("No errors")
                              : tr("%1 errors, %2 warnings").arg(counts.errors).arg(counts.warnings));
}

QString StatementWindow::statusText() const
{
    return m_totals->text() + QLatin1Char(' ') + m_validation->text();
}

} // namespace annalist
