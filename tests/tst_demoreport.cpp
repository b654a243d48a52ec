#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "LiveFields.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"
#include "Validator.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace annalist;

// The demo's annual report: the seven chapters of PRODUCT.md, in Danish, quoting the books only
// through fields, with pictures that carry alternative text; it validates without report findings.
class tst_DemoReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sevenChaptersInOrder();
    void sectionsAreNumberedByTheTree();
    void presentationShowsTheOrganisation();
    void portfolioOverviewInChapterThree();
    void oneSectionPerPhaseNamingItsProjects();
    void twoInterviewsWithPortraits();
    void economyHoldsStatementChartAndMembers();
    void everyTextSectionIsShortDanishText();
    void picturesAreSvgWithAltText();
    void everyFieldIsKnownAndNoAmountIsTyped();
    void validatesWithoutReportFindings();
    void signatoriesUnsigned();
    void markedIllustrative();
    void publishedFiguresUnchanged();

private:
    QList<OutlineEntry> childrenOf(qint64 id) const;
    const OutlineEntry &chapter(int number) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    ReportDocument m_document;
};

void tst_DemoReport::initTestCase()
{
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    auto document = ReportRepository(*m_ledger).document(2019);
    QVERIFY2(document.ok(), qPrintable(document.error().message));
    m_document = *document;
}

QList<OutlineEntry> tst_DemoReport::childrenOf(qint64 id) const
{
    QList<OutlineEntry> children;
    for (const OutlineEntry &e : m_document.outline)
        if (e.section.parentId == std::optional<qint64>(id))
            children.append(e);
    return children;
}

const OutlineEntry &tst_DemoReport::chapter(int number) const
{
    for (const OutlineEntry &e : m_document.outline)
        if (e.depth == 0 && e.number == QString::number(number))
            return e;
    qFatal("No chapter %d", number);
}

void tst_DemoReport::sevenChaptersInOrder()
{
    QStringList chapters;
    for (const OutlineEntry &e : m_document.outline)
        if (e.depth == 0)
            chapters.append(e.number + QLatin1Char(' ') + e.section.title);
    QCOMPARE(chapters, (QStringList{
                           QStringLiteral("1 Præsentation af foreningen"),
                           QStringLiteral("2 Året der gik"),
                           QStringLiteral("3 Porteføljeoversigt"),
                           QStringLiteral("4 Porteføljens resultater"),
                           QStringLiteral("5 Medlemmernes oplevelser"),
                           QStringLiteral("6 Årets økonomi"),
                           QStringLiteral("7 Udsyn"),
                       }));
}

void tst_DemoReport::sectionsAreNumberedByTheTree()
{
    for (const OutlineEntry &e : m_document.outline) {
        if (e.section.kind == SectionKind::PageBreak) {
            QVERIFY(e.number.isEmpty());
            continue;
        }
        QCOMPARE(e.number.count(QLatin1Char('.')), e.depth);
        if (e.section.parentId) {
            const OutlineEntry *parent = m_document.entry(*e.section.parentId);
            QVERIFY(parent);
            QVERIFY2(e.number.startsWith(parent->number + QLatin1Char('.')), qPrintable(e.number));
        }
    }
    QCOMPARE(m_document.entry(childrenOf(chapter(6).section.id).at(1).section.id)->number, QStringLiteral("6.2"));
    // The page break after the portfolio overview does not take a number: chapter 4 follows as 4.
    bool pageBreak = false;
    for (const OutlineEntry &e : childrenOf(chapter(3).section.id))
        pageBreak = pageBreak || e.section.kind == SectionKind::PageBreak;
    QVERIFY(pageBreak);
}

void tst_DemoReport::presentationShowsTheOrganisation()
{
    QStringList titles;
    qint64 organisationPicture = 0;
    for (const OutlineEntry &e : childrenOf(chapter(1).section.id)) {
        titles.append(e.section.title);
        if (e.section.title == QLatin1String("Organisation")) {
            QCOMPARE(e.section.pictureIds().size(), 1);
            organisationPicture = e.section.pictureIds().first();
        }
    }
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Vision"), QStringLiteral("Strategiske mål"), QStringLiteral("Kerneopgaver"),
                          QStringLiteral("Organisation"), QStringLiteral("Læs mere")}));
    auto picture = ReportRepository(*m_ledger).picture(organisationPicture);
    QVERIFY(picture.ok() && picture->has_value());
    const QString svg = QString::fromUtf8((*picture)->data);
    for (const char *label : {"Generalforsamlingen", "Bestyrelsen", "Sekretariatet"})
        QVERIFY2(svg.contains(QString::fromUtf8(label)), label);
    // The secretariat of five.
    QCOMPARE(svg.count(QStringLiteral(">Medarbejder<")), 5);
}

