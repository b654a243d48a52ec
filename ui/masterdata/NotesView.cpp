#include "NotesView.h"

#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "NoteCommand.h"
#include "NotesModel.h"
#include "ReadOnlyGuard.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

NotesView::NotesView(LedgerSession *session, QWidget *parent)
    : MasterDataPage(session, parent)
    , m_model(new NotesModel(session, this))
    , m_formHeading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_attached(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_lines(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("NotesView"));
    table()->setObjectName(QStringLiteral("notesTable"));
    table()->setAccessibleName(tr("Notes"));
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_attached->setObjectName(QStringLiteral("noteAttached"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_lines->setObjectName(QStringLiteral("noteLines"));
    m_lines->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyNote"));
    m_revert->setObjectName(QStringLiteral("revertNote"));
    for (NoteAttachment a : MasterDataNames::attachments())
        m_attached->addItem(MasterDataNames::attachment(a), int(a));

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formHeading);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("&Stands on:"), m_attached);
    fields->addRow(tr("Te&xt:"), m_text);
    fields->addRow(tr("Lines:"), m_lines);
    formLayout->addLayout(fields, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table());
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    pageLayout()->addWidget(splitter, 1);

    // Ctrl+Return saves the note from anywhere in the form, also from inside the text.
    auto *applyAction = new QAction(this);
    applyAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    form->addAction(applyAction);
    connect(applyAction, &QAction::triggered, this, &NotesView::applyForm);
    for (QObject *control :
         std::initializer_list<QObject *>{applyAction, m_apply, m_revert, m_title, m_attached, m_text})
        ReadOnlyGuard::markEdit(control);
    connect(m_apply, &QPushButton::clicked, this, &NotesView::applyForm);
    connect(m_revert, &QPushButton::clicked, this, [this] { showCurrent(true); });
    connect(m_title, &QLineEdit::textEdited, this, &NotesView::formEdited);
    connect(m_attached, &QComboBox::currentIndexChanged, this, &NotesView::formEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NotesView::formEdited);

    setModel(m_model);
    table()->horizontalHeader()->setSectionResizeMode(NotesModel::LinesColumn, QHeaderView::Stretch);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // The same note after the list was read again: what is being typed stays.
                if (m_shown && current.isValid() && m_model->year() == m_shown->year &&
                    m_model->keyAt(current.row()) == m_shown->number)
                    return;
                // Leaving a note saves what was typed into it, as leaving a cell does.
                if (m_dirty)
                    applyForm();
                showCurrent(true);
            });
    // An untouched form follows the ledger; what the user is typing stays.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_dirty)
            showCurrent(true);
    });
    connect(session, &LedgerSession::revealRequested, this, &NotesView::reveal);
    showCurrent(true);
}

void NotesView::retranslate()
{
    MasterDataPage::retranslate();
    setHeading(tr("Notes %1").arg(session()->year()));
    addItemAction()->setText(tr("&Add Note"));
    deleteItemAction()->setText(tr("&Delete Note"));
    m_apply->setText(tr("Save Note"));
    m_apply->setToolTip(tr("Save the note's title, place and text (Ctrl+Return)"));
    m_revert->setText(tr("Revert"));
}

QString NotesView::linesText() const
{
    return m_lines->text();
}

void NotesView::afterReload()
{
    setHeading(tr("Notes %1").arg(m_model->year()));
    table()->resizeColumnToContents(NotesModel::NumberColumn);
    table()->resizeColumnToContents(NotesModel::TitleColumn);
    table()->resizeColumnToContents(NotesModel::AttachedColumn);
    // An untouched form follows the ledger; what the user is typing stays.
    if (!m_dirty)
        showCurrent(true);
}

void NotesView::showCurrent(bool force)
{
    const int row = table()->currentIndex().isValid() ? table()->currentIndex().row() : -1;
    std::optional<Note> note;
    if (row >= 0 && row < m_model->rowCount())
        note = m_model->note(row);
    const bool same = note && m_shown && note->year == m_shown->year && note->number == m_shown->number;
    if (same && !force)
        return;
    m_shown = note;
    m_dirty = false;
    const Note shown = note.value_or(Note{});
    m_formHeading->setText(note ? tr("<b>Note %1</b>").arg(shown.number) : tr("No note chosen"));
    {
        const QSignalBlocker blockTitle(m_title);
        const QSignalBlocker blockAttached(m_attached);
        const QSignalBlocker blockText(m_text);
        m_title->setText(shown.title);
        m_attached->setCurrentIndex(m_attached->findData(int(shown.attached)));
        m_text->setPlainText(shown.text);
    }
    const QStringList lines = note ? m_model->linesOf(shown.number) : QStringList();
    m_lines->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
    for (QWidget *w :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_attached), static_cast<QWidget *>(m_text)})
        w->setEnabled(note.has_value());
    updateButtons();
}

void NotesView::formEdited()
{
    m_dirty = formModified();
    updateButtons();
}

bool NotesView::formModified() const
{
    if (!m_shown)
        return false;
    return m_title->text() != m_shown->title || m_text->toPlainText() != m_shown->text ||
           m_attached->currentData().toInt() != int(m_shown->attached);
}

void NotesView::updateButtons()
{
    m_apply->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
}

void NotesView::applyForm()
{
    if (!formModified())
        return;
    // The note the form was filled from, even when the list has moved on (another year, a reload).
    const int row = m_model->year() == m_shown->year ? m_model->rowOfKey(m_shown->number) : -1;
    if (row < 0) {
        showRefusal(tr("Note %1 of %2 is no longer there; the text typed into it was not saved.")
                        .arg(m_shown->number)
                        .arg(m_shown->year));
        return;
    }
    Note note = m_model->note(row);
    note.title = m_title->text().trimmed();
    note.attached = NoteAttachment(m_attached->currentData().toInt());
    note.text = m_text->toPlainText();
    if (m_model->setNote(row, note))
        showCurrent(true);
}

void NotesView::addItem()
{
    reloadNow();
    Note note;
    note.year = m_model->year();
    note.number = m_model->nextNumber();
    if (auto done = session()->execute(std::make_unique<NoteCommand>(session(), std::nullopt, note)); !done) {
        showRefusal(done.error().message);
        return;
    }
    clearMessage();
    reloadNow();
    selectKey(note.number);
    m_title->setFocus();
}

void NotesView::deleteRow(int row)
{
    const Note note = m_model->note(row);
    const QStringList lines = m_model->linesOf(note.number);
    const QString question = lines.isEmpty() ? tr("Delete note %1 of %2?").arg(note.number).arg(note.year)
                                             : tr("Delete note %1 of %2? These lines refer to it: %3.")
                                                   .arg(note.number)
                                                   .arg(note.year)
                                                   .arg(lines.join(QStringLiteral(", ")));
    if (!confirm(tr("Delete Note"), question))
        return;
    if (auto done = session()->execute(std::make_unique<NoteCommand>(session(), note, std::nullopt)); !done)
        showRefusal(done.error().message);
    else
        clearMessage();
}

void NotesView::reveal(const FindingLocation &location)
{
    if (location.kind != FindingLocation::Kind::Note)
        return;
    selectKey(location.id > 0 ? location.id : location.key.toLongLong());
}

} // namespace annalist
