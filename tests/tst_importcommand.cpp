#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// "annalist import" and "annalist export-csv" run as a user runs them: exit codes, what they
// print, and what is in the ledger afterwards, asked of the sqlite3 shell.
class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAndPrintsTotals();
    void dryRun();
    void badFileWritesNothing();
    void refusedFiles_data();
    void refusedFiles();
    void lineNumbersArePlain();
    void duplicates();
    void usageErrors_data();
    void usageErrors();
    void windows1252AndMapping();
    void profiles();
    void exportThenImport();
    void exportRefusals();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    QString demo();
    QString file(const QByteArray &bytes, const QString &name = QStringLiteral("postings.csv")) const;
    QString sql(const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
};

namespace {

const QByteArray header = "Dato;Bilag;Konto;Projekt;Tekst;Bel\xC3\xB8"
                          "b\r\n";
const QByteArray good = header + "31-01-2020;1;2010;;L\xC3\xB8n januar;1.541.130,23\r\n"
                                 "15-02-2020;2;3020;Monopolbrud;Konsulent;1.056.176,43-\r\n"
                                 "01-03-2020;3;2010;;L\xC3\xB8n marts;1.000,00\r\n";

} // namespace

void tst_ImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_demo.clear();
}

tst_ImportCommand::Run tst_ImportCommand::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_ImportCommand::demo()
{
    if (m_demo.isEmpty()) {
        m_demo = m_dir->filePath(QStringLiteral("demo.annalist"));
        const Run r = annalist({QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
        if (r.code != 0)
            qWarning("init --demo failed: %s", qPrintable(r.err));
    }
    return m_demo;
}

QString tst_ImportCommand::file(const QByteArray &bytes, const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QString tst_ImportCommand::sql(const QString &query)
{
    return annalist::test::sqliteShell(demo(), query);
}

void tst_ImportCommand::importsAndPrintsTotals()
{
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), file(good),
                            QStringLiteral("--year"), QStringLiteral("2020")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Imported 3 postings from")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("into 2020 (UTF-8, delimiter semicolon)")));
    QVERIFY(r.out.contains(QLatin1String("The fiscal year 2020 was not in the books and has been created (open).")));
    QVERIFY(r.out.contains(QLatin1String("Totals per account:")));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const auto lineWith = [&lines](const QString &start) {
        for (const QString &line : lines)
            if (line.trimmed().startsWith(start))
                return line.simplified();
        return QString();
    };
    QCOMPARE(lineWith(QStringLiteral("2010")), QStringLiteral("2010 Personale 2 1.542.130,23"));
    QCOMPARE(lineWith(QStringLiteral("3020")), QStringLiteral("3020 Monopolbrud 1 -1.056.176,43"));
    QCOMPARE(lineWith(QStringLiteral("Total ")), QStringLiteral("Total 3 485.953,80"));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year = 2020")),
             QStringLiteral("3|48595380"));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2020")), QStringLiteral("open"));
    // The statement of 2020 now shows them.
    const Run statement = annalist({QStringLiteral("--db"), demo(), QStringLiteral("statement"),
                                    QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(statement.code, 0);
    QVERIFY(statement.out.contains(QLatin1String("1.542.130,23")));
}

void tst_ImportCommand::dryRun()
{
    const QString before = sql(QStringLiteral("SELECT COUNT(*) FROM postings"));
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), file(good),
                            QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Dry run: 3 postings from")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("nothing was written")));
    QVERIFY(r.out.contains(QLatin1String("it would be created")));
    QVERIFY(r.out.contains(QLatin1String("485.953,80")));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings")), before);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
}

void tst_ImportCommand::badFileWritesNothing()
{
    const QString before = sql(QStringLiteral("SELECT COUNT(*) FROM postings"));
    const QByteArray bad = good + "05-03-2020;4;9999;;Ukendt konto;1,00\r\n"
                                  "06-03-2020;5;2010;;Forkert bel\xC3\xB8"
                                  "b;1,2,3\r\n"
                                  "31-12-2019;6;2010;;Sidste \xC3\xA5r;1,00\r\n"
                                  "07-03-2020;7;2010;;\"Ingen slut\r\n";
    const QString path = file(bad, QStringLiteral("bad.csv"));
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                            QStringLiteral("2020")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("4 problem(s) found; nothing was imported.")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path + QStringLiteral(":5: column \"Konto\", value \"9999\": no account")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(path + QStringLiteral(":6: column \"Beløb\", value \"1,2,3\": not an amount")));
    QVERIFY(
        r.err.contains(path + QStringLiteral(":7: column \"Dato\", value \"31-12-2019\": outside the fiscal year")));
    QVERIFY(r.err.contains(path + QStringLiteral(":8: The quoted field that starts on line 8 never ends")));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings")), before);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void tst_ImportCommand::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "The file is empty";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << "not a text file";
    QTest::newRow("not a posting export") << QByteArray("Navn;Adresse\nAnne;Vej 1\n") << "no column for the date";
}

void tst_ImportCommand::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const QString path = file(bytes);
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                            QStringLiteral("2020")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(messagePart) && r.err.contains(path), qPrintable(r.err));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));

    const Run missing =
        annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"),
                  m_dir->filePath(QStringLiteral("nowhere.csv")), QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(missing.code, 3);
    QVERIFY(missing.err.contains(QLatin1String("nowhere.csv")));
}

