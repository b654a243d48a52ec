#include "PostingCsvWriter.h"
#include "PostingImporter.h"
#include "PostingSearchIndex.h"
#include "Sql.h"
#include "StatementBuilder.h"
#include "hostiletexts.h"
#include "importfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// How an import is written and taken back: indexes kept through bulk writes, Cancel, export and
// import again, undo of the id range and redo of an unchanged file.
class tst_ImportWriting : public QObject, public test::ImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void bulkImportKeepsIndexes_data();
    void bulkImportKeepsIndexes();
    void cancelLeavesLedgerAsItWas();
    void exportThenImportGivesSameStatement_data();
    void exportThenImportGivesSameStatement();
    void hostileTextsComeBackExactly_data();
    void hostileTextsComeBackExactly();
    void undoTakesTheImportBack_data();
    void undoTakesTheImportBack();
    void undoRefusesWhenPostingsChanged();
    void undoOfAManyPostingsImportKeepsIndexes();
    void importAgainRefusesAChangedFile();
    void undoOfAnIndexedImportStartsTheSearchIndexOver();
};

void tst_ImportWriting::init()
{
    QVERIFY(setUp());
}

void tst_ImportWriting::bulkImportKeepsIndexes_data()
{
    QTest::addColumn<bool>("dateOrder");
    QTest::addColumn<bool>("lastRowBad");
    QTest::newRow("in date order") << true << false;
    QTest::newRow("in random order") << false << false;
    QTest::newRow("bad last row") << false << true;
}

void tst_ImportWriting::bulkImportKeepsIndexes()
{
    ANNALIST_FILE_ONLY("SQLite's bulk writer drops and rebuilds indexes; a server keeps them");
    QFETCH(bool, dateOrder);
    QFETCH(bool, lastRowBad);
    // Enough postings for the indexes to be built afresh rather than kept up to date.
    const QString indexes = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                           "WHERE type = 'index' AND tbl_name = 'postings' ORDER BY name)");
    const QString before = scalar(indexes);
    QVERIFY(before.contains(QLatin1String("postings_year_account_amount")));
    QByteArray csv = header();
    const int rows = 40000;
    const char *const accounts[] = {"1010", "2010", "3020", "3110"};
    qint64 sum = 0;
    for (int i = 0; i < rows; ++i) {
        const int day = int(dateOrder ? qint64(i) * 365 / rows : qint64(i) * 7919 % 365);
        const QDate date = QDate(2020, 1, 1).addDays(day);
        const qint64 ore = qint64(i) * 104729 % 1000000 - 300000;
        sum += ore;
        csv += date.toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' + QByteArray::number(i + 1) + ';' +
               accounts[i % 4] + ";;Tekst " + QByteArray::number(i) + ';' + Money::fromOre(ore).toDanish().toLatin1() +
               '\n';
    }
    if (lastRowBad)
        csv += "31-12-2020;1;2010;;x;1,2,3\n";
    auto summary = import(csv);
    QCOMPARE(scalar(indexes), before);
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    if (lastRowBad) {
        QVERIFY(!summary.ok());
        QCOMPARE(m_importer->issues().constFirst().line, rows + 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("0"));
        return;
    }
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->imported, rows);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QString::number(rows));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(amount) FROM postings WHERE year = 2020")), QString::number(sum));
    QCOMPARE(summary->total.ore(), sum);
}

void tst_ImportWriting::cancelLeavesLedgerAsItWas()
{
    QByteArray csv = header();
    for (int i = 0; i < 30000; ++i)
        csv += "02-03-2020;" + QByteArray::number(i) + ";2010;;x;1,00\n";
    int calls = 0;
    ImportOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        Q_ASSERT(done <= total);
        return ++calls < 2;
    };
    auto summary = import(csv, options);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(QLatin1String("cancelled")), qPrintable(summary.error().message));
    QVERIFY(calls >= 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
}

