#include "ControlTotalsView.h"

#include "ControlTotalCommand.h"
#include "ControlTotalDialog.h"
#include "ControlTotalsModel.h"
#include "LedgerSession.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

ControlTotalsView::ControlTotalsView(LedgerSession *session, QWidget *parent)
    : MasterDataPage(session, parent), m_model(new ControlTotalsModel(session, this))
{
    setObjectName(QStringLiteral("ControlTotalsView"));
    table()->setObjectName(QStringLiteral("controlTotalsTable"));
    table()->setAccessibleName(tr("Control totals"));
    pageLayout()->addWidget(table(), 1);
    setModel(m_model);
    table()->horizontalHeader()->setSectionResizeMode(ControlTotalsModel::SubjectColumn, QHeaderView::Stretch);
    connect(session, &LedgerSession::revealRequested, this, &ControlTotalsView::reveal);
}

void ControlTotalsView::retranslate()
{
    MasterDataPage::retranslate();
    setHeading(tr("Control totals %1").arg(session()->year()));
    addItemAction()->setText(tr("&Add Control Total..."));
    deleteItemAction()->setText(tr("&Delete Control Total"));
}

void ControlTotalsView::afterReload()
{
    setHeading(tr("Control totals %1").arg(m_model->year()));
    for (int column : {ControlTotalsModel::AmountColumn, ControlTotalsModel::SourceColumn,
                       ControlTotalsModel::LedgerColumn, ControlTotalsModel::DifferenceColumn})
        table()->resizeColumnToContents(column);
}

void ControlTotalsView::addItem()
{
    reloadNow();
    // The source most totals came from is the likeliest for the next one.
    QString source;
    if (m_model->rowCount() > 0)
        source = m_model->total(m_model->rowCount() - 1).source;
    auto *dialog = new ControlTotalDialog(session(), m_model->year(), !m_model->hasResultTotal(),
                                          m_model->accountsWithoutTotal(), source, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadNow();
        selectKey(dialog->addedKey());
    });
    dialog->open();
}

void ControlTotalsView::deleteRow(int row)
{
    const ControlTotal total = m_model->total(row);
    const QString subject = m_model->subject(row);
    if (!confirm(tr("Delete Control Total"), tr("Delete the control total of %1?").arg(subject)))
        return;
    if (auto done = session()->execute(std::make_unique<ControlTotalCommand>(session(), subject, total, std::nullopt));
        !done)
        showRefusal(done.error().message);
    else
        clearMessage();
}

void ControlTotalsView::reveal(const FindingLocation &location)
{
    if (location.kind != FindingLocation::Kind::Control)
        return;
    reloadNow();
    int row = location.id > 0 ? m_model->rowOfTotalId(location.id) : -1;
    if (row < 0 && location.key == QLatin1String("result"))
        row = m_model->rowOfKey(ControlTotalsModel::resultKey);
    if (row < 0)
        row = m_model->rowOfAccountNumber(location.key);
    if (row >= 0)
        selectKey(m_model->keyAt(row));
}

} // namespace annalist
