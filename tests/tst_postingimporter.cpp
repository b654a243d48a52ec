#include "AssociationRepository.h"
#include "ImportFieldParser.h"
#include "ImportProfileRepository.h"
#include "Migrator.h"
#include "PostingImporter.h"
#include "Sql.h"
#include "StatementBuilder.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// Reading the ERP's CSV exports into the demo ledger: amounts, dates, every bad row reported with
// its line and column, refused files, duplicates, projects, mappings, profiles and new years.
class tst_PostingImporter : public QObject, public test::ImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void amounts_data();
    void amounts();
    void fastAmountsAgreeWithMoney();
    void dates_data();
    void dates();
    void importsIntoNewYear();
    void dryRunWritesNothing();
    void badRows_data();
    void badRows();
    void everyBadRowIsListed();
    void refusedFiles_data();
    void refusedFiles();
    void closedYearIsRefused();
    void duplicates();
    void accountByNameAndProjects();
    void mappingOfOtherHeaders_data();
    void mappingOfOtherHeaders();
    void profiles();
    void profilesSurviveUpgradeFromVersion2();
};

void tst_PostingImporter::init()
{
    QVERIFY(setUp());
}

void tst_PostingImporter::amounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ore"); // -1: refused
    QTest::newRow("danish") << QByteArray("1.541.130,23") << qint64(154113023);
    QTest::newRow("danish without groups") << QByteArray("1541130,23") << qint64(154113023);
    QTest::newRow("negative") << QByteArray("-1.056.176,43") << qint64(-105617643);
    QTest::newRow("trailing minus") << QByteArray("1.056.176,43-") << qint64(-105617643);
    QTest::newRow("decimal point") << QByteArray("1541130.23") << qint64(154113023);
    QTest::newRow("one decimal") << QByteArray("12,5") << qint64(1250);
    QTest::newRow("thousands only") << QByteArray("1.234") << qint64(123400);
    QTest::newRow("spaces around") << QByteArray("  -5,00 ") << qint64(-500);
    QTest::newRow("plus") << QByteArray("+7") << qint64(700);
    QTest::newRow("two signs") << QByteArray("-5-") << qint64(-1);
    QTest::newRow("two commas") << QByteArray("12,3,4") << qint64(-1);
    QTest::newRow("misplaced groups") << QByteArray("1.23.456") << qint64(-1);
    QTest::newRow("three decimals") << QByteArray("0,001") << qint64(-1);
    QTest::newRow("letters") << QByteArray("12 kr") << qint64(-1);
    QTest::newRow("too large") << QByteArray("99999999999999999999") << qint64(-1);
}

void tst_PostingImporter::amounts()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ore);
    auto parsed = ImportFieldParser::amount(text);
    QCOMPARE(parsed.ok() ? parsed->ore() : qint64(-1), ore);
    // Whatever the fast path reads, Money::parse reads the same.
    auto money = Money::parse(QString::fromUtf8(text));
    QCOMPARE(money.ok() ? money->ore() : qint64(-1), ore);
}

void tst_PostingImporter::fastAmountsAgreeWithMoney()
{
    // Random strings of the characters amounts are made of.
    const char alphabet[] = "0123456789.,-+ ";
    quint32 state = 12345;
    int accepted = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray text;
        state = state * 1664525u + 1013904223u;
        const int length = 1 + int(state >> 28);
        for (int c = 0; c < length; ++c) {
            state = state * 1664525u + 1013904223u;
            text.append(alphabet[(state >> 24) % (sizeof alphabet - 1)]);
        }
        const auto fast = ImportFieldParser::amountFast(text);
        if (!fast)
            continue;
        ++accepted;
        const auto money = Money::parse(QString::fromLatin1(text));
        QVERIFY2(money.ok(), text.constData());
        QCOMPARE(money->ore(), *fast);
    }
    QVERIFY(accepted > 1000);
}

