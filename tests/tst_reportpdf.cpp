#include "AuditTrail.h"
#include "MemberRepository.h"
#include "ReportInput.h"
#include "ReportLayout.h"
#include "ReportPdfWriter.h"
#include "ReportRepository.h"
#include "Validator.h"
#include "YearClosing.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The annual report of the demo ledger as a PDF, read back with poppler's tools as a reader would.
class tst_ReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statementFiguresAreDanish();
    void everyChapterIsThere();
    void contentsPointAtTheRightPages();
    void coverHeaderAndFooter();
    void pageCountIsTheLayouts();
    void fontsAreEmbedded();
    void chartsAndPicturesAreNoPictures();
    void documentProperties();
    void reportIsDanishWhateverTheInterface();
    void fieldComesOutAsTheLedgersFigure();
    void staleTypedFigureIsReported();
    void failureAndCancelLeaveThePreviousFile();
    void longTableRepeatsItsHeader();
    void signOffCarriesTheTrailsHeadOnceClosed();

private:
    static QString run(const QString &program, const QStringList &arguments);
    // The text of the whole PDF or of one page, normalised (Qt's PDFs may carry ligatures).
    static QString text(const QString &pdf, int page = 0);
    std::unique_ptr<ReportLayout> layoutNow() const;
    qint64 sectionTitled(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<ReportLayout> m_layout;
    QString m_pdf;
};

void tst_ReportPdf::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    m_layout = layoutNow();
    QVERIFY(m_layout);
    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QElapsedTimer clock;
    clock.start();
    const Status written = ReportPdfWriter::write(*m_layout, m_pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    qInfo("Wrote %d pages in %lld ms", m_layout->pageCount(), qint64(clock.elapsed()));
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty()) {
        const QString copy = QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("report-2019.pdf"));
        QFile::remove(copy);
        QFile::copy(m_pdf, copy);
    }
}

void tst_ReportPdf::cleanupTestCase()
{
    m_layout.reset();
    m_ledger.reset();
}

std::unique_ptr<ReportLayout> tst_ReportPdf::layoutNow() const
{
    auto input = ReportInput::gather(*m_ledger, 2019);
    if (!input) {
        qWarning("%s", qPrintable(input.error().message));
        return {};
    }
    return std::make_unique<ReportLayout>(std::move(*input));
}

qint64 tst_ReportPdf::sectionTitled(const QString &title) const
{
    for (const OutlineEntry &e : m_layout->input().document.outline)
        if (e.section.title == title)
            return e.section.id;
    return 0;
}

QString tst_ReportPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString tst_ReportPdf::text(const QString &pdf, int page)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args).normalized(QString::NormalizationForm_KC);
}

void tst_ReportPdf::statementFiguresAreDanish()
{
    const QString all = text(m_pdf);
    for (const char *figure : {"-11.717.709,00", "11.394.960,92", "-322.748,08", "1.541.130,23", "-1.056.176,43"})
        QVERIFY2(all.contains(QLatin1String(figure)), figure);
    // The statement as published: its column headings and its last line.
    const int page = m_layout->pageOf(sectionTitled(QStringLiteral("Resultatopgørelse")));
    QVERIFY(page > 0);
    const QString statementPage = text(m_pdf, page);
    for (const QString &word : {QStringLiteral("Indtægter"), QStringLiteral("Udgifter"), QStringLiteral("Afvigelser"),
                                QStringLiteral("Projekter:"), QStringLiteral("I alt")})
        QVERIFY2(statementPage.contains(word), qPrintable(word));
    QVERIFY(statementPage.contains(QRegularExpression(QStringLiteral("6\\s+Driftsresultat 2019\\s+-322\\.748,08"))));
    // An amount right-aligned: the line of the staff ends in its amounts.
    QVERIFY(statementPage.contains(
        QRegularExpression(QStringLiteral("Personale\\s+1\\.541\\.130,23\\s+1\\.541\\.130,23\\n"))));
}

void tst_ReportPdf::everyChapterIsThere()
{
    const QString all = text(m_pdf);
    int chapters = 0;
    for (const OutlineEntry &e : m_layout->input().document.outline) {
        if (e.section.kind == SectionKind::PageBreak)
            continue;
        QVERIFY2(all.contains(e.number + QStringLiteral("  ") + e.section.title) ||
                     all.contains(e.number + QLatin1Char(' ') + e.section.title),
                 qPrintable(e.number + QLatin1Char(' ') + e.section.title));
        chapters += e.depth == 0 ? 1 : 0;
    }
    QCOMPARE(chapters, 7);
    QVERIFY(all.contains(QStringLiteral("Ledelsespåtegning")));
}

