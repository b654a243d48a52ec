#include "AuditTrail.h"
#include "Migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real annalist executable as a user would, without a display, and checks what it
// prints and its exit code.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void initCreatesLedgers();
    void initRefusesExistingFile();
    void statementText();
    void statementCsvAndJson();
    void statementBudgetLayout();
    void badFiles_data();
    void badFiles();
    void damagedLedger();
    void earlierSchemaIsUpgradedBeforeReading();
    void yearNotInBooks();
    void validateDemoIsClean();
    void validateFindsChangeMadeWithSqliteShell();
    void defaultLedgerCreatedOnFirstUse();
    void fileArgumentOpensTheWindowOnIt();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    QString demo();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

tst_CommandLine::Run tst_CommandLine::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind: commands must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Messages in English, the source language, whatever the machine's language.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // The default ledger goes into a throw-away data folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_CommandLine::demo()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.annalist"));
    if (!QFile::exists(path)) {
        const Run r = annalist({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
        if (r.code != 0)
            qWarning("init --demo failed: %s", qPrintable(r.err));
    }
    return path;
}

void tst_CommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << "Commands:";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << "annalist ";
    QTest::newRow("init help") << QStringList{QStringLiteral("init"), QStringLiteral("--help")} << "--demo";
    QTest::newRow("statement help") << QStringList{QStringLiteral("statement"), QStringLiteral("--help")} << "--layout";
    QTest::newRow("validate help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")} << "--year";
    QTest::newRow("help before command") << QStringList{QStringLiteral("--help"), QStringLiteral("statement")}
                                         << "--format";
    QTest::newRow("rules") << QStringList{QStringLiteral("validate"), QStringLiteral("--rules")} << "CONTROL-RESULT";
}

void tst_CommandLine::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = annalist(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("balance")} << "Unknown command";
    QTest::newRow("unknown command option")
        << QStringList{QStringLiteral("statement"), QStringLiteral("--yaer"), QStringLiteral("2019")} << "yaer";
    QTest::newRow("missing value") << QStringList{QStringLiteral("statement"), QStringLiteral("--year")} << "year";
    QTest::newRow("bad year") << QStringList{QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("x")}
                              << "not a year";
    QTest::newRow("bad format") << QStringList{QStringLiteral("statement"), QStringLiteral("--format"),
                                               QStringLiteral("pdf")}
                                << "pdf";
    QTest::newRow("bad layout") << QStringList{QStringLiteral("statement"), QStringLiteral("--layout"),
                                               QStringLiteral("x")}
                                << "layout";
    QTest::newRow("bad month") << QStringList{QStringLiteral("statement"), QStringLiteral("--month"),
                                              QStringLiteral("13")}
                               << "month";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("validate"), QStringLiteral("2019")} << "2019";
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = annalist(QStringList{QStringLiteral("--db"), demo()} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CommandLine::initCreatesLedgers()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.annalist"));
    Run r = annalist({QStringLiteral("--db"), empty, QStringLiteral("init")});
    QCOMPARE(r.code, 0);
    QCOMPARE(annalist::test::sqliteShell(empty, QStringLiteral("SELECT COUNT(*) FROM accounts")), QStringLiteral("0"));
    QCOMPARE(annalist::test::sqliteShell(empty, QStringLiteral("PRAGMA application_id")), QStringLiteral("1095650387"));

    const QString path = demo();
    QCOMPARE(
        annalist::test::sqliteShell(path, QStringLiteral("SELECT printf('%.2f', SUM(amount) / 100.0) FROM postings "
                                                         "WHERE year = 2019")),
        QStringLiteral("-322748.08"));
    // The option may also follow the command.
    const QString after = m_dir->filePath(QStringLiteral("after.annalist"));
    r = annalist({QStringLiteral("init"), QStringLiteral("--db"), after});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(after));
}