void tst_PostingImporter::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("iso") << QByteArray("2019-03-31") << QDate(2019, 3, 31);
    QTest::newRow("dashes") << QByteArray("31-03-2019") << QDate(2019, 3, 31);
    QTest::newRow("dots") << QByteArray("31.03.2019") << QDate(2019, 3, 31);
    QTest::newRow("slashes day first") << QByteArray("01/03/2019") << QDate(2019, 3, 1);
    QTest::newRow("one digit") << QByteArray("1.3.2019") << QDate(2019, 3, 1);
    QTest::newRow("leap day") << QByteArray("29-02-2020") << QDate(2020, 2, 29);
    QTest::newRow("no leap day") << QByteArray("29-02-2019") << QDate();
    QTest::newRow("31 april") << QByteArray("31.04.2019") << QDate();
    QTest::newRow("month 13") << QByteArray("2019-13-01") << QDate();
    QTest::newRow("mixed separators") << QByteArray("31-03.2019") << QDate();
    QTest::newRow("two-digit year") << QByteArray("31-03-19") << QDate();
    QTest::newRow("iso with slashes") << QByteArray("2019/03/31") << QDate();
    QTest::newRow("words") << QByteArray("31 marts 2019") << QDate();
}

void tst_PostingImporter::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDate, date);
    QCOMPARE(ImportFieldParser::date(text), date);
}

void tst_PostingImporter::importsIntoNewYear()
{
    QSignalSpy changed(m_ledger->notifier(), &LedgerNotifier::changed);
    const QByteArray csv = header() + "31-01-2020;1;2010;;L\xC3\xB8n januar;100.000,00\n"
                                      "2020-02-15;2;3020;Monopolbrud;Konsulent;1.000,50\n"
                                      "15.03.2020;3;3020;;\"Rettelse; del 2\";500,25-\n"
                                      "01/04/2020;4;1010;;Basistilskud;-5.000\n";
    auto summary = import(csv);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->rows, 4);
    QCOMPARE(summary->imported, 4);
    QCOMPARE(summary->skipped, 0);
    QVERIFY(summary->yearCreated);
    QCOMPARE(summary->encoding, CsvEncoding::Utf8);
    QCOMPARE(summary->delimiter, ';');
    QCOMPARE(summary->totals.size(), 3);
    // In statement order: income first.
    QCOMPARE(summary->totals.at(0).number, QStringLiteral("1010"));
    QCOMPARE(summary->totals.at(0).total.toDanish(), QStringLiteral("-5.000,00"));
    QCOMPARE(summary->totals.at(2).number, QStringLiteral("3020"));
    QCOMPARE(summary->totals.at(2).count, 2);
    QCOMPARE(summary->totals.at(2).total.toDanish(), QStringLiteral("500,25"));
    QCOMPARE(summary->total.toDanish(), QStringLiteral("95.500,25"));

    auto year = AssociationRepository(*m_ledger).year(2020);
    QVERIFY(year.ok() && year->has_value());
    QVERIFY(!(*year)->closed);
    QCOMPARE((*year)->start, QDate(2020, 1, 1));
    QCOMPARE((*year)->end, QDate(2020, 12, 31));
    // Creating the year books nothing else.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("4"));
    // The project comes from the account when the column is empty.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings p JOIN projects pr ON pr.id = p.project_id "
                                   "WHERE p.year = 2020 AND pr.name = 'Monopolbrud'")),
             QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT text FROM postings WHERE year = 2020 AND voucher = 3")),
             QStringLiteral("Rettelse; del 2"));
    QCOMPARE(scalar(QStringLiteral("SELECT text FROM postings WHERE year = 2020 AND voucher = 1")),
             QStringLiteral("Løn januar"));
    QCOMPARE(scalar(QStringLiteral("SELECT date FROM postings WHERE year = 2020 AND voucher = 4")),
             QStringLiteral("2020-04-01"));
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_key_check")), QString());
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    // Views hear of the new year and the postings.
    QList<LedgerNotifier::Table> tables;
    for (const QList<QVariant> &args : std::as_const(changed))
        tables.append(args.at(0).value<LedgerNotifier::Table>());
    QVERIFY(tables.contains(LedgerNotifier::Table::Years));
    QVERIFY(tables.contains(LedgerNotifier::Table::Postings));
    // The statement of the new year holds the imported amounts.
    auto statement = StatementBuilder(*m_ledger).build(2020);
    QVERIFY(statement.ok());
    QCOMPARE(statement->operatingResult().toDanish(), QStringLiteral("95.500,25"));
}