void tst_ImportCommand::lineNumbersArePlain()
{
    QByteArray csv = header;
    for (int line = 2; line <= 1800; ++line)
        csv += "05-05-2020;" + QByteArray::number(line) + (line == 1757 ? ";4711" : ";2010") + ";;x;1,00\r\n";
    const Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), file(csv),
                            QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("postings.csv:1757: column \"Konto\", value \"4711\"")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("1.757")));

    // And counts of postings too.
    csv.replace(";4711;", ";2010;");
    const Run ok = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), file(csv),
                             QStringLiteral("--year"), QStringLiteral("2020")});
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.out.contains(QLatin1String("Imported 1799 postings")), qPrintable(ok.out));
}

void tst_ImportCommand::duplicates()
{
    const QStringList args{QStringLiteral("--db"),   demo(),
                           QStringLiteral("import"), file(good),
                           QStringLiteral("--year"), QStringLiteral("2020")};
    QCOMPARE(annalist(args).code, 0);
    Run r = annalist(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("this posting is already in 2020")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Use --skip-existing")));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("3"));

    r = annalist(args + QStringList{QStringLiteral("--skip-existing")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Imported 0 postings")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Left out 3 postings that are already in 2020.")));
    QVERIFY(!r.out.contains(QLatin1String("created")));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("3"));

    r = annalist(args + QStringList{QStringLiteral("--force")});
    QCOMPARE(r.code, 0);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("6"));
}

void tst_ImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString csv = QStringLiteral("x.csv");
    const QString year = QStringLiteral("--year");
    QTest::newRow("no file") << QStringList{year, QStringLiteral("2020")} << "Name the CSV file";
    QTest::newRow("no year") << QStringList{csv} << "--year";
    QTest::newRow("bad year") << QStringList{csv, year, QStringLiteral("twenty")} << "not a year";
    QTest::newRow("two files") << QStringList{csv, csv, year, QStringLiteral("2020")} << "Unexpected argument";
    QTest::newRow("force and skip") << QStringList{csv, year, QStringLiteral("2020"), QStringLiteral("--force"),
                                                   QStringLiteral("--skip-existing")}
                                    << "exclude each other";
    QTest::newRow("bad map") << QStringList{csv, year, QStringLiteral("2020"), QStringLiteral("--map"),
                                            QStringLiteral("when=Dato")}
                             << "not a field";
    QTest::newRow("bad encoding") << QStringList{csv, year, QStringLiteral("2020"), QStringLiteral("--encoding"),
                                                 QStringLiteral("ebcdic")}
                                  << "Unknown encoding";
    QTest::newRow("bad delimiter") << QStringList{csv, year, QStringLiteral("2020"), QStringLiteral("--delimiter"),
                                                  QStringLiteral("|")}
                                   << "Unknown delimiter";
    QTest::newRow("unknown option") << QStringList{csv, year, QStringLiteral("2020"), QStringLiteral("--frobnicate")}
                                    << "frobnicate";
}

