#include "Sql.h"
#include "hostiletexts.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace annalist;

// Every CSV file the program writes, as a user gets it from the binary, from books whose texts,
// account names and numbers, project name and user a spreadsheet would run as formulas:
// export-csv's texts come back exactly through import, and LibreOffice Calc opens each file
// (export-csv in both dialects, statement --format csv, audit --csv) with no formula in it and
// the amounts as numbers.
class tst_CsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportThenImportGivesTheTextsBack_data();
    void exportThenImportGivesTheTextsBack();
    void libreOfficeOpensNoFormula_data();
    void libreOfficeOpensNoFormula();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    // The same chart of accounts as the hostile books, and their renamed account and project.
    static Status sameChart(const Ledger &ledger);
    // Each posting of 2019 as the sqlite3 shell reads it, texts in hex: one line each.
    static QString postings(const QString &file);

    QTemporaryDir m_dir;
    QString m_books;
    QString m_profile;
};

namespace {

const QString hostileUser = QStringLiteral("=HYPERLINK(\"https://example.invalid\";\"kasserer\")");

QString hex(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toHex().toUpper());
}

} // namespace

tst_CsvExport::Run tst_CsvExport::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

Status tst_CsvExport::sameChart(const Ledger &ledger)
{
    const auto hostile = test::hostileTexts();
    // The statement's lines are the accounts' names.
    for (int i = 0; i < hostile.size(); ++i)
        if (auto done = Sql::execute(ledger.database(),
                                     QStringLiteral("UPDATE accounts SET name = ? WHERE id = (SELECT id FROM accounts "
                                                    "ORDER BY sort_order, number LIMIT 1 OFFSET %1)")
                                         .arg(i),
                                     {hostile.at(i).second});
            !done)
            return done;
    for (const auto &[sql, value] :
         {std::pair{"UPDATE accounts SET number = ? WHERE number = '2010'", QStringLiteral("=2010")},
          std::pair{"UPDATE projects SET name = ? WHERE name = 'Monopolbrud'", QStringLiteral("+Monopolbrud")}})
        if (auto done = Sql::execute(ledger.database(), QLatin1String(sql), {value}); !done)
            return done;
    return Done{};
}

QString tst_CsvExport::postings(const QString &file)
{
    return test::sqliteShell(file, QStringLiteral("SELECT p.date, p.voucher, hex(a.number), hex(COALESCE(j.name, '')), "
                                                  "hex(p.text), p.amount FROM postings p JOIN accounts a ON a.id = "
                                                  "p.account_id LEFT JOIN projects j ON j.id = p.project_id WHERE "
                                                  "p.year = 2019 ORDER BY 1, 2, 6, 5"));
}

void tst_CsvExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_books = m_dir.filePath(QStringLiteral("books.annalist"));
    auto ledger = Ledger::create(m_books);
    QVERIFY(ledger);
    QVERIFY(DemoLedger::write(**ledger).ok());
    // Every change below is in the audit trail under this name.
    (*ledger)->setAuditUser(hostileUser);
    QVERIFY(sameChart(**ledger).ok());
    const auto hostile = test::hostileTexts();
    for (int i = 0; i < hostile.size(); ++i)
        QVERIFY(Sql::execute((*ledger)->database(),
                             QStringLiteral("UPDATE postings SET text = ? WHERE id = (SELECT id FROM postings WHERE "
                                            "year = 2019 ORDER BY id LIMIT 1 OFFSET %1)")
                                 .arg(i * 5),
                             {hostile.at(i).second})
                    .ok());
    m_profile = m_dir.filePath(QStringLiteral("lo-profile"));
}

void tst_CsvExport::exportThenImportGivesTheTextsBack_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("danish") << QStringLiteral("danish");
    QTest::newRow("plain") << QStringLiteral("plain");
}

void tst_CsvExport::exportThenImportGivesTheTextsBack()
{
    QFETCH(QString, dialect);
    const QString csv = m_dir.filePath(QStringLiteral("export-%1.csv").arg(dialect));
    Run r = annalist({QStringLiteral("--db"), m_books, QStringLiteral("export-csv"), QStringLiteral("--year"),
                      QStringLiteral("2019"), QStringLiteral("-o"), csv, QStringLiteral("--dialect"), dialect});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Books with the same chart of accounts and no postings.
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.annalist").arg(dialect));
    {
        auto ledger = Ledger::create(copy);
        QVERIFY(ledger);
        QVERIFY(DemoLedger::write(**ledger).ok());
        QVERIFY(sameChart(**ledger).ok());
        QVERIFY(Sql::execute((*ledger)->database(), QStringLiteral("DELETE FROM postings")).ok());
    }
    r = annalist({QStringLiteral("--db"), copy, QStringLiteral("import"), csv, QStringLiteral("--year"),
                  QStringLiteral("2019")});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString original = postings(m_books);
    const QString reimported = postings(copy);
    QVERIFY(original.count(QLatin1Char('\n')) > 100);
    for (const auto &[name, text] : test::hostileTexts())
        QVERIFY2(reimported.contains(QLatin1Char('|') + hex(text) + QLatin1Char('|')), name);
    QVERIFY(reimported.contains(QLatin1Char('|') + hex(QStringLiteral("=2010")) + QLatin1Char('|')));
    QVERIFY(reimported.contains(QLatin1Char('|') + hex(QStringLiteral("+Monopolbrud")) + QLatin1Char('|')));
    QCOMPARE(reimported, original);
}

