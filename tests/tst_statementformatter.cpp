#include "StatementBuilder.h"
#include "StatementFormatter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_StatementFormatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textIsThePublishedTable();
    void csvPublished();
    void csvBudget();
    void json();
    void csvQuotesDelimiters();
    void csvKeepsFormulasOut();

private:
    QTemporaryDir m_dir;
    Statement m_statement;
};

void tst_StatementFormatter::initTestCase()
{
    auto ledger = test::demoLedger(m_dir);
    QVERIFY(ledger);
    auto s = StatementBuilder(*ledger).build(2019);
    QVERIFY(s.ok());
    m_statement = *s;
}

void tst_StatementFormatter::textIsThePublishedTable()
{
    const QString text = StatementFormatter::format(m_statement, StatementFormatter::Layout::Published,
                                                    StatementFormatter::Format::Text);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("DIGIT, Digitaliseringsforening Sjælland")));
    const auto find = [&](const QString &start) {
        for (const QString &l : lines)
            if (l.startsWith(start))
                return l.simplified();
        return QString();
    };
    QCOMPARE(find(QStringLiteral("Note")), QStringLiteral("Note Tekst Indtægter Udgifter Afvigelser"));
    QCOMPARE(find(QStringLiteral("1 ")), QStringLiteral("1 Kommunalt basistilskud -11.717.709,00 -11.717.709,00"));
    QCOMPARE(find(QStringLiteral("2 ")), QStringLiteral("2 Personale 1.541.130,23 1.541.130,23"));
    QCOMPARE(find(QStringLiteral("      Projekter:")), QStringLiteral("Projekter:"));
    QCOMPARE(find(QStringLiteral("      I alt")), QStringLiteral("I alt -11.717.709,00 11.394.960,92 -322.748,08"));
    QCOMPARE(find(QStringLiteral("6 ")), QStringLiteral("6 Driftsresultat 2019 -322.748,08"));
    // The heading stands right before the first project line.
    const int heading = int(lines.indexOf(QRegularExpression(QStringLiteral("^\\s+Projekter:$"))));
    QVERIFY(heading > 0);
    QVERIFY(lines.at(heading + 1).contains(QStringLiteral("Fælles ressourcer")));
    // Amounts are right-aligned: every amount column ends at the same place.
    QCOMPARE(find(QStringLiteral("      ESDH")).section(QLatin1Char(' '), -1), QStringLiteral("2.700.129,58"));
}

void tst_StatementFormatter::csvPublished()
{
    const QStringList rows =
        StatementFormatter::format(m_statement, StatementFormatter::Layout::Published, StatementFormatter::Format::Csv)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 18 + 1);
    QCOMPARE(rows.at(0), QStringLiteral("note;line;income;expenses;net"));
    QCOMPARE(rows.at(1), QStringLiteral("1;Kommunalt basistilskud;-11717709.00;;-11717709.00"));
    QCOMPARE(rows.at(2), QStringLiteral("2;Personale;;1541130.23;1541130.23"));
    QCOMPARE(rows.at(5), QStringLiteral("4;Aktivitet og materialer m.m.;;0.00;0.00"));
    QCOMPARE(rows.at(18), QStringLiteral(";Overført fra 2018;;-1056176.43;-1056176.43"));
    QCOMPARE(rows.last(), QStringLiteral(";I alt;-11717709.00;11394960.92;-322748.08"));
}

void tst_StatementFormatter::csvBudget()
{
    const QStringList rows =
        StatementFormatter::format(m_statement, StatementFormatter::Layout::Budget, StatementFormatter::Format::Csv)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.at(0), QStringLiteral("note;line;budget;actual;deviation;deviation_percent"));
    QCOMPARE(rows.at(2), QStringLiteral("2;Personale;1600000.00;1541130.23;-58869.77;-3.68"));
    QCOMPARE(rows.at(5), QStringLiteral("4;Aktivitet og materialer m.m.;0.00;0.00;0.00;"));
}

void tst_StatementFormatter::json()
{
    const QString text = StatementFormatter::format(m_statement, StatementFormatter::Layout::Published,
                                                    StatementFormatter::Format::Json);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("year")).toInt(), 2019);
    QCOMPARE(root.value(QLatin1String("operatingResult")).toString(), QStringLiteral("-322748.08"));
    QCOMPARE(root.value(QLatin1String("resultLabel")).toString(), QStringLiteral("Driftsresultat 2019"));
    const QJsonArray lines = root.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 18);
    QCOMPARE(lines.at(9).toObject().value(QLatin1String("line")).toString(), QStringLiteral("ESDH"));
    QCOMPARE(lines.at(9).toObject().value(QLatin1String("net")).toString(), QStringLiteral("2700129.58"));
    QCOMPARE(lines.at(9).toObject().value(QLatin1String("section")).toString(), QStringLiteral("projects"));
    const QJsonObject totals = root.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("expenses")).toString(), QStringLiteral("11394960.92"));
}

void tst_StatementFormatter::csvQuotesDelimiters()
{
    Statement s;
    s.year = 2019;
    StatementLine line;
    line.text = QStringLiteral("Møder; kurser \"m.m.\"");
    line.actual = Money::fromOre(150);
    s.lines.append(line);
    const QStringList rows =
        StatementFormatter::format(s, StatementFormatter::Layout::Published, StatementFormatter::Format::Csv)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.at(1), QStringLiteral(";\"Møder; kurser \"\"m.m.\"\"\";;1.50;1.50"));
}

// A line's text that a spreadsheet would run as a formula gets an apostrophe; a carriage return is
// quoted like a line feed; a negative amount stays a number.
void tst_StatementFormatter::csvKeepsFormulasOut()
{
    Statement s;
    s.year = 2019;
    for (const QString &text : {QStringLiteral("=1+1"), QStringLiteral("-x"), QStringLiteral("@SUM(A1)"),
                                QStringLiteral("Husleje\r=2+2"), QStringLiteral("'=keep")}) {
        StatementLine line;
        line.text = text;
        line.actual = Money::fromOre(-150);
        s.lines.append(line);
    }
    const QStringList rows =
        StatementFormatter::format(s, StatementFormatter::Layout::Published, StatementFormatter::Format::Csv)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.at(1), QStringLiteral(";'=1+1;;-1.50;-1.50"));
    QCOMPARE(rows.at(2), QStringLiteral(";'-x;;-1.50;-1.50"));
    QCOMPARE(rows.at(3), QStringLiteral(";'@SUM(A1);;-1.50;-1.50"));
    QCOMPARE(rows.at(4), QStringLiteral(";\"Husleje\r=2+2\";;-1.50;-1.50"));
    QCOMPARE(rows.at(5), QStringLiteral(";''=keep;;-1.50;-1.50"));
}

QTEST_GUILESS_MAIN(tst_StatementFormatter)
#include "tst_statementformatter.moc"
