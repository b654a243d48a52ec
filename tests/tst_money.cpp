#include "Money.h"

#include <QTest>

using annalist::Money;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void roundTrip();
    void addChecked();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("ore");
    QTest::newRow("danish") << "1.541.130,23" << qint64(154113023);
    QTest::newRow("danish negative") << "-11.717.709,00" << qint64(-1171770900);
    QTest::newRow("danish ungrouped") << "1541130,23" << qint64(154113023);
    QTest::newRow("danish one decimal") << "12,5" << qint64(1250);
    QTest::newRow("danish grouped no decimals") << "1.056.176" << qint64(105617600);
    QTest::newRow("danish one group") << "1.234" << qint64(123400);
    QTest::newRow("plain") << "1541130.23" << qint64(154113023);
    QTest::newRow("plain negative") << "-1056176.43" << qint64(-105617643);
    QTest::newRow("plain one decimal") << "0.5" << qint64(50);
    QTest::newRow("integer") << "42" << qint64(4200);
    QTest::newRow("zero") << "0,00" << qint64(0);
    QTest::newRow("negative zero") << "-0,00" << qint64(0);
    QTest::newRow("trailing minus (SAP)") << "1.056.176,43-" << qint64(-105617643);
    QTest::newRow("plus sign") << "+12,00" << qint64(1200);
    QTest::newRow("surrounding spaces") << "  39.864,81 " << qint64(3986481);
    QTest::newRow("largest") << "92233720368547758,07" << qint64(9223372036854775807LL);
    QTest::newRow("most negative but one") << "-92233720368547758,07" << qint64(-9223372036854775807LL);
}

void tst_Money::parse()
{
    QFETCH(QString, input);
    QFETCH(qint64, ore);
    const auto parsed = Money::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->ore(), ore);
}

void tst_Money::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("two commas") << "12,34,56";
    QTest::newRow("short groups") << "1.2.3";
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("letters") << "abc";
    QTest::newRow("letters inside") << "12a,00";
    QTest::newRow("three decimals") << "1,234";
    QTest::newRow("three decimals plain") << "12.345.6";
    QTest::newRow("misplaced group") << "12.34,00";
    QTest::newRow("group of four") << "1.2345,00";
    QTest::newRow("comma without decimals") << "12,";
    QTest::newRow("point without decimals") << "12.";
    QTest::newRow("two signs") << "-12,00-";
    QTest::newRow("plus and trailing minus") << "+12,00-";
    QTest::newRow("only sign") << "-";
    QTest::newRow("overflow") << "92233720368547758,08";
    QTest::newRow("far overflow") << "99999999999999999999999";
    QTest::newRow("currency") << "kr. 12,00";
    QTest::newRow("inner space") << "1 541 130,23";
}

void tst_Money::rejects()
{
    QFETCH(QString, input);
    const auto parsed = Money::parse(input);
    QVERIFY(!parsed.ok());
    // The message quotes what was typed, so the user sees which value is wrong.
    QVERIFY2(parsed.error().message.contains(QLatin1Char('\'') + input + QLatin1Char('\'')),
             qPrintable(parsed.error().message));
    QCOMPARE(int(parsed.error().kind), int(annalist::ErrorKind::BadInput));
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("danish");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << qint64(0) << "0,00"
                          << "0.00";
    QTest::newRow("cents") << qint64(5) << "0,05"
                           << "0.05";
    QTest::newRow("negative cents") << qint64(-5) << "-0,05"
                                    << "-0.05";
    QTest::newRow("hundreds") << qint64(99999) << "999,99"
                              << "999.99";
    QTest::newRow("thousand") << qint64(100000) << "1.000,00"
                              << "1000.00";
    QTest::newRow("personale") << qint64(154113023) << "1.541.130,23"
                               << "1541130.23";
    QTest::newRow("income") << qint64(-1171770900) << "-11.717.709,00"
                            << "-11717709.00";
    QTest::newRow("result") << qint64(-32274808) << "-322.748,08"
                            << "-322748.08";
    QTest::newRow("max") << qint64(9223372036854775807LL) << "92.233.720.368.547.758,07"
                         << "92233720368547758.07";
    QTest::newRow("min") << qint64(-9223372036854775807LL - 1) << "-92.233.720.368.547.758,08"
                         << "-92233720368547758.08";
}

void tst_Money::format()
{
    QFETCH(qint64, ore);
    QFETCH(QString, danish);
    QFETCH(QString, plain);
    const Money m = Money::fromOre(ore);
    QCOMPARE(m.toDanish(), danish);
    QCOMPARE(m.toPlain(), plain);
}

void tst_Money::roundTrip()
{
    const qint64 samples[] = {0, 1, -1, 99, 100, 123456789, -987654321, 9223372036854775807LL};
    for (qint64 ore : samples) {
        const Money m = Money::fromOre(ore);
        QCOMPARE(Money::parse(m.toDanish())->ore(), ore);
        QCOMPARE(Money::parse(m.toPlain())->ore(), ore);
    }
}

void tst_Money::addChecked()
{
    Money sum;
    QVERIFY(Money::addChecked(Money::fromOre(100), Money::fromOre(-250), &sum));
    QCOMPARE(sum.ore(), qint64(-150));
    QVERIFY(!Money::addChecked(Money::fromOre(9223372036854775807LL), Money::fromOre(1), &sum));
    QCOMPARE(sum.ore(), qint64(-150)); // unchanged on overflow
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