void tst_PostingImporter::dryRunWritesNothing()
{
    const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM postings"));
    ImportOptions options;
    options.dryRun = true;
    auto summary = import(header() + "31-01-2020;1;2010;;x;1,00\n", options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QVERIFY(summary->dryRun);
    QCOMPARE(summary->imported, 1);
    QVERIFY(summary->yearCreated);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings")), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
}

void tst_PostingImporter::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column"); // empty: the row as a whole
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    const auto row = [](const char *name, const QByteArray &line, const char *column, const char *value,
                        const char *part) {
        QTest::newRow(name) << line << QString::fromUtf8(column) << QString::fromUtf8(value) << QString::fromUtf8(part);
    };
    row("unknown account", "02-02-2020;2;9999;;x;1,00", "Konto", "9999", "no account has this number or name");
    row("unknown account name", "02-02-2020;2;Kaffe;;x;1,00", "Konto", "Kaffe", "no account");
    row("account missing", "02-02-2020;2;;;x;1,00", "Konto", "", "the account is missing");
    row("amount with two commas", "02-02-2020;2;2010;;x;12,3,4", "Beløb", "12,3,4", "more than one decimal comma");
    row("amount in words", "02-02-2020;2;2010;;x;ti kroner", "Beløb", "ti kroner", "not an amount");
    row("amount missing", "02-02-2020;2;2010;;x;", "Beløb", "", "the amount is missing");
    row("no such day", "31-02-2020;2;2010;;x;1,00", "Dato", "31-02-2020", "not a date");
    row("date in words", "2. februar;2;2010;;x;1,00", "Dato", "2. februar", "expected a date such as 31-03-2020");
    row("date outside the year", "31-12-2019;2;2010;;x;1,00", "Dato", "31-12-2019",
        "outside the fiscal year 2020; expected a date from 01-01-2020 to 31-12-2020");
    row("date missing", ";2;2010;;x;1,00", "Dato", "", "the date is missing");
    row("voucher with letters", "02-02-2020;A-12;2010;;x;1,00", "Bilag", "A-12", "not a voucher number");
    row("voucher missing", "02-02-2020;;2010;;x;1,00", "Bilag", "", "the voucher number is missing");
    row("another account's project", "02-02-2020;2;3010;Monopolbrud;x;1,00", "Projekt", "Monopolbrud",
        "not the account's project; expected \"Fælles ressourcer\"");
    row("project on an account without one", "02-02-2020;2;2010;ESDH;x;1,00", "Projekt", "ESDH",
        "account 2010 belongs to no project");
    row("unknown project", "02-02-2020;2;3040;Månelanding;x;1,00", "Projekt", "Månelanding",
        "no project has this name");
    row("missing fields", "02-02-2020;2;2010", "", "", "the row has 3 fields, the header 6 (\"Projekt\" is missing)");
    row("fields left over", "02-02-2020;2;2010;;x;1,00;17", "", "", "\"17\" is left over");
    row("unterminated quote", "02-02-2020;2;2010;;\"x;1,00", "", "", "starts on line 3 never ends");
    row("text after a closing quote", "02-02-2020;2;2010;;\"x\"y;1,00", "", "", "closing quote");
    // Detected, a file that is not UTF-8 throughout is read as Windows-1252; told UTF-8, the line
    // that is not is reported.
    row("not utf-8", "02-02-2020;2;2010;;\xF8;1,00", "", "", "not valid UTF-8");
}

