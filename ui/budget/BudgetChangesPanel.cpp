#include "BudgetChangesPanel.h"

#include "BudgetChangeAddCommand.h"
#include "BudgetChangeRemoveCommand.h"
#include "BudgetChangesModel.h"
#include "BudgetInput.h"
#include "LedgerSession.h"
#include "LineEditDelegate.h"
#include "ReadOnlyGuard.h"
#include "UndoKeyFilter.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace annalist {

BudgetChangesPanel::BudgetChangesPanel(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BudgetChangesModel(session, this))
    , m_table(new QTableView(this))
    , m_delegate(new LineEditDelegate(this))
    , m_title(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_account(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_decision(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Change"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("BudgetChangesPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table->setObjectName(QStringLiteral("budgetChangesTable"));
    m_table->setAccessibleName(tr("Budget changes"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BudgetChangesModel::DecisionColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("F2 or typing edits a cell; Delete removes the selected changes."));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *deleteAction = new QAction(tr("&Delete Budget Change"), m_table);
    deleteAction->setObjectName(QStringLiteral("deleteBudgetChange"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setStatusTip(tr("Delete the selected budget changes"));
    deleteAction->setToolTip(deleteAction->statusTip());
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &BudgetChangesPanel::deleteSelected);
    m_table->addAction(deleteAction);
    ReadOnlyGuard::markEdit(deleteAction);
    for (QObject *control : std::initializer_list<QObject *>{m_date, m_account, m_amount, m_decision, m_add})
        ReadOnlyGuard::markEdit(control);

    m_date->setObjectName(QStringLiteral("changeDate"));
    m_date->setCalendarPopup(true);
    m_account->setObjectName(QStringLiteral("changeAccount"));
    m_amount->setObjectName(QStringLiteral("changeAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("Amount, e.g. 250.000,00"));
    m_decision->setObjectName(QStringLiteral("changeDecision"));
    m_decision->setPlaceholderText(tr("Decision, e.g. the board's decision of the date"));
    m_add->setObjectName(QStringLiteral("addChangeButton"));
    m_problem->setObjectName(QStringLiteral("changeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c00; font-weight: bold;"));
    m_problem->hide();
    UndoKeyFilter::installOn(m_amount);
    UndoKeyFilter::installOn(m_decision);

    auto *form = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Da&te:"), this);
    dateLabel->setBuddy(m_date);
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_account);
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    auto *decisionLabel = new QLabel(tr("Decisi&on:"), this);
    decisionLabel->setBuddy(m_decision);
    form->addWidget(dateLabel);
    form->addWidget(m_date);
    form->addWidget(accountLabel);
    form->addWidget(m_account, 1);
    form->addWidget(amountLabel);
    form->addWidget(m_amount);
    form->addWidget(decisionLabel);
    form->addWidget(m_decision, 2);
    form->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    setTabOrder(m_table, m_date);
    setTabOrder(m_date, m_account);
    setTabOrder(m_account, m_amount);
    setTabOrder(m_amount, m_decision);
    setTabOrder(m_decision, m_add);

    connect(m_add, &QPushButton::clicked, this, &BudgetChangesPanel::addChange);
    connect(m_amount, &QLineEdit::returnPressed, this, &BudgetChangesPanel::addChange);
    connect(m_decision, &QLineEdit::returnPressed, this, &BudgetChangesPanel::addChange);
    connect(m_model, &BudgetChangesModel::editRefused, this, &BudgetChangesPanel::editRefused);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetChangesPanel::refreshForm);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BudgetChangesPanel::refreshForm);
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    m_problem->hide();
            });
    connect(session->undoStack(), &QUndoStack::indexChanged, m_problem, &QWidget::hide);
    refreshForm();
}

QString BudgetChangesPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BudgetChangesPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void BudgetChangesPanel::refreshForm()
{
    const FiscalYear &year = m_model->fiscalYear();
    m_title->setText(year.year ? tr("Budget changes %1").arg(year.year) : tr("Budget changes"));
    if (year.start.isValid()) {
        // The date typed stays while the year does; a new year starts on today, or its last day.
        const QDate keep = m_date->date();
        m_date->setDateRange(year.start, year.end);
        const QDate today = QDate::currentDate();
        if (m_dateYear != year.year)
            m_date->setDate(today >= year.start && today <= year.end ? today : year.end);
        else
            m_date->setDate(keep);
        m_dateYear = year.year;
    }
    const bool writable = !year.closed && year.year != 0;
    for (QWidget *w :
         {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_amount),
          static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_add)})
        w->setEnabled(writable);
    m_add->setToolTip(year.closed ? tr("The fiscal year %1 is closed; its budget cannot be changed.").arg(year.year)
                                  : QString());

    const qint64 current = m_account->currentData().toLongLong();
    QStringList labels;
    m_account->clear();
    for (const Account &a : m_model->accounts()) {
        if (!a.active)
            continue;
        m_account->addItem(BudgetInput::accountLabel(a), a.id);
        labels.append(BudgetInput::accountLabel(a));
    }
    const int index = m_account->findData(current);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    m_delegate->setCompletions(BudgetChangesModel::AccountColumn, labels);
}

