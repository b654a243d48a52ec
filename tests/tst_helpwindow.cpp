#include "GuideBrowser.h"
#include "HelpWindow.h"
#include "Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace annalist;

// The help window as a user meets it: opened at a page's section, following links and going
// back with Alt+Left, switching to Danish, finding text.
class tst_HelpWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isAWindowOfItsOwn();
    void showsSectionAtTheTop();
    void showsSectionBeforeItIsShown();
    void unknownSectionShowsTheBeginning();
    void everySectionHasItsHeading();
    void followsLinksAndGoesBack();
    void contentsJumpToSections();
    void switchesToDanish();
    void findsText();
    void savesScreenshot();
    void followsTheInterfaceLanguage(); // last: it installs the Danish translation

private:
    static QString outputPath(const QString &name);
    // The top of the viewport, in document coordinates, lies within `block` or just above it.
    static bool headingAtTop(const HelpWindow &window, const QString &id);
    // Where the first link to `target` after the heading of `section` is, in viewport coordinates.
    static QPoint linkPosition(const HelpWindow &window, const QString &section, const QString &target);
};

void tst_HelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpwindow"));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
}

QString tst_HelpWindow::outputPath(const QString &name)
{
    return QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::currentPath())).filePath(name);
}

bool tst_HelpWindow::headingAtTop(const HelpWindow &window, const QString &id)
{
    const GuideBrowser *browser = window.browser();
    const QTextBlock heading = browser->headingBlock(id);
    if (!heading.isValid())
        return false;
    const int top = browser->verticalScrollBar()->value();
    const int headingTop = browser->topOf(heading);
    // The heading's top at the top of the view, give or take its margin.
    if (qAbs(headingTop - top) > 8)
        return false;
    // What is drawn a little below the top edge is the heading itself.
    return browser->cursorForPosition(QPoint(40, 12)).block() == heading;
}

QPoint tst_HelpWindow::linkPosition(const HelpWindow &window, const QString &section, const QString &target)
{
    const GuideBrowser *browser = window.browser();
    for (QTextBlock block = browser->headingBlock(section); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == QLatin1Char('#') + target) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(it.fragment().position() + 1);
                return browser->cursorRect(cursor).center();
            }
    return {};
}

void tst_HelpWindow::isAWindowOfItsOwn()
{
    QWidget mainWindow;
    auto *help = new HelpWindow(&mainWindow);
    QVERIFY(help->isWindow());
    QVERIFY(!help->isModal());
    QCOMPARE(help->windowTitle(), QStringLiteral("Annalist User Guide"));
    QCOMPARE(help->language(), QStringLiteral("en"));
    // Every control is named for a screen reader.
    QVERIFY(!help->browser()->accessibleName().isEmpty());
    QVERIFY(!help->contents()->accessibleName().isEmpty());
    QVERIFY(!help->findChild<QLineEdit *>(QStringLiteral("helpFindField"))->accessibleName().isEmpty());
    QVERIFY(!help->findChild<QComboBox *>(QStringLiteral("helpLanguage"))->accessibleName().isEmpty());
    for (const char *name : {"helpBack", "helpForward", "helpHome", "helpFindNext", "helpFindPrevious"})
        QVERIFY2(!help->findChild<QAction *>(QLatin1String(name))->text().isEmpty(), name);
    // It opens at the beginning, with nothing to go back to.
    QCOMPARE(help->browser()->verticalScrollBar()->value(), 0);
    QVERIFY(!help->findChild<QAction *>(QStringLiteral("helpBack"))->isEnabled());
    QVERIFY(help->browser()->toPlainText().startsWith(QStringLiteral("Annalist user guide")));
}

void tst_HelpWindow::showsSectionAtTheTop()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("postings")));
    QTRY_VERIFY(window.browser()->verticalScrollBar()->value() > 0);
    QCOMPARE(window.browser()->headingBlock(QStringLiteral("postings")).text(), QStringLiteral("Postings"));
    QVERIFY(headingAtTop(window, QStringLiteral("postings")));
    QCOMPARE(window.currentSection(), QStringLiteral("postings"));
    QVERIFY(window.contents()->currentItem());
    QCOMPARE(window.contents()->currentItem()->text(0), QStringLiteral("Postings"));
    // The address says where it is.
    QCOMPARE(window.browser()->source().fragment(), QStringLiteral("postings"));
}

void tst_HelpWindow::showsSectionBeforeItIsShown()
{
    // The main window asks for the section first, then shows the window.
    HelpWindow window;
    QVERIFY(window.showSection(QStringLiteral("closing")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.currentSection(), QStringLiteral("closing"));
    QVERIFY(headingAtTop(window, QStringLiteral("closing")));
}

void tst_HelpWindow::unknownSectionShowsTheBeginning()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("budget")));
    QVERIFY(!window.showSection(QStringLiteral("no-such-section")));
    QCOMPARE(window.browser()->verticalScrollBar()->value(), 0);
    QCOMPARE(window.currentSection(), QString());
}

void tst_HelpWindow::everySectionHasItsHeading()
{
    HelpWindow window;
    for (const QString &language : UserGuide::languages()) {
        window.setLanguage(language);
        QCOMPARE(window.language(), language);
        const UserGuide guide(language);
        for (const GuideSection &section : guide.sections()) {
            const QTextBlock heading = window.browser()->headingBlock(section.id);
            QVERIFY2(heading.isValid(), qPrintable(section.id));
            QCOMPARE(heading.text(), section.title);
            QCOMPARE(heading.blockFormat().headingLevel(), section.level);
        }
        // Nothing of the anchor lines shows as text.
        QVERIFY(!window.browser()->toPlainText().contains(QLatin1String("<a ")));
    }
}

