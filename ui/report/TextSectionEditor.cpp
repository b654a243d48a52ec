#include "TextSectionEditor.h"

#include "LedgerSession.h"
#include "LiveFields.h"
#include "PictureImage.h"
#include "PictureInsertCommand.h"
#include "ReadOnlyGuard.h"
#include "ReportHtml.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace annalist {
namespace {

quint64 nextSitting()
{
    static quint64 counter = 1;
    return ++counter;
}

const int editorPictureWidth = 420;

} // namespace

TextSectionEditor::TextSectionEditor(LedgerSession *session, QWidget *parent)
    : SectionEditor(session, parent)
    , m_bar(new QToolBar(this))
    , m_edit(new QTextEdit(this))
    , m_fieldMenu(new QMenu(this))
    , m_fieldButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("TextSectionEditor"));
    m_edit->setObjectName(QStringLiteral("textEditor"));
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    // The ledger's undo stack is the only one: a second one in the editor would disagree with it.
    m_edit->setUndoRedoEnabled(false);
    m_edit->document()->setDocumentMargin(10);
    m_edit->installEventFilter(this);
    m_bar->setObjectName(QStringLiteral("textToolBar"));
    m_bar->setIconSize(QSize(16, 16));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    addAction("bold", QKeySequence::Bold, true);
    addAction("italic", QKeySequence::Italic, true);
    addAction("heading", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), true);
    m_bar->addSeparator();
    addAction("bulletList", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    addAction("numberedList", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    m_bar->addSeparator();
    addAction("link", QKeySequence(Qt::CTRL | Qt::Key_K), false);
    addAction("picture", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), false);
    m_bar->addSeparator();
    QAction *fields = addAction("fields", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), false);
    m_bar->removeAction(fields);
    m_fieldButton->setObjectName(QStringLiteral("fieldButton"));
    ReadOnlyGuard::markEdit(m_fieldButton);
    ReadOnlyGuard::markEdit(m_edit);
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    m_fieldButton->setMenu(m_fieldMenu);
    m_fieldButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fieldButton->setFocusPolicy(Qt::TabFocus);
    m_bar->addWidget(m_fieldButton);
    m_fieldMenu->setObjectName(QStringLiteral("fieldMenu"));
    m_fieldMenu->setToolTipsVisible(true);
    connect(m_fieldMenu, &QMenu::aboutToShow, this, &TextSectionEditor::fillFieldMenu);

    const auto action = [this](const char *name) { return findChild<QAction *>(QLatin1String(name)); };
    QFont boldFont = action("bold")->font();
    boldFont.setBold(true);
    action("bold")->setFont(boldFont);
    QFont italicFont = action("italic")->font();
    italicFont.setItalic(true);
    action("italic")->setFont(italicFont);
    connect(action("bold"), &QAction::triggered, this, &TextSectionEditor::toggleBold);
    connect(action("italic"), &QAction::triggered, this, &TextSectionEditor::toggleItalic);
    connect(action("heading"), &QAction::triggered, this, &TextSectionEditor::toggleHeading);
    connect(action("bulletList"), &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(action("numberedList"), &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(action("link"), &QAction::triggered, this, &TextSectionEditor::editLink);
    connect(action("picture"), &QAction::triggered, this, &TextSectionEditor::choosePicture);
    connect(fields, &QAction::triggered, this, &TextSectionEditor::popupFields);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);

    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(commitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &TextSectionEditor::commit);
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_commitTimer.start();
    });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &TextSectionEditor::updateActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &TextSectionEditor::updateActions);
    retranslate();
}

QAction *TextSectionEditor::addAction(const char *name, const QKeySequence &key, bool checkable)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    // The editor's event filter takes the keys while it has the focus, so that they win over the
    // window's shortcuts (Ctrl+I imports postings elsewhere).
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setCheckable(checkable);
    m_bar->addAction(action);
    m_actions.append(action);
    ReadOnlyGuard::markEdit(action);
    return action;
}

