#include "ReportHtmlWriter.h"
#include "ReportInput.h"
#include "ReportRepository.h"
#include "Validator.h"
#include "YearClosing.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The annual report for the web, read back by a real HTML5 parser (html5lib) and checked for
// accessibility by axe-core in headless Chromium.
class tst_ReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void parsesAsHtml5InDanish();
    void oneH1AndNoSkippedLevels();
    void landmarksContentsAndNothingFromElsewhere();
    void policyForbidsScriptsAndNothingNeedsAnInlineStyle();
    void statementIsATableWithPublishedFigures();
    void everyPictureHasItsAlternativeText();
    void everyChartHasATitleAndItsTable();
    void axeFindsNoViolations();
    void headingsInTextStayBelowTheSection();
    void missingAlternativeTextIsReported();
    void replacesAFolderAndRefusesAFile();
    void signOffCarriesTheTrailsHeadOnceClosed();

private:
    QJsonObject check(const QString &folder) const;
    QString writeReport(const QString &name) const;
    static QString source(const QString &path);
    qint64 sectionTitled(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_folder;
    QJsonObject m_checked;
};

QString tst_ReportHtml::source(const QString &path)
{
    return QStringLiteral(ANNALIST_SOURCE_DIR "/") + path;
}

void tst_ReportHtml::initTestCase()
{
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    // Every chart once, in a chapter of its own, so that each is checked.
    const ReportRepository reports(*m_ledger);
    auto chapter = reports.addSection({0,
                                       2019,
                                       std::nullopt,
                                       99,
                                       SectionKind::Text,
                                       QStringLiteral("Diagrammer"),
                                       QStringLiteral("<p>Alle diagrammer.</p>"),
                                       {},
                                       {},
                                       {}});
    QVERIFY2(chapter.ok(), qPrintable(chapter.error().message));
    int position = 0;
    for (const QString &key : {QStringLiteral("projects"), QStringLiteral("portfolio"), QStringLiteral("members")}) {
        ReportSection s{0, 2019, *chapter, position++, SectionKind::Chart, key, {}, key, {}, {}};
        QVERIFY(reports.addSection(s).ok());
    }
    m_folder = writeReport(QStringLiteral("web"));
    QVERIFY(!m_folder.isEmpty());
    m_checked = check(m_folder);
    QVERIFY(!m_checked.isEmpty());
}

void tst_ReportHtml::cleanupTestCase()
{
    m_ledger.reset();
}

qint64 tst_ReportHtml::sectionTitled(const QString &title) const
{
    auto sections = ReportRepository(*m_ledger).sections(2019);
    if (sections)
        for (const ReportSection &s : *sections)
            if (s.title == title)
                return s.id;
    return 0;
}

QString tst_ReportHtml::writeReport(const QString &name) const
{
    auto input = ReportInput::gather(*m_ledger, 2019);
    if (!input)
        return {};
    const QString folder = m_dir.filePath(name);
    const Status written = ReportHtmlWriter::write(*input, folder);
    if (!written) {
        qWarning("%s", qPrintable(written.error().message));
        return {};
    }
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty() && name == QLatin1String("web")) {
        const QString copy = QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("report-web"));
        QDir(copy).removeRecursively();
        if (const Status copied = ReportHtmlWriter::write(*input, copy); !copied)
            qWarning("%s", qPrintable(copied.error().message));
    }
    return folder;
}