void tst_DemoReport::portfolioOverviewInChapterThree()
{
    const QList<OutlineEntry> sections = childrenOf(chapter(3).section.id);
    QVERIFY(!sections.isEmpty());
    QCOMPARE(sections.first().section.kind, SectionKind::Portfolio);
    QCOMPARE(sections.first().number, QStringLiteral("3.1"));
}

void tst_DemoReport::oneSectionPerPhaseNamingItsProjects()
{
    const QList<QPair<QString, Phase>> phases = {
        {QStringLiteral("Idé"), Phase::Idea},
        {QStringLiteral("Analyse"), Phase::Analysis},
        {QStringLiteral("Anskaffelse og gennemførsel"), Phase::Procurement},
        {QStringLiteral("Drift og videreudvikling"), Phase::Operation},
        {QStringLiteral("Nationale fælleskommunale systemer"), Phase::National},
    };
    const QList<OutlineEntry> sections = childrenOf(chapter(4).section.id);
    QCOMPARE(sections.size(), phases.size());
    const auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    int named = 0;
    for (int i = 0; i < phases.size(); ++i) {
        const ReportSection &s = sections.at(i).section;
        QCOMPARE(s.title, phases.at(i).first);
        QCOMPARE(sections.at(i).number, QStringLiteral("4.%1").arg(i + 1));
        for (const Project &p : *projects) {
            const bool mentioned = s.body.contains(p.name);
            QVERIFY2(mentioned == (p.phase == phases.at(i).second),
                     qPrintable(QStringLiteral("%1 in %2").arg(p.name, s.title)));
            named += mentioned ? 1 : 0;
        }
    }
    QCOMPARE(named, int(projects->size()));
}

void tst_DemoReport::twoInterviewsWithPortraits()
{
    const QList<OutlineEntry> sections = childrenOf(chapter(5).section.id);
    QCOMPARE(sections.size(), 2);
    const auto members =
        QStringList{QStringLiteral("Greve"),      QStringLiteral("Guldborgsund"), QStringLiteral("Holbæk"),
                    QStringLiteral("Kalundborg"), QStringLiteral("Køge"),         QStringLiteral("Lejre"),
                    QStringLiteral("Næstved"),    QStringLiteral("Odsherred"),    QStringLiteral("Ringsted"),
                    QStringLiteral("Roskilde"),   QStringLiteral("Slagelse"),     QStringLiteral("Vordingborg")};
    QSet<qint64> portraits;
    for (const OutlineEntry &e : sections) {
        const Interview &i = e.section.interview;
        QCOMPARE(e.section.kind, SectionKind::Interview);
        QVERIFY(!i.name.isEmpty());
        QVERIFY(!i.title.isEmpty());
        QVERIFY2(members.contains(i.municipality), qPrintable(i.municipality));
        QVERIFY(i.portraitId);
        portraits.insert(*i.portraitId);
        QVERIFY(i.answers.size() >= 2);
        for (const InterviewAnswer &a : i.answers) {
            QVERIFY(a.question.endsWith(QLatin1Char('?')));
            QVERIFY(!a.answer.isEmpty());
        }
        auto portrait = ReportRepository(*m_ledger).picture(*i.portraitId);
        QVERIFY(portrait.ok() && portrait->has_value());
        QVERIFY2((*portrait)->altText.contains(i.name), qPrintable((*portrait)->altText));
    }
    QCOMPARE(portraits.size(), 2);
}

void tst_DemoReport::economyHoldsStatementChartAndMembers()
{
    QList<SectionKind> kinds;
    for (const OutlineEntry &e : childrenOf(chapter(6).section.id)) {
        kinds.append(e.section.kind);
        if (e.section.kind == SectionKind::Statement)
            QCOMPARE(e.section.statementLayout, QStringLiteral("published"));
        if (e.section.kind == SectionKind::Chart)
            QCOMPARE(e.section.chartKey, QStringLiteral("spending"));
        if (e.section.kind == SectionKind::Text)
            QVERIFY2(e.section.body.contains(QLatin1String("{{result}}")), qPrintable(e.section.body));
    }
    QCOMPARE(kinds,
             (QList<SectionKind>{SectionKind::Text, SectionKind::Statement, SectionKind::Chart, SectionKind::Members}));
    // Stored as such in the file.
    QCOMPARE(test::sqliteShell(m_ledger->path(),
                               QStringLiteral("SELECT %1 FROM report_sections WHERE kind = 'statement' AND year = "
                                              "2019")
                                   .arg(test::jsonField(QStringLiteral("options"), QStringLiteral("layout")))),
             QStringLiteral("published"));
}