void tst_ImportWriting::exportThenImportGivesSameStatement_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("danish") << int(PostingCsvWriter::Dialect::Danish);
    QTest::newRow("plain") << int(PostingCsvWriter::Dialect::Plain);
}

void tst_ImportWriting::exportThenImportGivesSameStatement()
{
    QFETCH(int, dialect);
    // A text that needs quoting survives the way out and back.
    QVERIFY(Sql::execute(m_ledger->database(),
                         QStringLiteral("UPDATE postings SET text = ? WHERE id = (SELECT MIN(id) FROM postings "
                                        "WHERE year = 2019)"),
                         {QStringLiteral("Møde; \"ekstra\"\nlinje 2")})
                .ok());
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    auto written = PostingCsvWriter(*m_ledger).write(2019, csv, PostingCsvWriter::Dialect(dialect));
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(QString::number(*written), scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2019")));

    // The same accounts, but no postings: the demo books with the year's postings deleted.
    QTemporaryDir other;
    auto empty = test::demoLedger(other);
    QVERIFY(empty);
    QVERIFY(Sql::execute(empty->database(), QStringLiteral("DELETE FROM postings")).ok());
    PostingImporter importer(*empty);
    ImportOptions options;
    options.year = 2019;
    auto summary = importer.run(csv, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->imported, *written);
    QCOMPARE(summary->delimiter, dialect == int(PostingCsvWriter::Dialect::Danish) ? ';' : ',');

    auto original = StatementBuilder(*m_ledger).build(2019);
    auto reimported = StatementBuilder(*empty).build(2019);
    QVERIFY(original.ok() && reimported.ok());
    QCOMPARE(reimported->lines.size(), original->lines.size());
    for (int i = 0; i < original->lines.size(); ++i) {
        QCOMPARE(reimported->lines.at(i).accountNumber, original->lines.at(i).accountNumber);
        QCOMPARE(reimported->lines.at(i).actual, original->lines.at(i).actual);
    }
    QCOMPARE(reimported->operatingResult().toDanish(), QStringLiteral("-322.748,08"));
    const QString row = QStringLiteral("SELECT date || '|' || CAST(voucher AS TEXT) || '|' || CAST(account_id AS TEXT) "
                                       "|| '|' || COALESCE(CAST(project_id AS TEXT), '') || '|' || text || '|' || "
                                       "CAST(amount AS TEXT) FROM postings WHERE year = 2019 ORDER BY date, voucher, "
                                       "text, amount");
    auto a = Sql::exec(m_ledger->database(), row);
    auto b = Sql::exec(empty->database(), row);
    QVERIFY(a.ok() && b.ok());
    while (a->next()) {
        QVERIFY(b->next());
        QCOMPARE(b->value(0).toString(), a->value(0).toString());
    }
    QVERIFY(!b->next());

    // The file: Danish dialect with a BOM for Excel, quoted where needed.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (dialect == int(PostingCsvWriter::Dialect::Danish)) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Dato;Bilag;Konto;Projekt;Tekst;Bel\xC3\xB8"
                                 "b\r\n"));
        QVERIFY(bytes.contains(";\"M\xC3\xB8"
                               "de; \"\"ekstra\"\"\nlinje 2\";"));
    } else {
        QVERIFY(bytes.startsWith("Date,Voucher,Account,Project,Text,Amount\r\n"));
    }
}

void tst_ImportWriting::hostileTextsComeBackExactly_data()
{
    exportThenImportGivesSameStatement_data();
}

