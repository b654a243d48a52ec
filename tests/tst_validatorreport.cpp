#include "AssociationRepository.h"
#include "ReportRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

// The rules on the annual report's text: unknown fields (REPORT-FIELD), figures typed in where a field
// would stay current (REPORT-STALE) and pictures without alternative text (REPORT-ALT).
class tst_ValidatorReport : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reportField_data();
    void reportField();
    void reportStale_data();
    void reportStale();
    void reportAlt_data();
    void reportAlt();
    void reportOnlyWhereThereIsOne();

private:
    ReportSection reportSection(const QString &number) const;
};

void tst_ValidatorReport::init()
{
    setUp();
}

void tst_ValidatorReport::cleanup()
{
    tearDown();
}

// ---- annual report ----------------------------------------------------------------------------------------

ReportSection tst_ValidatorReport::reportSection(const QString &number) const
{
    auto document = ReportRepository(*m_ledger).document(demoYear);
    if (document)
        for (const OutlineEntry &e : document->outline)
            if (e.number == number)
                return e.section;
    qWarning("No report section %s", qPrintable(number));
    return {};
}

void tst_ValidatorReport::reportField_data()
{
    QTest::addColumn<QString>("number"); // the demo's section: 6.1 text, 5.1 interview
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("known fields") << "6.1"
                                  << "{{result}} og {{project:AULA}}" << QStringList();
    QTest::newRow("misspelt field") << "6.1"
                                    << "Resultatet er {{resultat}} kr." << QStringList{QStringLiteral("resultat")};
    QTest::newRow("unknown project") << "6.1"
                                     << "{{project:Ukendt}} og {{year}}"
                                     << QStringList{QStringLiteral("project:Ukendt")};
    QTest::newRow("two unknown") << "6.1"
                                 << "{{a}} {{b}}" << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("in an interview answer") << "5.1"
                                            << "Vi fik {{tilskud}}." << QStringList{QStringLiteral("tilskud")};
}

void tst_ValidatorReport::reportField()
{
    QFETCH(QString, number);
    QFETCH(QString, text);
    QFETCH(QStringList, unknown);
    const QString rule = QStringLiteral("REPORT-FIELD");
    ReportSection s = reportSection(number);
    QVERIFY(s.id > 0);
    if (s.kind == SectionKind::Interview)
        s.interview.answers.first().answer = text;
    else
        s.body = QStringLiteral("<p>%1</p>").arg(text);
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), unknown.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).severity, Severity::Error);
        QCOMPARE(found.at(i).location.kind, FindingLocation::Kind::ReportSection);
        QCOMPARE(found.at(i).location.id, s.id);
        QCOMPARE(found.at(i).location.toString(), QStringLiteral("2019/report/%1").arg(number));
        QVERIFY2(found.at(i).message.contains(QStringLiteral("{{%1}}").arg(unknown.at(i))),
                 qPrintable(found.at(i).message));
        QVERIFY2(found.at(i).message.contains(s.title), qPrintable(found.at(i).message));
    }
}

void tst_ValidatorReport::reportStale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("suggested"); // the field the message proposes; empty: none
    QTest::newRow("a ledger figure") << "Personale kostede 1.541.130,23 kr." << QStringList() << "";
    QTest::newRow("the result without its sign") << "Mindreforbruget var 322.748,08 kr." << QStringList() << "";
    QTest::newRow("an old result") << "Resultatet blev -312.345,00 kr." << QStringList{QStringLiteral("-312.345,00")}
                                   << "result";
    QTest::newRow("ungrouped and near a project")
        << "ESDH kostede 2700000,00 kr." << QStringList{QStringLiteral("2700000,00")} << "project:ESDH";
    QTest::newRow("nothing near") << "Kaffen kostede 5,00 kr." << QStringList{QStringLiteral("5,00")} << "";
    QTest::newRow("inside a field or a tag") << "<span title=\"9.999,99\">{{result}}</span>" << QStringList() << "";
}

void tst_ValidatorReport::reportStale()
{
    QFETCH(QString, text);
    QFETCH(QStringList, typed);
    QFETCH(QString, suggested);
    const QString rule = QStringLiteral("REPORT-STALE");
    ReportSection s = reportSection(QStringLiteral("6.1"));
    s.body = QStringLiteral("<p>%1</p>").arg(text);
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), typed.size());
    for (int i = 0; i < found.size(); ++i) {
        const Finding &f = found.at(i);
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.location.toString(), QStringLiteral("2019/report/6.1"));
        QVERIFY2(f.message.contains(typed.at(i)), qPrintable(f.message));
        if (suggested.isEmpty())
            QVERIFY2(!f.message.contains(QLatin1String("{{")), qPrintable(f.message));
        else
            QVERIFY2(f.message.contains(QStringLiteral("{{%1}}").arg(suggested)), qPrintable(f.message));
    }
}

void tst_ValidatorReport::reportAlt_data()
{
    QTest::addColumn<QString>("number"); // the section showing the picture
    QTest::newRow("organisation chart in a text") << "1.4";
    QTest::newRow("portrait of an interview") << "5.2";
}

void tst_ValidatorReport::reportAlt()
{
    QFETCH(QString, number);
    const QString rule = QStringLiteral("REPORT-ALT");
    const ReportSection s = reportSection(number);
    QCOMPARE(s.pictureIds().size(), 1);
    const qint64 picture = s.pictureIds().first();
    QVERIFY(ReportRepository(*m_ledger).setPictureAltText(picture, QStringLiteral("  ")).ok());

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Warning);
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/report/%1").arg(number));
    QCOMPARE(found.first().location.id, s.id);
    QVERIFY2(found.first().message.contains(QString::number(picture)), qPrintable(found.first().message));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
}

void tst_ValidatorReport::reportOnlyWhereThereIsOne()
{
    // A picture without alternative text that no section shows is nobody's concern.
    QVERIFY(ReportRepository(*m_ledger)
                .addPicture(
                    {0, QStringLiteral("unused.svg"), QStringLiteral("image/svg+xml"), QString(), QByteArray("<svg/>")})
                .ok());
    QVERIFY(ruleAbsent(QStringLiteral("REPORT-ALT")));
    // Without a report, a year has nothing to check: not even the text of another year's report.
    ReportSection s = reportSection(QStringLiteral("6.1"));
    s.body = QStringLiteral("<p>{{ukendt}} 5,00</p>");
    QVERIFY(ReportRepository(*m_ledger).updateSection(s).ok());
    QVERIFY(AssociationRepository(*m_ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}));
    QList<Finding> findings;
    QVERIFY(validate(&findings, 2020));
    for (const Finding &f : findings)
        QVERIFY2(!f.ruleId.startsWith(QLatin1String("REPORT-")), qPrintable(f.toLine()));
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), (QStringList{QStringLiteral("REPORT-FIELD"), QStringLiteral("REPORT-STALE")}));
    QVERIFY(ReportRepository(*m_ledger).removeReport(demoYear).ok());
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

QTEST_GUILESS_MAIN(tst_ValidatorReport)
#include "tst_validatorreport.moc"
