#include "ImportPreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::CsvEncoding)

// What the import assistant shows before anything is imported: the detected dialect, the header,
// the first rows and the columns mapped to the posting's fields.
class tst_ImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void detectsDialect_data();
    void detectsDialect();
    void firstRowsOnly();
    void givenEncodingAndDelimiter();
    void mapping_data();
    void mapping();
    void badRowsAmongTheFirst();
    void refusedFiles_data();
    void refusedFiles();

private:
    QString write(const QByteArray &csv);

    QTemporaryDir m_dir;
};

QString tst_ImportPreview::write(const QByteArray &csv)
{
    const QString path = m_dir.filePath(QStringLiteral("preview.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImportPreview::detectsDialect_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("amountHeader");
    QTest::addColumn<QString>("text");
    QTest::newRow("danish windows-1252") << QByteArray("Dato;Bilag;Konto;Projekt;Tekst;Bel\xF8"
                                                       "b\r\n31-01-2019;1;2010;;\xC6"
                                                       "bler og \xF8l;1.234,50\r\n")
                                         << CsvEncoding::Windows1252 << ';' << QStringLiteral("Beløb")
                                         << QStringLiteral("Æbler og øl");
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF"
                                                  "Dato;Bilag;Konto;Projekt;Tekst;Bel\xC3\xB8"
                                                  "b\n31-01-2019;1;2010;;\xC3\xA6g;1,00\n")
                                    << CsvEncoding::Utf8 << ';' << QStringLiteral("Beløb") << QStringLiteral("æg");
    QTest::newRow("plain comma") << QByteArray(
                                        "Date,Voucher,Account,Project,Text,Amount\n2019-01-31,1,2010,,Eggs,1.00\n")
                                 << CsvEncoding::Auto << ',' << QStringLiteral("Amount") << QStringLiteral("Eggs");
    QTest::newRow("tab") << QByteArray("Dato\tBilag\tKonto\tProjekt\tTekst\tBel\xC3\xB8"
                                       "b\n31-01-2019\t1\t2010\t\tx\t1,00\n")
                         << CsvEncoding::Utf8 << '\t' << QStringLiteral("Beløb") << QStringLiteral("x");
}

void tst_ImportPreview::detectsDialect()
{
    QFETCH(QByteArray, csv);
    QFETCH(CsvEncoding, encoding);
    QFETCH(char, delimiter);
    QFETCH(QString, amountHeader);
    QFETCH(QString, text);
    auto preview = ImportPreview::read(write(csv), {});
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->encoding, encoding);
    QCOMPARE(preview->delimiter, delimiter);
    QCOMPARE(preview->byteOrderMark, csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(preview->headerLine, 1);
    QCOMPARE(preview->headers.size(), 6);
    QCOMPARE(preview->headers.last(), amountHeader);
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.first().line, 2);
    QCOMPARE(preview->rows.first().fields.at(4), text);
    QVERIFY(!preview->moreRows);
    QCOMPARE(preview->fileSize, csv.size());
    QCOMPARE(preview->mappingProblem, QString());
    QCOMPARE(preview->columns[ImportField::Date], 0);
    QCOMPARE(preview->columns[ImportField::Amount], 5);
    QCOMPARE(preview->columns.name(ImportField::Amount), amountHeader);
}

void tst_ImportPreview::firstRowsOnly()
{
    QByteArray csv = "\n\nDato;Bilag;Konto;Tekst;Bel\xC3\xB8"
                     "b\n";
    for (int i = 1; i <= 25; ++i)
        csv += "31-01-2019;" + QByteArray::number(i) + ";2010;x;1,00\n" + (i == 3 ? "\n" : "");
    auto preview = ImportPreview::read(write(csv), {}, 20);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    // Blank lines before the header and among the rows are left out; line numbers stay the file's.
    QCOMPARE(preview->headerLine, 3);
    QCOMPARE(preview->rows.size(), 20);
    QCOMPARE(preview->rows.at(0).line, 4);
    QCOMPARE(preview->rows.at(3).line, 8);
    QCOMPARE(preview->rows.at(3).fields.at(1), QStringLiteral("4"));
    QVERIFY(preview->moreRows);
    // No project column: the mapping needs none.
    QCOMPARE(preview->columns[ImportField::Project], -1);
    QCOMPARE(preview->mappingProblem, QString());
}

