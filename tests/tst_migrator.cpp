#include "AuditTrail.h"
#include "Ledger.h"
#include "Migrator.h"
#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void fromEmptyFile();
    void upgradesFromEveryEarlierVersion();
    void failedMigrationRollsBack();

private:
    // A plain SQLite connection, outside Ledger's checks, to set files up as older versions would.
    struct RawDb
    {
        explicit RawDb(const QString &path)
        {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
        }
        ~RawDb()
        {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        QString name = QStringLiteral("raw");
        QSqlDatabase db;
    };
    static QStringList tables(const QSqlDatabase &db);
};

QStringList tst_Migrator::tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), db);
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void tst_Migrator::fromEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.annalist"));
    {
        RawDb raw(path);
        QCOMPARE(Migrator::currentVersion(raw.db).value(), 0);
        const Status migrated = Migrator::migrate(raw.db);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
        QCOMPARE(Migrator::currentVersion(raw.db).value(), Migrator::latestVersion());
        QCOMPARE(Sql::scalar(raw.db, QStringLiteral("PRAGMA application_id"))->toInt(), Ledger::applicationId);
        const QStringList names = tables(raw.db);
        for (const char *expected :
             {"accounts", "association", "budget_changes", "budget_months", "budgets", "control_totals", "fiscal_years",
              "member_contributions", "members", "notes", "postings", "projects", "provenance", "report_pictures",
              "audit_log", "audit_head", "report_sections", "report_signatories"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // Running it again changes nothing.
        QVERIFY(Migrator::migrate(raw.db).ok());
        QCOMPARE(tables(raw.db), names);
    }
    // The postings table holds the amount in øre in a column named amount.
    auto ledger = Ledger::open(path);
    QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
    QVERIFY(Sql::exec((*ledger)->database(), QStringLiteral("SELECT amount FROM postings")).ok());
}

void tst_Migrator::upgradesFromEveryEarlierVersion()
{
    QVERIFY(Migrator::latestVersion() >= 1);
    // Version 0 is an empty SQLite file, which is no ledger at all; every later version upgrades.
    for (int version = 1; version <= Migrator::latestVersion(); ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v%1.annalist").arg(version));
        {
            RawDb raw(path);
            // The year goes in at version 1: from version 7 on, only a connection with Annalist's
            // audit functions can change the books.
            QVERIFY(Migrator::migrate(raw.db, 1).ok());
            QVERIFY(Sql::execute(raw.db, QStringLiteral("INSERT INTO fiscal_years (year, start_date, end_date) "
                                                        "VALUES (2019, '2019-01-01', '2019-12-31')"))
                        .ok());
            QVERIFY(Migrator::migrate(raw.db, version).ok());
            QCOMPARE(Migrator::currentVersion(raw.db).value(), version);
            if (version >= 7)
                QVERIFY(!Sql::execute(raw.db, QStringLiteral("UPDATE fiscal_years SET end_date = '2019-12-30'")).ok());
        }
        auto ledger = Ledger::open(path);
        QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
        QCOMPARE(Migrator::currentVersion((*ledger)->database()).value(), Migrator::latestVersion());
        // What the older version held is still there.
        QCOMPARE(Sql::scalar((*ledger)->database(), QStringLiteral("SELECT COUNT(*) FROM fiscal_years"))->toInt(), 1);
        // The annual report's tables (version 6) are there and refer to the year the older file held;
        // removing a chapter removes its sections with it.
        const QSqlDatabase db = (*ledger)->database();
        QVERIFY(Sql::execute(db, QStringLiteral("INSERT INTO report_sections (id, year, position, kind, title) "
                                                "VALUES (1, 2019, 0, 'text', 'Kapitel')"))
                    .ok());
        QVERIFY(Sql::execute(db, QStringLiteral("INSERT INTO report_sections (id, year, parent_id, position, kind) "
                                                "VALUES (2, 2019, 1, 0, 'chart')"))
                    .ok());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT options FROM report_sections WHERE id = 2"))->toString(),
                 QStringLiteral("{}"));
        QVERIFY(!Sql::execute(db, QStringLiteral("INSERT INTO report_sections (year, position, kind) "
                                                 "VALUES (2031, 0, 'text')"))
                     .ok());
        QVERIFY(!Sql::execute(db, QStringLiteral("INSERT INTO report_sections (year, position, kind) "
                                                 "VALUES (2019, 0, 'video')"))
                     .ok());
        QVERIFY(Sql::execute(db, QStringLiteral("DELETE FROM report_sections WHERE id = 1")).ok());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_sections"))->toInt(), 0);
        QVERIFY(Sql::execute(db, QStringLiteral("INSERT INTO report_pictures (name, mime_type, data) "
                                                "VALUES ('a.svg', 'image/svg+xml', x'3C7376672F3E')"))
                    .ok());
        QVERIFY(Sql::execute(db, QStringLiteral("INSERT INTO report_signatories (year, position, name, role) "
                                                "VALUES (2019, 0, 'Navn', 'Formand')"))
                    .ok());
        // The audit trail (version 7) records changes from now on, starting a chain of its own.
        QVERIFY(Sql::execute(db, QStringLiteral("UPDATE fiscal_years SET end_date = '2019-12-30'")).ok());
        auto trail = AuditTrail(**ledger).records();
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->constFirst().action, QStringLiteral("update"));
        QCOMPARE(trail->constFirst().tableName, QStringLiteral("fiscal_years"));
        QCOMPARE(trail->constFirst().prevHash, QString());
        auto verified = AuditTrail(**ledger).verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
        QCOMPARE(verified->headHash, trail->constFirst().hash);
    }
}

void tst_Migrator::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.annalist"));
    RawDb raw(path);
    // A table in the way makes migration 1 fail half-way through.
    QVERIFY(Sql::execute(raw.db, QStringLiteral("CREATE TABLE postings (x)")).ok());
    const Status migrated = Migrator::migrate(raw.db);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(QLatin1String("schema version 1")),
             qPrintable(migrated.error().message));
    QCOMPARE(Migrator::currentVersion(raw.db).value(), 0);
    QCOMPARE(tables(raw.db), QStringList{QStringLiteral("postings")});
    QCOMPARE(Sql::scalar(raw.db, QStringLiteral("PRAGMA application_id"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