QJsonObject tst_ReportHtml::check(const QString &folder) const
{
    QProcess checker;
    checker.start(QStringLiteral("/usr/bin/python3"), {source(QStringLiteral("tests/check-report-html.py")), folder});
    if (!checker.waitForFinished(60000) || checker.exitCode() != 0) {
        qWarning("%s", checker.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(checker.readAllStandardOutput()).object();
}

void tst_ReportHtml::parsesAsHtml5InDanish()
{
    QCOMPARE(m_checked.value(QStringLiteral("parseErrors")).toArray().size(), 0);
    QCOMPARE(m_checked.value(QStringLiteral("lang")).toString(), QStringLiteral("da"));
}

void tst_ReportHtml::oneH1AndNoSkippedLevels()
{
    QCOMPARE(m_checked.value(QStringLiteral("h1")).toInt(), 1);
    QCOMPARE(m_checked.value(QStringLiteral("firstHeading")).toInt(), 1);
    QVERIFY(m_checked.value(QStringLiteral("headings")).toInt() > 30);
    QCOMPARE(m_checked.value(QStringLiteral("skipped")).toArray(), QJsonArray());
}

void tst_ReportHtml::landmarksContentsAndNothingFromElsewhere()
{
    QCOMPARE(m_checked.value(QStringLiteral("landmarks")).toArray(),
             QJsonArray(
                 {QStringLiteral("footer"), QStringLiteral("header"), QStringLiteral("main"), QStringLiteral("nav")}));
    QCOMPARE(m_checked.value(QStringLiteral("scripts")).toInt(), 0);
    QCOMPARE(m_checked.value(QStringLiteral("remote")).toArray(), QJsonArray());
    // The contents link to every chapter and section down to the second level, and each link has its target.
    const QJsonArray links = m_checked.value(QStringLiteral("tocLinks")).toArray();
    QVERIFY(links.size() >= 30);
    const QJsonArray ids = m_checked.value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &link : links)
        QVERIFY2(ids.contains(link.toString().mid(1)), qPrintable(link.toString()));
    QVERIFY(QFile::exists(QDir(m_folder).filePath(QStringLiteral("style.css"))));
}

// The page's Content-Security-Policy forbids scripts and inline styles; the page needs neither
// (axe-core and the attack test check how it looks and what runs).
void tst_ReportHtml::policyForbidsScriptsAndNothingNeedsAnInlineStyle()
{
    const QJsonArray policies = m_checked.value(QStringLiteral("csp")).toArray();
    QCOMPARE(policies.size(), 1);
    const QString policy = policies.at(0).toString();
    QVERIFY2(policy.contains(QStringLiteral("default-src 'none'")), qPrintable(policy));
    QVERIFY2(policy.contains(QStringLiteral("style-src 'self'")), qPrintable(policy));
    QVERIFY2(!policy.contains(QStringLiteral("unsafe")) && !policy.contains(QStringLiteral("script-src")),
             qPrintable(policy));
    QCOMPARE(m_checked.value(QStringLiteral("inlineStyles")).toInt(), 0);
}

void tst_ReportHtml::statementIsATableWithPublishedFigures()
{
    QJsonObject statement;
    for (const QJsonValue &t : m_checked.value(QStringLiteral("tables")).toArray())
        if (t.toObject()
                .value(QStringLiteral("caption"))
                .toString()
                .startsWith(QStringLiteral("Resultatopgørelse 2019")))
            statement = t.toObject();
    QVERIFY(!statement.isEmpty());
    QCOMPARE(statement.value(QStringLiteral("headers")).toArray(),
             QJsonArray({QStringLiteral("Note"), QStringLiteral("Tekst"), QStringLiteral("Indtægter"),
                         QStringLiteral("Udgifter"), QStringLiteral("Afvigelser")}));
    QCOMPARE(statement.value(QStringLiteral("scopes")).toArray(),
             QJsonArray({QStringLiteral("col"), QStringLiteral("row")}));
    QVERIFY(statement.value(QStringLiteral("amountsMarked")).toBool()); // right-aligned by the style sheet
    const QJsonArray rows = statement.value(QStringLiteral("rows")).toArray();
    const auto row = [&rows](const QString &text) {
        for (const QJsonValue &r : rows)
            if (r.toArray().at(1).toString() == text)
                return r.toArray();
        return QJsonArray();
    };
    QCOMPARE(row(QStringLiteral("Kommunalt basistilskud")).at(2).toString(), QStringLiteral("-11.717.709,00"));
    QCOMPARE(row(QStringLiteral("I alt")).at(3).toString(), QStringLiteral("11.394.960,92"));
    QCOMPARE(row(QStringLiteral("Driftsresultat 2019")).at(4).toString(), QStringLiteral("-322.748,08"));
    QCOMPARE(row(QStringLiteral("Overført fra 2018")).at(3).toString(), QStringLiteral("-1.056.176,43"));
    // Notes are linked from their lines to their text.
    const QJsonArray links = statement.value(QStringLiteral("noteLinks")).toArray();
    QCOMPARE(links.size(), 6);
    const QJsonArray ids = m_checked.value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &link : links)
        QVERIFY2(ids.contains(link.toString().mid(1)), qPrintable(link.toString()));
}

void tst_ReportHtml::everyPictureHasItsAlternativeText()
{
    const QJsonArray images = m_checked.value(QStringLiteral("images")).toArray();
    QCOMPARE(images.size(), 3); // the organisation chart and two portraits
    for (const QJsonValue &image : images)
        QVERIFY2(image.toObject().value(QStringLiteral("alt")).toString().size() > 10,
                 qPrintable(image.toObject().value(QStringLiteral("src")).toString()));
    QCOMPARE(m_checked.value(QStringLiteral("missingFiles")).toArray(), QJsonArray());
}

void tst_ReportHtml::everyChartHasATitleAndItsTable()
{
    const QJsonArray charts = m_checked.value(QStringLiteral("charts")).toArray();
    QCOMPARE(charts.size(), 4); // spending in the economy chapter, and the three added
    QStringList titles;
    for (const QJsonValue &value : charts) {
        const QJsonObject c = value.toObject();
        QVERIFY(!c.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(c.value(QStringLiteral("desc")).toBool());
        QCOMPARE(c.value(QStringLiteral("role")).toString(), QStringLiteral("img"));
        QVERIFY(c.value(QStringLiteral("labelled")).toBool());
        QCOMPARE(c.value(QStringLiteral("tableCaption")).toString(),
                 QStringLiteral("Tallene bag diagrammet: ") + c.value(QStringLiteral("title")).toString());
        QVERIFY(c.value(QStringLiteral("tableRows")).toInt() >= 5);
        titles << c.value(QStringLiteral("title")).toString();
    }
    QVERIFY(titles.contains(QStringLiteral("Hvor pengene gik hen 2019")));
    QVERIFY(titles.contains(QStringLiteral("Projekter: regnskab mod budget 2019")));
}

void tst_ReportHtml::axeFindsNoViolations()
{
    QProcess axe;
    axe.start(QStringLiteral("/usr/bin/python3"), {source(QStringLiteral("tests/a11y/run-axe.py")), m_folder});
    QVERIFY(axe.waitForFinished(240000));
    const QString output = QString::fromUtf8(axe.readAllStandardOutput() + axe.readAllStandardError());
    QVERIFY2(axe.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("0 violations")), qPrintable(output));
}

