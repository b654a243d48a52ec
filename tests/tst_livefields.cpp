#include "LiveFields.h"
#include "MemberRepository.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

namespace {

Money kr(const QString &danish)
{
    const auto parsed = Money::parse(danish);
    if (!parsed)
        qFatal("Bad amount in the test: %s", qPrintable(danish));
    return *parsed;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

QHash<QString, QString> someValues()
{
    return {{QStringLiteral("year"), QStringLiteral("2019")},
            {QStringLiteral("result"), QStringLiteral("-322.748,08")},
            {QStringLiteral("project:ESDH"), QStringLiteral("2.700.129,58")}};
}

} // namespace

// Fields in the report's text: their values from the demo books, filling them in, and amounts typed
// by hand that the ledger does not know.
class tst_LiveFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void valuesFromTheDemo_data();
    void valuesFromTheDemo();
    void fill_data();
    void fill();
    void fillHtmlEscapesValues();
    void fieldsAndUnknownFields_data();
    void fieldsAndUnknownFields();
    void staleAmounts_data();
    void staleAmounts();
    void ledgerFiguresOfTheDemo();
    void availableForAPicker();
    void nearestField_data();
    void nearestField();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    Statement m_statement;
    QHash<QString, QString> m_values;
};

void tst_LiveFields::initTestCase()
{
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(statement.ok());
    m_statement = *statement;
    auto values = LiveFields::values(*m_ledger, m_statement);
    QVERIFY2(values.ok(), qPrintable(values.error().message));
    m_values = *values;
}

void tst_LiveFields::valuesFromTheDemo_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("year") << "year"
                          << "2019";
    QTest::newRow("income") << "income"
                            << "-11.717.709,00";
    QTest::newRow("expenses") << "expenses"
                              << "11.394.960,92";
    QTest::newRow("result") << "result"
                            << "-322.748,08";
    QTest::newRow("carryover") << "carryover"
                               << "-1.056.176,43";
    QTest::newRow("members.count") << "members.count"
                                   << "12";
    QTest::newRow("project ESDH") << "project:ESDH"
                                  << "2.700.129,58";
    QTest::newRow("project with spaces") << "project:GDPR - Informationssikkerhed"
                                         << "317.581,82";
    QTest::newRow("association") << "association"
                                 << "DIGIT, Digitaliseringsforening Sjælland";
}

void tst_LiveFields::valuesFromTheDemo()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QVERIFY2(m_values.contains(field), qPrintable(field));
    QCOMPARE(m_values.value(field), value);
    QCOMPARE(m_values.value(QStringLiteral("budget")), m_statement.budgetTotal().toDanish());
}

void tst_LiveFields::fill_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filled");
    QTest::newRow("plain text") << "Ingen felter."
                                << "Ingen felter.";
    QTest::newRow("one field") << "Resultatet er {{result}} kr."
                               << "Resultatet er -322.748,08 kr.";
    QTest::newRow("spaces inside") << "{{ year }}"
                                   << "2019";
    QTest::newRow("twice and project") << "{{year}}: {{project:ESDH}} og {{year}}"
                                       << "2019: 2.700.129,58 og 2019";
    QTest::newRow("unknown stays") << "Se {{nothing}} og {{year}}."
                                   << "Se {{nothing}} og 2019.";
    QTest::newRow("in HTML") << "<p><b>{{result}}</b></p>"
                             << "<p><b>-322.748,08</b></p>";
    QTest::newRow("unclosed") << "{{year"
                              << "{{year";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_LiveFields::fill()
{
    QFETCH(QString, text);
    QFETCH(QString, filled);
    QCOMPARE(LiveFields::fill(text, someValues()), filled);
}

// In rich text a value is text, whatever it holds: the association's name with markup in it.
void tst_LiveFields::fillHtmlEscapesValues()
{
    QHash<QString, QString> values = someValues();
    values.insert(QStringLiteral("association"), QStringLiteral("<img src=x onerror=\"alert(1)\"> & Co"));
    QCOMPARE(LiveFields::fillHtml(QStringLiteral("<p><b>{{association}}</b>: {{result}} {{nothing}}</p>"), values),
             QStringLiteral("<p><b>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co</b>: -322.748,08 "
                            "{{nothing}}</p>"));
    QCOMPARE(LiveFields::fill(QStringLiteral("{{association}}"), values), values.value(QStringLiteral("association")));
}

void tst_LiveFields::fieldsAndUnknownFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("none") << "Tekst." << QStringList() << QStringList();
    QTest::newRow("known") << "{{year}} {{result}}" << names({"year", "result"}) << QStringList();
    QTest::newRow("each once") << "{{year}} {{year}}" << names({"year"}) << QStringList();
    QTest::newRow("unknown") << "{{year}} {{resultat}} {{project:Ukendt}}"
                             << names({"year", "resultat", "project:Ukendt"}) << names({"resultat", "project:Ukendt"});
    QTest::newRow("known project") << "{{project:ESDH}}" << names({"project:ESDH"}) << QStringList();
    QTest::newRow("in a tag") << "<a title=\"{{budget}}\">x</a>" << names({"budget"}) << names({"budget"});
}

