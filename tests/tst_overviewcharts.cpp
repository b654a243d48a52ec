#include "AddPostingCommand.h"
#include "AssociationRepository.h"
#include "ChartView.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "Settings.h"
#include "StatementBuilder.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

// The charts on the Overview, as the board uses them: they show the year, follow every edit, tell
// the exact amount under the pointer, and are saved or copied from their context menu.
class tst_OverviewCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheYearsCharts();
    void followsEdits();
    void yearsChartAppearsWithASecondYear();
    void hoverShowsTheExactAmount();
    void contextMenuOffersSaveAndCopy();
    void savesPngAndSvgThroughTheDialog();
    void copiesPictureAndSvg();
    void savesScreenshot();

private:
    ChartView *view(ChartKind kind) const { return m_overview->chartView(kind); }
    Statement statement(int year = 2019) const;
    qint64 accountOf(const QString &line) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    OverviewView *m_overview = nullptr;
};

void tst_OverviewCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_overviewcharts"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_OverviewCharts::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_overview = qobject_cast<OverviewView *>(m_window->page(MainWindow::Overview));
    QVERIFY(m_overview);
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->showPage(MainWindow::Overview);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("No errors")));
    QTRY_VERIFY(!view(ChartKind::Spending)->data().isEmpty());
}

void tst_OverviewCharts::cleanup()
{
    m_window.reset();
    m_session.reset();
}

Statement tst_OverviewCharts::statement(int year) const
{
    auto built = StatementBuilder(*m_session->ledger()).build(year);
    return built ? *built : Statement();
}

qint64 tst_OverviewCharts::accountOf(const QString &line) const
{
    for (const StatementLine &l : statement().lines)
        if (l.text == line)
            return l.accountId;
    return 0;
}

void tst_OverviewCharts::showsTheYearsCharts()
{
    const Statement s = statement();
    QCOMPARE(m_overview->chartViews().size(), allChartKinds().size());
    for (ChartKind kind : {ChartKind::Spending, ChartKind::Projects, ChartKind::Portfolio, ChartKind::Members}) {
        QVERIFY(view(kind)->isVisible());
        QCOMPARE(view(kind)->data().year, 2019);
        QCOMPARE(view(kind)->chart()->title(), view(kind)->data().title);
    }
    // One year in the books: no years chart yet.
    QVERIFY(!view(ChartKind::Years)->isVisible());
    // The donut and the statement agree to the øre: slices plus the carry-over are the expenses.
    QCOMPARE(view(ChartKind::Spending)->data().seriesTotal(0) + Money::fromOre(-105617643), s.expensesTotal());
    QCOMPARE(view(ChartKind::Members)->data().seriesTotal(0), -s.incomeTotal());
    // The key figures stand above the charts.
    QVERIFY(m_overview->keyFiguresText().contains(QLatin1String("-322.748,08")));
}

void tst_OverviewCharts::followsEdits()
{
    const Money before = view(ChartKind::Spending)->data().series.at(0).values.at(0); // Personale
    QCOMPARE(before, Money::fromOre(154113023));
    const qint64 staff = accountOf(QStringLiteral("Personale"));
    QVERIFY(staff);
    QVERIFY(m_session
                ->execute(std::make_unique<AddPostingCommand>(
                    m_session.get(), Posting{0, 2019, QDate(2019, 12, 31), 0, staff, std::nullopt,
                                             QStringLiteral("Efterregulering"), Money::fromOre(100000)}))
                .ok());
    QTRY_COMPARE(view(ChartKind::Spending)->data().series.at(0).values.at(0), Money::fromOre(154213023));
    // What the chart draws follows too: the first slice of the donut, in kroner.
    QTRY_VERIFY(view(ChartKind::Spending)->chart()->series().size() == 1);
    m_session->undoStack()->undo();
    QTRY_COMPARE(view(ChartKind::Spending)->data().series.at(0).values.at(0), before);
}

void tst_OverviewCharts::yearsChartAppearsWithASecondYear()
{
    QVERIFY(AssociationRepository(*m_session->ledger())
                .addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}})
                .ok());
    const qint64 income = accountOf(QStringLiteral("Kommunalt basistilskud"));
    QVERIFY(m_session
                ->execute(std::make_unique<AddPostingCommand>(
                    m_session.get(), Posting{0, 2018, QDate(2018, 6, 30), 0, income, std::nullopt,
                                             QStringLiteral("Tilskud 2018"), Money::fromOre(-1000000000)}))
                .ok());
    QTRY_VERIFY(view(ChartKind::Years)->isVisible());
    const ChartData years = view(ChartKind::Years)->data();
    QCOMPARE(years.categories, QStringList({QStringLiteral("2018"), QStringLiteral("2019")}));
    QCOMPARE(years.series.at(0).values.at(0), Money::fromOre(-1000000000));
    QCOMPARE(years.series.at(2).values.at(1), Money::fromOre(-32274808));
    QCOMPARE(view(ChartKind::Years)->chart()->series().size(), 3);
}