// Texts a spreadsheet would run as formulas go out guarded and come back exactly as they were, and so
// do an account number and a project name of that kind.
void tst_ImportWriting::hostileTextsComeBackExactly()
{
    QFETCH(int, dialect);
    const auto hostile = test::hostileTexts();
    const auto books = [](const Ledger &ledger) -> Status {
        for (const auto &[sql, value] :
             {std::pair{"UPDATE accounts SET number = ? WHERE number = '2010'", QStringLiteral("=2010")},
              std::pair{"UPDATE projects SET name = ? WHERE name = 'Monopolbrud'", QStringLiteral("+Monopolbrud")}})
            if (auto done = Sql::execute(ledger.database(), QLatin1String(sql), {value}); !done)
                return done;
        return Done{};
    };
    QVERIFY(books(*m_ledger).ok());
    for (int i = 0; i < hostile.size(); ++i)
        QVERIFY(Sql::execute(m_ledger->database(),
                             QStringLiteral("UPDATE postings SET text = ? WHERE id = (SELECT id FROM postings WHERE "
                                            "year = 2019 ORDER BY id LIMIT 1 OFFSET %1)")
                                 .arg(i * 7),
                             {hostile.at(i).second})
                    .ok());
    const QString csv = m_dir->filePath(QStringLiteral("hostile.csv"));
    auto written = PostingCsvWriter(*m_ledger).write(2019, csv, PostingCsvWriter::Dialect(dialect));
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    QTemporaryDir other;
    auto empty = test::demoLedger(other);
    QVERIFY(empty);
    QVERIFY(Sql::execute(empty->database(), QStringLiteral("DELETE FROM postings")).ok());
    QVERIFY(books(*empty).ok());
    PostingImporter importer(*empty);
    ImportOptions options;
    options.year = 2019;
    auto summary = importer.run(csv, options);
    QVERIFY2(summary.ok(),
             qPrintable(summary.error().message + QLatin1Char(' ') +
                        (importer.issues().isEmpty() ? QString() : importer.issues().constFirst().message)));
    QCOMPARE(summary->imported, *written);

    for (const auto &[name, text] : hostile) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2019 AND text = ?");
        QCOMPARE(Sql::scalar(m_ledger->database(), sql, {text})->toInt(), 1);
        QVERIFY2(Sql::scalar(empty->database(), sql, {text})->toInt() == 1, name);
    }
    // Every posting as it was: account and project by name, text to the byte.
    const QString row = QStringLiteral(
        "SELECT p.date, p.voucher, a.number, COALESCE(j.name, ''), p.text, p.amount FROM postings p JOIN accounts a "
        "ON a.id = p.account_id LEFT JOIN projects j ON j.id = p.project_id WHERE p.year = 2019 ORDER BY p.date, "
        "p.voucher, p.amount, p.text");
    auto a = Sql::exec(m_ledger->database(), row);
    auto b = Sql::exec(empty->database(), row);
    QVERIFY(a.ok() && b.ok());
    int rows = 0;
    while (a->next()) {
        QVERIFY(b->next());
        for (int column = 0; column < 6; ++column)
            QCOMPARE(b->value(column).toString(), a->value(column).toString());
        ++rows;
    }
    QVERIFY(!b->next());
    QCOMPARE(rows, int(*written));
    // The renamed account and project have postings, compared above.
    for (const Ledger *ledger : {m_ledger.get(), empty.get()})
        QVERIFY(Sql::scalar(ledger->database(),
                            QStringLiteral("SELECT COUNT(*) FROM postings p JOIN accounts a ON a.id = "
                                           "p.account_id LEFT JOIN projects j ON j.id = p.project_id WHERE "
                                           "p.year = 2019 AND (a.number = '=2010' OR j.name = '+Monopolbrud')"))
                    ->toInt() > 1);
}

void tst_ImportWriting::undoTakesTheImportBack_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("into a year in the books") << 2019;
    QTest::newRow("into a new year") << 2020;
}

