#include "CsvField.h"
#include "CsvReader.h"
#include "ImportFieldParser.h"
#include "hostiletexts.h"

#include <QBuffer>
#include <QTest>

using namespace annalist;

// The one CSV field writer of every CSV the program writes, and its inverse in the import: a text
// that a spreadsheet would run as a formula gets an apostrophe in front, a value never does, and
// reading drops exactly that apostrophe.
class tst_CsvField : public QObject
{
    Q_OBJECT

private slots:
    void writesTexts_data();
    void writesTexts();
    void writesValuesAsTheyAre_data();
    void writesValuesAsTheyAre();
    void readsTexts_data();
    void readsTexts();
    void hostileTextsComeBack_data();
    void hostileTextsComeBack();
    void everyShortTextComesBack();
};

namespace {

// The fields of `csv` as the import's CSV reader reads them, record by record.
QList<QList<QByteArray>> parse(const QByteArray &csv, char delimiter)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.delimiter = delimiter;
    options.encoding = CsvEncoding::Utf8;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    QList<QList<QByteArray>> records;
    for (;;) {
        const CsvReader::Next next = reader.next(&record);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            qWarning("line %lld: %s", reader.errorLine(), qPrintable(reader.error().message));
            return {};
        }
        QList<QByteArray> fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.field(i).toByteArray());
        records.append(fields);
    }
    return records;
}

} // namespace

void tst_CsvField::writesTexts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain") << QByteArray("Husleje") << ';' << QByteArray("Husleje");
    QTest::newRow("empty") << QByteArray() << ';' << QByteArray();
    QTest::newRow("equals") << QByteArray("=1+1") << ';' << QByteArray("'=1+1");
    QTest::newRow("plus") << QByteArray("+45 1234") << ',' << QByteArray("'+45 1234");
    QTest::newRow("minus") << QByteArray("-x") << ';' << QByteArray("'-x");
    QTest::newRow("like an amount") << QByteArray("-1.234,50") << ';' << QByteArray("'-1.234,50");
    QTest::newRow("at") << QByteArray("@SUM(A1)") << ';' << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QByteArray("\t=1+1") << ';' << QByteArray("\"'\t=1+1\"");
    QTest::newRow("carriage return") << QByteArray("\r=1") << ',' << QByteArray("\"'\r=1\"");
    QTest::newRow("carriage return inside") << QByteArray("a\rb") << ';' << QByteArray("\"a\rb\"");
    QTest::newRow("line feed inside") << QByteArray("a\nb") << ';' << QByteArray("\"a\nb\"");
    QTest::newRow("apostrophe") << QByteArray("'already quoted") << ';' << QByteArray("'already quoted");
    QTest::newRow("apostrophe alone") << QByteArray("'") << ';' << QByteArray("'");
    QTest::newRow("apostrophe equals") << QByteArray("'=keep?") << ';' << QByteArray("''=keep?");
    QTest::newRow("two apostrophes minus") << QByteArray("''-x") << ';' << QByteArray("'''-x");
    QTest::newRow("apostrophe tab") << QByteArray("'\tx") << ';' << QByteArray("''\tx");
    QTest::newRow("formula later") << QByteArray("a=1+1") << ';' << QByteArray("a=1+1");
    QTest::newRow("space before formula") << QByteArray("x =1") << ';' << QByteArray("x =1");
    QTest::newRow("semicolon") << QByteArray("a;b") << ';' << QByteArray("\"a;b\"");
    QTest::newRow("semicolon, comma delimiter") << QByteArray("a;b") << ',' << QByteArray("a;b");
    QTest::newRow("comma") << QByteArray("a,b") << ',' << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << ';' << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("formula and delimiter") << QByteArray("=SUM(A1;A2)") << ';' << QByteArray("\"'=SUM(A1;A2)\"");
    QTest::newRow("space at the end") << QByteArray("a ") << ';' << QByteArray("\"a \"");
    QTest::newRow("utf-8") << QByteArray("M\xC3\xB8"
                                         "de")
                           << ';'
                           << QByteArray("M\xC3\xB8"
                                         "de");
}

void tst_CsvField::writesTexts()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, field);
    QByteArray out("x");
    CsvField::appendText(&out, text, delimiter);
    QCOMPARE(out, "x" + field);
}

