#include "PostingsView.h"

#include "AmountFormat.h"
#include "DeletePostingsCommand.h"
#include "LedgerSession.h"
#include "LineEditDelegate.h"
#include "PostingEntryForm.h"
#include "PostingFilterBar.h"
#include "PostingInput.h"
#include "PostingTableModel.h"
#include "ReadOnlyGuard.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {
namespace {

// The count and sum read every matching posting: they wait until the first page is on screen
// and typing has paused.
constexpr int summaryDelayMs = 120;
// Pages read at most to find a posting that a finding points at.
constexpr int revealPages = 50;

} // namespace

PostingsView::PostingsView(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PostingTableModel(session, this))
    , m_delegate(new LineEditDelegate(this))
    , m_filterBar(new PostingFilterBar(session, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_editProblem(new QLabel(this))
    , m_form(new PostingEntryForm(session, this))
{
    setObjectName(QStringLiteral("PostingsView"));
    m_table->setObjectName(QStringLiteral("postingsTable"));
    m_table->setAccessibleName(tr("Postings"));
    m_summary->setObjectName(QStringLiteral("postingsSummary"));
    m_editProblem->setObjectName(QStringLiteral("postingsEditProblem"));
    QPalette red = m_editProblem->palette();
    red.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_editProblem->setPalette(red);
    m_editProblem->setWordWrap(true);
    m_editProblem->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    // The account cell completes by number or name from the active accounts.
    m_delegate->setCompletions(PostingTableModel::AccountColumn, [this] {
        QStringList labels;
        for (const Account &a : m_model->accounts())
            if (a.active)
                labels.append(PostingInput::accountLabel(a));
        return labels;
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PostingTableModel::TextColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(PostingTableModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("00.00.00000")) + 16);
    header->resizeSection(PostingTableModel::VoucherColumn,
                          metrics.horizontalAdvance(QStringLiteral("Voucher00")) + 16);
    header->resizeSection(PostingTableModel::AccountColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 22);
    header->resizeSection(PostingTableModel::ProjectColumn, metrics.horizontalAdvance(QLatin1Char('M')) * 14);
    header->resizeSection(PostingTableModel::AmountColumn,
                          metrics.horizontalAdvance(QStringLiteral("-000.000.000,00")) + 16);
    header->setSortIndicator(PostingTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *deleteAction = new QAction(tr("&Delete Postings"), m_table);
    deleteAction->setObjectName(QStringLiteral("deletePostings"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &PostingsView::deleteSelected);
    deleteAction->setStatusTip(tr("Delete the selected postings (asking first when there are several)"));
    deleteAction->setToolTip(deleteAction->statusTip());
    auto *editAction = new QAction(tr("&Edit Cell"), m_table);
    editAction->setObjectName(QStringLiteral("editPostingCell"));
    editAction->setStatusTip(tr("Edit the current cell of the posting"));
    editAction->setToolTip(editAction->statusTip());
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, [this] { m_table->edit(m_table->currentIndex()); });
    m_table->addAction(editAction);
    m_table->addAction(deleteAction);
    ReadOnlyGuard::markEdit(editAction);
    ReadOnlyGuard::markEdit(deleteAction);
    ReadOnlyGuard::markEdit(m_form);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *findAction = new QAction(tr("&Find Postings"), this);
    findAction->setObjectName(QStringLiteral("findPostings"));
    findAction->setStatusTip(tr("Search the postings by text, voucher or amount"));
    findAction->setToolTip(findAction->statusTip());
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_filterBar, &PostingFilterBar::focusText);
    addAction(findAction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_editProblem);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    setFocusProxy(m_table);

    m_summaryDelay.setSingleShot(true);
    m_summaryDelay.setInterval(summaryDelayMs);
    connect(&m_summaryDelay, &QTimer::timeout, this, &PostingsView::updateSummary);

    connect(m_filterBar, &PostingFilterBar::filterChanged, this, &PostingsView::showFilter);
    // Typing into the filter makes the last count wrong; it is counted again once typing pauses.
    connect(m_filterBar->textEdit(), &QLineEdit::textChanged, this, [this] { m_summaryDelay.stop(); });
    connect(m_model, &PostingTableModel::editRefused, this, &PostingsView::editRefused);
    connect(m_model, &PostingTableModel::loadFailed, this, [this](const QString &reason) {
        m_editProblem->setText(reason);
        m_editProblem->show();
    });
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    m_editProblem->hide();
            });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] { m_editProblem->hide(); });
    connect(m_form, &PostingEntryForm::posted, this, &PostingsView::selectPosting);

    connect(session, &LedgerSession::yearChanged, this, &PostingsView::yearChanged);
    connect(session, &LedgerSession::ledgerClosed, this, [this] {
        m_summary->clear();
        m_filterBar->reloadChoices();
        m_form->setYear(0);
    });
    connect(session, &LedgerSession::dataChanged, this, [this] {
        m_filterBar->reloadChoices();
        m_summaryDelay.start();
    });
    connect(session, &LedgerSession::postingsRequested, this, &PostingsView::drillDown);
    connect(session, &LedgerSession::revealRequested, this, [this](const FindingLocation &location) {
        if (location.kind == FindingLocation::Kind::Posting)
            revealPosting(location.id);
    });
    if (session->isOpen())
        yearChanged(session->year());
}