void tst_ReportPdf::contentsPointAtTheRightPages()
{
    const auto contents = m_layout->contents();
    QVERIFY(contents.size() >= 8);
    const QString toc = text(m_pdf, 2);
    QVERIFY(toc.contains(QStringLiteral("Indhold")));
    int previous = 0;
    for (const ReportLayout::ContentsLine &line : contents) {
        // "N Title ...... page": the page number last on the line.
        const QString pattern = QStringLiteral("%1\\s+%2[\\s.]+%3\\n")
                                    .arg(QRegularExpression::escape(line.number),
                                         QRegularExpression::escape(line.title), QString::number(line.page));
        QVERIFY2(toc.contains(QRegularExpression(pattern)), qPrintable(pattern + QStringLiteral("\n") + toc));
        // The page it names is the PDF's own page, and the heading is on it.
        const QString page = text(m_pdf, line.page);
        QVERIFY2(page.contains(line.title),
                 qPrintable(QStringLiteral("%1 not on page %2").arg(line.title).arg(line.page)));
        QVERIFY(line.page >= previous);
        previous = line.page;
    }
    // Chapters start on a page of their own: the chapter's heading comes first on its page.
    for (const ReportLayout::ContentsLine &line : contents) {
        if (line.depth != 0 || line.number.isEmpty())
            continue;
        const QStringList lines = text(m_pdf, line.page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(1).trimmed().startsWith(line.number), qPrintable(lines.at(1)));
    }
}

void tst_ReportPdf::coverHeaderAndFooter()
{
    const QString cover = text(m_pdf, 1);
    QVERIFY(cover.contains(QStringLiteral("Årsberetning 2019")));
    QVERIFY(cover.contains(QStringLiteral("DIGIT, Digitaliseringsforening Sjælland")));
    QVERIFY(!cover.contains(QStringLiteral("Side 1")));
    for (int page = 2; page <= m_layout->pageCount(); ++page) {
        const QString t = text(m_pdf, page);
        QVERIFY2(t.contains(QStringLiteral("Side %1").arg(page)), qPrintable(QString::number(page)));
        QVERIFY(t.contains(QStringLiteral("Årsberetning 2019")));
    }
}

void tst_ReportPdf::pageCountIsTheLayouts()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    QCOMPARE(pages.captured(1).toInt(), m_layout->pageCount());
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842"))));
}

void tst_ReportPdf::fontsAreEmbedded()
{
    const QStringList rows = run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() > 2);
    for (const QString &row : rows.mid(2)) {
        QVERIFY2(row.startsWith(QLatin1String("DejaVuSans")), qPrintable(row));
        QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))),
                 qPrintable(row)); // the "emb" column says yes
    }
}

void tst_ReportPdf::chartsAndPicturesAreNoPictures()
{
    // The spending chart's words are text on its page...
    const int page = m_layout->pageOf(sectionTitled(QStringLiteral("Udgifternes fordeling")));
    QVERIFY(text(m_pdf, page).contains(QStringLiteral("Hvor pengene gik hen 2019")));
    // ...and neither the charts nor the drawn organisation chart and portraits are raster images.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf});
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(text(m_pdf).contains(QStringLiteral("Generalforsamling")));
}

void tst_ReportPdf::documentProperties()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Årsberetning 2019"))), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Author:\\s+DIGIT, Digitaliseringsforening Sjælland"))));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+Årsberetning og regnskab 2019"))));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Annalist 0\\.1\\.0"))));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), m_pdf});
    QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    QVERIFY(meta.contains(QStringLiteral("DIGIT, Digitaliseringsforening Sjælland")));
}

void tst_ReportPdf::reportIsDanishWhateverTheInterface()
{
    // The test runs with the interface in English; the report's words are Danish all the same.
    const QString all = text(m_pdf);
    for (const QString &word :
         {QStringLiteral("Indhold"), QStringLiteral("Noter"), QStringLiteral("Side 3"),
          QStringLiteral("Hvor pengene gik hen 2019"), QStringLiteral("Vist for sig: Overført fra 2018")})
        QVERIFY2(all.contains(word), qPrintable(word));
    for (const QString &english : {QStringLiteral("Where the money went"), QStringLiteral("Contents"),
                                   QStringLiteral("Page 3"), QStringLiteral("DKK")})
        QVERIFY2(!all.contains(english), qPrintable(english));
}

void tst_ReportPdf::fieldComesOutAsTheLedgersFigure()
{
    const ReportRepository reports(*m_ledger);
    auto section = reports.section(sectionTitled(QStringLiteral("Vision")));
    QVERIFY(section.ok() && section->has_value());
    ReportSection s = **section;
    s.body = QStringLiteral("<p>Årets resultat blev {{result}} kr. for {{members.count}} kommuner.</p>");
    QVERIFY(reports.updateSection(s).ok());
    auto layout = layoutNow();
    QVERIFY(layout);
    const QString path = m_dir.filePath(QStringLiteral("fields.pdf"));
    QVERIFY(ReportPdfWriter::write(*layout, path).ok());
    QVERIFY(text(path).contains(QStringLiteral("Årets resultat blev -322.748,08 kr. for 12 kommuner.")));
}

