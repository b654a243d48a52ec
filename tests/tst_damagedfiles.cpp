#include "Ledger.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// A corpus of files that are not sound ledgers: each is refused with a clear message and exit code
// 3 by the command line, and by Ledger::open in the application, never with a crash.
class tst_DamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();

private:
    QString write(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QByteArray m_demo;
};

void tst_DamagedFiles::initTestCase()
{
    {
        auto demo = test::demoLedger(m_dir, QStringLiteral("sound.annalist"));
        QVERIFY(demo);
    }
    QFile sound(m_dir.filePath(QStringLiteral("sound.annalist")));
    QVERIFY(sound.open(QIODevice::ReadOnly));
    m_demo = sound.readAll();
    QVERIFY(m_demo.size() > 64 * 1024);
}

QString tst_DamagedFiles::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void tst_DamagedFiles::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // a word the message must hold
    QRandomGenerator random(20191231);
    const auto noise = [&random](qsizetype size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        return bytes;
    };
    QTest::newRow("empty") << write(QStringLiteral("empty.annalist"), {}) << QStringLiteral("empty");
    QTest::newRow("text") << write(QStringLiteral("notes.annalist"), "Dato;Bilag;Konto\n01-01-2019;1;2010\n")
                          << QStringLiteral("not an Annalist ledger");
    for (int i = 0; i < 5; ++i)
        QTest::newRow(qPrintable(QStringLiteral("random bytes %1").arg(i)))
            << write(QStringLiteral("random-%1.annalist").arg(i), noise(1000 + i * 7000))
            << QStringLiteral("not an Annalist ledger");
    QTest::newRow("header only") << write(QStringLiteral("header.annalist"), m_demo.left(100)) << QString();
    for (const int percent : {10, 50, 90})
        QTest::newRow(qPrintable(QStringLiteral("cut short at %1 %").arg(percent)))
            << write(QStringLiteral("short-%1.annalist").arg(percent), m_demo.left(m_demo.size() * percent / 100))
            << QString();
    for (int i = 0; i < 4; ++i) {
        QByteArray damaged = m_demo;
        const qsizetype at = 4096 * (2 + random.bounded(int(damaged.size() / 4096 - 3)));
        damaged.replace(at, 4096, noise(4096));
        QTest::newRow(qPrintable(QStringLiteral("a damaged page %1").arg(i)))
            << write(QStringLiteral("page-%1.annalist").arg(i), damaged) << QStringLiteral("damaged");
    }
    QByteArray foreign = m_demo;
    foreign[68] = 0; // PRAGMA application_id: another program's SQLite file
    foreign[69] = 0;
    foreign[70] = 0;
    foreign[71] = 1;
    QTest::newRow("another program's database")
        << write(QStringLiteral("foreign.annalist"), foreign) << QStringLiteral("not an Annalist ledger");
    QByteArray newer = m_demo;
    newer[60] = 0; // PRAGMA user_version 999: a newer Annalist
    newer[61] = 0;
    newer[62] = char(0x03);
    newer[63] = char(0xE7);
    QTest::newRow("newer schema") << write(QStringLiteral("newer.annalist"), newer) << QStringLiteral("newer");
}

void tst_DamagedFiles::refused()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    // In the application: an error to show, never a crash.
    auto ledger = Ledger::open(path, Ledger::Access::ReadOnly, Ledger::Integrity::CheckNow);
    QVERIFY(!ledger.ok());
    QCOMPARE(int(ledger.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(ledger.error().message.contains(path), qPrintable(ledger.error().message));
    // On the command line: exit code 3 and the message, for commands that read every page (a command
    // that reads a few pages of a large file opens it without reading it through, and meets a damaged
    // page only if it reads it; tst_commandline covers that).
    QList<QStringList> commands{{QStringLiteral("backup"), QStringLiteral("-o"), path + QStringLiteral(".bak")}};
    if (expected != QLatin1String("damaged"))
        commands << QStringList{QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019")};
    for (const QStringList &command : std::as_const(commands)) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ANNALIST_BINARY), QStringList{QStringLiteral("--db"), path} + command);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 3, qPrintable(QString::number(process.exitCode()) + QLatin1Char(' ') + err));
        QVERIFY2(err.contains(path) || err.contains(QStringLiteral("damaged")), qPrintable(err));
        if (!expected.isEmpty())
            QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak"))); // no backup of a damaged file is left
    }
}

QTEST_GUILESS_MAIN(tst_DamagedFiles)
#include "tst_damagedfiles.moc"