void PostingsView::yearChanged(int year)
{
    m_form->setYear(year);
    m_filterBar->setYear(year);
}

void PostingsView::drillDown(const PostingFilter &requested)
{
    PostingFilter filter = requested;
    if (filter.year == 0)
        filter.year = m_session->year();
    // A drill-down into another year takes the whole desktop there.
    if (filter.year != m_session->year())
        m_session->setYear(filter.year);
    // The bar shows what was asked for and passes it on to the table.
    m_filterBar->setFilter(filter);
}

void PostingsView::showFilter(const PostingFilter &filter)
{
    m_editProblem->hide();
    m_model->setFilter(filter);
    m_summaryDelay.start();
}

void PostingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_summaryStale)
        m_summaryDelay.start();
}

void PostingsView::updateSummary()
{
    // Counting a million postings is work to do when someone looks, not while another view is open.
    if (!isVisible()) {
        m_summaryStale = true;
        return;
    }
    m_summaryStale = false;
    if (!m_session->isOpen() || m_model->filter().year == 0) {
        m_summary->clear();
        return;
    }
    // When every match is loaded (a narrow search), the rows at hand are counted: no second pass.
    auto summary = m_model->isComplete() ? Result<PostingSummary>(m_model->loadedSummary())
                                         : PostingRepository(*m_session->ledger()).summaryMatching(m_model->filter());
    if (!summary) {
        m_summary->setText(summary.error().message);
        return;
    }
    m_summary->setText(
        tr("%1 postings, sum %2").arg(QLocale().toString(summary->count), AmountFormat::format(summary->sum)));
}

void PostingsView::editRefused(const QModelIndex &index, const QString &reason, const QString &typed)
{
    m_editProblem->setText(tr("Not saved: %1 Change it, or press Escape to keep the posting as it was.").arg(reason));
    m_editProblem->show();
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

void PostingsView::deleteSelected()
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
    if (m_model->isReadOnly()) {
        m_editProblem->setText(
            tr("The fiscal year %1 is closed; its postings cannot be deleted.").arg(m_model->filter().year));
        m_editProblem->show();
        return;
    }
    if (rows.size() > 1) {
        QMessageBox ask(QMessageBox::Question, tr("Delete Postings"),
                        tr("Delete the %1 selected postings?").arg(rows.size()), QMessageBox::NoButton, this);
        ask.setInformativeText(tr("Edit > Undo (Ctrl+Z) brings them back."));
        QPushButton *yes = ask.addButton(tr("Delete %1 Postings").arg(rows.size()), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(yes);
        ask.exec();
        m_table->setFocus(Qt::OtherFocusReason);
        if (ask.clickedButton() != yes)
            return;
    }
    QList<Posting> postings;
    for (int row : std::as_const(rows))
        postings.append(m_model->rowAt(row).posting);
    if (auto done = m_session->execute(std::make_unique<DeletePostingsCommand>(m_session, postings)); !done) {
        m_editProblem->setText(done.error().message);
        m_editProblem->show();
        return;
    }
    // The row after the deleted ones takes the cursor, to go on through the list.
    if (m_model->rowCount() > 0) {
        const int next = std::min(rows.first(), m_model->rowCount() - 1);
        m_table->setCurrentIndex(m_model->index(next, PostingTableModel::DateColumn));
    }
}

void PostingsView::revealPosting(qint64 id)
{
    if (!m_session->isOpen())
        return;
    auto posting = PostingRepository(*m_session->ledger()).posting(id);
    if (!posting || !*posting) {
        m_editProblem->setText(posting ? tr("Posting %1 is no longer in the ledger.").arg(id)
                                       : posting.error().message);
        m_editProblem->show();
        return;
    }
    // The posting among those on its voucher: few rows, whatever the ledger's size.
    PostingFilter filter;
    filter.year = (*posting)->year;
    filter.text = QString::number((*posting)->voucher);
    drillDown(filter);
    m_model->fetchUntil(id, revealPages);
    selectPosting(id);
    m_table->setFocus(Qt::OtherFocusReason);
}

void PostingsView::selectPosting(qint64 id)
{
    const int row = m_model->rowOfPosting(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, PostingTableModel::DateColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace annalist