void tst_ReportPdf::staleTypedFigureIsReported()
{
    const ReportRepository reports(*m_ledger);
    auto section = reports.section(sectionTitled(QStringLiteral("Strategiske mål")));
    QVERIFY(section.ok() && section->has_value());
    ReportSection s = **section;
    s.body = QStringLiteral("<p>Resultatet blev -322.748,09 kr.</p>"); // one øre off: typed, not a field
    QVERIFY(reports.updateSection(s).ok());
    auto findings = Validator(*m_ledger).validate(2019);
    QVERIFY(findings.ok());
    const auto stale = std::find_if(findings->cbegin(), findings->cend(),
                                    [](const Finding &f) { return f.ruleId == QLatin1String("REPORT-STALE"); });
    QVERIFY(stale != findings->cend());
    QCOMPARE(stale->location.id, s.id);
    QVERIFY(stale->message.contains(QStringLiteral("-322.748,09")));
}

void tst_ReportPdf::failureAndCancelLeaveThePreviousFile()
{
    // An unwritable place: reported as an I/O error naming the file.
    const Status refused = ReportPdfWriter::write(*m_layout, QStringLiteral("/nonexistent/folder/report.pdf"));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().kind), int(ErrorKind::Io));
    QVERIFY(refused.error().message.contains(QStringLiteral("/nonexistent/folder/report.pdf")));
    // Cancelled halfway: the previous file stays byte for byte, and no temporary file is left.
    QFile before(m_pdf);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();
    int pagesSeen = 0;
    const Status cancelled = ReportPdfWriter::write(*m_layout, m_pdf, [&pagesSeen](int done, int total) {
        pagesSeen = done;
        return done < total / 2;
    });
    QVERIFY(!cancelled.ok());
    QVERIFY(pagesSeen > 0 && pagesSeen < m_layout->pageCount());
    QFile after(m_pdf);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), old);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("report.pdf*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ReportPdf::longTableRepeatsItsHeader()
{
    // Ninety members: their table runs over more than one page.
    const MemberRepository members(*m_ledger);
    for (int i = 1; i <= 90; ++i) {
        auto id = members.addMember(QStringLiteral("Testkommune %1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(id.ok());
        QVERIFY(members.setContribution(*id, 2019, Money::fromOre(100000 + i)).ok());
    }
    auto layout = layoutNow();
    QVERIFY(layout);
    const QString path = m_dir.filePath(QStringLiteral("members.pdf"));
    QVERIFY(ReportPdfWriter::write(*layout, path).ok());
    int pagesWithRows = 0;
    for (int page = 1; page <= layout->pageCount(); ++page) {
        const QString t = text(path, page);
        if (!t.contains(QStringLiteral("Testkommune")))
            continue;
        ++pagesWithRows;
        // Every page of the table starts with its header, and no row is cut: each row line has its amount.
        QVERIFY2(t.contains(QRegularExpression(QStringLiteral("Kommune\\s+Basistilskud 2019"))), qPrintable(t));
        const auto rows = QRegularExpression(QStringLiteral("Testkommune \\d\\d[^\\n]*")).globalMatch(t);
        for (auto it = rows; it.hasNext();) {
            const QString row = it.next().captured(0);
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("1\\.0\\d\\d,\\d\\d$"))), qPrintable(row));
        }
    }
    QVERIFY2(pagesWithRows >= 2, qPrintable(QString::number(pagesWithRows)));
    QVERIFY(text(path).contains(QStringLiteral("Testkommune 90")));
}

// Closing the year signs the report and prints the audit trail's head on the sign-off page, the
// same hash as the closing receipt, so that a rewritten trail can be caught against the paper.
void tst_ReportPdf::signOffCarriesTheTrailsHeadOnceClosed()
{
    const QString open = text(m_pdf);
    QVERIFY(!open.contains(QStringLiteral("Revisionssporets hoved")));

    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    auto receipt = YearClosing(*ledger).close(
        2019, {QStringLiteral("Karen Holm Sørensen, Formand"), QStringLiteral("Lise Bech Nielsen, Revisor")},
        QDateTime(QDate(2020, 3, 12), QTime(10, 0), Qt::UTC));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    QCOMPARE(receipt->auditHead.size(), 64);
    // A later change moves the trail's head on; the report keeps the head of the closing.
    QVERIFY(AuditTrail(*ledger)
                .record(QStringLiteral("update"), QStringLiteral("association"), QStringLiteral("1"), {},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})
                .ok());
    QVERIFY(*AuditTrail(*ledger).headHash() != receipt->auditHead);

    auto input = ReportInput::gather(*ledger, 2019);
    QVERIFY2(input.ok(), qPrintable(input.error().message));
    QCOMPARE(input->auditHead, receipt->auditHead);
    ReportLayout layout(std::move(*input));
    const QString pdf = dir.filePath(QStringLiteral("closed.pdf"));
    QVERIFY(ReportPdfWriter::write(layout, pdf).ok());
    const QString lastPage = text(pdf, layout.pageCount());
    QVERIFY2(lastPage.contains(QStringLiteral("Ledelsespåtegning")), qPrintable(lastPage));
    QVERIFY2(lastPage.contains(QStringLiteral("Revisionssporets hoved ved årsafslutningen")), qPrintable(lastPage));
    QVERIFY2(lastPage.contains(receipt->auditHead), qPrintable(lastPage));
    QVERIFY(lastPage.contains(QStringLiteral("Dato: 12.3.2020")));
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
