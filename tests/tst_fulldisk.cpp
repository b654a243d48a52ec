#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace annalist;

// Every command that writes a file, on a disk that is nearly full: a real tmpfs, mounted in a mount
// namespace of the command's own (as root, or as a user through a user namespace), and filled up to
// the last few kilobytes. The command exits with 4, says the disk is full, and leaves the previous
// file (or web folder) exactly as it was, with nothing half-written beside it. The web folder gets
// the user's umask.
class tst_FullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writerOnANearlyFullDisk_data();
    void writerOnANearlyFullDisk();
    void redirectedOutputOnAFullDisk();
    void ledgerOnAFullDisk_data();
    void ledgerOnAFullDisk();
    void webFolderFollowsTheUmask_data();
    void webFolderFollowsTheUmask();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    QProcessEnvironment environment() const;
    Run annalist(const QStringList &args) const;
    // Runs `command` with `mountPoint` a tmpfs holding a copy of `seed` and `free` bytes free; what
    // the tmpfs holds afterwards is copied to `after`. Empty `why` unless no tmpfs could be mounted.
    Run onFullDisk(const QString &mountPoint, const QString &seed, const QString &after, qint64 free,
                   const QStringList &command, QString *why) const;
    // Every file below `path` (or `path` itself), relative, with its SHA-256.
    static QMap<QString, QByteArray> contents(const QString &path);
    static qint64 sizeOf(const QString &path);

    QTemporaryDir m_dir;
    QString m_ledger;
};

void tst_FullDisk::initTestCase()
{
    m_ledger = m_dir.filePath(QStringLiteral("books.annalist"));
    QVERIFY(test::demoLedger(m_dir, QStringLiteral("books.annalist")));
}

QProcessEnvironment tst_FullDisk::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

tst_FullDisk::Run tst_FullDisk::annalist(const QStringList &args) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

tst_FullDisk::Run tst_FullDisk::onFullDisk(const QString &mountPoint, const QString &seed, const QString &after,
                                           qint64 free, const QStringList &command, QString *why) const
{
    static const QString script =
        QStringLiteral("set -e\n"
                       "dir=$1; seed=$2; after=$3; free=$4; shift 4\n"
                       "mount -t tmpfs -o size=48m annalist-full \"$dir\" || exit 97\n"
                       "cp -a \"$seed\"/. \"$dir\"/\n"
                       "avail=$(df --output=avail -B1 \"$dir\" | tail -n 1)\n"
                       "if [ $((avail - free)) -gt 0 ]; then fallocate -l $((avail - free)) \"$dir/.filler\"; fi\n"
                       "set +e\n"
                       "\"$@\" >\"$after.out\" 2>\"$after.err\"\n"
                       "echo $? >\"$after.code\"\n"
                       "rm -f \"$dir/.filler\"\n"
                       "mkdir -p \"$after\" && cp -a \"$dir\"/. \"$after\"/\n");
    QDir().mkpath(mountPoint);
    QProcess process;
    process.setProcessEnvironment(environment());
    // Root mounts in a private mount namespace; a user in a user namespace of its own, as its root.
    QStringList args =
        ::geteuid() == 0
            ? QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private")}
            : QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount")};
    args << QStringLiteral("/bin/bash") << QStringLiteral("-c") << script << QStringLiteral("full-disk") << mountPoint
         << seed << after << QString::number(free) << command;
    process.start(QStringLiteral("unshare"), args);
    if (!process.waitForFinished(300000))
        return {};
    const auto read = [&after](const char *suffix) {
        QFile f(after + QLatin1String(suffix));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString code = read(".code").trimmed();
    if (code.isEmpty()) {
        *why = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return {code.toInt(), read(".out"), read(".err")};
}

QMap<QString, QByteArray> tst_FullDisk::contents(const QString &path)
{
    QMap<QString, QByteArray> files;
    const auto add = [&files](const QString &file, const QString &name) {
        QFile f(file);
        files.insert(name, f.open(QIODevice::ReadOnly)
                               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                               : QByteArray("unreadable"));
    };
    if (QFileInfo(path).isFile()) {
        add(path, QFileInfo(path).fileName());
        return files;
    }
    QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = QDir(path).relativeFilePath(file);
        if (it.fileInfo().isDir())
            files.insert(name + QLatin1Char('/'), {});
        else
            add(file, name);
    }
    return files;
}

qint64 tst_FullDisk::sizeOf(const QString &path)
{
    if (QFileInfo(path).isFile())
        return QFileInfo(path).size();
    qint64 size = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        size += it.fileInfo().size();
    }
    return size;
}

