#include "AccountRepository.h"
#include "Ledger.h"
#include "Migrator.h"
#include "PostingRepository.h"
#include "Sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_Ledger : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReopens();
    void refusesMissingFileWithoutCreatingIt();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerVersion();
    void refusesDamagedFile();
    void createRefusesExistingFile();
    void foreignKeysAreOn();
    void readOnlyRefusesWrites();
    void transactionRollsBackOnFailure();
};

void tst_Ledger::createsAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.annalist"));
    {
        auto created = Ledger::create(path);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE((*created)->path(), path);
    }
    auto opened = Ledger::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(Sql::scalar((*opened)->database(), QStringLiteral("PRAGMA user_version"))->toInt(),
             Migrator::latestVersion());
    // Two ledgers can be open at once, each on its own connection.
    auto second = Ledger::open(path, Ledger::Access::ReadOnly);
    QVERIFY(second.ok());
    QVERIFY((*second)->isReadOnly());
}

void tst_Ledger::refusesMissingFileWithoutCreatingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.annalist"));
    auto opened = Ledger::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ErrorKind::BadInput));
    QVERIFY(opened.error().message.contains(path));
    QVERIFY(opened.error().message.contains(QLatin1String("init")));
    QVERIFY(!QFile::exists(path));
}

void tst_Ledger::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("Dato;Bilag;Konto;Tekst;Beløb\n2019-01-01;1;1010;x;1,00\n")
                               << QStringLiteral("not a SQLite database");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("short file") << QByteArray("SQLite") << QStringLiteral("not a SQLite database");
    QTest::newRow("binary noise") << QByteArray(4096, '\x7f') << QStringLiteral("not a SQLite database");
}

void tst_Ledger::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    auto opened = Ledger::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(path));
    // Nothing was written into the file.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void tst_Ledger::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.annalist"));
    QVERIFY(Ledger::create(path).ok());
    test::sqliteShell(path, QStringLiteral("PRAGMA user_version = %1;").arg(Migrator::latestVersion() + 1));
    auto opened = Ledger::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(opened.error().message.contains(QLatin1String("newer version")), qPrintable(opened.error().message));

    // Another application's SQLite database is refused, not taken over.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    test::sqliteShell(other, QStringLiteral("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"));
    QVERIFY(QFile::exists(other));
    auto foreign = Ledger::open(other);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().message.contains(QLatin1String("not an Annalist ledger")),
             qPrintable(foreign.error().message));
    QCOMPARE(test::sqliteShell(other, QStringLiteral("SELECT name FROM sqlite_master")), QStringLiteral("contacts"));
}

void tst_Ledger::refusesDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.annalist"));
    {
        QVERIFY(test::demoLedger(dir, QStringLiteral("damaged.annalist")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    // Overwrite everything after the first page: the header still says SQLite, the rest is garbage.
    file.seek(4096);
    file.write(QByteArray(int(size - 4096), '\x5a'));
    file.close();
    auto opened = Ledger::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
}

void tst_Ledger::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto created = Ledger::create(path);
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(QLatin1String("exists")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void tst_Ledger::foreignKeysAreOn()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    QCOMPARE(Sql::scalar(ledger->database(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    Posting orphan;
    orphan.year = 2019;
    orphan.date = QDate(2019, 5, 1);
    orphan.voucher = 9999;
    orphan.accountId = 987654;
    orphan.amount = Money::fromOre(100);
    const auto added = PostingRepository(*ledger).add(orphan);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(QLatin1String("FOREIGN KEY")), qPrintable(added.error().message));
}

void tst_Ledger::readOnlyRefusesWrites()
{
    QTemporaryDir dir;
    {
        QVERIFY(test::demoLedger(dir));
    }
    auto ledger = Ledger::open(dir.filePath(QStringLiteral("demo.annalist")), Ledger::Access::ReadOnly);
    QVERIFY(ledger.ok());
    Account account;
    account.number = QStringLiteral("4242");
    account.name = QStringLiteral("Test");
    QVERIFY(!AccountRepository(**ledger).addAccount(account).ok());
    QVERIFY(AccountRepository(**ledger).accounts().ok());
}

void tst_Ledger::transactionRollsBackOnFailure()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    const AccountRepository accounts(*ledger);
    const auto before = accounts.accounts()->size();
    const Status failed = ledger->transaction([&]() -> Status {
        Account a;
        a.number = QStringLiteral("4242");
        a.name = QStringLiteral("Halfway");
        if (auto id = accounts.addAccount(a); !id)
            return id.error();
        return badInput(QStringLiteral("stop"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(accounts.accounts()->size(), before);
}

QTEST_GUILESS_MAIN(tst_Ledger)
#include "tst_ledger.moc"