void tst_PostingImporter::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM postings"));
    // A good row before and after: nothing at all is imported.
    const QByteArray csv =
        header() + "01-02-2020;1;2010;;L\xC3\xB8n;1,00\n" + row + "\n03-02-2020;3;2010;;efter;2,00\n";
    ImportOptions options;
    if (messagePart.contains(QLatin1String("UTF-8")))
        options.encoding = CsvEncoding::Utf8;
    auto summary = import(csv, options);
    QVERIFY(!summary.ok());
    QCOMPARE(int(summary.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(m_importer->issueCount() >= 1, qPrintable(summary.error().message));
    const ImportIssue &issue = m_importer->issues().constFirst();
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.value, value);
    QVERIFY2(issue.message.contains(messagePart), qPrintable(issue.message));
    // The message names the file, the line, the column and the value.
    const QString message = summary.error().message;
    QVERIFY2(message.contains(m_dir->filePath(QStringLiteral("postings.csv:3: "))), qPrintable(message));
    if (!column.isEmpty())
        QVERIFY2(message.contains(QStringLiteral("column \"%1\", value \"%2\"").arg(column, value)),
                 qPrintable(message));
    QVERIFY(message.contains(QLatin1String("nothing was imported")));
    // Nothing written: no postings, not even the year.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings")), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
}

void tst_PostingImporter::everyBadRowIsListed()
{
    // 2,000 rows; every tenth from line 1,001 on names an unknown account: 100 bad rows listed
    // one by one, the rest counted. Line numbers are plain integers.
    QByteArray csv = header();
    for (int line = 2; line <= 2001; ++line)
        csv += QByteArray("05-05-2020;") + QByteArray::number(line) +
               (line > 1000 && line % 10 == 7 ? ";77" : ";2010") + ";;x;1,00\n";
    auto summary = import(csv);
    QVERIFY(!summary.ok());
    QCOMPARE(m_importer->issueCount(), 100);
    QCOMPARE(m_importer->issues().size(), 100);
    QCOMPARE(m_importer->issues().constFirst().line, 1007);
    QCOMPARE(m_importer->issues().constLast().line, 1997);
    const QString message = summary.error().message;
    QVERIFY2(message.contains(QLatin1String("postings.csv:1757: column \"Konto\", value \"77\"")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("1.757")));
    QVERIFY(!message.contains(QLatin1String("more.")));

    ImportOptions options;
    options.maxIssues = 10;
    summary = import(csv, options);
    QVERIFY(!summary.ok());
    QCOMPARE(m_importer->issues().size(), 10);
    QVERIFY2(summary.error().message.contains(QLatin1String("... and 90 more.")), qPrintable(summary.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("0"));
}

void tst_PostingImporter::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "The file is empty";
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << "The file is empty";
    QTest::newRow("header only") << header() << "a header but no postings";
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14) << "not a text file";
    QTest::newRow("no known columns") << QByteArray("a;b;c\n1;2;3\n") << "no column for the date";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "D\0a\0t\0o\0",
                                          10)
                            << "UTF-16";
}

void tst_PostingImporter::refusedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, messagePart);
    auto summary = import(csv);
    QVERIFY(!summary.ok());
    QCOMPARE(int(summary.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(summary.error().message.contains(messagePart), qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(QLatin1String("postings.csv")), qPrintable(summary.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));

    // A file that is not there at all.
    ImportOptions options;
    options.year = 2020;
    auto missing = m_importer->run(m_dir->filePath(QStringLiteral("nowhere.csv")), options);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("nowhere.csv")));
}

