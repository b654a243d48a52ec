#include "AddPostingCommand.h"
#include "LedgerSession.h"
#include "Settings.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace annalist;

// The window's backups: one before the first change of a session, the newest kept, and a restore
// that brings the ledger back as it was, in one step: at no moment is the ledger's file missing.
class tst_SessionBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backsUpBeforeTheFirstChangeOnly();
    void keepsTheNewestAndRestores();
    void restoreNeverLeavesTheLedgerMissing();

private:
    Status addPosting(LedgerSession &session, qint64 ore);
    QString count(const QString &path) const
    {
        return test::sqliteShell(path, QStringLiteral("SELECT COUNT(*) FROM postings"));
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SessionBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionbackup"));
    QDir(LedgerSession::backupFolder()).removeRecursively();
    auto demo = test::demoLedger(m_dir);
    QVERIFY(demo);
    m_path = demo->path();
}

Status tst_SessionBackup::addPosting(LedgerSession &session, qint64 ore)
{
    auto statement = StatementBuilder(*session.ledger()).build(2019);
    const qint64 account = statement->linesIn(Section::Operations).first().accountId;
    return session.execute(
        std::make_unique<AddPostingCommand>(&session, Posting{0, 2019, QDate(2019, 12, 31), 0, account, std::nullopt,
                                                              QStringLiteral("Rettelse"), Money::fromOre(ore)}));
}

void tst_SessionBackup::backsUpBeforeTheFirstChangeOnly()
{
    const QString before = count(m_path);
    LedgerSession session;
    QVERIFY(session.open(m_path).ok());
    QCOMPARE(session.backups().size(), 0); // opening alone changes nothing
    QVERIFY(addPosting(session, 100).ok());
    const QStringList backups = session.backups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(count(backups.first()), before); // the ledger as it was before the change
    QCOMPARE(test::sqliteShell(backups.first(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QVERIFY(addPosting(session, 200).ok());
    QCOMPARE(session.backups().size(), 1); // one per session
}

void tst_SessionBackup::keepsTheNewestAndRestores()
{
    Settings::setBackupCount(3);
    const QString original = count(m_path);
    for (int i = 0; i < 4; ++i) {
        LedgerSession session;
        QVERIFY(session.open(m_path).ok());
        QVERIFY(addPosting(session, 1 + i).ok());
        QTest::qWait(20); // backups are named by the millisecond
    }
    LedgerSession session;
    QVERIFY(session.open(m_path).ok());
    const QStringList backups = session.backups();
    QCOMPARE(backups.size(), 3);
    const QString oldest = backups.last();
    const QString now = count(m_path);
    QVERIFY(now.toInt() > original.toInt());
    // Restore the oldest kept: the ledger holds what it held then, and what it held now is a backup too.
    const QString then = count(oldest);
    const Status restored = session.restoreBackup(oldest);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QVERIFY(session.isOpen());
    QCOMPARE(count(m_path), then);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    const QStringList after = session.backups();
    QVERIFY(std::any_of(after.cbegin(), after.cend(), [this, &now](const QString &b) { return count(b) == now; }));
    // A file that is no ledger is not restored.
    const QString junk = m_dir.filePath(QStringLiteral("junk.annalist"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a ledger");
    file.close();
    QVERIFY(!session.restoreBackup(junk).ok());
    QCOMPARE(count(m_path), then);
}

void tst_SessionBackup::restoreNeverLeavesTheLedgerMissing()
{
    LedgerSession session;
    QVERIFY(session.open(m_path).ok());
    QVERIFY(addPosting(session, 7).ok()); // makes the session's backup first
    const QStringList backups = session.backups();
    QVERIFY(!backups.isEmpty());
    const QString then = count(backups.first());
    QVERIFY(count(m_path) != then);
    // The kernel reports every name that leaves the ledger's folder while the restore runs.
    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    QVERIFY(inotify_add_watch(watch, QFile::encodeName(m_dir.path()).constData(),
                              IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE) >= 0);
    const Status restored = session.restoreBackup(backups.first());
    QStringList gone;
    QStringList events;
    alignas(inotify_event) char buffer[64 * 1024];
    for (ssize_t n; (n = ::read(watch, buffer, sizeof buffer)) > 0;)
        for (char *at = buffer; at < buffer + n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(at);
            const QString name = event->len ? QFile::decodeName(event->name) : QString();
            events << QStringLiteral("%1:%2").arg(event->mask, 0, 16).arg(name);
            if (event->mask & (IN_DELETE | IN_MOVED_FROM))
                gone << name;
            at += sizeof(inotify_event) + event->len;
        }
    ::close(watch);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QVERIFY2(!gone.contains(QFileInfo(m_path).fileName()), qPrintable(events.join(QLatin1Char(' '))));
    QCOMPARE(count(m_path), then);
    QVERIFY(session.isOpen());
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_SessionBackup)
#include "tst_sessionbackup.moc"