void tst_ReportHtml::headingsInTextStayBelowTheSection()
{
    const ReportRepository reports(*m_ledger);
    auto section = reports.section(sectionTitled(QStringLiteral("Vision")));
    QVERIFY(section.ok() && section->has_value());
    ReportSection s = **section;
    s.body = QStringLiteral("<h1>Vores vision</h1><p>Tekst.</p><h2>Og mere</h2><p>{{result}}</p>");
    QVERIFY(reports.updateSection(s).ok());
    const QString folder = writeReport(QStringLiteral("headings"));
    const QJsonObject checked = check(folder);
    QCOMPARE(checked.value(QStringLiteral("h1")).toInt(), 1);
    QCOMPARE(checked.value(QStringLiteral("skipped")).toArray(), QJsonArray());
    QFile page(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY(html.contains(
        QStringLiteral("<h4>Vores vision</h4>"))); // a section (h3) of a chapter: its text's headings are h4
    QVERIFY(html.contains(QStringLiteral("<p>-322.748,08</p>")));
}

void tst_ReportHtml::missingAlternativeTextIsReported()
{
    QVERIFY(ReportRepository(*m_ledger).setPictureAltText(1, QString()).ok());
    auto findings = Validator(*m_ledger).validate(2019);
    QVERIFY(findings.ok());
    QVERIFY(std::any_of(findings->cbegin(), findings->cend(),
                        [](const Finding &f) { return f.ruleId == QLatin1String("REPORT-ALT"); }));
    QVERIFY(ReportRepository(*m_ledger).setPictureAltText(1, QStringLiteral("Organisationsdiagram")).ok());
}

void tst_ReportHtml::replacesAFolderAndRefusesAFile()
{
    auto input = ReportInput::gather(*m_ledger, 2019);
    QVERIFY(input.ok());
    // An export over the previous one replaces it whole: nothing of the old folder is left.
    const QString folder = m_dir.filePath(QStringLiteral("again"));
    QVERIFY(QDir().mkpath(folder));
    QFile stale(QDir(folder).filePath(QStringLiteral("old.txt")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QVERIFY(ReportHtmlWriter::write(*input, folder).ok());
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("index.html"))));
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("old.txt"))));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral(".annalist-web-*"), QStringLiteral(".again.previous")},
                            QDir::Dirs | QDir::Hidden)
                 .size(),
             0);
    // A file in the way, or a folder that does not exist: refused with the reason.
    const Status onFile = ReportHtmlWriter::write(*input, QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(!onFile.ok());
    QCOMPARE(int(onFile.error().kind), int(ErrorKind::Io));
    const Status nowhere = ReportHtmlWriter::write(*input, QStringLiteral("/nonexistent/place/web"));
    QVERIFY(!nowhere.ok());
    QVERIFY(nowhere.error().message.contains(QStringLiteral("/nonexistent/place")));
}

// The web page's sign-off names the audit trail's head at the closing, as the PDF and the receipt do.
void tst_ReportHtml::signOffCarriesTheTrailsHeadOnceClosed()
{
    QFile open(QDir(m_folder).filePath(QStringLiteral("index.html")));
    QVERIFY(open.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(open.readAll()).contains(QStringLiteral("audit-head")));

    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto receipt = YearClosing(*ledger).close(2019, {QStringLiteral("Karen Holm Sørensen, Formand")});
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    auto input = ReportInput::gather(*ledger, 2019);
    QVERIFY(input.ok());
    const QString folder = dir.filePath(QStringLiteral("closed"));
    QVERIFY(ReportHtmlWriter::write(*input, folder).ok());
    QFile page(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    const int signOff = html.indexOf(QStringLiteral("id=\"ledelsespaategning\""));
    QVERIFY(signOff > 0);
    const int head = html.indexOf(receipt->auditHead);
    QVERIFY2(head > signOff, qPrintable(html.mid(signOff)));
    QVERIFY(html.indexOf(QStringLiteral("</section>"), signOff) > head);
    // Still a valid, accessible page.
    const QJsonObject checked = check(folder);
    QVERIFY(!checked.isEmpty());
    QCOMPARE(checked.value(QStringLiteral("parseErrors")).toArray().size(), 0);
}

QTEST_MAIN(tst_ReportHtml)
#include "tst_reporthtml.moc"