void tst_CsvField::writesValuesAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("negative danish amount") << QByteArray("-1.234,50") << ';' << QByteArray("-1.234,50");
    QTest::newRow("negative plain amount") << QByteArray("-1234.50") << ',' << QByteArray("-1234.50");
    QTest::newRow("signed") << QByteArray("+5") << ';' << QByteArray("+5");
    QTest::newRow("percent") << QByteArray("-3.68") << ';' << QByteArray("-3.68");
    QTest::newRow("danish amount, comma delimiter") << QByteArray("-1,50") << ',' << QByteArray("\"-1,50\"");
    QTest::newRow("empty") << QByteArray() << ';' << QByteArray();
}

void tst_CsvField::writesValuesAsTheyAre()
{
    QFETCH(QByteArray, value);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, field);
    QByteArray out;
    CsvField::appendValue(&out, value, delimiter);
    QCOMPARE(out, field);
}

void tst_CsvField::readsTexts_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("guarded equals") << QByteArray("'=1+1") << QByteArray("=1+1");
    QTest::newRow("guarded plus") << QByteArray("'+45") << QByteArray("+45");
    QTest::newRow("guarded minus") << QByteArray("'-5") << QByteArray("-5");
    QTest::newRow("guarded at") << QByteArray("'@x") << QByteArray("@x");
    QTest::newRow("guarded tab") << QByteArray("'\t=1") << QByteArray("\t=1");
    QTest::newRow("guarded carriage return") << QByteArray("'\r=1") << QByteArray("\r=1");
    QTest::newRow("guarded apostrophe equals") << QByteArray("''=keep?") << QByteArray("'=keep?");
    QTest::newRow("three apostrophes") << QByteArray("'''-x") << QByteArray("''-x");
    // An apostrophe before anything else is the text's own.
    QTest::newRow("apostrophe text") << QByteArray("'already quoted") << QByteArray("'already quoted");
    QTest::newRow("apostrophe alone") << QByteArray("'") << QByteArray("'");
    QTest::newRow("two apostrophes") << QByteArray("''") << QByteArray("''");
    QTest::newRow("apostrophe space equals") << QByteArray("' =1") << QByteArray("' =1");
    QTest::newRow("apostrophe later") << QByteArray("x'=1") << QByteArray("x'=1");
    // A file from elsewhere may hold a formula's text unguarded: it is the text.
    QTest::newRow("unguarded equals") << QByteArray("=1+1") << QByteArray("=1+1");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_CsvField::readsTexts()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, text);
    QCOMPARE(CsvField::text(field).toByteArray(), text);
}

void tst_CsvField::hostileTextsComeBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<char>("delimiter");
    for (const auto &[name, text] : test::hostileTexts()) {
        QTest::addRow("%s, semicolon", name) << text << ';';
        QTest::addRow("%s, comma", name) << text << ',';
    }
}

// Through the import's reader and its trimming of fields, as the import reads a text column.
void tst_CsvField::hostileTextsComeBack()
{
    QFETCH(QString, text);
    QFETCH(char, delimiter);
    QByteArray written;
    CsvField::appendText(&written, text.toUtf8(), delimiter);
    // What a spreadsheet sees first, inside the quotes if any: never a formula's character.
    const QByteArray shown = written.startsWith('"') ? written.mid(1) : written;
    QVERIFY(!QByteArray("=+-@\t\r").contains(shown.front()));

    const QByteArray csv = "before" + QByteArray(1, delimiter) + written + delimiter + "after\r\n";
    const auto records = parse(csv, delimiter);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().size(), 3);
    QCOMPARE(records.constFirst().at(2), QByteArray("after"));
    const QByteArray field = records.constFirst().at(1);
    QCOMPARE(QString::fromUtf8(CsvField::text(ImportFieldParser::trimmed(field))), text);
}

// Every text of up to four characters from the characters the rule is about comes back as it was.
void tst_CsvField::everyShortTextComesBack()
{
    const QByteArray alphabet("'=+-@\t\r\n a;\"");
    QList<QByteArray> texts{QByteArray()};
    for (int length = 1, from = 0; length <= 4; ++length) {
        const qsizetype to = texts.size();
        for (qsizetype i = from; i < to; ++i)
            for (const char c : alphabet)
                texts.append(texts.at(i) + c);
        from = int(to);
    }
    QCOMPARE(texts.size(), 1 + 12 + 144 + 1728 + 20736);
    QByteArray csv;
    for (const QByteArray &text : std::as_const(texts)) {
        csv += "x;";
        CsvField::appendText(&csv, text, ';');
        csv += ";y\r\n";
    }
    const auto records = parse(csv, ';');
    QCOMPARE(records.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(records.at(i).size(), 3);
        QCOMPARE(CsvField::text(records.at(i).at(1)).toByteArray(), texts.at(i));
    }
}

QTEST_GUILESS_MAIN(tst_CsvField)
#include "tst_csvfield.moc"
