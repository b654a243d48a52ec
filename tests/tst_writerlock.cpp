#include "Ledger.h"
#include "PostingRepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace annalist;

// One writer per ledger, with real processes: a second writer is refused at once and told who
// holds the file, a reader is not, a crashed writer's lock is taken over, and a writer killed in
// the middle of a large import leaves the file as it was.
class tst_WriterLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondWriterIsRefusedAndToldWho();
    void readerIsNotRefused();
    void readOnlyRefusesEveryChange();
    void killedImportLeavesTheFileAsItWasAndItsLockIsTakenOver();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    QProcessEnvironment environment() const;
    Run annalist(const QStringList &args) const;
    QString csvOf(int rows, int year) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_WriterLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto demo = test::demoLedger(*m_dir);
    QVERIFY(demo);
    m_path = demo->path();
}

void tst_WriterLock::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment tst_WriterLock::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    return env;
}

tst_WriterLock::Run tst_WriterLock::annalist(const QStringList &args) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_WriterLock::csvOf(int rows, int year) const
{
    const QString path = m_dir->filePath(QStringLiteral("postings-%1.csv").arg(rows));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(ANNALIST_SCRIPTS_DIR "/make-import-csv.py"), QString::number(rows), path,
                     QStringLiteral("--year"), QString::number(year)});
    if (!generator.waitForFinished(300000) || generator.exitCode() != 0) {
        qWarning("%s", generator.readAllStandardError().constData());
        return {};
    }
    return path;
}

void tst_WriterLock::secondWriterIsRefusedAndToldWho()
{
    auto writer = Ledger::open(m_path);
    QVERIFY(writer.ok());
    // In this process: refused at once.
    auto second = Ledger::open(m_path);
    QVERIFY(!second.ok());
    QCOMPARE(int(second.error().kind), int(ErrorKind::Locked));
    // Another process: exit code 5, with the holder's host and process id.
    const QString csv = csvOf(10, 2019);
    QVERIFY(!csv.isEmpty());
    QElapsedTimer clock;
    clock.start();
    const Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("import"), csv, QStringLiteral("--year"),
                            QStringLiteral("2019")});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("in use")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err));
    QVERIFY2(r.err.contains(QSysInfo::machineHostName()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err)); // it says what can be done
    QVERIFY(clock.elapsed() < 10000);                                         // at once, not after a wait
    // Once the writer has closed the ledger, the next one may write.
    writer->reset();
    QCOMPARE(annalist({QStringLiteral("--db"), m_path, QStringLiteral("import"), csv, QStringLiteral("--year"),
                       QStringLiteral("2019")})
                 .code,
             0);
}

void tst_WriterLock::readerIsNotRefused()
{
    auto writer = Ledger::open(m_path);
    QVERIFY(writer.ok());
    const Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("--read-only"), QStringLiteral("statement"),
                            QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("-322.748,08")));
    auto reader = Ledger::open(m_path, Ledger::Access::ReadOnly);
    QVERIFY(reader.ok());
}

void tst_WriterLock::readOnlyRefusesEveryChange()
{
    auto reader = Ledger::open(m_path, Ledger::Access::ReadOnly);
    QVERIFY(reader.ok());
    QVERIFY((*reader)->isReadOnly());
    PostingFilter of2019;
    of2019.year = 2019;
    auto rows = PostingRepository(**reader).page(of2019, PostingSort::Date, Qt::AscendingOrder, 0, 1);
    QVERIFY(rows.ok() && !rows->isEmpty());
    Posting p = rows->first().posting;
    p.amount += Money::fromOre(1);
    const Status refused = PostingRepository(**reader).update(p);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("read-only")), qPrintable(refused.error().message));
    // No lock is held: a writer may open the file at the same time.
    auto writer = Ledger::open(m_path);
    QVERIFY(writer.ok());
    writer->reset();
    // The command line: --read-only refuses a change with exit code 3.
    const QString csv = csvOf(10, 2019);
    const Run r = annalist({QStringLiteral("--read-only"), QStringLiteral("--db"), m_path, QStringLiteral("import"),
                            csv, QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
}

void tst_WriterLock::killedImportLeavesTheFileAsItWasAndItsLockIsTakenOver()
{
    const QString csv = csvOf(400000, 2020);
    QVERIFY(!csv.isEmpty());
    const QString before = test::sqliteShell(m_path, QStringLiteral(".sha3sum"));
    QVERIFY(!before.isEmpty());
    QProcess import;
    import.setProcessEnvironment(environment());
    import.start(QStringLiteral(ANNALIST_BINARY), {QStringLiteral("--db"), m_path, QStringLiteral("import"), csv,
                                                   QStringLiteral("--year"), QStringLiteral("2020")});
    QVERIFY(import.waitForStarted());
    // Killed while it writes: once its transaction has begun (the journal beside the file), or after 5 s.
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(m_path + QStringLiteral("-journal")) && !QFile::exists(m_path + QStringLiteral("-wal")) &&
           clock.elapsed() < 5000)
        QTest::qWait(20);
    QTest::qWait(300);
    QCOMPARE(import.state(), QProcess::Running); // still importing: the kill lands in the middle
    ::kill(pid_t(import.processId()), SIGKILL);
    QVERIFY(import.waitForFinished(10000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    // The lock of the dead process is still there, and is taken over.
    QVERIFY(QFile::exists(Ledger::lockPath(m_path)));
    auto after = Ledger::open(m_path);
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    after->reset();
    // SQLite rolled the half-written import back: the contents are exactly as before, and whole.
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), before);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_WriterLock)
#include "tst_writerlock.moc"
