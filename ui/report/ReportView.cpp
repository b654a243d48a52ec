#include "ReportView.h"

#include "ChoiceSectionEditor.h"
#include "InfoSectionEditor.h"
#include "InterviewEditor.h"
#include "LedgerSession.h"
#include "MessageBar.h"
#include "ReadOnlyGuard.h"
#include "ReportPreview.h"
#include "ReportTreeModel.h"
#include "SectionAddCommand.h"
#include "SectionRemoveCommand.h"
#include "TextSectionEditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace annalist {
namespace {

struct KindChoice
{
    const char *name;
    SectionKind kind;
    const char *option; // chart key or statement layout
};

constexpr KindChoice kindChoices[] = {
    {"text", SectionKind::Text, ""},
    {"statement_published", SectionKind::Statement, "published"},
    {"statement_budget", SectionKind::Statement, "budget"},
    {"chart_spending", SectionKind::Chart, "spending"},
    {"chart_projects", SectionKind::Chart, "projects"},
    {"chart_portfolio", SectionKind::Chart, "portfolio"},
    {"chart_members", SectionKind::Chart, "members"},
    {"chart_years", SectionKind::Chart, "years"},
    {"portfolio", SectionKind::Portfolio, ""},
    {"interview", SectionKind::Interview, ""},
    {"members", SectionKind::Members, ""},
    {"pagebreak", SectionKind::PageBreak, ""},
};

ReportSection contentOf(const KindChoice &choice, bool chapter)
{
    ReportSection s;
    s.kind = choice.kind;
    if (choice.kind == SectionKind::Chart)
        s.chartKey = QLatin1String(choice.option);
    if (choice.kind == SectionKind::Statement)
        s.statementLayout = QLatin1String(choice.option);
    switch (choice.kind) {
    case SectionKind::Text:
        s.title = chapter ? ReportView::tr("New chapter") : ReportView::tr("New section");
        break;
    case SectionKind::Statement:
        s.title = ReportView::tr("Income statement");
        break;
    case SectionKind::Chart:
        s.title = ReportTreeModel::kindText(s).section(QStringLiteral(": "), 1);
        break;
    case SectionKind::Portfolio:
        s.title = ReportView::tr("Portfolio overview");
        break;
    case SectionKind::Interview:
        s.title = ReportView::tr("Interview");
        break;
    case SectionKind::Members:
        s.title = ReportView::tr("The members' contributions");
        break;
    case SectionKind::PageBreak:
        break;
    }
    return s;
}

} // namespace

