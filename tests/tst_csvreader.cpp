#include "CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::CsvEncoding)

// The CSV dialect of ERP exports: every case is read with chunks of many sizes, so that quotes,
// line breaks and multi-byte characters that straddle a chunk's end read the same.
class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void encodingNames_data();
    void encodingNames();
    void blankRecords();
    void longFileAcrossChunks();
    void progressCountsBytes();

private:
    struct Outcome
    {
        QStringList items; // "line|field|field" for a record, "E line" for an error
        QString firstError;
        char delimiter = 0;
        CsvEncoding encoding = CsvEncoding::Auto;
        bool bom = false;
    };
    static Outcome readAll(const QByteArray &bytes, const CsvOptions &options);
};

tst_CsvReader::Outcome tst_CsvReader::readAll(const QByteArray &bytes, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome outcome;
    CsvRecord record;
    for (int guard = 0; guard < 100000; ++guard) {
        const CsvReader::Next next = reader.next(&record);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            outcome.items.append(QStringLiteral("E %1").arg(reader.errorLine()));
            if (outcome.firstError.isEmpty())
                outcome.firstError = reader.error().message;
            if (reader.isFatal())
                break;
            continue;
        }
        QStringList fields{QString::number(record.line())};
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.text(i));
        outcome.items.append(fields.join(QLatin1Char('|')));
    }
    outcome.delimiter = reader.delimiter();
    outcome.encoding = reader.encoding();
    outcome.bom = reader.hadByteOrderMark();
    return outcome;
}