void tst_ImportPreview::givenEncodingAndDelimiter()
{
    const QByteArray csv = "Dato;Bilag;Konto;Tekst;Bel\xF8"
                           "b\n31-01-2019;1;2010;\xE6;1,00\n";
    ImportOptions options;
    options.encoding = CsvEncoding::Latin1;
    options.delimiter = ',';
    auto preview = ImportPreview::read(write(csv), options);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->encoding, CsvEncoding::Latin1);
    QCOMPARE(preview->delimiter, ',');
    // Read with the wrong delimiter the header is one column, and no field finds one.
    QCOMPARE(preview->headers.size(), 1);
    QVERIFY2(preview->mappingProblem.contains(QLatin1String("no column for the date")),
             qPrintable(preview->mappingProblem));
}

void tst_ImportPreview::mapping_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("problemPart"); // empty: the mapping can be used
    QTest::addColumn<QList<int>>("columns");  // date, voucher, account, project, text, amount
    QTest::newRow("unknown date header") << QString() << QStringLiteral("no column for the date")
                                         << QList<int>{-1, 1, 2, -1, 3, 4};
    QTest::newRow("mapped") << QStringLiteral("date=Bogføringsdato") << QString() << QList<int>{0, 1, 2, -1, 3, 4};
    QTest::newRow("mapped name not in file")
        << QStringLiteral("date=Valørdato") << QStringLiteral("\"Valørdato\" given for the date is not in the file")
        << QList<int>{-1, 1, 2, -1, 3, 4};
    QTest::newRow("required field without column")
        << QStringLiteral("date=Bogføringsdato,amount=") << QStringLiteral("no column for the amount")
        << QList<int>{0, 1, 2, -1, 3, -1};
    QTest::newRow("text left out") << QStringLiteral("date=Bogføringsdato,text=") << QString()
                                   << QList<int>{0, 1, 2, -1, -1, 4};
    QTest::newRow("text column for the account")
        << QStringLiteral("date=Bogføringsdato,account=Tekst") << QString() << QList<int>{0, 1, 3, -1, -1, 4};
}

void tst_ImportPreview::mapping()
{
    QFETCH(QString, spec);
    QFETCH(QString, problemPart);
    QFETCH(QList<int>, columns);
    const QByteArray csv = "Bogf\xC3\xB8ringsdato;Bilag;Konto;Tekst;Bel\xC3\xB8"
                           "b\n31-01-2019;1;2010;x;1,00\n";
    ImportOptions options;
    auto mapping = ImportMapping::parse(spec);
    QVERIFY(mapping.ok());
    options.mapping = *mapping;
    auto preview = ImportPreview::read(write(csv), options);
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    if (problemPart.isEmpty())
        QCOMPARE(preview->mappingProblem, QString());
    else
        QVERIFY2(preview->mappingProblem.contains(problemPart), qPrintable(preview->mappingProblem));
    QList<int> found;
    for (const int index : preview->columns.index)
        found.append(index);
    QCOMPARE(found, columns);
    // resolve() and detect() agree wherever resolve() accepts.
    auto resolved = options.mapping.resolve(preview->headers);
    QCOMPARE(resolved.ok(), problemPart.isEmpty());
    if (resolved)
        QCOMPARE(resolved->index, preview->columns.index);
}

void tst_ImportPreview::badRowsAmongTheFirst()
{
    const QByteArray csv = "Dato;Bilag;Konto;Tekst;Bel\xC3\xB8"
                           "b\n31-01-2019;1;2010;x;1,00\n31-01-2019;2;2010;\"x\"y;1,00\n31-01-2019;3;2010;z;1,00\n";
    auto preview = ImportPreview::read(write(csv), {});
    QVERIFY2(preview.ok(), qPrintable(preview.error().message));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(1).line, 4);
    QCOMPARE(preview->problems.size(), 1);
    QCOMPARE(preview->problems.first().line, 3);
    QVERIFY2(preview->problems.first().message.contains(QLatin1String("closing quote")),
             qPrintable(preview->problems.first().message));
}

void tst_ImportPreview::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty");
    QTest::newRow("blank lines") << QByteArray("\n \n") << QStringLiteral("The file is empty");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14)
                            << QStringLiteral("not a text file");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "D\0a\0",
                                          6)
                            << QStringLiteral("UTF-16");
}

void tst_ImportPreview::refusedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, messagePart);
    auto preview = ImportPreview::read(write(csv), {});
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().message.contains(messagePart), qPrintable(preview.error().message));
    QVERIFY2(preview.error().message.contains(QLatin1String("preview.csv")), qPrintable(preview.error().message));

    auto missing = ImportPreview::read(m_dir.filePath(QStringLiteral("nowhere.csv")), {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("nowhere.csv")));
    auto folder = ImportPreview::read(m_dir.path(), {});
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QLatin1String("is not a file")));
}

QTEST_GUILESS_MAIN(tst_ImportPreview)
#include "tst_importpreview.moc"
