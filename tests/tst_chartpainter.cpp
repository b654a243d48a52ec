#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ChartDataBuilder.h"
#include "ChartFactory.h"
#include "ChartPainter.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace annalist;

// The charts drawn for print: into a PDF as vectors and text, read back with poppler's tools.
class tst_ChartPainter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyChartIsTextAndVectorsInAPdf_data();
    void everyChartIsTextAndVectorsInAPdf();
    void amountAxisIsDanish();
    void seriesValuesAreTheStatements();
    void tipsCarryExactAmounts();
    void svgAndPngAreWritten();
    void unwritablePathIsReported();

private:
    ChartData chart(ChartKind kind) const;
    QString pdfOf(const ChartData &data, const QString &name) const;
    static QString run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QList<ChartData> m_charts;
};

void tst_ChartPainter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    // A second year, so that the years chart has lines to draw.
    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}).ok());
    auto s2019 = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(s2019.ok());
    QVERIFY(PostingRepository(*m_ledger)
                .add({0, 2018, QDate(2018, 6, 30), 1, s2019->linesIn(Section::Income).first().accountId, std::nullopt,
                      QStringLiteral("Tilskud"), Money::fromOre(-1100000000)})
                .ok());
    QVERIFY(PostingRepository(*m_ledger)
                .add({0, 2018, QDate(2018, 6, 30), 2, s2019->linesIn(Section::Operations).first().accountId,
                      std::nullopt, QStringLiteral("Løn"), Money::fromOre(1000000000)})
                .ok());
    auto charts = ChartDataBuilder(*m_ledger).build(*s2019);
    QVERIFY2(charts.ok(), qPrintable(charts.error().message));
    m_charts = *charts;
    for (const ChartData &c : std::as_const(m_charts))
        QVERIFY2(!c.isEmpty(), qPrintable(chartKindKey(c.kind)));
}

void tst_ChartPainter::cleanupTestCase()
{
    m_ledger.reset();
}

ChartData tst_ChartPainter::chart(ChartKind kind) const
{
    return m_charts.at(allChartKinds().indexOf(kind));
}

QString tst_ChartPainter::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One A4 page with the chart 170 mm wide and 110 mm high, as the report places it.
QString tst_ChartPainter::pdfOf(const ChartData &data, const QString &name) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0); // from here on: points
    const qreal mm = 72.0 / 25.4;
    ChartPainter::paintOnPage(data, &painter, QRectF(20 * mm, 30 * mm, 170 * mm, 110 * mm));
    painter.end();
    // Kept beside the test's build folder to look at.
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty()) {
        const QString copy =
            QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("chart-") + name + QStringLiteral(".pdf"));
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return path;
}

void tst_ChartPainter::everyChartIsTextAndVectorsInAPdf_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("spending") << int(ChartKind::Spending)
                              << QStringList{QStringLiteral("Personale"), QStringLiteral("Projects"),
                                             QStringLiteral("Overført fra 2018: -1.056.176,43")};
    QTest::newRow("projects") << int(ChartKind::Projects)
                              << QStringList{QStringLiteral("ESDH"), QStringLiteral("Bruger- og rettighedsstyring"),
                                             QStringLiteral("Budget")};
    QTest::newRow("portfolio") << int(ChartKind::Portfolio)
                               << QStringList{QStringLiteral("Analysis"), QStringLiteral("Robotics"),
                                              QStringLiteral("Fælles ressourcer")};
    QTest::newRow("members") << int(ChartKind::Members)
                             << QStringList{QStringLiteral("Greve"), QStringLiteral("Holbæk"),
                                            QStringLiteral("Vordingborg")};
    QTest::newRow("years") << int(ChartKind::Years)
                           << QStringList{QStringLiteral("2018"), QStringLiteral("2019"),
                                          QStringLiteral("Operating result")};
}

void tst_ChartPainter::everyChartIsTextAndVectorsInAPdf()
{
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    const ChartData data = chart(ChartKind(kind));
    const QString pdf = pdfOf(data, chartKindKey(data.kind));
    QVERIFY(!pdf.isEmpty());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(!text.startsWith(QLatin1String("FAILED")), qPrintable(text));
    QVERIFY2(text.contains(data.title), qPrintable(text));
    for (const QString &word : expected)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + text));
    // No picture anywhere: the header line of "pdfimages -list" and its rule, nothing else.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2);
    // The shipped font is embedded, whatever the machine has installed.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QLatin1String("DejaVuSans")), qPrintable(fonts));
}