void tst_LiveFields::fieldsAndUnknownFields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, unknown);
    QCOMPARE(LiveFields::fields(text), fields);
    QCOMPARE(LiveFields::unknownFields(text, someValues()), unknown);
}

void tst_LiveFields::staleAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("stale");
    QTest::newRow("no amounts") << "Året {{year}} gik godt med 12 kommuner og 1.000 borgere." << QStringList();
    QTest::newRow("grouped, known") << "Personale kostede 1.541.130,23 kr." << QStringList();
    QTest::newRow("ungrouped, known") << "Personale kostede 1541130,23 kr." << QStringList();
    QTest::newRow("negative, known") << "Resultatet var -322.748,08 kr." << QStringList();
    QTest::newRow("without sign, known") << "Et mindreforbrug på 322.748,08 kr." << QStringList();
    QTest::newRow("typographic minus, known") << QString::fromUtf8("Resultat \u2212322.748,08 kr.") << QStringList();
    QTest::newRow("grouped, stale") << "Personale kostede 1.541.130,24 kr." << names({"1.541.130,24"});
    QTest::newRow("ungrouped, stale") << "Det kostede 1541131,23 kr." << names({"1541131,23"});
    QTest::newRow("negative, stale") << "Resultatet var -300.000,00 kr." << names({"-300.000,00"});
    QTest::newRow("small, stale") << "Kun 5,00 kr., ikke 1.541.130,23." << names({"5,00"});
    QTest::newRow("several") << "1,50 og 2.700.129,58 og 7.000,25" << names({"1,50", "7.000,25"});
    QTest::newRow("inside a field") << "Se {{9.999,99}} og {{result}}." << QStringList();
    QTest::newRow("inside a tag") << "<img src=\"picture:3\" alt=\"9.999,99\"><p data-x='1.234,56'>Tekst</p>"
                                  << QStringList();
    QTest::newRow("between tags") << "<td>9.999,99</td>" << names({"9.999,99"});
    QTest::newRow("three decimals are no amount") << "1.234,567" << QStringList();
    QTest::newRow("broken grouping is no amount") << "12.34,56" << QStringList();
}

void tst_LiveFields::staleAmounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, stale);
    const QList<Money> figures = {kr(QStringLiteral("-322.748,08")), kr(QStringLiteral("1.541.130,23")),
                                  kr(QStringLiteral("2.700.129,58"))};
    QCOMPARE(LiveFields::staleAmounts(text, figures), stale);
}

void tst_LiveFields::ledgerFiguresOfTheDemo()
{
    auto figures = LiveFields::ledgerFigures(*m_ledger, m_statement);
    QVERIFY2(figures.ok(), qPrintable(figures.error().message));
    for (const char *figure : {"-11.717.709,00", "11.394.960,92", "-322.748,08", "-1.056.176,43", "1.541.130,23",
                               "2.700.129,58", "2.500.000,00"})
        QVERIFY2(figures->contains(kr(QLatin1String(figure))), figure);
    // Every member's contribution, as the members section prints it.
    const auto contributions = MemberRepository(*m_ledger).contributions(2019);
    QCOMPARE(contributions->size(), 12);
    for (const Contribution &c : *contributions)
        QVERIFY2(figures->contains(c.amount), qPrintable(c.municipality));
    QCOMPARE(LiveFields::staleAmounts(QStringLiteral("1.234.567,89"), *figures), names({"1.234.567,89"}));
    // Every amount field of the demo is itself a figure.
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        QVERIFY2(LiveFields::staleAmounts(it.value() + QStringLiteral(" "), *figures).isEmpty(), qPrintable(it.key()));
}

void tst_LiveFields::availableForAPicker()
{
    const QList<LiveFields::FieldInfo> fields = LiveFields::available(m_values);
    QCOMPARE(fields.size(), m_values.size());
    QStringList names;
    for (const LiveFields::FieldInfo &f : fields) {
        names.append(f.name);
        QVERIFY2(!f.description.trimmed().isEmpty(), qPrintable(f.name));
        QVERIFY(m_values.contains(f.name));
    }
    QCOMPARE(names.first(), QStringLiteral("year"));
    QVERIFY(names.contains(QStringLiteral("project:ESDH")));
    QVERIFY(names.indexOf(QStringLiteral("members.count")) < names.indexOf(QStringLiteral("project:AULA")));
    // Only what the values have.
    QCOMPARE(LiveFields::available({{QStringLiteral("year"), QStringLiteral("2019")}}).size(), 1);
}

void tst_LiveFields::nearestField_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("field");
    QTest::newRow("close to the result") << "-322.700,00"
                                         << "result";
    QTest::newRow("sign left out") << "322.748,00"
                                   << "result";
    QTest::newRow("close to a project") << "2.700.000,00"
                                        << "project:ESDH";
    QTest::newRow("a typed minus is meant") << "-317.000,00"
                                            << "result";
    QTest::newRow("nothing near") << "5,00"
                                  << "";
}

void tst_LiveFields::nearestField()
{
    QFETCH(QString, amount);
    QFETCH(QString, field);
    QCOMPARE(LiveFields::nearestField(kr(amount), m_values), field);
}

QTEST_GUILESS_MAIN(tst_LiveFields)
#include "tst_livefields.moc"