ReportView::ReportView(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReportTreeModel(session, this))
    , m_heading(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(this))
    , m_chapterMenu(new QMenu(this))
    , m_subsectionMenu(new QMenu(this))
    , m_sectionTitle(new QLabel(this))
    , m_editors(new QStackedWidget(this))
    , m_noSection(new QLabel(this))
    , m_textEditor(new TextSectionEditor(session, this))
    , m_choiceEditor(new ChoiceSectionEditor(session, this))
    , m_interviewEditor(new InterviewEditor(session, this))
    , m_infoEditor(new InfoSectionEditor(session, this))
    , m_preview(new ReportPreview(session, this))
{
    setObjectName(QStringLiteral("ReportView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));

    // The tree and its buttons.
    m_tree->setObjectName(QStringLiteral("reportTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ReportTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReportTreeModel::KindColumn, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_chapterMenu->setObjectName(QStringLiteral("addChapterMenu"));
    m_subsectionMenu->setObjectName(QStringLiteral("addSubsectionMenu"));
    m_chapterMenu->setToolTipsVisible(true);
    m_subsectionMenu->setToolTipsVisible(true);
    fillKindMenu(m_chapterMenu, true);
    fillKindMenu(m_subsectionMenu, false);

    QAction *addChapter = makeAction("addChapter", QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    QAction *addSubsection = makeAction("addSubsection", QKeySequence(Qt::Key_Insert));
    QAction *remove = makeAction("removeSection", QKeySequence::Delete);
    QAction *up = makeAction("moveUp", QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction *down = makeAction("moveDown", QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *outdent = makeAction("outdent", QKeySequence(Qt::CTRL | Qt::Key_Left));
    QAction *indent = makeAction("indent", QKeySequence(Qt::CTRL | Qt::Key_Right));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    outdent->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    indent->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    addChapter->setMenu(m_chapterMenu);
    addSubsection->setMenu(m_subsectionMenu);
    connect(addChapter, &QAction::triggered, this, [this] { popupMenu(m_chapterMenu); });
    connect(addSubsection, &QAction::triggered, this, [this] { popupMenu(m_subsectionMenu); });
    connect(remove, &QAction::triggered, this, &ReportView::removeCurrent);
    connect(up, &QAction::triggered, this, &ReportView::moveCurrentUp);
    connect(down, &QAction::triggered, this, &ReportView::moveCurrentDown);
    connect(outdent, &QAction::triggered, this, &ReportView::outdentCurrent);
    connect(indent, &QAction::triggered, this, &ReportView::indentCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : {addChapter, addSubsection}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    for (QAction *action : {remove, up, down, outdent, indent}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        buttons->addWidget(button);
    }
    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 4, 0);
    treeLayout->addLayout(buttons);
    treeLayout->addWidget(m_tree, 1);

    // The editor of the selected section.
    QFont titleFont = m_sectionTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_sectionTitle->setFont(titleFont);
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_sectionTitle->setWordWrap(true);
    m_noSection->setAlignment(Qt::AlignCenter);
    m_noSection->setWordWrap(true);
    m_editors->setObjectName(QStringLiteral("sectionEditors"));
    m_editors->addWidget(m_noSection);
    for (SectionEditor *editor :
         std::initializer_list<SectionEditor *>{m_textEditor, m_choiceEditor, m_interviewEditor, m_infoEditor}) {
        m_editors->addWidget(editor);
        // The text editor marks its own controls, so that its text stays readable.
        if (editor != m_textEditor)
            ReadOnlyGuard::markEdit(editor);
        connect(editor, &SectionEditor::refused, this, &ReportView::showRefusal);
    }
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(4, 0, 4, 0);
    editorLayout->addWidget(m_sectionTitle);
    editorLayout->addWidget(m_editors, 1);

    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_splitter->addWidget(treePane);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({300, 420, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_tree);
    setTabOrder(m_tree, m_textEditor->textEdit());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under) { m_tree->expand(under); });
    connect(m_model, &ReportTreeModel::refused, this, &ReportView::showRefusal);
    connect(session, &LedgerSession::dataChanged, this, &ReportView::ledgerChanged);
    connect(session, &LedgerSession::yearChanged, this, &ReportView::retranslate);
    connect(session, &LedgerSession::revealRequested, this, &ReportView::reveal);
    m_tree->expandAll();
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    retranslate();
    showCurrent();
}

QAction *ReportView::makeAction(const char *name, const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    // Only in the tree: in the editors these keys move the cursor and delete text.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(action);
    ReadOnlyGuard::markEdit(action);
    return action;
}

void ReportView::fillKindMenu(QMenu *menu, bool chapter)
{
    for (const KindChoice &choice : kindChoices) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("kind_%1").arg(QLatin1String(choice.name)));
        ReadOnlyGuard::markEdit(action);
        connect(action, &QAction::triggered, this,
                [this, choice, chapter] { addSection(contentOf(choice, chapter), chapter); });
        const QLatin1String name(choice.name);
        if (name == QLatin1String("text") || name == QLatin1String("statement_budget") ||
            name == QLatin1String("chart_years"))
            menu->addSeparator();
    }
}

void ReportView::retranslate()
{
    m_heading->setText(tr("Annual report %1").arg(m_session->year()));
    const auto set = [this](const char *name, const QString &text, const QString &tip) {
        QAction *action = findChild<QAction *>(QLatin1String(name));
        action->setText(text);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
    };
    set("addChapter", tr("Add &Chapter"), tr("Add a chapter after the selected one"));
    set("addSubsection", tr("Add &Subsection"), tr("Add a subsection at the end of the selected section"));
    set("removeSection", tr("Remove"), tr("Remove the selected section with its subsections"));
    set("moveUp", tr("Move Up"), tr("Move the section up among its siblings"));
    set("moveDown", tr("Move Down"), tr("Move the section down among its siblings"));
    set("outdent", tr("Outdent"), tr("Make the section a sibling of its parent"));
    set("indent", tr("Indent"), tr("Make the section a subsection of the one above it"));
    for (QMenu *menu : {m_chapterMenu, m_subsectionMenu}) {
        const bool chapter = menu == m_chapterMenu;
        for (const KindChoice &choice : kindChoices) {
            QAction *action = menu->findChild<QAction *>(QStringLiteral("kind_%1").arg(QLatin1String(choice.name)));
            if (!action)
                continue;
            const ReportSection content = contentOf(choice, chapter);
            QString text = ReportTreeModel::kindText(content);
            if (choice.kind == SectionKind::Text)
                text = tr("Text");
            action->setText(text);
            action->setStatusTip(tr("Add a section: %1").arg(text));
            action->setToolTip(action->statusTip());
        }
    }
    m_tree->setAccessibleName(tr("Chapters and sections of the annual report"));
    m_tree->setToolTip(tr("F2 renames; Ctrl+arrows move; Insert adds a subsection, Shift+Insert a chapter; "
                          "drag a section to move it"));
    m_editors->setAccessibleName(tr("Editor of the selected section"));
    m_noSection->setText(m_model->rowCount() == 0
                             ? tr("The year %1 has no annual report yet. Add a chapter to start one (Shift+Insert).")
                                   .arg(m_session->year())
                             : tr("Choose a section on the left to edit it."));
}

void ReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

SectionEditor *ReportView::currentEditor() const
{
    return qobject_cast<SectionEditor *>(m_editors->currentWidget());
}

QString ReportView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ReportView::showRefusal(const QString &reason)
{
    m_message->showRefusal(reason);
}

qint64 ReportView::currentSectionId() const
{
    return m_model->sectionId(m_tree->currentIndex());
}

bool ReportView::selectSection(qint64 sectionId)
{
    const QModelIndex index = m_model->indexOf(sectionId);
    if (!index.isValid())
        return false;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ReportView::showCurrent()
{
    if (SectionEditor *editor = currentEditor())
        editor->commit();
    const auto entry = m_model->entry(m_tree->currentIndex());
    updateActions();
    if (!entry) {
        m_sectionTitle->clear();
        retranslate();
        m_editors->setCurrentWidget(m_noSection);
        return;
    }
    const ReportSection &s = entry->section;
    m_sectionTitle->setText(s.kind == SectionKind::PageBreak
                                ? tr("Page break")
                                : tr("%1  %2  (%3)").arg(entry->number, s.title, ReportTreeModel::kindText(s)));
    SectionEditor *editor = nullptr;
    switch (s.kind) {
    case SectionKind::Text:
        editor = m_textEditor;
        break;
    case SectionKind::Statement:
    case SectionKind::Chart:
        editor = m_choiceEditor;
        break;
    case SectionKind::Interview:
        editor = m_interviewEditor;
        break;
    case SectionKind::Portfolio:
    case SectionKind::Members:
    case SectionKind::PageBreak:
        editor = m_infoEditor;
        break;
    }
    editor->load(s);
    m_editors->setCurrentWidget(editor);
    m_preview->showSection(s.id);
}

void ReportView::ledgerChanged()
{
    // The tree has followed already (its model listens first); the editor shows what is stored.
    const auto entry = m_model->entry(m_tree->currentIndex());
    SectionEditor *editor = currentEditor();
    if (!entry || !editor || editor->section().id != entry->section.id) {
        showCurrent();
        return;
    }
    editor->refresh(entry->section);
    const ReportSection &s = entry->section;
    if (s.kind != SectionKind::PageBreak)
        m_sectionTitle->setText(tr("%1  %2  (%3)").arg(entry->number, s.title, ReportTreeModel::kindText(s)));
    updateActions();
}

void ReportView::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool has = current.isValid();
    const auto entry = m_model->entry(current);
    findChild<QAction *>(QStringLiteral("addSubsection"))->setEnabled(has);
    findChild<QAction *>(QStringLiteral("removeSection"))->setEnabled(has);
    findChild<QAction *>(QStringLiteral("moveUp"))->setEnabled(has && current.row() > 0);
    findChild<QAction *>(QStringLiteral("moveDown"))
        ->setEnabled(has && current.row() < m_model->rowCount(current.parent()) - 1);
    findChild<QAction *>(QStringLiteral("outdent"))->setEnabled(has && current.parent().isValid());
    const QModelIndex above = has ? current.sibling(current.row() - 1, 0) : QModelIndex();
    const auto aboveEntry = m_model->entry(above);
    findChild<QAction *>(QStringLiteral("indent"))
        ->setEnabled(aboveEntry && aboveEntry->section.kind != SectionKind::PageBreak);
    findChild<QAction *>(QStringLiteral("addChapter"))->setEnabled(m_session->isOpen());
    Q_UNUSED(entry)
}

void ReportView::popupMenu(QMenu *menu)
{
    const QRect at = m_tree->visualRect(m_tree->currentIndex());
    const QPoint where = at.isValid() ? at.bottomLeft() : QPoint(0, 0);
    menu->popup(m_tree->viewport()->mapToGlobal(where));
}

qint64 ReportView::addSection(const ReportSection &content, bool chapter)
{
    if (!m_session->isOpen())
        return 0;
    if (SectionEditor *editor = currentEditor())
        editor->commit();
    ReportSection s = content;
    s.year = m_session->year();
    const QModelIndex current = m_tree->currentIndex();
    const auto entry = m_model->entry(current);
    if (chapter || !entry) {
        QModelIndex top = current;
        while (top.parent().isValid())
            top = top.parent();
        s.parentId.reset();
        s.position = top.isValid() ? top.row() + 1 : m_model->rowCount();
    } else if (entry->section.kind == SectionKind::PageBreak) {
        s.parentId = entry->section.parentId;
        s.position = current.row() + 1;
    } else {
        s.parentId = entry->section.id;
        s.position = m_model->rowCount(current.sibling(current.row(), 0));
    }
    auto command = std::make_unique<SectionAddCommand>(m_session, s);
    SectionAddCommand *added = command.get();
    if (auto done = m_session->execute(std::move(command)); !done) {
        showRefusal(done.error().message);
        return 0;
    }
    m_message->clearMessage();
    const qint64 id = added->sectionId();
    selectSection(id);
    if (s.kind != SectionKind::PageBreak) {
        m_tree->setFocus();
        m_tree->edit(m_tree->currentIndex());
    }
    return id;
}

void ReportView::removeCurrent()
{
    const auto entry = m_model->entry(m_tree->currentIndex());
    if (!entry)
        return;
    const ReportSection &s = entry->section;
    const int below = m_model->rowCount(m_tree->currentIndex().sibling(m_tree->currentIndex().row(), 0));
    QString question;
    if (s.kind == SectionKind::PageBreak)
        question = tr("Remove the page break?");
    else if (below > 0)
        question = tr("Remove section %1 \"%2\" with its subsections?").arg(entry->number, s.title);
    else
        question = tr("Remove section %1 \"%2\"?").arg(entry->number, s.title);
    QMessageBox box(QMessageBox::Question, tr("Remove Section"),
                    question + QLatin1Char(' ') + tr("Edit > Undo brings it back."), QMessageBox::Yes | QMessageBox::No,
                    this);
    box.setObjectName(QStringLiteral("confirmRemove"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto done = m_session->execute(std::make_unique<SectionRemoveCommand>(m_session, s.id, s.title)); !done)
        showRefusal(done.error().message);
    else
        m_message->clearMessage();
}

void ReportView::moveCurrentUp()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto entry = m_model->entry(current);
    if (!entry || current.row() == 0)
        return;
    if (auto done = m_model->moveSection(entry->section.id, entry->section.parentId, current.row() - 1); !done)
        showRefusal(done.error().message);
    selectSection(entry->section.id);
}

void ReportView::moveCurrentDown()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto entry = m_model->entry(current);
    if (!entry || current.row() >= m_model->rowCount(current.parent()) - 1)
        return;
    if (auto done = m_model->moveSection(entry->section.id, entry->section.parentId, current.row() + 2); !done)
        showRefusal(done.error().message);
    selectSection(entry->section.id);
}

void ReportView::indentCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto entry = m_model->entry(current);
    const auto above = m_model->entry(current.sibling(current.row() - 1, 0));
    if (!entry || current.row() == 0 || !above)
        return;
    const int last = m_model->rowCount(current.sibling(current.row() - 1, 0));
    if (auto done = m_model->moveSection(entry->section.id, above->section.id, last); !done)
        showRefusal(done.error().message);
    selectSection(entry->section.id);
}

void ReportView::outdentCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto entry = m_model->entry(current);
    const QModelIndex parent = current.parent();
    const auto parentEntry = m_model->entry(parent);
    if (!entry || !parentEntry)
        return;
    if (auto done = m_model->moveSection(entry->section.id, parentEntry->section.parentId, parent.row() + 1); !done)
        showRefusal(done.error().message);
    selectSection(entry->section.id);
}

void ReportView::reveal(const FindingLocation &location)
{
    if (location.kind != FindingLocation::Kind::ReportSection)
        return;
    if (location.year != 0 && location.year != m_session->year())
        m_session->setYear(location.year);
    selectSection(location.id);
}

} // namespace annalist