void tst_ImportWriting::undoTakesTheImportBack()
{
    QFETCH(int, year);
    const QString before = dump();
    const QString y = QString::number(year);
    const QByteArray csv = header() + QStringLiteral("31-01-%1;901;2010;;L\u00f8n;100,00\n"
                                                     "15-02-%1;902;3020;;Konsulent;1.000,50\n"
                                                     "15-03-%1;903;3020;;\u00c6ble;500,25-\n")
                                          .arg(y)
                                          .toUtf8();
    ImportOptions options;
    options.year = year;
    auto summary = import(csv, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->yearCreated, year == 2020);
    // The ids of exactly the new postings.
    QCOMPARE(summary->lastId - summary->firstId + 1, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE id BETWEEN %1 AND %2 AND voucher > 900")
                        .arg(summary->firstId)
                        .arg(summary->lastId)),
             QStringLiteral("3"));
    QCOMPARE(scalar(QStringLiteral("SELECT MIN(id) FROM postings WHERE voucher > 900")),
             QString::number(summary->firstId));
    QCOMPARE(summary->fileHash.size(), 32);

    QSignalSpy changed(m_ledger->notifier(), &LedgerNotifier::changed);
    QVERIFY(m_importer->undo(*summary).ok());
    QCOMPARE(dump(), before);
    QList<LedgerNotifier::Table> tables;
    for (const QList<QVariant> &args : std::as_const(changed))
        tables.append(args.at(0).value<LedgerNotifier::Table>());
    QVERIFY(tables.contains(LedgerNotifier::Table::Postings));
    QCOMPARE(tables.contains(LedgerNotifier::Table::Years), year == 2020);
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));

    // Done again with the file's hash, then taken back again: the same each time.
    options.expectedHash = summary->fileHash;
    auto again = m_importer->run(m_dir->filePath(QStringLiteral("postings.csv")), options);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->imported, 3);
    // SQLite gives the next postings the ids the undone ones had; a server's sequence moves on.
    if (test::onServer())
        QVERIFY(again->firstId > summary->lastId);
    else
        QCOMPARE(again->firstId, summary->firstId);
    QVERIFY(m_importer->undo(*again).ok());
    QCOMPARE(dump(), before);

    // A dry run wrote nothing and has nothing to take back.
    options.dryRun = true;
    options.expectedHash.clear();
    auto dry = import(csv, options);
    QVERIFY(dry.ok());
    QCOMPARE(dry->lastId, 0);
    QVERIFY(m_importer->undo(*dry).ok());
    QCOMPARE(dump(), before);
}

void tst_ImportWriting::undoRefusesWhenPostingsChanged()
{
    auto summary = import(header() + "31-01-2020;1;2010;;a;1,00\n01-02-2020;2;2010;;b;2,00\n");
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    // A budget now refers to the new year: it stays when the postings go.
    QVERIFY(Sql::execute(m_ledger->database(),
                         QStringLiteral("INSERT INTO budgets (account_id, year, amount) VALUES (%1, 2020, 100)")
                             .arg(scalar(QStringLiteral("SELECT id FROM accounts WHERE number = '2010'"))))
                .ok());
    QVERIFY(
        Sql::execute(m_ledger->database(), QStringLiteral("DELETE FROM postings WHERE id = %1").arg(summary->lastId))
            .ok());
    const QString before = dump();
    auto undone = m_importer->undo(*summary);
    QVERIFY(!undone.ok());
    QVERIFY2(undone.error().message.contains(QLatin1String("nothing was taken out")),
             qPrintable(undone.error().message));
    QCOMPARE(dump(), before);

    // With every posting there, they go; the year stays for its budget.
    QVERIFY(Sql::execute(m_ledger->database(),
                         QStringLiteral("INSERT INTO postings (id, year, date, voucher, account_id, text, amount) "
                                        "VALUES (%1, 2020, '2020-02-01', 2, %2, 'b', 200)")
                             .arg(summary->lastId)
                             .arg(scalar(QStringLiteral("SELECT id FROM accounts WHERE number = '2010'"))))
                .ok());
    QVERIFY(m_importer->undo(*summary).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("1"));

    // A closed year keeps its postings.
    auto next = import(header() + "31-01-2020;3;2010;;c;1,00\n");
    QVERIFY(next.ok());
    QVERIFY(test::markClosed(*m_ledger, 2020).ok());
    auto closed = m_importer->undo(*next);
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().message.contains(QLatin1String("2020 is closed")), qPrintable(closed.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("1"));
}

