#include "Ledger.h"
#include "PostingRepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace annalist;

// One writer per ledger, with real processes: a second writer is refused at once and told who
// holds the file, a reader is not, a crashed writer's lock is taken over, and a writer killed in
// the middle of a large import leaves the file as it was. A ledger that another program keeps
// locked (the sqlite3 shell in a transaction, a lock file held by another program) is in use, not
// damaged.
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
    void lockedBySqliteShellIsInUseNotDamaged_data();
    void lockedBySqliteShellIsInUseNotDamaged();
    void lockFileHeldByAnotherProgramNamesNoProcess();

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
    // Starts `program` and waits until it prints `marker`: from then on it holds what it took.
    static bool startHolding(QProcess &holder, const QString &program, const QStringList &arguments,
                             const QByteArray &input, const QByteArray &marker);

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
    const Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("import"), csv, QStringLiteral("--year"),
                            QStringLiteral("2019")});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("in use")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err));
    QVERIFY2(r.err.contains(QSysInfo::machineHostName()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err)); // it says what can be done
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
    // Killed while it writes: as soon as SQLite has finished the journal's header (it starts with
    // SQLite's magic), the moment before it writes into the ledger file itself.
    const QString journal = m_path + QStringLiteral("-journal");
    const auto hot = [&journal] {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray::fromHex("d9d505f920a163d7");
    };
    QVERIFY(QTest::qWaitFor([&] { return hot() || import.state() != QProcess::Running; }, 120000));
    QCOMPARE(import.state(), QProcess::Running); // still importing: the kill lands in the middle
    ::kill(pid_t(import.processId()), SIGKILL);
    QVERIFY(import.waitForFinished(10000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    // The kill landed inside the transaction: its journal is left behind, for SQLite to roll back.
    QVERIFY(hot());
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

bool tst_WriterLock::startHolding(QProcess &holder, const QString &program, const QStringList &arguments,
                                  const QByteArray &input, const QByteArray &marker)
{
    holder.start(program, arguments);
    if (!holder.waitForStarted())
        return false;
    holder.write(input);
    QByteArray said;
    while (!said.contains(marker)) {
        if (!holder.waitForReadyRead(60000)) {
            qWarning("%s did not say \"%s\": %s", qPrintable(program), marker.constData(),
                     holder.readAllStandardError().constData());
            return false;
        }
        said += holder.readAllStandardOutput();
    }
    return true;
}

void tst_WriterLock::lockedBySqliteShellIsInUseNotDamaged_data()
{
    QTest::addColumn<QByteArray>("lock");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("code"); // while the shell holds its lock
    const QByteArray exclusive = "BEGIN EXCLUSIVE;\n";
    // A write in a transaction: SQLite's reserved lock, which readers may pass and writers not.
    const QByteArray writing =
        "BEGIN IMMEDIATE;\nCREATE TABLE shell_scratch (x);\nINSERT INTO shell_scratch VALUES (1);\n";
    const QStringList statement{QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019")};
    const QStringList import{QStringLiteral("import"), QStringLiteral("CSV"), QStringLiteral("--year"),
                             QStringLiteral("2019")};
    QTest::newRow("exclusive, statement") << exclusive << statement << 5;
    QTest::newRow("exclusive, --read-only statement")
        << exclusive << (QStringList{QStringLiteral("--read-only")} + statement) << 5;
    QTest::newRow("exclusive, verify") << exclusive << QStringList{QStringLiteral("verify")} << 5;
    QTest::newRow("exclusive, backup") << exclusive
                                       << QStringList{QStringLiteral("backup"), QStringLiteral("-o"),
                                                      QStringLiteral("BACKUP")}
                                       << 5;
    QTest::newRow("exclusive, import") << exclusive << import << 5;
    QTest::newRow("immediate and a write, import") << writing << import << 5;
    // Readers pass a reserved lock: the statement is simply printed.
    QTest::newRow("immediate and a write, statement") << writing << statement << 0;
}

void tst_WriterLock::lockedBySqliteShellIsInUseNotDamaged()
{
    QFETCH(QByteArray, lock);
    QFETCH(QStringList, command);
    QFETCH(int, code);
    const QString csv = csvOf(10, 2019);
    QVERIFY(!csv.isEmpty());
    const QString backup = m_dir->filePath(QStringLiteral("backup.annalist"));
    command.replaceInStrings(QStringLiteral("CSV"), csv);
    command.replaceInStrings(QStringLiteral("BACKUP"), backup);
    const QString before = test::sqliteShell(m_path, QStringLiteral(".sha3sum"));

    // The sqlite3 shell, in a transaction it keeps open until its input ends.
    QProcess shell;
    QVERIFY(startHolding(shell, QStringLiteral("sqlite3"), {m_path}, lock + "SELECT 'held';\n", "held"));
    const Run r = annalist(QStringList{QStringLiteral("--db"), m_path} + command);
    QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")) && !r.err.contains(QStringLiteral("Restore")),
             qPrintable(r.err));
    if (code == 5) {
        QVERIFY2(r.err.contains(QStringLiteral("in use by another program")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("SELECT")) && !r.err.contains(QStringLiteral("INSERT")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(backup));
    } else {
        QVERIFY2(r.out.contains(QStringLiteral("-322.748,08")), qPrintable(r.out));
    }
    // In the application: the same, as an error of its own kind.
    if (lock.startsWith("BEGIN EXCLUSIVE")) {
        for (const auto access : {Ledger::Access::ReadOnly, Ledger::Access::ReadWrite}) {
            auto opened = Ledger::open(m_path, access);
            QVERIFY(!opened.ok());
            QCOMPARE(int(opened.error().kind), int(ErrorKind::Locked));
        }
    }

    // Once the shell lets go (its transaction rolled back), the same command runs, on the same file.
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(30000));
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral(".sha3sum")), before);
    const Run after = annalist(QStringList{QStringLiteral("--db"), m_path} + command);
    QVERIFY2(after.code == 0, qPrintable(after.err));
}