void tst_PostingImporter::closedYearIsRefused()
{
    QVERIFY(test::markClosed(*m_ledger, 2019).ok());
    const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM postings"));
    ImportOptions options;
    options.year = 2019;
    auto summary = import(header() + "01-02-2019;1;2010;;x;1,00\n", options);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(QLatin1String("2019 is closed")), qPrintable(summary.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings")), before);
}

void tst_PostingImporter::duplicates()
{
    const QByteArray first = header() + "01-02-2020;1;2010;;a;1,00\n01-02-2020;2;2010;;b;2,00\n"
                                        "01-02-2020;2;2010;;b igen;2,00\n";
    QVERIFY(import(first).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("3"));

    // The same file again: refused, each row named.
    auto again = import(first);
    QVERIFY(!again.ok());
    QCOMPARE(m_importer->duplicateCount(), 3);
    QVERIFY2(again.error().message.contains(QLatin1String("postings.csv:2: this posting is already in 2020")),
             qPrintable(again.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("3"));

    // An export that overlaps the last one: the old rows are left out, the new go in. Equal rows
    // count: the second "2;2,00" was in the ledger twice, a third is new.
    const QByteArray overlap = header() + "01-02-2020;2;2010;;b;2,00\n01-02-2020;2;2010;;b;2,00\n"
                                          "01-02-2020;2;2010;;b;2,00\n05-02-2020;3;2010;;c;3,00\n";
    ImportOptions skip;
    skip.skipExisting = true;
    auto skipped = import(overlap, skip);
    QVERIFY2(skipped.ok(), qPrintable(skipped.error().message));
    QCOMPARE(skipped->skipped, 2);
    QCOMPARE(skipped->imported, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("5"));

    // Forced: everything goes in again.
    ImportOptions force;
    force.force = true;
    auto forced = import(first, force);
    QVERIFY2(forced.ok(), qPrintable(forced.error().message));
    QCOMPARE(forced->imported, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("8"));

    ImportOptions both;
    both.force = both.skipExisting = true;
    auto refused = import(first, both);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Usage));
}

void tst_PostingImporter::accountByNameAndProjects()
{
    const QByteArray csv = header() + "01-02-2020;1;kommunalt BASISTILSKUD;;a;-1,00\n"
                                      "01-02-2020;2;Monopolbrud;monopolbrud;b;2,00\n"
                                      "01-02-2020;3;3040;ESDH;c;3,00\n"
                                      "01-02-2020;4;3040;;d;4,00\n";
    auto summary = import(csv);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT a.number FROM postings p JOIN accounts a ON a.id = p.account_id "
                                   "WHERE p.year = 2020 AND p.voucher = 1")),
             QStringLiteral("1010"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings p JOIN projects pr ON pr.id = p.project_id "
                                   "AND pr.account_id = p.account_id WHERE p.year = 2020")),
             QStringLiteral("3"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020 AND project_id IS NULL")),
             QStringLiteral("1"));
}

void tst_PostingImporter::mappingOfOtherHeaders_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("errorPart"); // empty: imports
    QTest::newRow("english") << QByteArray("Date,Voucher,Account,Project,Text,Amount\n") << QString() << QString();
    QTest::newRow("case and punctuation") << QByteArray("DATO;Bilagsnr.;Konto nr;Posterings-tekst;BEL\xC3\x98"
                                                        "B\n")
                                          << QString() << QString();
    QTest::newRow("unknown names mapped")
        << QByteArray("Bogf\xC3\xB8ringsdato;Bilagsnr.;Artskonto;Posteringstekst;Bel\xC3\xB8"
                      "b DKK\n")
        << QStringLiteral("date=Bogføringsdato,account=Artskonto,amount=Beløb DKK") << QString();
    QTest::newRow("unknown names unmapped")
        << QByteArray("Bogf\xC3\xB8ringsdato;Bilagsnr.;Artskonto;Posteringstekst;Bel\xC3\xB8"
                      "b DKK\n")
        << QString() << QStringLiteral("no column for the date");
    QTest::newRow("mapped column not in file")
        << header() << QStringLiteral("date=Bogføringsdato")
        << QStringLiteral("\"Bogføringsdato\" given for the date is not in the file");
    QTest::newRow("two columns could be the account") << QByteArray("Dato;Bilag;Konto;Kontonr;Bel\xC3\xB8"
                                                                    "b\n")
                                                      << QString() << QStringLiteral("could both be the account");
}