void tst_ImportWriting::undoOfAManyPostingsImportKeepsIndexes()
{
    // Enough postings for the undo to drop the indexes and build them again.
    const QString indexes = QStringLiteral("SELECT group_concat(name || ':' || sql, ',') FROM (SELECT name, sql "
                                           "FROM sqlite_master WHERE type = 'index' AND tbl_name = 'postings' "
                                           "ORDER BY name)");
    const QString before = dump();
    const QString indexesBefore = scalar(indexes);
    QByteArray csv = header();
    for (int i = 0; i < 30000; ++i)
        csv += QDate(2019, 1, 1).addDays(i % 365).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' +
               QByteArray::number(1000 + i) + ";2010;;x;" + QByteArray::number(i % 977) + ",25\n";
    ImportOptions options;
    options.year = 2019;
    auto summary = import(csv, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->imported, 30000);
    QCOMPARE(summary->lastId - summary->firstId + 1, 30000);
    // The account totals the statement reads agree with the postings, after the import and after
    // its undo (both change them for the whole range at once).
    const QString totalsDisagree = QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT * FROM (SELECT year, account_id, SUM(amount), COUNT(*) FROM postings "
        "GROUP BY year, account_id EXCEPT SELECT year, account_id, total, postings FROM account_totals) AS missing "
        "UNION ALL SELECT * FROM (SELECT year, account_id, total, postings FROM account_totals WHERE postings <> 0 "
        "EXCEPT SELECT year, account_id, SUM(amount), COUNT(*) FROM postings GROUP BY year, account_id) AS extra) "
        "AS disagreeing");
    QCOMPARE(scalar(totalsDisagree), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT postings FROM account_totals WHERE year = 2019 AND account_id = "
                                   "(SELECT id FROM accounts WHERE number = '2010')"))
                 .toLongLong(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM postings p JOIN accounts a ON a.id = p.account_id "
                                   "WHERE p.year = 2019 AND a.number = '2010'"))
                 .toLongLong());
    QVERIFY(m_importer->undo(*summary).ok());
    QCOMPARE(scalar(totalsDisagree), QStringLiteral("0"));
    QCOMPARE(dump(), before);
    QCOMPARE(scalar(indexes), indexesBefore);
    if (!test::onServer())
        QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void tst_ImportWriting::importAgainRefusesAChangedFile()
{
    auto summary = import(header() + "31-01-2020;1;2010;;a;1,00\n");
    QVERIFY(summary.ok());
    QVERIFY(m_importer->undo(*summary).ok());
    // One character more in the text: the same size would not tell, the hash does.
    const QString path = write(header() + "31-01-2020;1;2010;;b;1,00\n");
    ImportOptions options;
    options.year = 2020;
    options.expectedHash = summary->fileHash;
    auto again = m_importer->run(path, options);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("has changed since it was imported")),
             qPrintable(again.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")), QStringLiteral("0"));
}

void tst_ImportWriting::undoOfAnIndexedImportStartsTheSearchIndexOver()
{
    ANNALIST_FILE_ONLY("SQLite's own trigram index and its catching up");
    QByteArray csv = header();
    for (int i = 0; i < 60000; ++i)
        csv += QDate(2019, 1, 1).addDays(i % 365).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';' +
               QByteArray::number(1000 + i) + ";2010;;Licens " + QByteArray::number(i) + ";1,00\n";
    ImportOptions options;
    options.year = 2019;
    auto summary = import(csv, options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    const PostingSearchIndex index(*m_ledger);
    QCOMPARE(*index.catchUp(1000000), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posting_search")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM postings")));
    // Too many indexed postings to take out one by one: the index starts over, empty and whole.
    QVERIFY(m_importer->undo(*summary).ok());
    QCOMPARE(*index.indexedThrough(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posting_search")), QStringLiteral("0"));
    QCOMPARE(*index.catchUp(1000000), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posting_search")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM postings")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posting_search WHERE body LIKE '%Licens 5999%'")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_ImportWriting)
#include "tst_importwriting.moc"
