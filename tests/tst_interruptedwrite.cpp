#include "Ledger.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace annalist;

// An import killed in the middle leaves its change unfinished in the journal beside the ledger.
// The next command that only reads, the read-only window included, rolls that change back (a
// write, for the moment it takes) and says so in one line, then reads; when it may not write the
// file, or another writer holds it, it says the change awaits recovery and how, with exit code 4
// or 5. Never "damaged".
class tst_InterruptedWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readingCommandRollsBackAndReads_data();
    void readingCommandRollsBackAndReads();
    void unwritableFileAwaitsRecovery();
    void activeWriterLeavesItAwaitingRecovery();
    void readOnlyWindowRollsBackAndSaysSo();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args, const QStringList &wrapper = {}) const;
    // A fresh copy of the killed import's files (ledger, journal, the dead writer's lock) as `m_path`.
    bool copyInterrupted();
    static QByteArray digest(const QString &file);
    // Whether the journal `path` starts with SQLite's magic: its writer has begun to change the
    // ledger file, which only rolling the journal back undoes.
    static bool journalIsHot(const QString &path);
    int interruptedLines(const QString &err) const;

    QTemporaryDir m_snapshot; // the ledger as the killed import left it
    QString m_before;         // .sha3sum of the ledger before the import
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_InterruptedWrite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_interruptedwrite"));
    const QString ledger = m_snapshot.filePath(QStringLiteral("books.annalist"));
    QVERIFY(test::demoLedger(m_snapshot, QStringLiteral("books.annalist")));
    m_before = test::sqliteShell(ledger, QStringLiteral(".sha3sum"));
    QVERIFY(!m_before.isEmpty());

    const QString csv = m_snapshot.filePath(QStringLiteral("postings.csv"));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(ANNALIST_SCRIPTS_DIR "/make-import-csv.py"), QStringLiteral("400000"), csv,
                     QStringLiteral("--year"), QStringLiteral("2020")});
    QVERIFY(generator.waitForFinished(300000));
    QCOMPARE(generator.exitCode(), 0);

    // The import is killed as soon as SQLite has finished the journal's header, the moment before
    // it writes into the ledger file itself (until then the journal starts with zeros and the file
    // is untouched).
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_snapshot.filePath(QStringLiteral("data")));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(ANNALIST_BINARY), {QStringLiteral("--db"), ledger, QStringLiteral("import"), csv,
                                                   QStringLiteral("--year"), QStringLiteral("2020")});
    QVERIFY(import.waitForStarted());
    const QString journal = ledger + QStringLiteral("-journal");
    QVERIFY(QTest::qWaitFor([&] { return journalIsHot(journal) || import.state() != QProcess::Running; }, 120000));
    QCOMPARE(import.state(), QProcess::Running);
    ::kill(pid_t(import.processId()), SIGKILL);
    QVERIFY(import.waitForFinished(10000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    QVERIFY(journalIsHot(journal));
    QVERIFY(QFile::exists(Ledger::lockPath(ledger)));
    QFile::remove(csv);
}

void tst_InterruptedWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("books.annalist"));
    QVERIFY(copyInterrupted());
}

void tst_InterruptedWrite::cleanup()
{
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

bool tst_InterruptedWrite::copyInterrupted()
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".lock")}) {
        QFile::remove(m_path + suffix);
        if (!QFile::copy(m_snapshot.filePath(QStringLiteral("books.annalist")) + suffix, m_path + suffix))
            return false;
    }
    return true;
}

QByteArray tst_InterruptedWrite::digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool tst_InterruptedWrite::journalIsHot(const QString &path)
{
    QFile journal(path);
    return journal.open(QIODevice::ReadOnly) && journal.read(8) == QByteArray::fromHex("d9d505f920a163d7");
}

int tst_InterruptedWrite::interruptedLines(const QString &err) const
{
    int lines = 0;
    for (const QString &line : err.split(QLatin1Char('\n')))
        lines += line.contains(QStringLiteral("interrupted")) ? 1 : 0;
    return lines;
}

tst_InterruptedWrite::Run tst_InterruptedWrite::annalist(const QStringList &args, const QStringList &wrapper) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        process.start(QStringLiteral(ANNALIST_BINARY), args);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{QStringLiteral(ANNALIST_BINARY)} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void tst_InterruptedWrite::readingCommandRollsBackAndReads_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("expected"); // on standard output
    const QStringList statement{QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019")};
    QTest::newRow("--read-only statement")
        << QStringList{QStringLiteral("--read-only")} + statement << QStringLiteral("-322.748,08");
    QTest::newRow("statement") << statement << QStringLiteral("-322.748,08");
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")} << QStringLiteral("intact");
    QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--table"),
                                          QStringLiteral("fiscal_years")}
                           << QStringLiteral("fiscal_years");
    QTest::newRow("export-csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--year"),
                                               QStringLiteral("2019"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                << QStringLiteral("Wrote");
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("OUT")}
                            << QStringLiteral("integrity check is ok");
}