void tst_CsvExport::libreOfficeOpensNoFormula_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<int>>("amountColumns");
    QTest::addColumn<QStringList>("texts");

    QStringList postingTexts{QStringLiteral("=2010"), QStringLiteral("+Monopolbrud")};
    QStringList accountNames;
    for (const auto &[name, text] : test::hostileTexts()) {
        postingTexts.append(text);
        accountNames.append(text);
    }
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2019")};
    // CSV filter options: separator, quote, UTF-8, from line 1, standard columns, the language of
    // the numbers, quoted fields not forced to text, no special numbers, ..., and formulas evaluated,
    // as a spreadsheet opens a file by default.
    const auto filter = [](char separator, int language) {
        return QStringLiteral("CSV:%1,34,76,1,,%2,false,false,false,false,false,-1,true")
            .arg(int(separator))
            .arg(language);
    };
    QTest::newRow("export-csv danish") << QStringList{QStringLiteral("export-csv")} + year << filter(';', 1030)
                                       << QList<int>{5} << postingTexts;
    QTest::newRow("export-csv plain") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--dialect"),
                                                     QStringLiteral("plain")} +
                                             year
                                      << filter(',', 1033) << QList<int>{5} << postingTexts;
    QTest::newRow("statement published") << QStringList{QStringLiteral("statement"), QStringLiteral("--format"),
                                                        QStringLiteral("csv")} +
                                                year
                                         << filter(';', 1033) << QList<int>{2, 3, 4} << accountNames;
    QTest::newRow("statement budget") << QStringList{QStringLiteral("statement"), QStringLiteral("--format"),
                                                     QStringLiteral("csv"), QStringLiteral("--layout"),
                                                     QStringLiteral("budget")} +
                                             year
                                      << filter(';', 1033) << QList<int>{2, 3, 4, 5} << accountNames;
    QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--csv")} << filter(',', 1033)
                           << QList<int>{0} << QStringList{hostileUser};
}

void tst_CsvExport::libreOfficeOpensNoFormula()
{
    QFETCH(QStringList, command);
    QFETCH(QString, filter);
    QFETCH(QList<int>, amountColumns);
    QFETCH(QStringList, texts);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QVERIFY2(!soffice.isEmpty(),
             "LibreOffice (soffice) is not installed: scripts/install-deps.sh installs libreoffice-calc-nogui");

    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
    const bool toStdout = command.constFirst() == QLatin1String("statement");
    const Run run = annalist(QStringList{QStringLiteral("--db"), m_books} + command +
                             (toStdout ? QStringList() : QStringList{QStringLiteral("-o"), csv}));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    if (toStdout) {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(run.out), run.out.size());
    }

    const QString out = m_dir.filePath(QStringLiteral("lo-") + name);
    QVERIFY(QDir().mkpath(out));
    QProcess lo;
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--infilter=") + filter,
                       QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out, csv});
    QVERIFY(lo.waitForFinished(180000));
    QCOMPARE(lo.exitCode(), 0);
    const QString xlsx = QDir(out).filePath(name + QStringLiteral(".xlsx"));
    QVERIFY2(QFile::exists(xlsx), lo.readAllStandardError().constData());

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(ANNALIST_TEST_DIR "/spreadsheet_cells.py"), xlsx});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject sheet = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonArray rows = sheet.value(QLatin1String("rows")).toArray();
    QVERIFY(rows.size() > 2);

    QStringList formulas;
    QStringList shownTexts;
    int amounts = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        for (int c = 0; c < cells.size(); ++c) {
            const QString type = cells.at(c)[QLatin1String("type")].toString();
            const QJsonValue value = cells.at(c)[QLatin1String("value")];
            const QString where = QStringLiteral("row %1, column %2: %3").arg(r + 1).arg(c + 1);
            if (type == QLatin1String("formula"))
                formulas.append(where.arg(value.toString()));
            if (type == QLatin1String("text"))
                shownTexts.append(value.toString());
            // The header row names the columns; below it an amount is a number or nothing.
            if (r > 0 && amountColumns.contains(c) && type != QLatin1String("empty")) {
                QVERIFY2(type == QLatin1String("number"),
                         qPrintable(where.arg(type + QLatin1Char(' ') + value.toVariant().toString())));
                ++amounts;
            }
        }
    }
    QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1String("; "))));
    QCOMPARE(sheet.value(QLatin1String("formulas")).toInt(-1), 0);
    QVERIFY(amounts >= rows.size() - 1);
    // Each hostile text is in a text cell, as it was or after an apostrophe (Calc shows a line
    // break for a carriage return).
    const auto lines = [](QString text) {
        return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    };
    for (QString &shown : shownTexts)
        shown = lines(shown);
    for (const QString &text : texts)
        QVERIFY2(shownTexts.contains(lines(text)) || shownTexts.contains(QLatin1Char('\'') + lines(text)),
                 qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