void tst_PostingImporter::mappingOfOtherHeaders()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, map);
    QFETCH(QString, errorPart);
    const char delimiter = head.contains(';') ? ';' : ',';
    QList<QByteArray> fields{"31-01-2020", "7", "2010", "L\xC3\xB8n", "1.000,00"};
    if (head.count(delimiter) == 5)
        fields.insert(3, QByteArray());
    if (delimiter == ',')
        fields.last() = "1000.00";
    ImportOptions options;
    auto mapping = ImportMapping::parse(map);
    QVERIFY(mapping.ok());
    options.mapping = *mapping;
    auto summary = import(head + fields.join(delimiter) + '\n', options);
    if (errorPart.isEmpty()) {
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        QCOMPARE(summary->total.toDanish(), QStringLiteral("1.000,00"));
    } else {
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message.contains(errorPart), qPrintable(summary.error().message));
        QVERIFY(summary.error().message.contains(QLatin1String("postings.csv:1:")));
    }
}

void tst_PostingImporter::profiles()
{
    QVERIFY(!ImportMapping::parse(QStringLiteral("when=Dato")).ok());
    QVERIFY(!ImportMapping::parse(QStringLiteral("date")).ok());
    QVERIFY(!ImportMapping::parse(QStringLiteral("date=A,date=B")).ok());

    auto mapping = ImportMapping::parse(QStringLiteral("date=Bogføringsdato, amount=Beløb DKK,project="));
    QVERIFY(mapping.ok());
    QCOMPARE(mapping->mapped(ImportField::Date), QStringLiteral("Bogføringsdato"));
    QCOMPARE(mapping->mapped(ImportField::Project), QString());
    QVERIFY(!mapping->mapped(ImportField::Text));

    const ImportProfileRepository repository(*m_ledger);
    ImportProfile profile{QStringLiteral("KMD Opus"), *mapping, QStringLiteral("Windows-1252"), ';', {}};
    QVERIFY(repository.save(profile).ok());
    auto loaded = repository.profile(QStringLiteral("KMD Opus"));
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->mapping.toSpec(), mapping->toSpec());
    QCOMPARE((*loaded)->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE((*loaded)->delimiter, ';');
    QVERIFY((*loaded)->savedAt.isValid());
    // Saving under the same name replaces it.
    profile.encoding.clear();
    QVERIFY(repository.save(profile).ok());
    QCOMPARE(repository.profiles()->size(), 1);
    QCOMPARE(repository.profile(QStringLiteral("KMD Opus"))->value().encoding, QString());
    QVERIFY(!repository.save(ImportProfile{}).ok());

    // The profile's mapping reads a file with those headers; "project=" ignores a Projekt column.
    ImportOptions options;
    options.mapping = (*loaded)->mapping;
    auto summary = import("Bogf\xC3\xB8ringsdato;Bilag;Konto;Projekt;Bel\xC3\xB8"
                          "b DKK\n"
                          "31-01-2020;1;3020;Noget helt andet;5,00\n",
                          options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QVERIFY(repository.remove(QStringLiteral("KMD Opus")).ok());
    QVERIFY(repository.profiles()->isEmpty());
}

void tst_PostingImporter::profilesSurviveUpgradeFromVersion2()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.annalist"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator::migrate(db, 2).ok());
        QVERIFY(Sql::execute(db, QStringLiteral("INSERT INTO fiscal_years (year, start_date, end_date) VALUES "
                                                "(2020, '2020-01-01', '2020-12-31')"))
                    .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto ledger = Ledger::open(path);
    QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
    QVERIFY(Migrator::currentVersion((*ledger)->database()).value() >= 3);
    const ImportProfileRepository repository(**ledger);
    QVERIFY(repository.profiles()->isEmpty());
    QVERIFY(repository.save({QStringLiteral("ERP"), {}, {}, 0, {}}).ok());
    QCOMPARE(repository.profiles()->size(), 1);
}

QTEST_GUILESS_MAIN(tst_PostingImporter)
#include "tst_postingimporter.moc"