void tst_ImportCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = annalist(QStringList{QStringLiteral("--db"), demo(), QStringLiteral("import")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_ImportCommand::windows1252AndMapping()
{
    // An older ERP: Windows-1252, tabs, its own column names.
    const QByteArray csv = "Bogf\xF8ringsdato\tBilagsnr.\tArtskonto\tPosteringstekst\tBel\xF8"
                           "b DKK\r\n"
                           "31.01.2020\t11\tPersonale\tL\xF8n til \xC6rt\xF8\t2.000,00\r\n";
    const QString path = file(csv);
    Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                      QStringLiteral("2020")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("no column for the date")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("\"Bogføringsdato\"")), qPrintable(r.err));

    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                  QStringLiteral("2020"), QStringLiteral("--map"),
                  QStringLiteral("date=Bogføringsdato,account=Artskonto,amount=Beløb DKK")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("(Windows-1252, delimiter tab)")), qPrintable(r.out));
    QCOMPARE(sql(QStringLiteral("SELECT text FROM postings WHERE year = 2020")), QStringLiteral("Løn til Ærtø"));

    // Told the wrong encoding, the text comes out as the user asked: ISO-8859-1 reads the same here.
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                  QStringLiteral("2020"), QStringLiteral("--encoding"), QStringLiteral("utf-8"),
                  QStringLiteral("--map"), QStringLiteral("date=Bogføringsdato,account=Artskonto,amount=Beløb DKK"),
                  QStringLiteral("--force")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("not valid UTF-8")), qPrintable(r.err));
}

void tst_ImportCommand::profiles()
{
    const QByteArray csv = "Bogf\xC3\xB8ringsdato;Bilagsnr.;Artskonto;Posteringstekst;Bel\xC3\xB8"
                           "b DKK\n"
                           "31-01-2020;11;2010;L\xC3\xB8n;2.000,00\n";
    const QString path = file(csv);
    Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                      QStringLiteral("2020"), QStringLiteral("--profile"), QStringLiteral("Opus")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("no import profile \"Opus\"")), qPrintable(r.err));

    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), path, QStringLiteral("--year"),
                  QStringLiteral("2020"), QStringLiteral("--map"),
                  QStringLiteral("date=Bogføringsdato,account=Artskonto,amount=Beløb DKK"),
                  QStringLiteral("--save-profile"), QStringLiteral("Opus")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Saved the import profile \"Opus\".")));
    QCOMPARE(sql(QStringLiteral("SELECT name || '|' || mapping FROM import_profiles")),
             QStringLiteral("Opus|date=Bogføringsdato,account=Artskonto,amount=Beløb DKK"));

    // Next month's export, read with the profile.
    QByteArray next = csv;
    next.replace("31-01-2020;11", "29-02-2020;12");
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("import"), file(next, QStringLiteral("feb.csv")),
                  QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--profile"),
                  QStringLiteral("Opus")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("2"));
}

void tst_ImportCommand::exportThenImport()
{
    const QString out = m_dir->filePath(QStringLiteral("2019.csv"));
    Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("--year"),
                      QStringLiteral("2019"), QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString count = sql(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2019"));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 postings of 2019 to").arg(count)), qPrintable(r.out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".partial")));

    // A second ledger with the same chart of accounts and no postings gets the same statement.
    const QString copy = m_dir->filePath(QStringLiteral("copy.annalist"));
    QCOMPARE(annalist({QStringLiteral("--db"), copy, QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    QCOMPARE(annalist::test::sqliteShellUnaudited(copy, QStringLiteral("DELETE FROM postings; SELECT changes() > 0;")),
             QStringLiteral("1"));
    r = annalist({QStringLiteral("--db"), copy, QStringLiteral("import"), out, QStringLiteral("--year"),
                  QStringLiteral("2019")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList statement{QStringLiteral("statement"), QStringLiteral("--year"), QStringLiteral("2019"),
                                QStringLiteral("--format"), QStringLiteral("csv")};
    const Run original = annalist(QStringList{QStringLiteral("--db"), demo()} + statement);
    const Run reimported = annalist(QStringList{QStringLiteral("--db"), copy} + statement);
    QCOMPARE(original.code, 0);
    QCOMPARE(reimported.out, original.out);

    // Plain dialect too.
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("--year"),
                  QStringLiteral("2019"), QStringLiteral("--output"), out, QStringLiteral("--dialect"),
                  QStringLiteral("plain")});
    QCOMPARE(r.code, 0);
    QFile plain(out);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(plain.readLine().startsWith("Date,Voucher,Account,Project,Text,Amount"));
}

void tst_ImportCommand::exportRefusals()
{
    Run r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("--year"),
                      QStringLiteral("2019")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("-o FILE")));
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("--year"),
                  QStringLiteral("2031"), QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.csv"))});
    QCOMPARE(r.code, 3);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.csv"))));
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("-o"),
                  m_dir->filePath(QStringLiteral("no/such/folder/x.csv"))});
    QCOMPARE(r.code, 4);
    r = annalist({QStringLiteral("--db"), demo(), QStringLiteral("export-csv"), QStringLiteral("-o"),
                  m_dir->filePath(QStringLiteral("x.csv")), QStringLiteral("--dialect"), QStringLiteral("excel")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
