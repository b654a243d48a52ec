#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "HtmlSanitiser.h"
#include "LiveFields.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "ReportHtmlWriter.h"
#include "ReportInput.h"
#include "ReportRepository.h"
#include "SvgCleaner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The web report runs no script, whatever the ledger holds. A corpus of script in the kinds of
// OWASP's filter evasion cheat sheet (tests/web-attack-vectors.json) is planted into every text
// the page shows, once through the repositories the program's editors call and once with the
// sqlite3 shell; the real binary exports the report, and headless Chromium loads it, as published
// and again without its Content-Security-Policy with every handler fired and every link clicked
// (tests/check-web-attack.py). A payload that runs sets a marker; none may appear. A control page
// with the same payloads inserted raw shows the markers, so the harness sees a script that runs.
class tst_WebReportAttack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanitiserKeepsTheEditorsMarkup_data();
    void sanitiserKeepsTheEditorsMarkup();
    void linkTargets_data();
    void linkTargets();
    void sanitiserLeavesNothingThatRuns();
    void controlPageRunsThePayloads();
    void svgPictureIsRedrawnWithoutScript();
    void plantedThroughTheEditorsRunsNothing();
    void plantedWithSqlRunsNothing();
    void fieldValuesAreTextInThePdf();

private:
    struct Vector
    {
        int id = 0;
        QString kind;
        bool runsRaw = false;
        QString payload;
    };
    struct Planted
    {
        QString folder;
        qint64 svgPicture = 0;
    };

    static QString source(const QString &path) { return QStringLiteral(ANNALIST_SOURCE_DIR "/") + path; }
    static QString expand(const QString &payload, const QString &marker);
    // Every payload, each with the marker "data-pwned-<field>-<id>", after a visible "Felt-<field>".
    QString corpus(const QString &field) const;
    static QByteArray hostileSvg(const QString &field);
    static QJsonObject runChecker(const QStringList &arguments, const QByteArray &input = QByteArray());
    static int runBinary(const QStringList &arguments, QString *output);
    std::unique_ptr<Ledger> preparedLedger(QTemporaryDir &dir, qint64 *visionId, qint64 *interviewId) const;
    void checkExport(const QString &folder, qint64 svgPicture, const QStringList &fields);

    QList<Vector> m_vectors;
    QString m_policy;
};

const QStringList plainFields = {
    QStringLiteral("association"),  QStringLiteral("title"),     QStringLiteral("notetitle"),
    QStringLiteral("notetext"),     QStringLiteral("person"),    QStringLiteral("persontitle"),
    QStringLiteral("personplace"),  QStringLiteral("question"),  QStringLiteral("answer"),
    QStringLiteral("alttext"),      QStringLiteral("project"),   QStringLiteral("steering"),
    QStringLiteral("account"),      QStringLiteral("signatory"), QStringLiteral("role"),
    QStringLiteral("municipality"), QStringLiteral("carryover"), QStringLiteral("profitcentre"),
};

