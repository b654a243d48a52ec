#include "LedgerSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// File > Export > Excel Workbook and Web Page, driven through the window's shortcuts.
class tst_YearExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsExcel();
    void exportsWebPage();
    void failedExportSaysWhy();

private:
    // The window's shortcuts work while it is the active window, which a closed dialog leaves to chance.
    void activate();
    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void tst_YearExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_yearexport"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_YearExport::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void tst_YearExport::activate()
{
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void tst_YearExport::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void tst_YearExport::exportsExcel()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportExcel"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QVERIFY(!action->statusTip().isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("statement-2019.xlsx"));
    auto fileDialog = test::answerNextFileDialog(path);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(fileDialog.wait());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 0, 20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(path));
    QCOMPARE(Settings::exportFolder(), QFileInfo(path).absolutePath());
}

void tst_YearExport::exportsWebPage()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportWebPage"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("aarsberetning-2019"));
    {
        auto fileDialog = test::answerNextFileDialog(m_dir.path());
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(fileDialog.wait());
    }
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("index.html"))), 20000);
    QFile page(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY(html.contains(QLatin1String("lang=\"da\"")));
    QVERIFY(html.contains(QLatin1String("-322.748,08")));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(folder));

    // Again into the same folder: asked first, replaced on yes.
    QFile::remove(QDir(folder).filePath(QStringLiteral("index.html")));
    auto again = test::answerNextFileDialog(m_dir.path());
    auto replace = test::answerNextQuestion(Qt::Key_Y);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(again.wait());
    QVERIFY(replace.wait());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("index.html"))), 20000);
}

void tst_YearExport::failedExportSaysWhy()
{
    // A folder that cannot be written: a message box, not a silent failure.
    const QString path = QStringLiteral("/proc/annalist-not-writable/statement.xlsx");
    auto fileDialog = test::answerNextFileDialog(path);
    QString message;
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [&message, timer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            timer->stop();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    timer->start(20);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(fileDialog.wait());
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QLatin1String("could not be written")), qPrintable(message));
}

QTEST_MAIN(tst_YearExport)
#include "tst_yearexport.moc"
