#include "AddPostingCommand.h"
#include "BackupDialog.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StatementBuilder.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace annalist;

// File > Backups as the finance officer uses it: the list of backups, the number kept, and a
// restore that brings the ledger back as it was, after a confirmation.
class tst_BackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restoresTheChosenBackupFromTheMenu();
    void keepsTheChosenNumberAndSaysWhenThereIsNone();
    void declinedRestoreChangesNothing();

private:
    // Opens the ledger in a session of its own and adds a posting, so that the session backs it up first.
    void changeInNewSession(qint64 ore);
    QString count() const { return test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*) FROM postings")); }
    // Runs `work` on the Backups dialog once File > Backups has opened it.
    void onDialog(const std::function<void(BackupDialog *)> &work);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void tst_BackupDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backupdialog"));
}

void tst_BackupDialog::init()
{
    QDir(LedgerSession::backupFolder()).removeRecursively();
    Settings::setBackupCount(5);
    m_path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(m_path);
    QVERIFY(test::demoLedger(m_dir));
}

void tst_BackupDialog::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void tst_BackupDialog::changeInNewSession(qint64 ore)
{
    LedgerSession session;
    QVERIFY(session.open(m_path).ok());
    auto statement = StatementBuilder(*session.ledger()).build(2019);
    QVERIFY(statement.ok());
    const qint64 account = statement->linesIn(Section::Operations).first().accountId;
    QVERIFY(session
                .execute(std::make_unique<AddPostingCommand>(&session, Posting{0, 2019, QDate(2019, 12, 31), 0, account,
                                                                               std::nullopt, QStringLiteral("Rettelse"),
                                                                               Money::fromOre(ore)}))
                .ok());
    QTest::qWait(20); // backups are named by the millisecond
}

void tst_BackupDialog::onDialog(const std::function<void(BackupDialog *)> &work)
{
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("restoreBackup"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty());
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        // Whatever fails here, the dialog closes, so that the menu's exec() returns.
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTRY_VERIFY(qobject_cast<BackupDialog *>(QApplication::activeModalWidget()));
        work(qobject_cast<BackupDialog *>(QApplication::activeModalWidget()));
        ran = true;
    });
    action->trigger();
    QVERIFY(ran);
}

void tst_BackupDialog::restoresTheChosenBackupFromTheMenu()
{
    const QString original = count();
    changeInNewSession(100); // backup 1: the original books
    changeInNewSession(200); // backup 2: one posting more
    QCOMPARE(count(), QString::number(original.toInt() + 2));

    onDialog([&](BackupDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->currentItem(), list->topLevelItem(0)); // the newest, chosen to begin with
        QVERIFY(!list->accessibleName().isEmpty());
        if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty())
            dialog->grab().save(QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("backup-dialog.png")));
        // The older backup, chosen with the keyboard, and restored after saying yes.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackup"));
        QVERIFY(restore && restore->isEnabled());
        const auto answered = test::answerNextQuestion(Qt::Key_Y);
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY(answered.answered());
        QVERIFY(!dialog->isVisible());
        QVERIFY(!dialog->restored().isEmpty());
    });
    QCOMPARE(count(), original); // the books as they were before both changes
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral(".annalist")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The ledger as it was before the restore is a backup now: the restore can be undone.
    const QStringList backups = m_session->backups();
    QCOMPARE(backups.size(), 3);
    QCOMPARE(test::sqliteShell(backups.first(), QStringLiteral("SELECT COUNT(*) FROM postings")),
             QString::number(original.toInt() + 2));
}

void tst_BackupDialog::keepsTheChosenNumberAndSaysWhenThereIsNone()
{
    onDialog([](BackupDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreBackup"))->isEnabled());
        auto *keep = dialog->findChild<QSpinBox *>(QStringLiteral("backupCount"));
        QVERIFY(keep);
        QCOMPARE(keep->value(), 5);
        QVERIFY(!keep->accessibleName().isEmpty());
        keep->setFocus();
        keep->selectAll();
        QTest::keyClicks(keep, QStringLiteral("2"));
        QCOMPARE(keep->value(), 2);
    });
    QCOMPARE(Settings::backupCount(), 2);
    m_window.reset();
    m_session.reset();
    // Three sessions with changes: the newest two backups are kept.
    for (int i = 0; i < 3; ++i)
        changeInNewSession(10 + i);
    LedgerSession session;
    QVERIFY(session.open(m_path).ok());
    QCOMPARE(session.backups().size(), 2);
}

void tst_BackupDialog::declinedRestoreChangesNothing()
{
    changeInNewSession(300);
    const QString before = count();
    onDialog([](BackupDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        const auto answered = test::answerNextQuestion(Qt::Key_N);
        QTest::keyClick(list, Qt::Key_Return); // Enter restores the chosen backup, after asking
        QTRY_VERIFY(answered.answered());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->restored().isEmpty());
    });
    QCOMPARE(count(), before);
    QCOMPARE(m_session->backups().size(), 1);
}

QTEST_MAIN(tst_BackupDialog)
#include "tst_backupdialog.moc"