void TextSectionEditor::retranslate()
{
    const auto set = [this](const char *name, const QString &text, const QString &tip) {
        QAction *action = findChild<QAction *>(QLatin1String(name));
        action->setText(text);
        const QString withKey =
            QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
        action->setToolTip(withKey);
        action->setStatusTip(tip);
    };
    set("bold", tr("B"), tr("Bold"));
    set("italic", tr("I"), tr("Italic"));
    set("heading", tr("H"), tr("Make the paragraph a heading, or a heading a paragraph again"));
    set("bulletList", tr("•"), tr("Bulleted list"));
    set("numberedList", tr("1."), tr("Numbered list"));
    set("link", tr("Link"), tr("Link the selected text to a web address"));
    set("picture", tr("Picture"), tr("Insert a picture (PNG, JPEG or SVG) with its alternative text"));
    set("fields", tr("Field"), tr("Insert a figure from the ledger that follows the books"));
    m_fieldButton->setText(tr("Insert Field"));
    m_fieldButton->setToolTip(
        tr("Insert a figure from the ledger that follows the books (%1)")
            .arg(findChild<QAction *>(QStringLiteral("fields"))->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setAccessibleName(tr("Section text"));
    m_edit->setPlaceholderText(tr("Write the section's text here. Figures from the ledger go in as fields, "
                                  "so that they follow the books."));
}

void TextSectionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SectionEditor::changeEvent(event);
}

void TextSectionEditor::load(const ReportSection &stored)
{
    m_commitTimer.stop();
    m_dirty = false;
    setSection(stored);
    m_loading = true;
    registerPictures(stored.body);
    m_edit->setHtml(stored.body);
    m_loading = false;
    updateActions();
}

void TextSectionEditor::registerPictures(const QString &html)
{
    if (!session()->isOpen())
        return;
    ReportSection probe;
    probe.body = html;
    const ReportRepository reports(*session()->ledger());
    for (qint64 id : probe.pictureIds()) {
        auto picture = reports.picture(id);
        if (!picture || !picture->has_value())
            continue;
        const QImage image = PictureImage::render(**picture, editorPictureWidth);
        if (!image.isNull())
            m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("picture:%1").arg(id)),
                                            image);
    }
}

QString TextSectionEditor::html() const
{
    return ReportHtml::fromDocument(*m_edit->document());
}

void TextSectionEditor::commit()
{
    m_commitTimer.stop();
    if (!m_dirty || section().id == 0)
        return;
    m_dirty = false;
    ReportSection after = section();
    after.body = html();
    if (after.body == section().body)
        return;
    write(after, SectionEditCommand::Part::Body, m_sitting);
}

bool TextSectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return SectionEditor::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            // Written first, then the window's undo takes it back.
            commit();
            m_sitting = nextSitting();
            event->ignore();
            return event->type() == QEvent::ShortcutOverride;
        }
        const QKeySequence pressed(key->keyCombination());
        for (QAction *action : std::as_const(m_actions)) {
            if (action->shortcut().isEmpty() || action->shortcut() != pressed)
                continue;
            if (event->type() == QEvent::ShortcutOverride)
                event->accept();
            else
                action->trigger();
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            m_sitting = nextSitting();
        break;
    case QEvent::FocusOut:
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            commit();
        break;
    default:
        break;
    }
    return SectionEditor::eventFilter(watched, event);
}

void TextSectionEditor::updateActions()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = m_edit->currentCharFormat();
    findChild<QAction *>(QStringLiteral("bold"))->setChecked(format.fontWeight() >= QFont::DemiBold);
    findChild<QAction *>(QStringLiteral("italic"))->setChecked(format.fontItalic());
    findChild<QAction *>(QStringLiteral("heading"))->setChecked(cursor.blockFormat().headingLevel() > 0);
    const QTextList *list = cursor.currentList();
    findChild<QAction *>(QStringLiteral("bulletList"))
        ->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    findChild<QAction *>(QStringLiteral("numberedList"))
        ->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void TextSectionEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->currentCharFormat().fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
    updateActions();
}

void TextSectionEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->currentCharFormat().fontItalic());
    m_edit->mergeCurrentCharFormat(format);
    updateActions();
}

void TextSectionEditor::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    const bool heading = cursor.blockFormat().headingLevel() > 0;
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(heading ? 0 : 3);
    cursor.setBlockFormat(block);
    // The whole paragraph, as <h3> shows it.
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Normal : QFont::Bold);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 0 : 1);
    whole.mergeCharFormat(chars);
    cursor.endEditBlock();
    updateActions();
}