void tst_CommandLine::initRefusesExistingFile()
{
    const QString path = demo();
    const QString before = annalist::test::sqliteShell(path, QStringLiteral("SELECT COUNT(*) FROM postings"));
    const Run r = annalist({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(path));
    QCOMPARE(annalist::test::sqliteShell(path, QStringLiteral("SELECT COUNT(*) FROM postings")), before);
}

void tst_CommandLine::statementText()
{
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement"), QStringLiteral("--year"),
                            QStringLiteral("2019")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Resultatopgørelse 2019")));
    QVERIFY(r.out.contains(QLatin1String("Projekter:")));
    QVERIFY(r.out.contains(QLatin1String("1.541.130,23")));
    QVERIFY(r.out.contains(QLatin1String("-11.717.709,00")));
    QVERIFY(r.out.contains(QLatin1String("11.394.960,92")));
    QVERIFY(r.out.contains(QLatin1String("Driftsresultat 2019")));
    // Without --year, the latest year in the books.
    const Run latest = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement")});
    QCOMPARE(latest.out, r.out);
}

void tst_CommandLine::statementCsvAndJson()
{
    Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement"), QStringLiteral("--year"),
                      QStringLiteral("2019"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QStringList rows = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("note;line;income;expenses;net"));
    QCOMPARE(rows.last(), QStringLiteral(";I alt;-11717709.00;11394960.92;-322748.08"));
    QVERIFY(rows.contains(QStringLiteral(";Bruger- og rettighedsstyring;;2769917.37;2769917.37")));

    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("operatingResult")).toString(), QStringLiteral("-322748.08"));
}

void tst_CommandLine::statementBudgetLayout()
{
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement"), QStringLiteral("--layout"),
                            QStringLiteral("budget"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--month"), QStringLiteral("6")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("note;line;budget;actual;deviation;deviation_percent\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\n2;Personale;800000.00;")), qPrintable(r.out));
}

void tst_CommandLine::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("Dato;Beløb\n2019-01-01;1,00\n") << "not an Annalist ledger";
    QTest::newRow("empty") << QByteArray() << "is empty";
}

void tst_CommandLine::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(QStringLiteral("bad.file"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const QString &command : {QStringLiteral("statement"), QStringLiteral("validate")}) {
        const Run r = annalist({QStringLiteral("--db"), path, command});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(expected) && r.err.contains(path), qPrintable(r.err));
    }
    // A missing file is named, and never created.
    const QString missing = m_dir->filePath(QStringLiteral("missing.annalist"));
    const Run r = annalist({QStringLiteral("--db"), missing, QStringLiteral("statement")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(missing));
    QVERIFY(!QFile::exists(missing));
}

