#include "BudgetView.h"

#include "AccountStatementDialog.h"
#include "AmountFormat.h"
#include "BudgetChangesPanel.h"
#include "BudgetTableModel.h"
#include "BudgetYearStartCommand.h"
#include "LedgerSession.h"
#include "LineEditDelegate.h"
#include "ReadOnlyGuard.h"
#include "TrialBalanceDialog.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

BudgetView::BudgetView(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BudgetTableModel(session, this))
    , m_table(new QTableView(this))
    , m_delegate(new LineEditDelegate(this))
    , m_changes(new BudgetChangesPanel(session, this))
    , m_title(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_trialBalance(new QPushButton(this))
    , m_nextYear(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("BudgetView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_periodLabel->setBuddy(m_period);
    m_trialBalance->setObjectName(QStringLiteral("trialBalanceButton"));
    m_nextYear->setObjectName(QStringLiteral("startNextYearButton"));
    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setAccessibleName(tr("Budget by account"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(BudgetTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Type into an original budget to change it; Enter on any other figure shows the "
                           "postings behind it."));

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *postings = new QAction(tr("Show &Postings"), this);
    postings->setObjectName(QStringLiteral("showPostings"));
    connect(postings, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            m_session->showPostings(m_model->postingsFilter(m_table->currentIndex().row()));
    });
    auto *statement = new QAction(tr("Account &Statement"), this);
    statement->setObjectName(QStringLiteral("showAccountStatement"));
    statement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    statement->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(statement, &QAction::triggered, this, [this] {
        if (const qint64 account = currentAccount())
            showAccountStatement(account, m_model->periodStart(), m_model->periodEnd());
    });
    auto *change = new QAction(tr("Add Budget &Change"), this);
    change->setObjectName(QStringLiteral("addBudgetChange"));
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    change->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(change, &QAction::triggered, this, [this] { m_changes->prepareChange(currentAccount()); });
    ReadOnlyGuard::markEdit(change);
    ReadOnlyGuard::markEdit(m_nextYear);
    postings->setStatusTip(tr("Show the postings behind the selected figure"));
    statement->setStatusTip(tr("Show the account's postings with a running balance"));
    change->setStatusTip(tr("Add a budget change for the selected account"));
    for (QAction *action : {postings, statement, change}) {
        action->setToolTip(action->statusTip());
        m_table->addAction(action);
        addAction(action);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_periodLabel);
    header->addWidget(m_period);
    header->addWidget(m_trialBalance);
    header->addWidget(m_nextYear);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 200});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_limits);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);
    setTabOrder(m_table, m_changes->table());
    setTabOrder(m_period, m_trialBalance);
    setTabOrder(m_trialBalance, m_nextYear);

    connect(m_period, &QComboBox::activated, this,
            [this](int index) { m_model->setThroughMonth(m_period->itemData(index).toInt()); });
    connect(m_trialBalance, &QPushButton::clicked, this, &BudgetView::showTrialBalance);
    connect(m_nextYear, &QPushButton::clicked, this, &BudgetView::startNextYear);
    connect(m_table, &QTableView::activated, this, &BudgetView::activate);
    connect(m_model, &BudgetTableModel::editRefused, this, &BudgetView::editRefused);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetView::modelReloaded);
    // Amounts are never elided: the columns fit them whenever the rows or the period change.
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetView::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &BudgetView::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BudgetView::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BudgetView::modelReloaded);
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    m_message->hide();
            });
    connect(session->undoStack(), &QUndoStack::indexChanged, m_message, &QWidget::hide);
    connect(session, &LedgerSession::accountStatementRequested, this,
            [this](qint64 accountId) { showAccountStatement(accountId); });
    retranslate();
    fitColumns();
}

void BudgetView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BudgetView::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    const int month = m_model->throughMonth();
    m_period->clear();
    m_period->addItem(tr("Whole year"), 12);
    for (int m = 1; m < 12; ++m)
        m_period->addItem(tr("Year to date: through %1").arg(QLocale().monthName(m)), m);
    m_period->setCurrentIndex(m_period->findData(month));
    m_trialBalance->setText(tr("T&rial Balance…"));
    m_trialBalance->setToolTip(tr("Per account, the sum of the postings in any date range."));
    modelReloaded();
}