void tst_FullDisk::writerOnANearlyFullDisk_data()
{
    QTest::addColumn<QStringList>("command"); // OUT: the file or folder it writes
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("room"); // half the output, all but its last 8 KiB, or the web page only
    const QString year = QStringLiteral("2019");
    const struct
    {
        const char *name;
        QStringList command;
        const char *target;
    } writers[] = {
        {"export-html", {QStringLiteral("export-html"), QStringLiteral("--year"), year}, "web"},
        {"export-pdf", {QStringLiteral("export-pdf"), QStringLiteral("--year"), year}, "report.pdf"},
        {"export-xlsx", {QStringLiteral("export-xlsx"), QStringLiteral("--year"), year}, "books.xlsx"},
        {"export-csv", {QStringLiteral("export-csv"), QStringLiteral("--year"), year}, "postings.csv"},
        {"audit --csv", {QStringLiteral("audit"), QStringLiteral("--csv")}, "audit.csv"},
        {"backup", {QStringLiteral("backup")}, "copy.annalist"},
    };
    for (const auto &w : writers)
        for (const char *room : {"half", "8 KiB short"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(w.name), QLatin1String(room))))
                << w.command << QString::fromLatin1(w.target) << QString::fromLatin1(room);
    // Room for index.html and style.css, none for the pictures (small files, written last).
    QTest::newRow("export-html, the page but not its pictures")
        << writers[0].command << QString::fromLatin1(writers[0].target) << QStringLiteral("page");
}