void tst_OverviewCharts::hoverShowsTheExactAmount()
{
    ChartView *members = view(ChartKind::Members);
    // Scrolled into view, as the user would.
    auto *scroll = m_overview->findChild<QScrollArea *>(QStringLiteral("charts"));
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(members->y());
    QTRY_VERIFY(members->mapTo(m_window.get(), QPoint(0, members->height())).y() <= m_window->height());
    QChart *chart = members->chart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    QVERIFY(bars);
    // The middle of the top bar (the first member, Greve), as the pointer would reach it.
    const ChartData &data = members->data();
    const double greve = double(data.series.at(0).values.at(0).ore()) / 100.0;
    const int topRow = int(data.categories.size()) - 1;
    const QPointF inChart = chart->mapToPosition(QPointF(greve / 2, topRow), bars);
    const QPoint inView = members->mapFromScene(chart->mapToScene(inChart));
    // The pointer enters the chart and comes to rest on the bar.
    QTest::mouseMove(members->viewport(), inView - QPoint(8, 0));
    QTest::mouseMove(members->viewport(), inView);
    QTRY_VERIFY2(members->currentTip().startsWith(QLatin1String("Greve")), qPrintable(members->currentTip()));
    QVERIFY(members->currentTip().contains(data.series.at(0).values.at(0).toDanish()));
    // Away from the bars, the tip goes.
    QTest::mouseMove(members->viewport(), QPoint(members->width() - 3, 3));
    QTRY_VERIFY(members->currentTip().isEmpty());
}

void tst_OverviewCharts::contextMenuOffersSaveAndCopy()
{
    ChartView *spending = view(ChartKind::Spending);
    spending->setFocus();
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QStringList texts;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, QStringList({QStringLiteral("Save as &PNG..."), QStringLiteral("Save as &SVG..."),
                                     QStringLiteral("&Copy")}));
        menu->close();
    });
    // From the keyboard (the menu key), as from the mouse.
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(10, 10), spending->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(spending, &event);
}

void tst_OverviewCharts::savesPngAndSvgThroughTheDialog()
{
    ChartView *projects = view(ChartKind::Projects);
    const QString png = m_dir.filePath(QStringLiteral("projects"));
    auto pngDialog = test::answerNextFileDialog(png);
    projects->savePngAction()->trigger();
    QVERIFY(pngDialog.wait());
    QTRY_VERIFY(QFile::exists(png + QStringLiteral(".png"))); // the suffix is added when left out
    QImage picture(png + QStringLiteral(".png"));
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() >= 2 * projects->width());

    const QString svg = m_dir.filePath(QStringLiteral("projects.svg"));
    auto svgDialog = test::answerNextFileDialog(svg);
    projects->saveSvgAction()->trigger();
    QVERIFY(svgDialog.wait());
    QTRY_VERIFY(QFile::exists(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<svg")));
    QVERIFY(text.contains(projects->data().title));
    QVERIFY(text.contains(QLatin1String("ESDH")));
    // The next dialog opens in the folder used last.
    QCOMPARE(QDir(Settings::chartFolder()).canonicalPath(), QDir(m_dir.path()).canonicalPath());
}

void tst_OverviewCharts::copiesPictureAndSvg()
{
    ChartView *portfolio = view(ChartKind::Portfolio);
    QApplication::clipboard()->clear();
    portfolio->setFocus();
    QTRY_VERIFY(portfolio->hasFocus());
    QTest::keyClick(portfolio, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QVERIFY(!qvariant_cast<QImage>(mime->imageData()).isNull());
    const QString svg = QString::fromUtf8(mime->data(QStringLiteral("image/svg+xml")));
    QVERIFY(svg.contains(QLatin1String("<svg")));
    QVERIFY(svg.contains(QLatin1String("Robotics")));
}

void tst_OverviewCharts::savesScreenshot()
{
    m_window->resize(1280, 800);
    QTest::qWait(50);
    const QDir out(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()));
    QVERIFY(m_window->grab().save(out.filePath(QStringLiteral("overview-charts.png"))));
    m_window->resize(1920, 1080);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(out.filePath(QStringLiteral("overview-charts-wide.png"))));
}

QTEST_MAIN(tst_OverviewCharts)
#include "tst_overviewcharts.moc"