void tst_ChartPainter::amountAxisIsDanish()
{
    const ChartData data = chart(ChartKind::Members);
    std::unique_ptr<QChart> qchart(ChartFactory::create(data, 8));
    const auto axes = qchart->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *axis = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(axis);
    QCOMPARE(qchart->locale().language(), QLocale::Danish);
    QVERIFY(qchart->localizeNumbers());
    // The labels the axis draws, in Danish: "." between thousands, no decimals.
    QStringList labels;
    for (int i = 0; i < axis->tickCount(); ++i)
        labels << ChartFactory::numberLocale().toString(
            axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1), 'f', 0);
    QVERIFY2(labels.last().contains(QRegularExpression(QStringLiteral("^\\d{1,3}(\\.\\d{3})+$"))),
             qPrintable(labels.join(QLatin1Char(' '))));
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), pdfOf(data, QStringLiteral("axis")), QStringLiteral("-")});
    for (const QString &label : std::as_const(labels))
        QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in:\n") + text));
    // The same value the English way must not be there.
    QVERIFY(!text.contains(QLocale(QLocale::English).toString(axis->max(), 'f', 0)));
}

void tst_ChartPainter::seriesValuesAreTheStatements()
{
    auto s = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(s.ok());
    // The donut drawn: its slices add up to the expenses without the carry-over, in kroner.
    std::unique_ptr<QChart> donut(ChartFactory::create(chart(ChartKind::Spending), 8));
    auto *pie = qobject_cast<QPieSeries *>(donut->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 5);
    QCOMPARE(qRound64(pie->sum() * 100), (s->expensesTotal() + Money::fromOre(105617643)).ore());
    // The project bars: each project's bar is its statement line.
    std::unique_ptr<QChart> bars(ChartFactory::create(chart(ChartKind::Projects), 8));
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().first());
    QVERIFY(series);
    QCOMPARE(series->count(), 11);
    for (int i = 0; i < series->count(); ++i) {
        QBarSet *set = series->barSets().at(i);
        const StatementLine line = s->linesIn(Section::Projects).at(i);
        QCOMPARE(set->label(), line.text);
        QCOMPARE(qRound64(set->sum() * 100), line.actual.ore());
    }
    QCOMPARE(ChartFactory::categoryLabels(chart(ChartKind::Projects)).size(), 11);
}

void tst_ChartPainter::tipsCarryExactAmounts()
{
    std::unique_ptr<QChart> donut(ChartFactory::create(chart(ChartKind::Spending), 12));
    auto *pie = qobject_cast<QPieSeries *>(donut->series().first());
    QVERIFY(pie);
    QVERIFY(pie->slices().first()->property("annalistTip").toString().contains(QLatin1String("1.541.130,23")));
    std::unique_ptr<QChart> members(ChartFactory::create(chart(ChartKind::Members), 12));
    auto *bars = qobject_cast<QAbstractBarSeries *>(members->series().first());
    QVERIFY(bars);
    const QStringList tips = bars->barSets().first()->property("annalistTips").toStringList();
    QCOMPARE(tips.size(), 12);
    QVERIFY2(tips.last().startsWith(QLatin1String("Greve")), qPrintable(tips.last())); // the top row
    QVERIFY(tips.last().contains(chart(ChartKind::Members).series.first().values.first().toDanish()));
}

void tst_ChartPainter::svgAndPngAreWritten()
{
    const ChartData data = chart(ChartKind::Projects);
    const QString svgPath = m_dir.filePath(QStringLiteral("projects.svg"));
    QVERIFY(ChartPainter::saveSvg(data, svgPath, QSize(640, 400), 12).ok());
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svg.readAll());
    QVERIFY(svgText.contains(QLatin1String("<svg")));
    QVERIFY(svgText.contains(QLatin1String("ESDH")));
    QVERIFY(!svgText.contains(QLatin1String("<image")));
    const QString pngPath = m_dir.filePath(QStringLiteral("projects.png"));
    QVERIFY(ChartPainter::savePng(data, pngPath, QSize(640, 400), 12).ok());
    QImage png(pngPath);
    QCOMPARE(png.size(), QSize(1280, 800));
    // Not blank: the bars and text leave many pixels that are not white.
    int inked = 0;
    for (int y = 0; y < png.height(); y += 4)
        for (int x = 0; x < png.width(); x += 4)
            inked += png.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    QVERIFY2(inked > 1000, qPrintable(QString::number(inked)));
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty()) {
        for (const ChartData &c : std::as_const(m_charts))
            QVERIFY(ChartPainter::savePng(
                        c,
                        QDir(QString::fromLocal8Bit(out))
                            .filePath(QStringLiteral("chart-") + chartKindKey(c.kind) + QStringLiteral(".png")),
                        QSize(480, 420), 13)
                        .ok());
    }
}

void tst_ChartPainter::unwritablePathIsReported()
{
    const Status saved = ChartPainter::savePng(chart(ChartKind::Members), QStringLiteral("/nonexistent/dir/chart.png"),
                                               QSize(300, 200), 10);
    QVERIFY(!saved.ok());
    QCOMPARE(int(saved.error().kind), int(ErrorKind::Io));
    QVERIFY2(saved.error().message.contains(QLatin1String("/nonexistent/dir/chart.png")),
             qPrintable(saved.error().message));
}

QTEST_MAIN(tst_ChartPainter)
#include "tst_chartpainter.moc"