void TextSectionEditor::toggleList(int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Out of the list again.
        for (QTextBlock b = cursor.block(); b.isValid() && b.textList() == list;) {
            const QTextBlock next = b.next();
            if (b.position() > cursor.selectionEnd())
                break;
            list->remove(b);
            QTextCursor at(b);
            QTextBlockFormat format = b.blockFormat();
            format.setIndent(0);
            at.setBlockFormat(format);
            b = next;
            if (!cursor.hasSelection())
                break;
        }
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateActions();
}

void TextSectionEditor::editLink()
{
    QTextCursor cursor = m_edit->textCursor();
    const QString current = m_edit->currentCharFormat().anchorHref();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Link"), tr("Web address (empty removes the link):"),
                                              QLineEdit::Normal, current, &ok)
                            .trimmed();
    if (!ok)
        return;
    if (!cursor.hasSelection() && !url.isEmpty() && current.isEmpty())
        cursor.insertText(url);
    if (!cursor.hasSelection() && !current.isEmpty())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection()) {
        const int end = cursor.position();
        cursor.setPosition(end - url.size());
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    }
    QTextCharFormat format;
    format.setAnchor(!url.isEmpty());
    format.setAnchorHref(url);
    format.setFontUnderline(!url.isEmpty());
    format.setForeground(url.isEmpty() ? palette().text() : QBrush(QColor(0x1f, 0x5f, 0xa8)));
    cursor.mergeCharFormat(format);
    m_edit->setFocus();
}

void TextSectionEditor::choosePicture()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Insert Picture"), QString(), PictureImage::fileFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString alt = QInputDialog::getText(
        this, tr("Alternative Text"),
        tr("What the picture shows, for readers who cannot see it (screen readers, the PDF's tags):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        insertPicture(path, alt.trimmed());
    m_edit->setFocus();
}

bool TextSectionEditor::insertPicture(const QString &path, const QString &altText)
{
    auto picture = PictureImage::fromFile(path);
    if (!picture) {
        emit refused(picture.error().message);
        return false;
    }
    picture->altText = altText;
    // What was typed before is a step of its own; the picture is the next, and typing after it another.
    commit();
    m_sitting = nextSitting();
    const ReportSection before = section();
    if (before.id == 0)
        return false;
    const QImage shown = PictureImage::render(*picture, editorPictureWidth);
    // The picture and the text that shows it are one step: stored together, undone together.
    auto place = [this, shown, altText](qint64 id) {
        const QString name = QStringLiteral("picture:%1").arg(id);
        m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(name), shown);
        QTextImageFormat image;
        image.setName(name);
        image.setProperty(QTextFormat::ImageAltText, altText);
        m_loading = true;
        m_edit->textCursor().insertImage(image);
        m_loading = false;
        ReportSection after = section();
        after.body = html();
        // Shown already: the ledger's change notice that follows must not load it again.
        setSection(after);
        return after;
    };
    if (auto done = session()->execute(std::make_unique<PictureInsertCommand>(
            session(), PictureInsertCommand::Where::Text, before, *picture, place));
        !done) {
        load(before);
        emit refused(done.error().message);
        return false;
    }
    return true;
}

void TextSectionEditor::fillFieldMenu()
{
    m_fieldMenu->clear();
    if (!session()->isOpen())
        return;
    auto statement = StatementBuilder(*session()->ledger()).build(session()->year());
    if (!statement)
        return;
    auto values = LiveFields::values(*session()->ledger(), *statement);
    if (!values)
        return;
    for (const LiveFields::FieldInfo &field : LiveFields::available(*values)) {
        QAction *action =
            m_fieldMenu->addAction(QStringLiteral("{{%1}}\t%2").arg(field.name, values->value(field.name)), this,
                                   [this, name = field.name] { insertField(name); });
        action->setData(field.name);
        action->setToolTip(field.description);
        action->setStatusTip(field.description);
    }
}

void TextSectionEditor::popupFields()
{
    fillFieldMenu();
    const QRect at = m_edit->cursorRect();
    m_fieldMenu->popup(m_edit->viewport()->mapToGlobal(at.bottomLeft()));
}

void TextSectionEditor::insertField(const QString &name)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextCharFormat plain = m_edit->currentCharFormat();
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    cursor.insertText(QStringLiteral("{{%1}}").arg(name), plain);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

} // namespace annalist