void tst_FullDisk::writerOnANearlyFullDisk()
{
    QFETCH(QStringList, command);
    QFETCH(QString, target);
    QFETCH(QString, room);
    const QString row = QString::fromLatin1(QTest::currentDataTag())
                            .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"));
    const QString seed = m_dir.filePath(row + QStringLiteral("-seed"));
    const QString mountPoint = m_dir.filePath(row + QStringLiteral("-disk"));
    const QString after = m_dir.filePath(row + QStringLiteral("-after"));
    QVERIFY(QDir().mkpath(seed));
    // The previous output, written while there was room.
    const QStringList args = QStringList{QStringLiteral("--db"), m_ledger} + command;
    const Run first = annalist(args + QStringList{QStringLiteral("-o"), QDir(seed).filePath(target)});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const qint64 size = sizeOf(QDir(seed).filePath(target));
    QVERIFY(size > 16 * 1024);
    const auto previous = contents(seed);

    // tmpfs gives room in pages of 4 KiB.
    const auto pages = [](qint64 bytes) { return (bytes + 4095) / 4096 * 4096; };
    qint64 free = room == QLatin1String("half") ? size / 2 : size - 8 * 1024;
    if (room == QLatin1String("page"))
        free = pages(QFileInfo(QDir(seed).filePath(target + QStringLiteral("/index.html"))).size()) +
               pages(QFileInfo(QDir(seed).filePath(target + QStringLiteral("/style.css"))).size());
    QString why;
    const Run r = onFullDisk(mountPoint, seed, after, free,
                             QStringList{QStringLiteral(ANNALIST_BINARY)} + args +
                                 QStringList{QStringLiteral("-o"), QDir(mountPoint).filePath(target)},
                             &why);
    if (!why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no tmpfs could be mounted for a full disk (unshare --mount as root, or "
                                        "--user --map-root-user as a user): ") +
                         why));
    QVERIFY2(r.code == 4, qPrintable(QStringLiteral("%1 %2 %3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("Wrote")), qPrintable(r.out));
    // The previous output, byte for byte, and nothing half-written beside it.
    QCOMPARE(contents(after), previous);
}

void tst_FullDisk::redirectedOutputOnAFullDisk()
{
    const QString seed = m_dir.filePath(QStringLiteral("redirect-seed"));
    const QString mountPoint = m_dir.filePath(QStringLiteral("redirect-disk"));
    const QString after = m_dir.filePath(QStringLiteral("redirect-after"));
    QVERIFY(QDir().mkpath(seed));
    // "annalist statement > FILE" with no room for FILE.
    QString why;
    const Run redirected =
        onFullDisk(mountPoint, seed, after, 0,
                   {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("out=$0; exec \"$@\" > \"$out\""),
                    QDir(mountPoint).filePath(QStringLiteral("statement.csv")), QStringLiteral(ANNALIST_BINARY),
                    QStringLiteral("--db"), m_ledger, QStringLiteral("statement"), QStringLiteral("--year"),
                    QStringLiteral("2019"), QStringLiteral("--format"), QStringLiteral("csv")},
                   &why);
    if (!why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no tmpfs could be mounted for a full disk: ") + why));
    QVERIFY2(redirected.code == 4, qPrintable(QStringLiteral("%1 %2").arg(redirected.code).arg(redirected.err)));
    QVERIFY2(redirected.err.contains(QStringLiteral("disk is full")), qPrintable(redirected.err));
}

void tst_FullDisk::ledgerOnAFullDisk_data()
{
    QTest::addColumn<qint64>("free");
    QTest::newRow("room for the lock file only") << qint64(64 * 1024);
    QTest::newRow("no room at all") << qint64(0);
}

void tst_FullDisk::ledgerOnAFullDisk()
{
    QFETCH(qint64, free);
    const QString row = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString seed = m_dir.filePath(row + QStringLiteral("-ledger-seed"));
    const QString mountPoint = m_dir.filePath(row + QStringLiteral("-ledger-disk"));
    const QString after = m_dir.filePath(row + QStringLiteral("-ledger-after"));
    QVERIFY(QDir().mkpath(seed));
    QVERIFY(QFile::copy(m_ledger, QDir(seed).filePath(QStringLiteral("books.annalist"))));
    const QString csv = m_dir.filePath(QStringLiteral("postings.csv"));
    if (!QFile::exists(csv)) {
        QProcess generator;
        generator.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(ANNALIST_SCRIPTS_DIR "/make-import-csv.py"), QStringLiteral("20000"), csv,
                         QStringLiteral("--year"), QStringLiteral("2020")});
        QVERIFY(generator.waitForFinished(300000));
        QCOMPARE(generator.exitCode(), 0);
    }
    const auto before = contents(seed);
    QString why;
    const Run r = onFullDisk(mountPoint, seed, after, free,
                             {QStringLiteral(ANNALIST_BINARY), QStringLiteral("--db"),
                              QDir(mountPoint).filePath(QStringLiteral("books.annalist")), QStringLiteral("import"),
                              csv, QStringLiteral("--year"), QStringLiteral("2020")},
                             &why);
    if (!why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no tmpfs could be mounted for a full disk: ") + why));
    QVERIFY2(r.code == 4, qPrintable(QStringLiteral("%1 %2").arg(r.code).arg(r.err)));
    // The cause, in words; not SQLite's internals, not the query, not "Unknown error".
    QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
    for (const char *internal : {"INSERT", "SELECT", "Unknown error", "folder does not allow"})
        QVERIFY2(!r.err.contains(QLatin1String(internal)), qPrintable(r.err));
    // All or nothing: the ledger as it was, no journal, no lock left.
    QCOMPARE(contents(after), before);
}

void tst_FullDisk::webFolderFollowsTheUmask_data()
{
    QTest::addColumn<QString>("umask");
    QTest::addColumn<int>("folders");
    QTest::addColumn<int>("files");
    QTest::newRow("022") << QStringLiteral("022") << 0755 << 0644;
    QTest::newRow("027") << QStringLiteral("027") << 0750 << 0640;
}

void tst_FullDisk::webFolderFollowsTheUmask()
{
    QFETCH(QString, umask);
    QFETCH(int, folders);
    QFETCH(int, files);
    const QString web = m_dir.filePath(QStringLiteral("web-") + umask);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("umask %1 && exec \"$0\" \"$@\"").arg(umask),
                   QStringLiteral(ANNALIST_BINARY), QStringLiteral("--db"), m_ledger, QStringLiteral("export-html"),
                   QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("-o"), web});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // What a web server running as another user needs: every folder and file readable (and the
    // folders enterable) by others as the umask allows.
    const auto mode = [](const QString &path) {
        struct stat st;
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    QCOMPARE(mode(web), folders);
    int checked = 0;
    QDirIterator it(web, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(mode(path) == (it.fileInfo().isDir() ? folders : files),
                 qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        ++checked;
    }
    QVERIFY(checked >= 3); // index.html, style.css, pictures/...
}

QTEST_GUILESS_MAIN(tst_FullDisk)
#include "tst_fulldisk.moc"