void tst_InterruptedWrite::readingCommandRollsBackAndReads()
{
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    command.replaceInStrings(QStringLiteral("OUT"), m_dir->filePath(QStringLiteral("out")));
    // Read-only, SQLite refuses to read past the journal: today's file is the one before the import.
    const Run r = annalist(QStringList{QStringLiteral("--db"), m_path} + command);
    QVERIFY2(r.code == 0, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    // One line says what happened.
    QVERIFY2(interruptedLines(r.err) == 1 && r.err.contains(QStringLiteral("rolled back")), qPrintable(r.err));
    // The change is gone, the journal with it, and so is the dead writer's lock.
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(Ledger::lockPath(m_path)));
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), m_before);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // Afterwards, nothing more to say: the trail verifies, and the next reader reads quietly.
    const Run verified = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    QCOMPARE(interruptedLines(verified.err), 0);
}

void tst_InterruptedWrite::unwritableFileAwaitsRecovery()
{
    const QByteArray ledger = digest(m_path);
    const QByteArray journal = digest(m_path + QStringLiteral("-journal"));
    const QStringList statement{QStringLiteral("--db"),        m_path,
                                QStringLiteral("--read-only"), QStringLiteral("statement"),
                                QStringLiteral("--year"),      QStringLiteral("2019")};
    Run r;
    if (::geteuid() != 0) {
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        r = annalist(statement);
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    } else {
        // Root may write any file: the folder is shown to the command through a read-only mount of
        // its own (a private mount namespace).
        r = annalist(statement,
                     {QStringLiteral("unshare"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                      QStringLiteral("private"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                      QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" || exit 97; "
                                     "exec \"$@\""),
                      m_dir->path()});
        if (r.code == 97 || r.err.contains(QStringLiteral("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("a read-only view of the folder for root needs a mount namespace: ") +
                             r.err));
    }
    QVERIFY2(r.code == 4, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("interrupted")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("owner")) && r.err.contains(QStringLiteral("verify")),
             qPrintable(r.err)); // how to recover it
    QVERIFY(r.out.isEmpty());
    // Nothing was touched.
    QCOMPARE(digest(m_path), ledger);
    QCOMPARE(digest(m_path + QStringLiteral("-journal")), journal);
    // Whoever may write recovers it.
    const Run owner = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify")});
    QVERIFY2(owner.code == 0, qPrintable(owner.err));
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), m_before);
}

void tst_InterruptedWrite::activeWriterLeavesItAwaitingRecovery()
{
    // A writer that runs holds the lock (here this process, as the window would).
    QFile::remove(Ledger::lockPath(m_path));
    QLockFile writer(Ledger::lockPath(m_path));
    QVERIFY(writer.tryLock(0));
    const QByteArray journal = digest(m_path + QStringLiteral("-journal"));
    const QStringList statement{QStringLiteral("--db"),        m_path,
                                QStringLiteral("--read-only"), QStringLiteral("statement"),
                                QStringLiteral("--year"),      QStringLiteral("2019")};
    const Run r = annalist(statement);
    QVERIFY2(r.code == 5, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("interrupted")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err)); // who writes
    QVERIFY2(r.err.contains(QStringLiteral("Try again once it is closed")), qPrintable(r.err));
    QCOMPARE(digest(m_path + QStringLiteral("-journal")), journal);
    // In the application: the same, as "in use".
    auto opened = Ledger::open(m_path, Ledger::Access::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ErrorKind::Locked));
    // Once the writer has closed, the next reader recovers it.
    writer.unlock();
    const Run after = annalist(statement);
    QVERIFY2(after.code == 0, qPrintable(after.err));
    QCOMPARE(interruptedLines(after.err), 1);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), m_before);
}

void tst_InterruptedWrite::readOnlyWindowRollsBackAndSaysSo()
{
    LedgerSession session;
    const Status opened = session.open(m_path, Ledger::Access::ReadOnly);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY(session.isReadOnly());
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("interrupted")) && message.contains(QStringLiteral("rolled back")),
             qPrintable(message));
    QVERIFY(window.isReadOnlyBarVisible());
    // The books are as they were before the import, and whole.
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), m_before);
    QVERIFY(Ledger::checkIntegrity(m_path).ok());
}

QTEST_MAIN(tst_InterruptedWrite)
#include "tst_interruptedwrite.moc"
