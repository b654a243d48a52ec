#include "MasterDataPage.h"

#include "EditDelegate.h"
#include "LedgerSession.h"
#include "LedgerTableModel.h"
#include "MessageBar.h"
#include "ReadOnlyGuard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace annalist {

MasterDataPage::MasterDataPage(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
    , m_heading(new QLabel(this))
    , m_toolBar(new QHBoxLayout)
    , m_message(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_addAction(new QAction(this))
    , m_deleteAction(new QAction(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));

    m_addAction->setObjectName(QStringLiteral("addItem"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_deleteAction->setObjectName(QStringLiteral("deleteItem"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    ReadOnlyGuard::markEdit(m_addAction);
    ReadOnlyGuard::markEdit(m_deleteAction);
    // Only while the list has the focus: in an open editor Insert and Delete edit the text.
    m_addAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_addAction);
    m_table->addAction(m_deleteAction);
    connect(m_addAction, &QAction::triggered, this, [this] {
        if (m_session->isOpen())
            addItem();
    });
    connect(m_deleteAction, &QAction::triggered, this, &MasterDataPage::deleteCurrent);

    auto *addButton = new QToolButton(this);
    addButton->setDefaultAction(m_addAction);
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addLayout(m_toolBar);
    top->addWidget(addButton);
    top->addWidget(deleteButton);
    m_layout->addLayout(top);
    m_layout->addWidget(m_message);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new EditDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    setFocusProxy(m_table);

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &MasterDataPage::reloadNow);
    connect(session, &LedgerSession::dataChanged, this, &MasterDataPage::scheduleReload);
    connect(session, &LedgerSession::yearChanged, this, &MasterDataPage::scheduleReload);
    connect(session, &LedgerSession::ledgerOpened, this, &MasterDataPage::scheduleReload);
    connect(session, &LedgerSession::ledgerClosed, this, &MasterDataPage::scheduleReload);
}

MasterDataPage::~MasterDataPage()
{
    // An open in-place editor is committed while QWidget tears the children down, after this
    // part of the object is gone: the model must no longer call back into it.
    if (m_model != nullptr)
        disconnect(m_model, nullptr, this, nullptr);
}

void MasterDataPage::setModel(LedgerTableModel *model)
{
    m_model = model;
    m_table->setModel(model);
    connect(model, &LedgerTableModel::editRefused, this, &MasterDataPage::showRefusal);
    connect(model, &LedgerTableModel::edited, this, &MasterDataPage::clearMessage);
    retranslate();
    reloadNow();
}

void MasterDataPage::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

QString MasterDataPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MasterDataPage::showRefusal(const QString &reason)
{
    m_message->showRefusal(reason);
}

void MasterDataPage::clearMessage()
{
    m_message->clearMessage();
}

void MasterDataPage::retranslate()
{
    m_addAction->setText(tr("&Add"));
    m_addAction->setToolTip(tr("Add (Insert)"));
    m_addAction->setStatusTip(tr("Add a row"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected row (Delete)"));
    m_deleteAction->setStatusTip(tr("Delete the selected row"));
}

void MasterDataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

void MasterDataPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

void MasterDataPage::scheduleReload()
{
    m_stale = true;
    // A hidden page catches up when it is shown; a burst of changes is read once.
    if (isVisible())
        m_reload.start();
}

void MasterDataPage::reloadNow()
{
    m_reload.stop();
    m_stale = false;
    if (!m_model)
        return;
    const qint64 key = currentKey();
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
    m_model->reload();
    if (key >= 0) {
        const int row = m_model->rowOfKey(key);
        if (row >= 0 && m_table->currentIndex() != m_model->index(row, column))
            m_table->setCurrentIndex(m_model->index(row, column));
    }
    afterReload();
}

bool MasterDataPage::selectKey(qint64 key)
{
    if (m_stale)
        reloadNow();
    const int row = m_model ? m_model->rowOfKey(key) : -1;
    if (row < 0)
        return false;
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

qint64 MasterDataPage::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid())
        return -1;
    return m_model->keyAt(current.row());
}

bool MasterDataPage::confirm(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MasterDataPage::deleteCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session->isOpen() || !current.isValid())
        return;
    deleteRow(current.row());
}

} // namespace annalist