void tst_CommandLine::damagedLedger()
{
    // The schema at the start of the file reads; the postings at its end are garbage.
    const QString path = m_dir->filePath(QStringLiteral("damaged.annalist"));
    QVERIFY(QFile::copy(demo(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek(size / 2);
    file.write(QByteArray(int(size - size / 2), '\x5a'));
    file.close();
    for (const QString &command : {QStringLiteral("statement"), QStringLiteral("validate")}) {
        const Run r =
            annalist({QStringLiteral("--db"), path, command, QStringLiteral("--year"), QStringLiteral("2019")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
}

// What migration 008 added (the closed-year triggers and the reopening's columns), taken out again.
static QString closingUndone()
{
    QString sql;
    for (const char *table :
         {"postings", "budgets", "budget_changes", "budget_months", "member_contributions", "control_totals", "notes"})
        for (const char *change : {"insert", "update", "delete"})
            sql += QStringLiteral("DROP TRIGGER %1_closed_%2; ").arg(QLatin1String(table), QLatin1String(change));
    return sql + QStringLiteral("ALTER TABLE fiscal_years DROP COLUMN reopened_at; "
                                "ALTER TABLE fiscal_years DROP COLUMN reopen_reason; ");
}

void tst_CommandLine::earlierSchemaIsUpgradedBeforeReading()
{
    // A ledger as the version before the account totals (and the annual report) wrote it.
    const QString path = m_dir->filePath(QStringLiteral("earlier.annalist"));
    QVERIFY(QFile::copy(demo(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString dropAudit; // the audit trail came with version 7
    for (const QString &trigger : annalist::AuditTrail::triggerNames())
        dropAudit += QStringLiteral("DROP TRIGGER %1; ").arg(trigger);
    annalist::test::sqliteShell(path, closingUndone() + dropAudit +
                                          QStringLiteral("DROP TABLE audit_log; DROP TABLE audit_head; "
                                                         "DROP TRIGGER postings_totals_insert; DROP TRIGGER "
                                                         "postings_totals_delete; DROP TRIGGER postings_totals_update; "
                                                         "DROP TABLE account_totals; DROP TABLE report_signatories; "
                                                         "DROP TABLE report_pictures; DROP TABLE report_sections; "
                                                         "DROP TABLE closed_year_accounts; "
                                                         "DROP TABLE closed_year_projects; PRAGMA user_version = 4;"));
    QCOMPARE(annalist::test::sqliteShell(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("4"));
    const Run r = annalist(
        {QStringLiteral("--db"), path, QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("-322.748,08")), qPrintable(r.out));
    QCOMPARE(annalist::test::sqliteShell(path, QStringLiteral("PRAGMA user_version")),
             QString::number(annalist::Migrator::latestVersion()));
    QCOMPARE(
        annalist::test::sqliteShell(path, QStringLiteral("SELECT SUM(total) FROM account_totals WHERE year = 2019")),
        QStringLiteral("-32274808"));
}

void tst_CommandLine::yearNotInBooks()
{
    const Run r = annalist(
        {QStringLiteral("--db"), demo(), QStringLiteral("validate"), QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("2031")), qPrintable(r.err));
}

void tst_CommandLine::validateDemoIsClean()
{
    const Run r = annalist(
        {QStringLiteral("--db"), demo(), QStringLiteral("validate"), QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    QVERIFY(r.err.contains(QLatin1String("0 error(s)")));
}

void tst_CommandLine::validateFindsChangeMadeWithSqliteShell()
{
    const QString path = demo();
    // Add 1,00 to one posting behind Annalist's back (the audit triggers dropped meanwhile).
    int shell = -1;
    annalist::test::sqliteShellUnaudited(
        path,
        QStringLiteral("UPDATE postings SET amount = amount + 100 WHERE id = (SELECT p.id "
                       "FROM postings p JOIN accounts a ON a.id = p.account_id "
                       "WHERE a.name = 'Personale' ORDER BY p.date LIMIT 1);"),
        &shell);
    QCOMPARE(shell, 0);
    const QString account = QStringLiteral("2010");
    const Run r = annalist(
        {QStringLiteral("--db"), path, QStringLiteral("validate"), QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("ERROR CONTROL-RESULT 2019/control/result: ")), qPrintable(r.out));
    QVERIFY(lines.at(0).contains(QLatin1String("-322.747,08")));
    QVERIFY(lines.at(0).contains(QLatin1String("-322.748,08")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("ERROR CONTROL-ACCOUNT 2019/account/%1: ").arg(account)),
             qPrintable(r.out));
    QVERIFY(lines.at(1).contains(QLatin1String("difference of 1,00")));
}

void tst_CommandLine::defaultLedgerCreatedOnFirstUse()
{
    const QString expected = m_dir->filePath(QStringLiteral("data/annalist/ledger.annalist"));
    QVERIFY(!QFile::exists(expected));
    Run r = annalist({QStringLiteral("statement"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(expected));
    QVERIFY(r.out.contains(QLatin1String(";I alt;-11717709.00;11394960.92;-322748.08")));
    // Used as it is the second time, not written again.
    annalist::test::sqliteShellUnaudited(expected, QStringLiteral("UPDATE association SET name = 'Changed'"));
    r = annalist({QStringLiteral("statement")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("Changed\n")));
    QVERIFY(annalist({QStringLiteral("--help")}).out.contains(expected));
}

// "annalist FILE.annalist", as the desktop entry starts it for a ledger file: the window opens on
// that file (it takes the file's writer's lock) instead of reporting an unknown command.
void tst_CommandLine::fileArgumentOpensTheWindowOnIt()
{
    const QString path = demo();
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(ANNALIST_BINARY), {path});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 30000);
    QCOMPARE(window.state(), QProcess::Running);
    window.terminate();
    QVERIFY(window.waitForFinished(30000));
    QVERIFY2(!window.readAllStandardError().contains("Unknown command"), "the file was taken for a command");
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