void tst_HelpWindow::followsLinksAndGoesBack()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("window")));
    QTRY_VERIFY(headingAtTop(window, QStringLiteral("window")));
    auto *back = window.findChild<QAction *>(QStringLiteral("helpBack"));
    auto *forward = window.findChild<QAction *>(QStringLiteral("helpForward"));

    // The table of pages links each page to its section: a click on "Budget".
    const QPoint link = linkPosition(window, QStringLiteral("window"), QStringLiteral("budget"));
    QVERIFY(window.browser()->viewport()->rect().contains(link));
    QTest::mouseClick(window.browser()->viewport(), Qt::LeftButton, {}, link);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("budget"));
    QVERIFY(headingAtTop(window, QStringLiteral("budget")));
    QVERIFY(back->isEnabled());

    // Alt+Left: back where the link was.
    QTest::keyClick(window.browser(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("window"));
    QVERIFY(headingAtTop(window, QStringLiteral("window")));
    QVERIFY(forward->isEnabled());
    // Alt+Right: forward to the link's section again.
    QTest::keyClick(window.browser(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("budget"));
    // Alt+Home: the beginning.
    QTest::keyClick(window.browser(), Qt::Key_Home, Qt::AltModifier);
    QTRY_COMPARE(window.browser()->verticalScrollBar()->value(), 0);
}

void tst_HelpWindow::contentsJumpToSections()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeWidget *contents = window.contents();
    QCOMPARE(contents->topLevelItemCount(), 9); // the "##" sections
    QTreeWidgetItem *import = nullptr;
    for (QTreeWidgetItemIterator it(contents); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("import-assistant"))
            import = *it;
    QVERIFY(import);
    QCOMPARE(import->parent()->text(0), QStringLiteral("Importing postings"));
    // Keyboard: to the entry, Enter.
    contents->setFocus();
    contents->setCurrentItem(import);
    QTest::keyClick(contents, Qt::Key_Return);
    QTRY_COMPARE(window.currentSection(), QStringLiteral("import-assistant"));
    QVERIFY(headingAtTop(window, QStringLiteral("import-assistant")));
    // Scrolling the text moves the mark in the contents along.
    window.browser()->verticalScrollBar()->setValue(
        window.browser()->topOf(window.browser()->headingBlock(QStringLiteral("exports"))));
    QCOMPARE(contents->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("exports"));
}

void tst_HelpWindow::switchesToDanish()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("postings")));
    QTRY_VERIFY(headingAtTop(window, QStringLiteral("postings")));
    // Choose Dansk in the window's own language box, by keyboard.
    auto *languages = window.findChild<QComboBox *>(QStringLiteral("helpLanguage"));
    QCOMPARE(languages->currentText(), QStringLiteral("English"));
    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_Down);
    QCOMPARE(languages->currentText(), QStringLiteral("Dansk"));
    QCOMPARE(window.language(), QStringLiteral("da"));
    // The same place, in Danish.
    QTRY_COMPARE(window.currentSection(), QStringLiteral("postings"));
    QCOMPARE(window.browser()->headingBlock(QStringLiteral("postings")).text(), QStringLiteral("Posteringer"));
    QVERIFY(headingAtTop(window, QStringLiteral("postings")));
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("Årets arbejde (økonomimedarbejderen)")));
    QCOMPARE(window.contents()->currentItem()->text(0), QStringLiteral("Posteringer"));
    QCOMPARE(window.contents()->topLevelItem(0)->text(0), QStringLiteral("Første start"));
    // And back to English.
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(languages->currentText(), QStringLiteral("English"));
    QTRY_COMPARE(window.browser()->headingBlock(QStringLiteral("postings")).text(), QStringLiteral("Postings"));
}

void tst_HelpWindow::findsText()
{
    HelpWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("helpFindField"));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("trial balance"));
    const QTextCursor first = window.browser()->textCursor();
    QCOMPARE(first.selectedText().toLower(), QStringLiteral("trial balance"));
    // F3: the next place, further down.
    QTest::keyClick(field, Qt::Key_F3);
    const QTextCursor next = window.browser()->textCursor();
    QCOMPARE(next.selectedText().toLower(), QStringLiteral("trial balance"));
    QVERIFY(next.selectionStart() > first.selectionStart());
    // Shift+F3: back to the first.
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(window.browser()->textCursor().selectionStart(), first.selectionStart());
    // A word the guide does not have.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("xyzzy"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("helpFindResult"))->text(), QStringLiteral("Not found"));
    // Escape leaves the field for the text.
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(window.browser()->hasFocus());
}

void tst_HelpWindow::savesScreenshot()
{
    HelpWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showSection(QStringLiteral("postings")));
    QTRY_VERIFY(headingAtTop(window, QStringLiteral("postings")));
    QVERIFY(window.grab().save(outputPath(QStringLiteral("help-window.png"))));
    window.setLanguage(QStringLiteral("da"));
    QVERIFY(window.showSection(QStringLiteral("window")));
    QTRY_VERIFY(headingAtTop(window, QStringLiteral("window")));
    QVERIFY(window.grab().save(outputPath(QStringLiteral("help-window-da.png"))));
}

void tst_HelpWindow::followsTheInterfaceLanguage()
{
    QCOMPARE(Translations::install(qApp, QStringLiteral("da")), QStringLiteral("da"));
    QCOMPARE(Translations::current(), QStringLiteral("da"));
    HelpWindow window;
    QCOMPARE(window.language(), QStringLiteral("da"));
    QVERIFY(window.browser()->toPlainText().startsWith(QStringLiteral("Brugervejledning til Annalist")));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("helpLanguage"))->currentText(), QStringLiteral("Dansk"));
}

QTEST_MAIN(tst_HelpWindow)
#include "tst_helpwindow.moc"