void tst_WriterLock::lockFileHeldByAnotherProgramNamesNoProcess()
{
    const QString csv = csvOf(10, 2019);
    QVERIFY(!csv.isEmpty());
    // Another program holds the writer's lock file (flock), which names no process.
    QProcess holder;
    QVERIFY(startHolding(holder, QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import fcntl, sys\n"
                                         "f = open(sys.argv[1], 'a')\n"
                                         "fcntl.flock(f, fcntl.LOCK_EX)\n"
                                         "print('held', flush=True)\n"
                                         "sys.stdin.read()\n"),
                          Ledger::lockPath(m_path)},
                         {}, "held"));
    const QStringList import{QStringLiteral("--db"), m_path, QStringLiteral("import"), csv, QStringLiteral("--year"),
                             QStringLiteral("2019")};
    const Run r = annalist(import);
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QStringLiteral("in use")), qPrintable(r.err));
    QVERIFY2(r.err.contains(Ledger::lockPath(m_path)), qPrintable(r.err)); // the lock file is named
    QVERIFY2(!r.err.contains(QStringLiteral("process 0")), qPrintable(r.err));
    auto opened = Ledger::open(m_path);
    QVERIFY(!opened.ok());
    QVERIFY2(!opened.error().message.contains(QStringLiteral("process 0")), qPrintable(opened.error().message));
    // Reading is not refused; once the program lets go, its empty lock file is taken over.
    QCOMPARE(annalist({QStringLiteral("--read-only"), QStringLiteral("--db"), m_path, QStringLiteral("statement"),
                       QStringLiteral("--year"), QStringLiteral("2019")})
                 .code,
             0);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY(QFile::exists(Ledger::lockPath(m_path)));
    const Run after = annalist(import);
    QVERIFY2(after.code == 0, qPrintable(after.err));
}

QTEST_GUILESS_MAIN(tst_WriterLock)
#include "tst_writerlock.moc"