void tst_DemoReport::everyTextSectionIsShortDanishText()
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!](\\s|<|$)"));
    int textSections = 0;
    for (const OutlineEntry &e : m_document.outline) {
        if (e.section.kind != SectionKind::Text)
            continue;
        ++textSections;
        const int sentences = int(e.section.body.count(sentenceEnd));
        QVERIFY2(sentences >= 1 && sentences <= 5, qPrintable(e.number + QLatin1Char(' ') + e.section.body));
        QVERIFY2(e.section.body.startsWith(QLatin1String("<p>")), qPrintable(e.number));
    }
    QVERIFY(textSections >= 20);
}

void tst_DemoReport::picturesAreSvgWithAltText()
{
    const auto pictures = ReportRepository(*m_ledger).pictures();
    QVERIFY(pictures.ok());
    QCOMPARE(pictures->size(), 3);
    QSet<qint64> used;
    for (const OutlineEntry &e : m_document.outline)
        for (qint64 id : e.section.pictureIds())
            used.insert(id);
    for (const ReportPicture &p : *pictures) {
        QVERIFY2(used.contains(p.id), qPrintable(p.name));
        QCOMPARE(p.mimeType, QStringLiteral("image/svg+xml"));
        QVERIFY2(p.altText.trimmed().size() > 20, qPrintable(p.name));
        QXmlStreamReader xml(p.data);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(p.name + QLatin1String(": ") + xml.errorString()));
    }
}

void tst_DemoReport::everyFieldIsKnownAndNoAmountIsTyped()
{
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(statement.ok());
    auto values = LiveFields::values(*m_ledger, *statement);
    auto figures = LiveFields::ledgerFigures(*m_ledger, *statement);
    QVERIFY(values.ok() && figures.ok());
    QStringList used;
    for (const OutlineEntry &e : m_document.outline) {
        QString text = e.section.title + QLatin1Char('\n') + e.section.body;
        for (const InterviewAnswer &a : e.section.interview.answers)
            text += QLatin1Char('\n') + a.question + QLatin1Char('\n') + a.answer;
        QCOMPARE(LiveFields::unknownFields(text, *values), QStringList());
        QCOMPARE(LiveFields::staleAmounts(text, *figures), QStringList());
        used += LiveFields::fields(text);
    }
    for (const char *field :
         {"association", "members.count", "year", "result", "income", "expenses", "carryover", "project:ESDH"})
        QVERIFY2(used.contains(QLatin1String(field)), field);
    // Filled in, the economy text states the published result.
    const QString economy = childrenOf(chapter(6).section.id).first().section.body;
    QVERIFY(LiveFields::fill(economy, *values).contains(QLatin1String("-322.748,08 kr.")));
}

void tst_DemoReport::validatesWithoutReportFindings()
{
    auto findings = Validator(*m_ledger).validate(2019);
    QVERIFY(findings.ok());
    QStringList lines;
    for (const Finding &f : *findings)
        lines.append(f.toLine());
    QCOMPARE(lines, QStringList());
}

void tst_DemoReport::signatoriesUnsigned()
{
    QStringList roles;
    for (const Signatory &s : m_document.signatories) {
        roles.append(s.role);
        QVERIFY(!s.name.isEmpty());
        QVERIFY(!s.signedOn);
    }
    QCOMPARE(roles, (QStringList{QStringLiteral("Formand"), QStringLiteral("Næstformand"), QStringLiteral("Revisor")}));
}

void tst_DemoReport::markedIllustrative()
{
    QFile file(QStringLiteral(":/demo/demo-report-2019.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(data.value(QLatin1String("illustrative")).toBool());
    QVERIFY(data.value(QLatin1String("signatories")).toObject().value(QLatin1String("illustrative")).toBool());
    for (const QJsonValue p : data.value(QLatin1String("pictures")).toArray())
        QVERIFY(p.toObject().value(QLatin1String("comment")).toString().startsWith(QLatin1String("Illustrative")));
    bool found = false;
    const auto provenance = AssociationRepository(*m_ledger).provenance();
    QVERIFY(provenance.ok());
    for (const Provenance &p : *provenance)
        if (p.subject == QLatin1String("annual report")) {
            found = true;
            QVERIFY(p.illustrative);
        }
    QVERIFY(found);
}

void tst_DemoReport::publishedFiguresUnchanged()
{
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(statement.ok());
    QCOMPARE(statement->incomeTotal().toDanish(), QStringLiteral("-11.717.709,00"));
    QCOMPARE(statement->expensesTotal().toDanish(), QStringLiteral("11.394.960,92"));
    QCOMPARE(statement->operatingResult().toDanish(), QStringLiteral("-322.748,08"));
}

QTEST_GUILESS_MAIN(tst_DemoReport)
#include "tst_demoreport.moc"
