#include "HelpWindow.h"

#include "GuideBrowser.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextCursor>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace annalist {
namespace {

constexpr int idRole = Qt::UserRole;

QUrl sectionUrl(const QString &language, const QString &id)
{
    QUrl url = UserGuide::url(language);
    if (!id.isEmpty())
        url.setFragment(id);
    return url;
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_guide(UserGuide::currentLanguage())
    , m_browser(new GuideBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_back(new QAction(this))
    , m_forward(new QAction(this))
    , m_home(new QAction(this))
    , m_findAction(new QAction(this))
    , m_findNext(new QAction(this))
    , m_findPrevious(new QAction(this))
    , m_findField(new QLineEdit(this))
    , m_findResult(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languages(new QComboBox(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("HelpWindow"));

    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    // Not QKeySequence::Back: on Linux it holds Backspace too, which is for the find field.
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    m_home->setObjectName(QStringLiteral("helpHome"));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_home, &QAction::triggered, this, [this] { showSection(QString()); });

    m_findAction->setObjectName(QStringLiteral("helpFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
    m_findNext->setObjectName(QStringLiteral("helpFindNext"));
    m_findNext->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_findNext->setShortcuts(QKeySequence::FindNext);
    connect(m_findNext, &QAction::triggered, this, [this] { findFromField(false); });
    m_findPrevious->setObjectName(QStringLiteral("helpFindPrevious"));
    m_findPrevious->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(m_findPrevious, &QAction::triggered, this, [this] { findFromField(true); });
    addActions({m_back, m_forward, m_home, m_findAction, m_findNext, m_findPrevious});

    m_findField->setObjectName(QStringLiteral("helpFindField"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMinimumWidth(200);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findFromField(false); });
    // Typing searches from where the last match starts, so that the match grows with the text.
    connect(m_findField, &QLineEdit::textEdited, this, [this](const QString &text) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        if (text.isEmpty())
            m_findResult->clear();
        else
            find(text);
    });
    auto *leaveFind = new QAction(m_findField);
    leaveFind->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveFind->setShortcutContext(Qt::WidgetShortcut);
    connect(leaveFind, &QAction::triggered, m_browser, [this] { m_browser->setFocus(Qt::OtherFocusReason); });
    m_findField->addAction(leaveFind);
    m_findResult->setObjectName(QStringLiteral("helpFindResult"));
    m_findResult->setContentsMargins(6, 0, 6, 0);

    m_languages->setObjectName(QStringLiteral("helpLanguage"));
    // Each language by its own name, as in Settings > Language.
    m_languages->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languages->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_languages->setCurrentIndex(m_languages->findData(m_guide.language()));
    m_languageLabel->setBuddy(m_languages);
    m_languageLabel->setContentsMargins(12, 0, 4, 0);
    connect(m_languages, &QComboBox::activated, this,
            [this](int index) { setLanguage(m_languages->itemData(index).toString()); });

    m_toolBar->setObjectName(QStringLiteral("helpToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_forward);
    m_toolBar->addAction(m_home);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_findField);
    m_toolBar->addAction(m_findPrevious);
    m_toolBar->addAction(m_findNext);
    m_toolBar->addWidget(m_findResult);
    auto *stretch = new QWidget(m_toolBar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(stretch);
    m_toolBar->addWidget(m_languageLabel);
    m_toolBar->addWidget(m_languages);
    for (QAction *action : {m_findPrevious, m_findNext})
        if (QWidget *button = m_toolBar->widgetForAction(action))
            qobject_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_contents->setUniformRowHeights(true);
    m_contents->header()->setStretchLastSection(true);
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showSection(item->data(0, idRole).toString()); });
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showSection(item->data(0, idRole).toString()); });

    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &HelpWindow::trackSection);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::trackSection);

    m_splitter->setObjectName(QStringLiteral("helpSplitter"));
    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(m_browser);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({280, 680});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_browser);

    retranslate();
    fillContents();
    m_browser->go(sectionUrl(m_guide.language(), QString()));
    if (!m_guide.isValid())
        m_browser->setPlainText(tr("The user guide could not be loaded."));
    resize(960, 680);
}

bool HelpWindow::showSection(const QString &id)
{
    const bool known = !id.isEmpty() && m_guide.section(id).has_value();
    const QUrl target = sectionUrl(m_guide.language(), known ? id : QString());
    if (m_browser->source() == target) {
        // Already there by address; the text may have been scrolled since.
        if (known)
            m_browser->scrollToAnchor(id);
        else
            m_browser->verticalScrollBar()->setValue(0);
    } else {
        m_browser->go(target);
        if (!known)
            m_browser->verticalScrollBar()->setValue(0);
    }
    trackSection();
    return known;
}

void HelpWindow::setLanguage(const QString &language)
{
    const QString wanted = UserGuide::languageFor(language);
    if (wanted == m_guide.language())
        return;
    const QString section = currentSection();
    UserGuide guide(wanted);
    if (!guide.isValid())
        return;
    m_guide = guide;
    m_languages->setCurrentIndex(m_languages->findData(wanted));
    fillContents();
    m_browser->go(sectionUrl(wanted, section));
    if (section.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    trackSection();
}

QString HelpWindow::currentSection() const
{
    // A little room for rounding: a heading scrolled to is at the top, give or take a pixel.
    return m_browser->sectionAt(m_browser->verticalScrollBar()->value() + 4);
}

bool HelpWindow::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Around the end (or the beginning) and on from there.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findResult->setText(found ? QString() : tr("Not found"));
    return found;
}

void HelpWindow::findFromField(bool backward)
{
    if (m_findField->text().isEmpty()) {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    find(m_findField->text(), backward);
}

void HelpWindow::fillContents()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    QTreeWidgetItem *chapter = nullptr;
    for (const GuideSection &section : m_guide.sections()) {
        QTreeWidgetItem *item = nullptr;
        if (section.level <= 2 || !chapter) {
            item = new QTreeWidgetItem(m_contents);
            chapter = item;
        } else {
            item = new QTreeWidgetItem(chapter);
        }
        item->setText(0, section.title);
        item->setToolTip(0, section.title);
        item->setData(0, idRole, section.id);
    }
    m_contents->expandAll();
}

void HelpWindow::trackSection()
{
    const QString id = currentSection();
    const QSignalBlocker blocker(m_contents);
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, idRole).toString() == id) {
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    }
    m_contents->setCurrentItem(nullptr);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Annalist User Guide"));
    const auto withKey = [](const QString &tip, const QAction *action) {
        return QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_back->setText(tr("Back"));
    m_back->setToolTip(withKey(tr("Back to where you were"), m_back));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(withKey(tr("Forward again"), m_forward));
    m_home->setText(tr("Home"));
    m_home->setToolTip(withKey(tr("The beginning of the guide"), m_home));
    m_findAction->setText(tr("Find"));
    m_findNext->setText(tr("Find Next"));
    m_findNext->setToolTip(withKey(tr("Find the next place"), m_findNext));
    m_findPrevious->setText(tr("Find Previous"));
    m_findPrevious->setToolTip(withKey(tr("Find the previous place"), m_findPrevious));
    m_findField->setPlaceholderText(
        tr("Find in the guide (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_findField->setAccessibleName(tr("Find in the guide"));
    m_languageLabel->setText(tr("&Language:"));
    m_languages->setAccessibleName(tr("Language of the guide"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_browser->setAccessibleName(tr("Text of the guide"));
}

} // namespace annalist