void BudgetChangesPanel::prepareChange(qint64 accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void BudgetChangesPanel::addChange()
{
    const FiscalYear &year = m_model->fiscalYear();
    BudgetChange change;
    change.year = year.year;
    change.accountId = m_account->currentData().toLongLong();
    auto date = BudgetInput::date(m_date->date().toString(Qt::ISODate), year);
    auto amount = BudgetInput::change(m_amount->text());
    auto decision = BudgetInput::decision(m_decision->text());
    // The first field in the form's order that is wrong takes the focus; nothing typed is lost.
    if (!date) {
        showProblem(date.error().message);
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_account->currentIndex() < 0) {
        showProblem(tr("Choose the account whose budget changes."));
        m_account->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!amount) {
        showProblem(amount.error().message);
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!decision) {
        showProblem(decision.error().message);
        m_decision->setFocus(Qt::OtherFocusReason);
        return;
    }
    change.date = *date;
    change.amount = *amount;
    change.decision = *decision;
    auto command = std::make_unique<BudgetChangeAddCommand>(m_session, change, m_account->currentText());
    auto *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done) {
        showProblem(done.error().message);
        return;
    }
    const int row = m_model->rowOfChange(added->changeId());
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, BudgetChangesModel::DateColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_problem->hide();
    m_amount->clear();
    m_decision->clear();
    m_amount->setFocus(Qt::OtherFocusReason);
}

void BudgetChangesPanel::deleteSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    if (rows.size() > 1) {
        QMessageBox ask(QMessageBox::Question, tr("Delete Budget Changes"),
                        tr("Delete the %1 selected budget changes?").arg(rows.size()), QMessageBox::NoButton, this);
        ask.setInformativeText(tr("Edit > Undo (Ctrl+Z) brings them back."));
        QPushButton *yes = ask.addButton(tr("Delete %1 Changes").arg(rows.size()), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(yes);
        ask.exec();
        if (ask.clickedButton() != yes)
            return;
    }
    QList<BudgetChange> changes;
    for (int row : std::as_const(rows))
        changes.append(m_model->changeAt(row));
    if (auto done = m_session->execute(std::make_unique<BudgetChangeRemoveCommand>(m_session, changes)); !done) {
        showProblem(done.error().message);
        return;
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(rows.first(), m_model->rowCount() - 1), BudgetChangesModel::DateColumn));
}

void BudgetChangesPanel::editRefused(const QModelIndex &index, const QString &reason, const QString &typed)
{
    showProblem(tr("Not saved: %1 Change it, or press Escape to keep the change as it was.").arg(reason));
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

} // namespace annalist
