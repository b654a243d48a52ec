#include "AccountRepository.h"
#include "AddPostingCommand.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "ReadOnlyGuard.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace annalist;

// The board reads a ledger that the finance officer has open: File > Open offers read-only, the
// window says so, and nothing in it offers an edit.
class tst_ReadOnlyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lockedLedgerOpensReadOnly();
    void openReadOnlyActionAndBackToWriting();

private:
    // The window's shortcuts work while it is the active window, which a closed dialog leaves to chance.
    void activate();
    QString postingCount() const;
    template <typename T>
    T *find(MainWindow::Page page, const char *name) const;
    void verifyEditsOff();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ReadOnlyWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readonlywindow"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_ReadOnlyWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(m_path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void tst_ReadOnlyWindow::activate()
{
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void tst_ReadOnlyWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

QString tst_ReadOnlyWindow::postingCount() const
{
    return test::sqliteShell(m_path, QStringLiteral("SELECT count(*) FROM postings;"));
}

template <typename T>
T *tst_ReadOnlyWindow::find(MainWindow::Page page, const char *name) const
{
    T *found = m_window->page(page)->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s on page %d", name, int(page));
    return found;
}

void tst_ReadOnlyWindow::verifyEditsOff()
{
    QVERIFY(m_session->isReadOnly());
    QVERIFY2(m_window->windowTitle().endsWith(QLatin1String("[read-only]")), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->isReadOnlyBarVisible());
    QVERIFY(m_window->readOnlyGuard()->isReadOnly());

    // The window's own edits.
    for (const char *name : {"undo", "redo", "importPostings", "closeYear", "reopenYear"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->isEnabled(), name);
    }
    // Each page's: actions, buttons, forms.
    const struct
    {
        MainWindow::Page page;
        const char *name;
    } actions[] = {{MainWindow::Postings, "deletePostings"},
                   {MainWindow::Budget, "addBudgetChange"},
                   {MainWindow::Budget, "deleteBudgetChange"},
                   {MainWindow::Accounts, "addItem"},
                   {MainWindow::Accounts, "deleteItem"},
                   {MainWindow::Projects, "addItem"},
                   {MainWindow::Members, "deleteItem"},
                   {MainWindow::ControlTotals, "addItem"},
                   {MainWindow::Notes, "addItem"},
                   {MainWindow::Report, "addChapter"},
                   {MainWindow::Report, "removeSection"},
                   {MainWindow::Report, "moveUp"},
                   {MainWindow::Report, "kind_text"},
                   {MainWindow::Report, "bold"}};
    for (const auto &a : actions) {
        auto *action = find<QAction>(a.page, a.name);
        QVERIFY2(action && !action->isEnabled(), a.name);
    }
    const struct
    {
        MainWindow::Page page;
        const char *name;
    } buttons[] = {{MainWindow::Postings, "entryAdd"},
                   {MainWindow::Budget, "startNextYearButton"},
                   {MainWindow::Budget, "addChangeButton"},
                   {MainWindow::Notes, "applyNote"},
                   {MainWindow::Report, "fieldButton"}};
    for (const auto &b : buttons) {
        auto *button = find<QAbstractButton>(b.page, b.name);
        QVERIFY2(button && !button->isEnabled(), b.name);
    }
    // Viewing stays: the budget's trial balance, the account statement, the filter.
    QVERIFY(find<QAbstractButton>(MainWindow::Budget, "trialBalanceButton")->isEnabled());
    QVERIFY(find<QAction>(MainWindow::Accounts, "accountStatement")->isEnabled());
    QVERIFY(find<QLineEdit>(MainWindow::Postings, "filterText")->isEnabled());
    // Text to read stays readable, not editable.
    QVERIFY(find<QPlainTextEdit>(MainWindow::Notes, "noteText")->isReadOnly());
    QVERIFY(find<QTextEdit>(MainWindow::Report, "textEditor")->isReadOnly());
    // No table or tree edits in place or takes a drop.
    const QList<QAbstractItemView *> views = m_window->findChildren<QAbstractItemView *>();
    QVERIFY(views.size() > 8);
    for (QAbstractItemView *view : views) {
        QVERIFY2(view->editTriggers() == QAbstractItemView::NoEditTriggers, qPrintable(view->objectName()));
        QVERIFY2(view->dragDropMode() == QAbstractItemView::NoDragDrop, qPrintable(view->objectName()));
    }

    // A selection does not bring the delete back, as it would in a writable ledger.
    m_window->showPage(MainWindow::Accounts);
    auto *accounts = find<QTableView>(MainWindow::Accounts, "accountsTable");
    accounts->setFocus();
    accounts->setCurrentIndex(accounts->model()->index(2, 0));
    QVERIFY(!find<QAction>(MainWindow::Accounts, "deleteItem")->isEnabled());
    QTest::keyClick(accounts, Qt::Key_Delete);
    QTest::keyClick(accounts, Qt::Key_F2);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!accounts->findChild<QLineEdit *>(QStringLiteral("cellEditor")));

    // Typing into the postings entry goes nowhere.
    m_window->showPage(MainWindow::Postings);
    auto *text = find<QLineEdit>(MainWindow::Postings, "entryText");
    QVERIFY(!text->isEnabled());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Kaffe"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(text->text().isEmpty());
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ReadOnlyWindow::lockedLedgerOpensReadOnly()
{
    const QString before = postingCount();
    QVERIFY(before.toInt() > 100);
    // The finance officer has the ledger open elsewhere.
    m_session->close();
    auto holder = Ledger::open(m_path);
    QVERIFY(holder.ok());

    // File > Open finds it locked and asks; Enter says yes.
    {
        auto fileDialog = test::answerNextFileDialog(m_path);
        auto openReadOnly = test::answerNextQuestion();
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(fileDialog.wait());
        QVERIFY(openReadOnly.wait());
    }
    QTRY_VERIFY(m_session->isOpen());
    verifyEditsOff();

    // An edit that gets past the window is refused by the session, and the file stays as it was.
    const qint64 account = AccountRepository(*m_session->ledger()).accounts()->first().id;
    const Status added = m_session->execute(std::make_unique<AddPostingCommand>(
        m_session.get(), Posting{0, 2019, QDate(2019, 5, 1), 9999, account, std::nullopt, QStringLiteral("Kaffe"),
                                 Money::fromOre(100)}));
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("read-only")), qPrintable(added.error().message));
    QCOMPARE(postingCount(), before);

    // Answering no leaves the window as it was.
    m_session->close();
    auto fileDialog = test::answerNextFileDialog(m_path);
    auto openReadOnly = test::answerNextQuestion(Qt::Key_N);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(fileDialog.wait());
    QVERIFY(openReadOnly.wait());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_session->isOpen());
    QCOMPARE(postingCount(), before);
}