void tst_CsvReader::dialects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvEncoding>("givenEncoding");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QString>("errorPart");

    const auto row = [](const char *name, const QByteArray &input, const QStringList &expected, char delimiter,
                        CsvEncoding encoding = CsvEncoding::Auto, const char *errorPart = "",
                        CsvEncoding given = CsvEncoding::Auto) {
        QTest::newRow(name) << input << given << expected << delimiter << encoding << QString::fromUtf8(errorPart);
    };
    const auto L = [](const char *text) { return QString::fromUtf8(text); };

    row("semicolon",
        "Dato;Konto;Bel\xC3\xB8"
        "b\n31-03-2020;2010;1.541.130,23\n",
        {L("1|Dato|Konto|Beløb"), L("2|31-03-2020|2010|1.541.130,23")}, ';', CsvEncoding::Utf8);
    row("comma", "Date,Account,Amount\n2020-03-31,2010,1541130.23\n",
        {L("1|Date|Account|Amount"), L("2|2020-03-31|2010|1541130.23")}, ',');
    row("tab",
        "Dato\tKonto\tBel\xC3\xB8"
        "b\n31-03-2020\t2010\t-1.056.176,43\n",
        {L("1|Dato|Konto|Beløb"), L("2|31-03-2020|2010|-1.056.176,43")}, '\t', CsvEncoding::Utf8);
    row("semicolon wins a tie",
        "Dato;Bel\xC3\xB8"
        "b, DKK\n1;2,5\n",
        {L("1|Dato|Beløb, DKK"), L("2|1|2,5")}, ';', CsvEncoding::Utf8);
    row("comma inside quotes is not counted", "\"a,b\";c;d\n1;2;3\n", {L("1|a,b|c|d"), L("2|1|2|3")}, ';');
    row("single column", "Dato\n1\n", {L("1|Dato"), L("2|1")}, ';');
    row("crlf", "a;b\r\n1;2\r\n3;4", {L("1|a|b"), L("2|1|2"), L("3|3|4")}, ';');
    row("lone cr", "a;b\r1;2\r3;4\r", {L("1|a|b"), L("2|1|2"), L("3|3|4")}, ';');
    row("no final line break", "a;b\n1;2", {L("1|a|b"), L("2|1|2")}, ';');
    row("empty fields", "a;b;c\n;;x\n", {L("1|a|b|c"), L("2|||x")}, ';');
    row("quoted delimiter", "a;b\n\"x;y\";z\n", {L("1|a|b"), L("2|x;y|z")}, ';');
    row("doubled quotes", "a;b\n\"say \"\"hi\"\"\";\"\"\"\"\n", {L("1|a|b"), L("2|say \"hi\"|\"")}, ';');
    row("empty quoted field", "a;b\n\"\";x\n", {L("1|a|b"), L("2||x")}, ';');
    row("quote inside an unquoted field", "a;b\n5\" disk;x\n", {L("1|a|b"), L("2|5\" disk|x")}, ';');
    row("line break in quotes", "a;b\n\"one\ntwo\";x\nnext;y\n", {L("1|a|b"), L("2|one\ntwo|x"), L("4|next|y")}, ';');
    row("crlf in quotes", "a;b\r\n\"one\r\ntwo\r\nthree\";x\r\nnext;y\r\n",
        {L("1|a|b"), L("2|one\r\ntwo\r\nthree|x"), L("5|next|y")}, ';');
    row("cr in quotes", "a;b\r\"one\rtwo\";x\rnext;y\r", {L("1|a|b"), L("2|one\rtwo|x"), L("4|next|y")}, ';');
    row("empty lines are skipped but counted", "a;b\n\n1;2\r\n\r\n\r\n3;4\n\n", {L("1|a|b"), L("3|1|2"), L("6|3|4")},
        ';');
    row("utf-8 with bom",
        "\xEF\xBB\xBF"
        "Dato;Bel\xC3\xB8"
        "b\n1;\xC3\xA6\xC3\xB8\xC3\xA5\n",
        {L("1|Dato|Beløb"), L("2|1|æøå")}, ';', CsvEncoding::Utf8);
    row("utf-8 with bom, ascii only",
        "\xEF\xBB\xBF"
        "a;b\n1;2\n",
        {L("1|a|b"), L("2|1|2")}, ';', CsvEncoding::Utf8);
    row("windows-1252 detected",
        "Dato;Bel\xF8"
        "b\n1;\x80 5 \xE6\xF8\xE5 \xC6\xD8\xC5\n",
        {L("1|Dato|Beløb"), L("2|1|€ 5 æøå ÆØÅ")}, ';', CsvEncoding::Windows1252);
    row("windows-1252 lead byte then ascii", "By\n\xC5rhus\n", {L("1|By"), L("2|Århus")}, ';',
        CsvEncoding::Windows1252);
    row("windows-1252 given", "a\n\x80\x9C\n", {L("1|a"), L("2|€œ")}, ';', CsvEncoding::Windows1252, "",
        CsvEncoding::Windows1252);
    row("iso-8859-1 given", "a\n\x80\xF8\n", {L("1|a"), QStringLiteral("2|\u0080ø")}, ';', CsvEncoding::Latin1, "",
        CsvEncoding::Latin1);
    row("utf-8 given, file is not", "a\n\xF8x\nok\n", {L("1|a"), L("E 2"), L("3|ok")}, ';', CsvEncoding::Utf8,
        "not valid UTF-8", CsvEncoding::Utf8);
    row("utf-8 given, character split by a delimiter", "a;b\n\xC3;\xB8\nok;\xC3\xB8\n",
        {L("1|a|b"), L("E 2"), L("3|ok|ø")}, ';', CsvEncoding::Utf8, "not valid UTF-8", CsvEncoding::Utf8);
    row("utf-8 given, bom kept out",
        "\xEF\xBB\xBF"
        "a\n",
        {L("1|a")}, ';', CsvEncoding::Utf8, "", CsvEncoding::Utf8);
    row("empty file", "", {}, 0);
    row("only a bom", "\xEF\xBB\xBF", {}, ';', CsvEncoding::Utf8);
    row("only line breaks", "\n\r\n\n", {}, ';');
    row("unterminated quote", "a;b\n1;2\n3;\"open\n4;5\n6;7\n", {L("1|a|b"), L("2|1|2"), L("E 3")}, ';',
        CsvEncoding::Auto, "starts on line 3 never ends");
    row("text after a closing quote", "a\n\"x\"y\nz\n", {L("1|a"), L("E 2"), L("3|z")}, ';', CsvEncoding::Auto,
        "closing quote");
    row("binary file", QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20), {L("E 1")}, 0, CsvEncoding::Auto,
        "not a text file");
    row("binary file, many control bytes", QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14), {L("E 1")}, 0,
        CsvEncoding::Auto, "not a text file");
    row("nul byte near the start", QByteArray("a;b\r\n1;2\r3;\0\n", 13), {L("E 3")}, 0, CsvEncoding::Auto,
        "line 3 holds binary data");
    {
        // Beyond the bytes looked at first, the NUL is found as the rows are read.
        QByteArray input = "a;b\n" + QByteArray("1;2\n").repeated(20000) + QByteArray("3;\0\n", 4);
        QStringList expected{L("1|a|b")};
        for (int line = 2; line <= 20001; ++line)
            expected.append(QStringLiteral("%1|1|2").arg(line));
        expected.append(L("E 20002"));
        row("nul byte far into the file", input, expected, ';', CsvEncoding::Auto, "line 20002 holds binary data");
    }
    row("utf-16",
        "\xFF\xFE"
        "a\0;\0b\0",
        {L("E 1")}, 0, CsvEncoding::Auto, "UTF-16");
}