void BudgetView::modelReloaded()
{
    const int year = m_model->statement().year;
    m_title->setText(year ? tr("Budget %1").arg(year) : tr("Budget"));
    m_nextYear->setText(year ? tr("Start &Budget %1").arg(year + 1) : tr("Start Next Year's &Budget"));
    m_nextYear->setToolTip(tr("Starts next year's budget from this year's corrected budgets; Edit > Undo takes it "
                              "back."));
    m_nextYear->setEnabled(year != 0);
    m_trialBalance->setEnabled(m_session->isOpen());
    const Association &a = m_model->association();
    m_limits->setText(year ? tr("Deviations of at least %1 % and %2 are marked in bold with a warning sign.%3")
                                 .arg(a.deviationWarnPercent)
                                 .arg(AmountFormat::format(a.deviationWarnAmount),
                                      m_model->isYearClosed()
                                          ? tr(" The year %1 is closed: its budget can no longer be changed.").arg(year)
                                          : QString())
                           : QString());
    m_table->setColumnHidden(BudgetTableModel::PeriodBudgetColumn, m_model->throughMonth() >= 12);
    const QString error = m_model->loadError();
    if (!error.isEmpty() && error != m_shownLoadError)
        showMessage(error, true);
    else if (error.isEmpty() && !m_shownLoadError.isEmpty() && messageText() == m_shownLoadError)
        m_message->hide();
    m_shownLoadError = error;
}

void BudgetView::fitColumns()
{
    for (int column = 0; column < BudgetTableModel::ColumnCount; ++column)
        if (column != BudgetTableModel::NameColumn)
            m_table->resizeColumnToContents(column);
}

qint64 BudgetView::currentAccount() const
{
    const StatementLine *line = m_model->lineAt(m_table->currentIndex().row());
    return line ? line->accountId : 0;
}

void BudgetView::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_model->rowKind(index.row()) == BudgetTableModel::RowKind::Heading)
        return;
    const StatementLine *line = m_model->lineAt(index.row());
    if (line && index.column() == BudgetTableModel::OriginalColumn && (m_model->flags(index) & Qt::ItemIsEditable)) {
        m_table->edit(index);
        return;
    }
    if (line && index.column() == BudgetTableModel::ChangesColumn) {
        m_changes->prepareChange(line->accountId);
        return;
    }
    m_session->showPostings(m_model->postingsFilter(index.row()));
}

void BudgetView::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #8a1c00; font-weight: bold;") : QString());
    m_message->setText(text);
    m_message->show();
}

QString BudgetView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BudgetView::editRefused(const QModelIndex &index, const QString &reason, const QString &typed)
{
    showMessage(tr("Not saved: %1 Change it, or press Escape to keep the budget as it was.").arg(reason), true);
    const QRect cell = m_table->visualRect(index);
    QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), reason, m_table->viewport(), cell);
    // The editor is closing now; it opens again on what was typed, so that nothing is lost.
    m_delegate->keepTyped(index, typed);
    const QPersistentModelIndex again(index);
    QTimer::singleShot(0, this, [this, again] {
        if (!again.isValid())
            return;
        m_table->setCurrentIndex(again);
        m_table->edit(again);
    });
}

AccountStatementDialog *BudgetView::accountStatementDialog()
{
    if (!m_statementDialog)
        m_statementDialog = new AccountStatementDialog(m_session, this);
    return m_statementDialog;
}

TrialBalanceDialog *BudgetView::trialBalanceDialog()
{
    if (!m_trialDialog) {
        m_trialDialog = new TrialBalanceDialog(m_session, this);
        connect(m_trialDialog, &TrialBalanceDialog::accountStatementRequested, this, &BudgetView::showAccountStatement);
    }
    return m_trialDialog;
}

void BudgetView::showAccountStatement(qint64 accountId, const QDate &from, const QDate &to)
{
    accountStatementDialog()->showAccount(accountId, from, to);
}

void BudgetView::showTrialBalance()
{
    trialBalanceDialog()->showRange();
}

void BudgetView::startNextYear()
{
    const int year = m_model->statement().year;
    if (!year)
        return;
    auto command = std::make_unique<BudgetYearStartCommand>(m_session, year);
    const int next = command->toYear();
    if (auto done = m_session->execute(std::move(command)); !done) {
        showMessage(done.error().message, true);
        return;
    }
    // The new budget is what the user wants to see and work on next.
    m_session->setYear(next);
    showMessage(
        tr("The budget of %1 starts from the corrected budgets of %2. Edit > Undo takes it back.").arg(next).arg(year),
        false);
}

} // namespace annalist