void tst_ReadOnlyWindow::openReadOnlyActionAndBackToWriting()
{
    const QString before = postingCount();
    auto *postings = find<QAbstractItemView>(MainWindow::Postings, "postingsTable");
    const auto writableTriggers = postings->editTriggers();
    QVERIFY(writableTriggers != QAbstractItemView::NoEditTriggers);
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(!m_window->isReadOnlyBarVisible());

    // File > Open Read-Only, while nobody else holds it.
    m_session->close();
    auto readOnlyDialog = test::answerNextFileDialog(m_path);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(readOnlyDialog.wait());
    QTRY_VERIFY(m_session->isOpen());
    verifyEditsOff();
    QCOMPARE(postingCount(), before);

    // Opened for writing again, everything edits again.
    auto writingDialog = test::answerNextFileDialog(m_path);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(writingDialog.wait());
    QTRY_VERIFY(m_session->isOpen() && !m_session->isReadOnly());
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(!m_window->isReadOnlyBarVisible());
    QCOMPARE(postings->editTriggers(), writableTriggers);
    QVERIFY(find<QAbstractItemView>(MainWindow::Report, "reportTree")->dragDropMode() ==
            QAbstractItemView::InternalMove);
    QVERIFY(find<QAction>(MainWindow::Accounts, "addItem")->isEnabled());
    QVERIFY(find<QAbstractButton>(MainWindow::Postings, "entryAdd")->isEnabled());
    QVERIFY(find<QLineEdit>(MainWindow::Postings, "entryText")->isEnabled());
    QVERIFY(!find<QPlainTextEdit>(MainWindow::Notes, "noteText")->isReadOnly());
    QVERIFY(!find<QTextEdit>(MainWindow::Report, "textEditor")->isReadOnly());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importPostings"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("closeYear"))->isEnabled());
}

QTEST_MAIN(tst_ReadOnlyWindow)
#include "tst_readonlywindow.moc"