void tst_CsvReader::dialects()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvEncoding, givenEncoding);
    QFETCH(QStringList, expected);
    QFETCH(char, delimiter);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QString, errorPart);

    for (const qsizetype chunk : {qsizetype(1 << 20), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5)}) {
        CsvOptions options;
        options.encoding = givenEncoding;
        options.chunkSize = chunk;
        const Outcome outcome = readAll(input, options);
        QCOMPARE(outcome.items, expected);
        QCOMPARE(outcome.delimiter, delimiter);
        QCOMPARE(outcome.encoding, encoding);
        if (errorPart.isEmpty())
            QVERIFY2(outcome.firstError.isEmpty(), qPrintable(outcome.firstError));
        else
            QVERIFY2(outcome.firstError.contains(errorPart), qPrintable(outcome.firstError));
    }
    // A delimiter given is used, whatever the first line suggests.
    if (!input.isEmpty() && errorPart.isEmpty() && input.contains(',') && !input.contains('"')) {
        CsvOptions options;
        options.delimiter = '|';
        const Outcome outcome = readAll(input, options);
        QCOMPARE(outcome.delimiter, '|');
    }
}

void tst_CsvReader::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("encoding"); // -1: unknown
    QTest::newRow("utf-8") << "utf-8" << int(CsvEncoding::Utf8);
    QTest::newRow("UTF8") << "UTF8" << int(CsvEncoding::Utf8);
    QTest::newRow("windows-1252") << "windows-1252" << int(CsvEncoding::Windows1252);
    QTest::newRow("cp1252") << "CP1252" << int(CsvEncoding::Windows1252);
    QTest::newRow("iso-8859-1") << "ISO-8859-1" << int(CsvEncoding::Latin1);
    QTest::newRow("latin1") << "latin1" << int(CsvEncoding::Latin1);
    QTest::newRow("auto") << "auto" << int(CsvEncoding::Auto);
    QTest::newRow("utf-16") << "utf-16" << -1;
    QTest::newRow("empty") << "" << -1;
}

void tst_CsvReader::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(int, encoding);
    const auto parsed = CsvReader::encodingFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, encoding);
    if (parsed && *parsed != CsvEncoding::Auto)
        QCOMPARE(CsvReader::encodingFromName(CsvReader::encodingName(*parsed)), parsed);
}

void tst_CsvReader::blankRecords()
{
    QBuffer buffer;
    buffer.setData("a;b\n  ;\t\n;;\nx;y\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QList<bool> blank;
    while (reader.next(&record) == CsvReader::Next::Record)
        blank.append(record.isBlank());
    QCOMPARE(blank, (QList<bool>{false, true, true, false}));
}

void tst_CsvReader::longFileAcrossChunks()
{
    // Many records with quotes, line breaks and multi-byte characters: every chunk size reads the
    // same records with the same line numbers.
    QByteArray csv = "Dato;Tekst;Bel\xC3\xB8"
                     "b\r\n";
    qint64 line = 2;
    QStringList expected{QStringLiteral("1|Dato|Tekst|Beløb")};
    for (int i = 0; i < 3000; ++i) {
        const bool multiline = i % 7 == 0;
        const QString text =
            multiline ? QStringLiteral("Møde \"%1\"\r\nanden linje").arg(i) : QStringLiteral("Kørsel; %1").arg(i);
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        csv += QStringLiteral("01-02-2020;\"%1\";%2,50\r\n").arg(quoted).arg(i).toUtf8();
        expected.append(QStringLiteral("%1|01-02-2020|%2|%3,50").arg(line).arg(text).arg(i));
        line += multiline ? 2 : 1;
    }
    for (const qsizetype chunk : {qsizetype(1 << 20), qsizetype(7), qsizetype(64), qsizetype(4093)}) {
        CsvOptions options;
        options.chunkSize = chunk;
        const Outcome outcome = readAll(csv, options);
        QCOMPARE(outcome.items.size(), expected.size());
        QCOMPARE(outcome.items, expected);
        QCOMPARE(outcome.encoding, CsvEncoding::Utf8);
    }
}

void tst_CsvReader::progressCountsBytes()
{
    QByteArray csv = "a;b\n";
    for (int i = 0; i < 20000; ++i)
        csv += "1;2\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.chunkSize = 4096;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    qint64 last = 0;
    int records = 0;
    while (reader.next(&record) == CsvReader::Next::Record) {
        QVERIFY(reader.bytesRead() >= last);
        last = reader.bytesRead();
        ++records;
    }
    QCOMPARE(records, 20001);
    QCOMPARE(reader.bytesRead(), qint64(csv.size()));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