void tst_WebReportAttack::initTestCase()
{
    QFile file(source(QStringLiteral("tests/web-attack-vectors.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
    for (const QJsonValue &v : vectors)
        m_vectors.append({v[QLatin1String("id")].toInt(), v[QLatin1String("kind")].toString(),
                          v[QLatin1String("runsRaw")].toBool(), v[QLatin1String("payload")].toString()});
    QVERIFY2(m_vectors.size() >= 40, "the corpus holds at least 40 payloads");
    int running = 0;
    for (const Vector &v : std::as_const(m_vectors))
        running += v.runsRaw;
    QVERIFY2(running >= 40, "at least 40 of them run when inserted raw");
}

QString tst_WebReportAttack::expand(const QString &payload, const QString &marker)
{
    const QString mark = QStringLiteral("top.document.documentElement.setAttribute(/%1/.source,1)").arg(marker);
    const QString post = QStringLiteral("top.postMessage(/%1/.source,String.fromCharCode(42))").arg(marker);
    const QString script = QStringLiteral("<script>%1</script>").arg(post);
    static const QRegularExpression placeholder(QStringLiteral("B64POST|MARK|POST"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(payload); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += payload.mid(from, m.capturedStart() - from);
        const QString name = m.captured(0);
        out += name == QLatin1String("MARK")   ? mark
               : name == QLatin1String("POST") ? post
                                               : QString::fromLatin1(script.toUtf8().toBase64());
        from = m.capturedEnd();
    }
    return out + payload.mid(from);
}

QString tst_WebReportAttack::corpus(const QString &field) const
{
    QString out = QStringLiteral("Felt-%1 ").arg(field);
    for (const Vector &v : m_vectors)
        out += expand(v.payload, QStringLiteral("data-pwned-%1-%2").arg(field).arg(v.id));
    return out;
}

// A picture whose drawing is a rectangle and whose script, handlers and links would run when it
// is opened on its own.
QByteArray tst_WebReportAttack::hostileSvg(const QString &field)
{
    const auto mark = [&field](int n) {
        return expand(QStringLiteral("MARK"), QStringLiteral("data-pwned-%1-%2").arg(field).arg(n));
    };
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
               "width=\"200\" height=\"100\" viewBox=\"0 0 200 100\" onload=\"%1\">\n"
               "<script>%2</script>\n"
               "<script type=\"text/javascript\"><![CDATA[%3]]></script>\n"
               "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#1f4e79\" onmouseover=\"%4\"/>\n"
               "<a xlink:href=\"javascript:%5\"><text x=\"10\" y=\"50\" fill=\"#ffffff\">Klik &lt;her&gt;</text></a>\n"
               "<foreignObject width=\"100\" height=\"50\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
               "<img src=\"x\" onerror=\"%6\"/></body></foreignObject>\n"
               "<animate onbegin=\"%7\" attributeName=\"x\" dur=\"1s\"/>\n"
               "</svg>\n")
        .arg(mark(1), mark(2), mark(3), mark(4), mark(5), mark(6), mark(7))
        .toUtf8();
}

QJsonObject tst_WebReportAttack::runChecker(const QStringList &arguments, const QByteArray &input)
{
    QProcess checker;
    checker.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{source(QStringLiteral("tests/check-web-attack.py"))} + arguments);
    if (!input.isEmpty())
        checker.write(input);
    checker.closeWriteChannel();
    if (!checker.waitForFinished(280000) || checker.exitCode() != 0) {
        qWarning("check-web-attack.py %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 checker.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(checker.readAllStandardOutput()).object();
}

int tst_WebReportAttack::runBinary(const QStringList &arguments, QString *output)
{
    QProcess annalist;
    annalist.start(QStringLiteral(ANNALIST_BINARY), arguments);
    if (!annalist.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(annalist.readAllStandardOutput() + annalist.readAllStandardError());
    return annalist.exitCode();
}

void tst_WebReportAttack::sanitiserKeepsTheEditorsMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("headingLevel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Et</p><p>To &amp; tre &lt; fire</p>") << 0
                                << QStringLiteral("<p>Et</p>\n<p>To &amp; tre &lt; fire</p>");
    QTest::newRow("headings keep their level") << QStringLiteral("<h2>Over</h2><p>x</p><h3>Under</h3>") << 0
                                               << QStringLiteral("<h2>Over</h2>\n<p>x</p>\n<h3>Under</h3>");
    QTest::newRow("headings below the section")
        << QStringLiteral("<h1>Over</h1><h2>Under</h2>") << 4 << QStringLiteral("<h4>Over</h4>\n<h4>Under</h4>");
    QTest::newRow("bold and italic") << QStringLiteral("<p><b>fed</b> og <i>kursiv</i>, <b><i>begge</i></b></p>") << 0
                                     << QStringLiteral("<p><b>fed</b> og <i>kursiv</i>, <b><i>begge</i></b></p>");
    QTest::newRow("bold as the editor's span") << QStringLiteral("<p><span style=\"font-weight:700\">fed</span></p>")
                                               << 0 << QStringLiteral("<p><b>fed</b></p>");
    QTest::newRow("lists") << QStringLiteral("<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>") << 0
                           << QStringLiteral("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>");
    QTest::newRow("nested list") << QStringLiteral("<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>") << 0
                                 << QStringLiteral("<ul>\n<li>a\n<ul>\n<li>a1</li>\n</ul></li>\n<li>b</li>\n</ul>");
    QTest::newRow("links") << QStringLiteral("<p><a href=\"https://example.org/a?b=1&amp;c=2\">web</a>, "
                                             "<a href=\"mailto:kasse@example.org\">post</a>, <a href=\"#afsnit-3\">"
                                             "afsnit</a></p>")
                           << 0
                           << QStringLiteral("<p><a href=\"https://example.org/a?b=1&amp;c=2\">web</a>, "
                                             "<a href=\"mailto:kasse@example.org\">post</a>, <a href=\"#afsnit-3\">"
                                             "afsnit</a></p>");
    QTest::newRow("bold link") << QStringLiteral("<p><a href=\"https://example.org\"><b>fed</b></a></p>") << 0
                               << QStringLiteral("<p><a href=\"https://example.org\"><b>fed</b></a></p>");
    QTest::newRow("a forbidden link keeps its text")
        << QStringLiteral("<p><a href=\"javascript:x()\">tekst</a></p>") << 0 << QStringLiteral("<p>tekst</p>");
    QTest::newRow("picture with its stored alternative text")
        << QStringLiteral("<p><img src=\"picture:7\" alt=\"skrevet\"></p>") << 0
        << QStringLiteral("<p><img src=\"pictures/picture-7.png\" alt=\"Gemt &quot;tekst&quot;\"></p>");
    QTest::newRow("a picture not in the ledger is left out")
        << QStringLiteral("<p>før<img src=\"picture:8\">efter<img src=\"/etc/passwd\"></p>") << 0
        << QStringLiteral("<p>førefter</p>");
    QTest::newRow("table") << QStringLiteral("<table><thead><tr><th>A</th><th>B</th></tr></thead>"
                                             "<tbody><tr><td>1</td><td><b>2</b></td></tr></tbody></table>")
                           << 0
                           << QStringLiteral(
                                  "<table>\n<thead>\n<tr><th scope=\"col\">A</th><th scope=\"col\">B</th>"
                                  "</tr>\n</thead>\n<tbody>\n<tr><td>1</td><td><b>2</b></td></tr>\n</tbody>\n"
                                  "</table>");
    QTest::newRow("line break") << QStringLiteral("<p>a<br>b</p>") << 0 << QStringLiteral("<p>a<br>b</p>");
    QTest::newRow("control characters dropped")
        << QStringLiteral("<p>a") + QChar(0) + QStringLiteral("b\u0007c\u0085d\uFFFEe") + QStringLiteral("</p>") << 0
        << QStringLiteral("<p>abcde</p>");
    QTest::newRow("the editor's own output") << QStringLiteral("<h2>Året</h2>\n<p>Vi brugte <b>{{result}}</b>.</p>\n"
                                                               "<ul>\n<li>Et</li>\n<li>To</li>\n</ul>")
                                             << 0
                                             << QStringLiteral("<h2>Året</h2>\n<p>Vi brugte <b>{{result}}</b>.</p>\n"
                                                               "<ul>\n<li>Et</li>\n<li>To</li>\n</ul>");
    QTest::newRow("script, style and handlers dropped")
        << QStringLiteral("<p onclick=\"x()\" style=\"color:red\">a<script>x()</script><style>p{}</style>b</p>") << 0
        << QStringLiteral("<p>ab</p>");
}

void tst_WebReportAttack::sanitiserKeepsTheEditorsMarkup()
{
    QFETCH(QString, html);
    QFETCH(int, headingLevel);
    QFETCH(QString, expected);
    HtmlSanitiser::Options options;
    options.headingLevel = headingLevel;
    options.picture = [](const QString &address) -> std::optional<HtmlSanitiser::Picture> {
        if (address == QLatin1String("picture:7") || address == QLatin1String("pictures/picture-7.png"))
            return HtmlSanitiser::Picture{QStringLiteral("pictures/picture-7.png"), QStringLiteral("Gemt \"tekst\"")};
        return std::nullopt;
    };
    QCOMPARE(HtmlSanitiser::richText(html, options), expected);
}

void tst_WebReportAttack::linkTargets_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << QStringLiteral("https://example.org/x?y=1")
                           << QStringLiteral("https://example.org/x?y=1");
    QTest::newRow("http") << QStringLiteral("http://example.org/") << QStringLiteral("http://example.org/");
    QTest::newRow("spaces around") << QStringLiteral("  https://example.org/ ")
                                   << QStringLiteral("https://example.org/");
    QTest::newRow("space inside") << QStringLiteral("https://example.org/a b")
                                  << QStringLiteral("https://example.org/a%20b");
    QTest::newRow("mailto") << QStringLiteral("mailto:kasse@example.org") << QStringLiteral("mailto:kasse@example.org");
    QTest::newRow("anchor") << QStringLiteral("#afsnit-4") << QStringLiteral("#afsnit-4");
    QTest::newRow("anchor with quotes") << QStringLiteral("#a\"b") << QStringLiteral("#a%22b");
    QTest::newRow("stored picture") << QStringLiteral("picture:7") << QStringLiteral("pictures/picture-7.png");
    QTest::newRow("picture file") << QStringLiteral("pictures/picture-7.png")
                                  << QStringLiteral("pictures/picture-7.png");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("javascript, space before") << QStringLiteral(" javascript:alert(1)") << QString();
    QTest::newRow("javascript, mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << QString();
    QTest::newRow("javascript, tab inside") << QStringLiteral("jav\tascript:alert(1)") << QString();
    QTest::newRow("javascript, newline inside") << QStringLiteral("jav\nascript:alert(1)") << QString();
    QTest::newRow("javascript, NUL inside")
        << QStringLiteral("java") + QChar(0) + QStringLiteral("script:x") << QString();
    QTest::newRow("javascript, control before") << QChar(0x01) + QStringLiteral("javascript:x") << QString();
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << QString();
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("scheme-relative") << QStringLiteral("//evil.example/x") << QString();
    QTest::newRow("relative page") << QStringLiteral("other.html") << QString();
    QTest::newRow("out of the folder") << QStringLiteral("pictures/../../etc/passwd") << QString();
    QTest::newRow("other picture") << QStringLiteral("picture:8") << QString();
    QTest::newRow("http without host") << QStringLiteral("http:alert(1)") << QString();
    QTest::newRow("bare hash") << QStringLiteral("#") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_WebReportAttack::linkTargets()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    HtmlSanitiser::Options options;
    options.picture = [](const QString &address) -> std::optional<HtmlSanitiser::Picture> {
        if (address == QLatin1String("picture:7") || address == QLatin1String("pictures/picture-7.png"))
            return HtmlSanitiser::Picture{QStringLiteral("pictures/picture-7.png"), QString()};
        return std::nullopt;
    };
    QCOMPARE(HtmlSanitiser::linkTarget(href, options).value_or(QString()), expected);
}

// Each payload alone through the sanitiser, read back by html5lib: no handler, no element that
// runs or loads anything, no address outside the allow-list.
void tst_WebReportAttack::sanitiserLeavesNothingThatRuns()
{
    QJsonArray fragments;
    for (const Vector &v : std::as_const(m_vectors))
        fragments.append(
            HtmlSanitiser::richText(expand(v.payload, QStringLiteral("data-pwned-unit-%1").arg(v.id)), {}));
    const QJsonObject checked = runChecker({QStringLiteral("fragments")}, QJsonDocument(fragments).toJson());
    const QJsonArray unsafe = checked.value(QLatin1String("unsafe")).toArray();
    QCOMPARE(unsafe.size(), m_vectors.size());
    for (qsizetype i = 0; i < m_vectors.size(); ++i)
        QVERIFY2(unsafe.at(i).toArray().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2): %3 -> %4")
                                .arg(m_vectors.at(i).kind)
                                .arg(m_vectors.at(i).id)
                                .arg(QString::fromUtf8(QJsonDocument(unsafe.at(i).toArray()).toJson()),
                                     fragments.at(i).toString())));
}

// The harness sees a script that runs: the payloads inserted raw set their markers (all that
// Chromium runs), and the page's policy alone would have stopped them.
void tst_WebReportAttack::controlPageRunsThePayloads()
{
    QTemporaryDir dir;
    QJsonArray vectors;
    QStringList expected;
    for (const Vector &v : std::as_const(m_vectors)) {
        const QString marker = QStringLiteral("data-pwned-control-%1").arg(v.id);
        vectors.append(
            QJsonObject{{QStringLiteral("marker"), marker}, {QStringLiteral("payload"), expand(v.payload, marker)}});
        if (v.runsRaw)
            expected << marker;
    }
    QFile file(dir.filePath(QStringLiteral("vectors.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(vectors).toJson());
    file.close();
    // The policy as the page carries it.
    auto input = std::make_unique<ReportInput>();
    const QString page = ReportHtmlWriter::page(*input);
    static const QRegularExpression policy(
        QStringLiteral("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\""));
    const QRegularExpressionMatch m = policy.match(page);
    QVERIFY2(m.hasMatch(), "the page carries a Content-Security-Policy");
    m_policy = m.captured(1).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    const QJsonObject control = runChecker({QStringLiteral("control"), file.fileName(), m_policy});
    QVERIFY(!control.isEmpty());
    QStringList seen;
    for (const QJsonValue &marker : control.value(QLatin1String("markers")).toArray())
        seen << marker.toString();
    std::sort(expected.begin(), expected.end());
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, expected);
    QVERIFY(control.value(QLatin1String("activated")).toInt() >= m_vectors.size() - 3);
    QCOMPARE(control.value(QLatin1String("markersUnderPolicy")).toArray(), QJsonArray());
}

void tst_WebReportAttack::svgPictureIsRedrawnWithoutScript()
{
    QTemporaryDir dir;
    const QByteArray hostile = hostileSvg(QStringLiteral("svg"));
    QFile raw(dir.filePath(QStringLiteral("raw.svg")));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(hostile);
    raw.close();
    // Opened on its own, the stored picture runs its script: the harness sees it.
    QVERIFY(!runChecker({QStringLiteral("svg"), raw.fileName()}).value(QLatin1String("markers")).toArray().isEmpty());

    const QByteArray redrawn = ReportHtmlWriter::pictureBytes(
        {1, QStringLiteral("ondsindet.svg"), QStringLiteral("image/svg+xml"), QStringLiteral("Blå flade"), hostile});
    // The rectangle, and the text drawn as its outline.
    QVERIFY(redrawn.contains("<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\"/>"));
    QVERIFY(redrawn.contains("#1f4e79"));
    QVERIFY(redrawn.contains("<path"));
    QVERIFY(redrawn.contains("<title>Blå flade</title>"));
    QVERIFY(!redrawn.contains("script"));
    QVERIFY(!redrawn.contains("onload"));
    QFile clean(dir.filePath(QStringLiteral("clean.svg")));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write(redrawn);
    clean.close();
    QCOMPARE(runChecker({QStringLiteral("svg"), clean.fileName()}).value(QLatin1String("markers")).toArray(),
             QJsonArray());

    // A picture that refers to a file or an address is not followed: it becomes an empty drawing.
    const QByteArray outside = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                               "width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" "
                               "xlink:href=\"file:///usr/share/pixmaps/debian-logo.png\"/></svg>";
    QVERIFY(SvgCleaner::redrawn(outside, QString()).isEmpty());
    const QByteArray empty = ReportHtmlWriter::pictureBytes(
        {2, QStringLiteral("ude.svg"), QStringLiteral("image/svg+xml"), QString(), outside});
    QVERIFY(!empty.contains("image"));
    // A raster is written as stored.
    const ReportPicture png{3, QStringLiteral("foto.png"), QStringLiteral("image/png"), QString(),
                            QByteArray("\x89PNG")};
    QCOMPARE(ReportHtmlWriter::pictureBytes(png), png.data);
}

// A ledger with the demo books, every chart in the report, and the ids of the sections planted into.
std::unique_ptr<Ledger> tst_WebReportAttack::preparedLedger(QTemporaryDir &dir, qint64 *visionId,
                                                            qint64 *interviewId) const
{
    auto ledger = test::demoLedger(dir);
    if (!ledger)
        return {};
    const ReportRepository reports(*ledger);
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
    if (!chapter)
        return {};
    int position = 0;
    for (const QString &key : {QStringLiteral("projects"), QStringLiteral("portfolio"), QStringLiteral("members")})
        if (!reports.addSection({0, 2019, *chapter, position++, SectionKind::Chart, key, {}, key, {}, {}}))
            return {};
    auto sections = reports.sections(2019);
    if (!sections)
        return {};
    for (const ReportSection &s : *sections) {
        if (s.title == QLatin1String("Vision"))
            *visionId = s.id;
        if (s.kind == SectionKind::Interview && !*interviewId)
            *interviewId = s.id;
    }
    if (!*visionId || !*interviewId)
        return {};
    return ledger;
}

// The export, read back: nothing ran, as published nor without the policy; every planted field
// reached the page as text; valid HTML5 with the policy in its head; each SVG picture clean.
void tst_WebReportAttack::checkExport(const QString &folder, qint64 svgPicture, const QStringList &fields)
{
    // A copy to look at, beside the other tests' output.
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty()) {
        const QDir copy(QDir(QString::fromLocal8Bit(out))
                            .filePath(QStringLiteral("web-attack-") + QLatin1String(QTest::currentTestFunction())));
        QDir(copy.path()).removeRecursively();
        QDir().mkpath(copy.filePath(QStringLiteral("pictures")));
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            QFile::copy(QDir(folder).filePath(name), copy.filePath(name));
        for (const QString &name : QDir(folder + QStringLiteral("/pictures")).entryList(QDir::Files))
            QFile::copy(QDir(folder).filePath(QStringLiteral("pictures/") + name),
                        copy.filePath(QStringLiteral("pictures/") + name));
    }
    const QJsonObject checked = runChecker({QStringLiteral("page"), folder});
    QVERIFY(!checked.isEmpty());
    QCOMPARE(checked.value(QLatin1String("markers")).toArray(), QJsonArray());
    QVERIFY(checked.value(QLatin1String("activated")).toBool());
    QCOMPARE(checked.value(QLatin1String("markersWithoutPolicy")).toArray(), QJsonArray());
    const QJsonObject pictures = checked.value(QLatin1String("pictures")).toObject();
    QVERIFY2(pictures.contains(QStringLiteral("picture-%1.svg").arg(svgPicture)),
             qPrintable(pictures.keys().join(u',')));
    for (auto it = pictures.constBegin(); it != pictures.constEnd(); ++it)
        QVERIFY2(it.value().toArray().isEmpty(), qPrintable(it.key()));
    QCOMPARE(checked.value(QLatin1String("unsafe")).toArray(), QJsonArray());
    QCOMPARE(checked.value(QLatin1String("parseErrors")).toArray(), QJsonArray());
    const QJsonArray policy = checked.value(QLatin1String("csp")).toArray();
    QCOMPARE(policy.size(), 1);
    QVERIFY2(policy.at(0).toString().contains(QLatin1String("default-src 'none'")),
             qPrintable(policy.at(0).toString()));
    QVERIFY(!policy.at(0).toString().contains(QLatin1String("unsafe")));
    QVERIFY(checked.value(QLatin1String("policyRemoved")).toBool());
    // Every planted text is on the page, as text: the attack reached it.
    QStringList seen;
    for (const QJsonValue &f : checked.value(QLatin1String("fieldsSeen")).toArray())
        seen << f.toString();
    for (const QString &field : fields)
        QVERIFY2(seen.contains(QStringLiteral("Felt-") + field), qPrintable(field));
}

void tst_WebReportAttack::plantedThroughTheEditorsRunsNothing()
{
    QTemporaryDir dir;
    qint64 visionId = 0;
    qint64 interviewId = 0;
    auto ledger = preparedLedger(dir, &visionId, &interviewId);
    QVERIFY(ledger);
    const ReportRepository reports(*ledger);
    auto svg = reports.addPicture({0, QStringLiteral("ondsindet.svg"), QStringLiteral("image/svg+xml"),
                                   QStringLiteral("Blå flade"), hostileSvg(QStringLiteral("editorsvg"))});
    QVERIFY(svg.ok());

    auto association = AssociationRepository(*ledger).association();
    QVERIFY(association.ok());
    association->name = corpus(QStringLiteral("association"));
    association->profitCentre = corpus(QStringLiteral("profitcentre"));
    QVERIFY(AssociationRepository(*ledger).setAssociation(*association).ok());

    auto vision = reports.section(visionId);
    QVERIFY(vision.ok() && vision->has_value());
    ReportSection text = **vision;
    text.title = corpus(QStringLiteral("title"));
    text.body = QStringLiteral("<p>Felt-body</p>") + corpus(QStringLiteral("body")) +
                QStringLiteral("<p>{{association}}</p><p><a href=\"{{association}}\">felt</a></p>"
                               "<p><img src=\"picture:%1\" alt=\"x\"></p>")
                    .arg(*svg);
    QVERIFY(reports.updateSection(text).ok());

    auto interview = reports.section(interviewId);
    QVERIFY(interview.ok() && interview->has_value());
    ReportSection person = **interview;
    person.interview.name = corpus(QStringLiteral("person"));
    person.interview.title = corpus(QStringLiteral("persontitle"));
    person.interview.municipality = corpus(QStringLiteral("personplace"));
    QVERIFY(!person.interview.answers.isEmpty());
    person.interview.answers.first() = {corpus(QStringLiteral("question")), corpus(QStringLiteral("answer"))};
    QVERIFY(reports.updateSection(person).ok());
    QVERIFY(reports.setPictureAltText(1, corpus(QStringLiteral("alttext"))).ok());
    QVERIFY(reports
                .setSignatories(2019, {{0, 2019, 0, corpus(QStringLiteral("signatory")), corpus(QStringLiteral("role")),
                                        std::nullopt}})
                .ok());

    const NoteRepository notesRepository(*ledger);
    auto notes = notesRepository.notes(2019);
    QVERIFY(notes.ok() && !notes->isEmpty());
    Note note = notes->first();
    note.title = corpus(QStringLiteral("notetitle"));
    note.text = corpus(QStringLiteral("notetext"));
    QVERIFY(notesRepository.setNote(note).ok());

    const AccountRepository accounts(*ledger);
    auto projects = accounts.projects();
    QVERIFY(projects.ok() && !projects->isEmpty());
    Project project = projects->first();
    project.name = corpus(QStringLiteral("project"));
    project.steeringGroup = corpus(QStringLiteral("steering"));
    QVERIFY(accounts.updateProject(project).ok());
    auto all = accounts.accounts();
    QVERIFY(all.ok());
    const auto operations = std::find_if(all->cbegin(), all->cend(),
                                         [](const Account &a) { return a.section == Section::Operations && a.active; });
    QVERIFY(operations != all->cend());
    Account account = *operations;
    account.name = corpus(QStringLiteral("account"));
    QVERIFY(accounts.updateAccount(account).ok());
    // The carry-over line is named in the spending chart's description.
    const auto carryOver =
        std::find_if(all->cbegin(), all->cend(), [](const Account &a) { return a.section == Section::CarryOver; });
    QVERIFY(carryOver != all->cend());
    account = *carryOver;
    account.name = corpus(QStringLiteral("carryover"));
    QVERIFY(accounts.updateAccount(account).ok());

    const MemberRepository members(*ledger);
    auto memberList = members.members();
    QVERIFY(memberList.ok() && !memberList->isEmpty());
    QVERIFY(members.renameMember(memberList->first().id, corpus(QStringLiteral("municipality"))).ok());
    const QString file = ledger->path();
    ledger.reset();

    const QString folder = dir.filePath(QStringLiteral("web"));
    QString output;
    QCOMPARE(runBinary({QStringLiteral("--db"), file, QStringLiteral("export-html"), QStringLiteral("--year"),
                        QStringLiteral("2019"), QStringLiteral("-o"), folder},
                       &output),
             0);
    checkExport(folder, *svg, plainFields + QStringList{QStringLiteral("body")});
}

namespace {

// A string as an SQL literal for the sqlite3 shell, NUL and all.
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted.replace(QChar(0), QStringLiteral("' || char(0) || '")) + QLatin1Char('\'');
}

} // namespace

void tst_WebReportAttack::plantedWithSqlRunsNothing()
{
    ANNALIST_FILE_ONLY("the sqlite3 shell writes into the file");
    QTemporaryDir dir;
    qint64 visionId = 0;
    qint64 interviewId = 0;
    auto ledger = preparedLedger(dir, &visionId, &interviewId);
    QVERIFY(ledger);
    auto notes = NoteRepository(*ledger).notes(2019);
    QVERIFY(notes.ok() && !notes->isEmpty());
    const int note = notes->first().number;
    const QString file = ledger->path();
    ledger.reset();

    const qint64 svgPicture = 900;
    const QString sql =
        QStringLiteral(
            "UPDATE association SET name = %1, profit_centre = %24;\n"
            "INSERT INTO report_pictures (id, name, mime_type, alt_text, data) "
            "VALUES (%2, 'ondsindet.svg', 'image/svg+xml', 'Blå flade', X'%3');\n"
            "UPDATE report_sections SET title = %4, body = %5 WHERE id = %6;\n"
            "UPDATE report_sections SET options = json_set(options, '$.interview.name', %7, '$.interview.title', %8, "
            "'$.interview.municipality', %9, '$.interview.answers[0].question', %10, '$.interview.answers[0].answer', "
            "%11) WHERE id = %12;\n"
            "UPDATE report_pictures SET alt_text = %13 WHERE id = 1;\n"
            "DELETE FROM report_signatories WHERE year = 2019;\n"
            "INSERT INTO report_signatories (year, position, name, role) VALUES (2019, 0, %14, %15);\n"
            "UPDATE notes SET title = %16, text = %17 WHERE year = 2019 AND number = %18;\n"
            "UPDATE projects SET name = %19, steering_group = %20 WHERE id = (SELECT min(id) FROM projects);\n"
            "UPDATE accounts SET name = %21 WHERE id = (SELECT min(id) FROM accounts WHERE section = 'operations' AND "
            "active = 1);\n"
            "UPDATE members SET municipality = %22 WHERE id = (SELECT min(id) FROM members);\n"
            "UPDATE accounts SET name = %23 WHERE section = 'carry-over'")
            .arg(literal(corpus(QStringLiteral("association"))))
            .arg(svgPicture)
            .arg(QString::fromLatin1(hostileSvg(QStringLiteral("sqlsvg")).toHex()))
            .arg(literal(corpus(QStringLiteral("title"))),
                 literal(QStringLiteral("<p>Felt-body</p>") + corpus(QStringLiteral("body")) +
                         QStringLiteral("<p>{{association}}</p><p><a href=\"{{association}}\">felt</a></p>"
                                        "<p><img src=\"picture:%1\"></p>")
                             .arg(svgPicture)))
            .arg(visionId)
            .arg(literal(corpus(QStringLiteral("person"))), literal(corpus(QStringLiteral("persontitle"))),
                 literal(corpus(QStringLiteral("personplace"))), literal(corpus(QStringLiteral("question"))),
                 literal(corpus(QStringLiteral("answer"))))
            .arg(interviewId)
            .arg(literal(corpus(QStringLiteral("alttext"))), literal(corpus(QStringLiteral("signatory"))),
                 literal(corpus(QStringLiteral("role"))), literal(corpus(QStringLiteral("notetitle"))),
                 literal(corpus(QStringLiteral("notetext"))))
            .arg(note)
            .arg(literal(corpus(QStringLiteral("project"))), literal(corpus(QStringLiteral("steering"))),
                 literal(corpus(QStringLiteral("account"))), literal(corpus(QStringLiteral("municipality"))),
                 literal(corpus(QStringLiteral("carryover"))), literal(corpus(QStringLiteral("profitcentre"))));
    // Statement by statement: all of them at once would be longer than one argument may be.
    for (const QString &statement : sql.split(QStringLiteral(";\n"))) {
        int exitCode = -1;
        const QString shell = test::sqliteShellUnaudited(file, statement, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(statement.left(200) + QStringLiteral(": ") + shell));
    }
    // The NUL bytes are in the file.
    QCOMPARE(test::sqliteShell(file, QStringLiteral("SELECT instr(CAST(body AS BLOB), X'00') > 0 FROM report_sections "
                                                    "WHERE id = %1")
                                         .arg(visionId)),
             QStringLiteral("1"));

    const QString folder = dir.filePath(QStringLiteral("web"));
    QString output;
    QCOMPARE(runBinary({QStringLiteral("--db"), file, QStringLiteral("export-html"), QStringLiteral("--year"),
                        QStringLiteral("2019"), QStringLiteral("-o"), folder},
                       &output),
             0);
    checkExport(folder, svgPicture, plainFields + QStringList{QStringLiteral("body")});
}

// The PDF reads the same texts: a field's value is text there too, never markup.
void tst_WebReportAttack::fieldValuesAreTextInThePdf()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto association = AssociationRepository(*ledger).association();
    QVERIFY(association.ok());
    association->name = QStringLiteral("Foreningen <b>Fed</b> & <i>Co</i>");
    QVERIFY(AssociationRepository(*ledger).setAssociation(*association).ok());
    auto sections = ReportRepository(*ledger).sections(2019);
    QVERIFY(sections.ok());
    const auto vision = std::find_if(sections->cbegin(), sections->cend(),
                                     [](const ReportSection &s) { return s.title == QLatin1String("Vision"); });
    QVERIFY(vision != sections->cend());
    ReportSection s = *vision;
    s.body =
        QStringLiteral("<p>Navn: {{association}}.</p><p><img src=\"/usr/share/pixmaps/debian-logo.png\">Slut.</p>");
    QVERIFY(ReportRepository(*ledger).updateSection(s).ok());
    const QString file = ledger->path();
    ledger.reset();
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString output;
    QCOMPARE(runBinary({QStringLiteral("--db"), file, QStringLiteral("export-pdf"), QStringLiteral("--year"),
                        QStringLiteral("2019"), QStringLiteral("-o"), pdf},
                       &output),
             0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(content.contains(QStringLiteral("Navn: Foreningen <b>Fed</b> & <i>Co</i>.")),
             qPrintable(content.left(4000)));
}

QTEST_MAIN(tst_WebReportAttack)
#include "tst_webreportattack.moc"
