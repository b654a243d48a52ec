// The window on a ledger shared on a PostgreSQL server: File > Connect to Server opens it, a
// colleague's change shows up in the postings without a restart, and an edit that would overwrite
// a colleague's is refused. Runs against the throw-away cluster the postgresql_start test starts.

#include "EditPostingCommand.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "PostingRepository.h"
#include "ServerConnectDialog.h"
#include "Settings.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace annalist;

class tst_ServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectToServerOpensTheLedger();
    void colleaguesChangeShowsUpAndIsNotOverwritten();
    void undoOverAColleaguesChangeIsRefusedAndDropped();

private:
    // Fills in the Connect to Server dialog once it is up and presses Enter; gives up after 5 s.
    static std::shared_ptr<bool> answerConnectDialog(const QString &url, const QString &password);
    static bool tableShows(const QTableView *table, const QString &text);
    static Posting firstPosting(const Ledger &ledger);

    QTemporaryDir m_dir;
};

void tst_ServerWindow::initTestCase()
{
    QVERIFY2(test::onServer(), "set ANNALIST_TEST_SERVER or ANNALIST_TEST_SERVER_FILE (ctest does)");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverwindow"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

std::shared_ptr<bool> tst_ServerWindow::answerConnectDialog(const QString &url, const QString &password)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [=] {
        auto *dialog = qobject_cast<ServerConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (!dialog)
            return;
        const QUrl u(url);
        const auto type = [dialog](const char *name, const QString &text) {
            auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type("serverHost", u.host());
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(u.port()));
        type("serverDatabase", u.path().mid(1));
        type("serverLogin", u.userName());
        type("serverPassword", password);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword")), Qt::Key_Return);
        *answered = true;
    });
    timer->start(10);
    return answered;
}

bool tst_ServerWindow::tableShows(const QTableView *table, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == text)
                return true;
    return false;
}

Posting tst_ServerWindow::firstPosting(const Ledger &ledger)
{
    PostingFilter filter;
    filter.year = 2019;
    auto rows = PostingRepository(ledger).page(filter, PostingSort::Date, Qt::AscendingOrder, 0, 1);
    return rows && !rows->isEmpty() ? rows->first().posting : Posting{};
}

void tst_ServerWindow::connectToServerOpensTheLedger()
{
    // The window starts on a ledger file; the server's ledger is opened through the menu.
    QString url;
    {
        auto server = test::demoLedger(m_dir);
        QVERIFY(server);
        url = server->path();
    }
    const QString file = m_dir.filePath(QStringLiteral("start.annalist"));
    QVERIFY(Ledger::create(file));
    LedgerSession session;
    QVERIFY(session.open(file).ok());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("connectToServer"));
    QVERIFY(action);
    QVERIFY(!action->statusTip().isEmpty());
    // The password the user types goes to the server only: the window shows and keeps the address without it.
    const auto answered = answerConnectDialog(url, QStringLiteral("ikke-gemt"));
    action->trigger();
    QVERIFY(*answered);
    QCOMPARE(session.path(), url);
    QVERIFY(session.ledger()->isServer());
    QVERIFY(!session.path().contains(QStringLiteral("ikke-gemt")));
    QVERIFY2(window.statusBar()->currentMessage().contains(url), qPrintable(window.statusBar()->currentMessage()));
    // The next time, the dialog starts at the server used last.
    window.close(); // keeps the ledger in the recent list
    ServerConnectDialog again;
    for (const QString &recent : Settings::recentLedgers())
        if (Backend::isServerAddress(recent)) {
            again.setAddress(recent);
            break;
        }
    QCOMPARE(again.address(), url);
}

void tst_ServerWindow::colleaguesChangeShowsUpAndIsNotOverwritten()
{
    auto colleague = test::demoLedger(m_dir);
    QVERIFY(colleague);
    LedgerSession session;
    QVERIFY(session.open(colleague->path()).ok());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Postings);
    auto *table = window.findChild<QTableView *>(QStringLiteral("postingsTable"));
    QVERIFY(table);

    // What the user sees before the colleague changes it.
    const Posting seen = firstPosting(*session.ledger());
    QTRY_VERIFY(tableShows(table, seen.text));
    Posting theirs = seen;
    theirs.text = QStringLiteral("Rettet af en kollega");
    QVERIFY(PostingRepository(*colleague).update(theirs, seen).ok());
    // The server tells the window, which reads the postings again: no restart.
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(table, theirs.text), 10000);

    // The user's edit began from what was seen before: refused, nothing overwritten, nothing to undo.
    Posting mine = seen;
    mine.text = QStringLiteral("Min rettelse");
    const int steps = session.undoStack()->count();
    const Status refused = session.execute(std::make_unique<EditPostingCommand>(&session, seen, mine));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Conflict));
    QVERIFY2(refused.error().message.contains(theirs.text), qPrintable(refused.error().message));
    QCOMPARE(session.undoStack()->count(), steps);
    QCOMPARE((*PostingRepository(*colleague).posting(seen.id))->text, theirs.text);
    QVERIFY(tableShows(table, theirs.text));
}

void tst_ServerWindow::undoOverAColleaguesChangeIsRefusedAndDropped()
{
    auto colleague = test::demoLedger(m_dir);
    QVERIFY(colleague);
    LedgerSession session;
    QVERIFY(session.open(colleague->path()).ok());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Postings);
    auto *table = window.findChild<QTableView *>(QStringLiteral("postingsTable"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undo"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redo"));
    QVERIFY(table && undo && redo);

    // The user changes a posting's text; then the colleague changes it again.
    const Posting seen = firstPosting(*session.ledger());
    Posting mine = seen;
    mine.text = QStringLiteral("Min rettelse");
    QVERIFY(session.execute(std::make_unique<EditPostingCommand>(&session, seen, mine)).ok());
    QTRY_VERIFY(tableShows(table, mine.text));
    QVERIFY(undo->isEnabled());
    Posting theirs = mine;
    theirs.text = QStringLiteral("Kollegaens tekst");
    QVERIFY(PostingRepository(*colleague).update(theirs, mine).ok());

    // Edit > Undo: the window says why it cannot, and the colleague's text stands.
    QString message;
    QTimer reader;
    connect(&reader, &QTimer::timeout, this, [&message] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    reader.start(10);
    undo->trigger();
    QTRY_VERIFY(!message.isEmpty());
    reader.stop();
    QVERIFY2(message.contains(QLatin1String("could not be undone")), qPrintable(message));
    QVERIFY2(message.contains(theirs.text), qPrintable(message));
    QCOMPARE((*PostingRepository(*colleague).posting(seen.id))->text, theirs.text);
    // The view shows what the ledger holds; the Edit menu offers neither the undo nor a redo of it.
    QTRY_VERIFY(tableShows(table, theirs.text));
    QVERIFY(!tableShows(table, mine.text));
    QTRY_VERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(session.undoStack()->count(), 0);
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
