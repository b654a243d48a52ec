#include "AssociationRepository.h"
#include "ChoiceSectionEditor.h"
#include "InterviewEditor.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "ReportInput.h"
#include "ReportLayout.h"
#include "ReportOutput.h"
#include "ReportPreview.h"
#include "ReportRepository.h"
#include "ReportTreeModel.h"
#include "ReportView.h"
#include "TextSectionEditor.h"
#include "ValidationMonitor.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

using namespace annalist;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

// The Report page inside the main window, driven by the keyboard: writing a section's text with
// formatting and live fields, the preview that follows, reordering, the jump from a finding, and
// the PDF export and printing.
class tst_ReportEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesBoldTextAndAFieldWithUndo();
    void keepsListsLinksAndPicturesThroughTheStoredHtml();
    void insertingAPictureIsOneStep();
    void choosingAPortraitIsOneStep();
    void picturesNothingShowsGoWhenTheLedgerCloses();
    void previewShowsThePagesAndJumpsToTheSection();
    void reordersByKeyboard();
    void addsAndRemovesByKeyboardWithUndo();
    void findingSelectsTheSection();
    void choosesAChartWithUndo();
    void exportsThePdf();
    void cancelledExportLeavesTheOldFile();
    void printsTheSamePages();
    void savesScreenshot();

private:
    qint64 idOf(const QString &title) const;
    // What the sqlite3 shell prints for the SQL on the ledger file.
    QString shell(const QString &sql) const;
    // A PNG file of its own in the test's folder.
    QString pngFile(const QString &name, const QColor &colour) const;
    ReportSection stored(qint64 id) const;
    std::unique_ptr<ReportLayout> freshLayout() const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    ReportView *m_view = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ReportEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reporteditor"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_ReportEditor::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_view = qobject_cast<ReportView *>(m_window->page(MainWindow::Report));
    QVERIFY(m_view);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Report);
    QTRY_VERIFY(m_view->tree()->hasFocus());
    QCOMPARE(m_view->model()->rowCount(), 7);
}

void tst_ReportEditor::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_session.reset();
}

qint64 tst_ReportEditor::idOf(const QString &title) const
{
    const auto sections = ReportRepository(*m_session->ledger()).sections(2019);
    for (const ReportSection &s : *sections)
        if (s.title == title)
            return s.id;
    return 0;
}

QString tst_ReportEditor::shell(const QString &sql) const
{
    int exitCode = -1;
    const QString out = test::sqliteShell(m_dir.filePath(QStringLiteral("demo.annalist")), sql, &exitCode);
    if (exitCode != 0)
        qWarning("sqlite3 failed (%d): %s", exitCode, qPrintable(out));
    return out;
}

QString tst_ReportEditor::pngFile(const QString &name, const QColor &colour) const
{
    const QString path = m_dir.filePath(name);
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(colour);
    if (!image.save(path))
        qWarning("%s cannot be written", qPrintable(path));
    return path;
}

ReportSection tst_ReportEditor::stored(qint64 id) const
{
    return **ReportRepository(*m_session->ledger()).section(id);
}

std::unique_ptr<ReportLayout> tst_ReportEditor::freshLayout() const
{
    auto input = ReportInput::gather(*m_session->ledger(), 2019);
    if (!input)
        return {};
    return std::make_unique<ReportLayout>(std::move(*input));
}

void tst_ReportEditor::writesBoldTextAndAFieldWithUndo()
{
    const qint64 vision = idOf(QStringLiteral("Vision"));
    const QString original = stored(vision).body;
    QVERIFY(m_view->selectSection(vision));
    QCOMPARE(m_view->currentEditor(), m_view->textEditor());
    QTextEdit *edit = m_view->textEditor()->textEdit();
    QCOMPARE(edit->toPlainText(), QTextDocumentFragment::fromHtml(original).toPlainText());

    QTest::keyClick(m_view->tree(), Qt::Key_Tab);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Resultatet er "));
    QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("meget godt"));
    QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral(": "));
    // The field picker lists the ledger's fields with their descriptions.
    QMenu *fields = m_view->textEditor()->fieldMenu();
    fields->popup(edit->mapToGlobal(QPoint(10, 10)));
    QTRY_VERIFY(fields->isVisible());
    QAction *result = nullptr;
    for (QAction *a : fields->actions())
        if (a->data().toString() == QLatin1String("result"))
            result = a;
    QVERIFY(result);
    QVERIFY(result->toolTip().contains(QLatin1String("operating result")));
    QVERIFY(result->text().contains(QLatin1String("-322.748,08")));
    result->trigger();
    fields->hide();
    // The offscreen platform leaves the window inactive after a popup, where a desktop would not.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral(" kr."));
    // Still being typed: nothing written yet.
    QCOMPARE(stored(vision).body, original);

    // Leaving the editor writes the text as one step.
    QTest::keyClick(edit, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_VERIFY(!edit->hasFocus());
    const QString body = stored(vision).body;
    QVERIFY2(body.contains(QLatin1String("<b>meget godt</b>")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("Resultatet er <b>meget godt</b>: {{result}} kr.")), qPrintable(body));
    QVERIFY2(!body.contains(QLatin1String("font-family")), qPrintable(body));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit section Vision"));
    const int steps = m_session->undoStack()->count();

    // The preview follows: the field is filled in on the page.
    QTRY_VERIFY(m_view->preview()->layout() &&
                m_view->preview()->layout()->input().document.entry(vision)->section.body == body);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(vision).body, original);
    QCOMPARE(edit->toPlainText(), QTextDocumentFragment::fromHtml(original).toPlainText());
    QCOMPARE(m_session->undoStack()->count(), steps);
    QCOMPARE(m_session->undoStack()->index(), steps - 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(vision).body, body);
    QVERIFY(edit->toPlainText().contains(QLatin1String("Resultatet er meget godt: {{result}} kr.")));
}

void tst_ReportEditor::keepsListsLinksAndPicturesThroughTheStoredHtml()
{
    const qint64 organisation = idOf(QStringLiteral("Organisation"));
    QVERIFY(m_view->selectSection(organisation));
    QTextEdit *edit = m_view->textEditor()->textEdit();
    // The demo's organisation chart is a picture in the ledger, shown in the editor from its resource.
    QVERIFY(stored(organisation).pictureIds().size() == 1);
    const QString url = QStringLiteral("picture:%1").arg(stored(organisation).pictureIds().constFirst());
    QVERIFY(!edit->document()->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>().isNull());

    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(edit, QStringLiteral("Første punkt"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier); // italic here, not Import Postings
    QTest::keyClicks(edit, QStringLiteral("Andet punkt"));
    QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
    // A picture from a file, stored in the ledger with its alternative text.
    const QString png = m_dir.filePath(QStringLiteral("logo.png"));
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkCyan);
    QVERIFY(logo.save(png));
    QVERIFY(m_view->textEditor()->insertPicture(png, QStringLiteral("Foreningens logo")));
    m_view->textEditor()->commit();
    const QString body = stored(organisation).body;
    QVERIFY2(body.contains(QStringLiteral("<ul>\n<li>Første punkt</li>\n<li><i>Andet punkt</i>")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("alt=\"Foreningens logo\"")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("<img src=\"%1\"").arg(url)), qPrintable(body)); // the chart kept
    QCOMPARE(stored(organisation).pictureIds().size(), 2);
    const auto picture = ReportRepository(*m_session->ledger()).picture(stored(organisation).pictureIds().last());
    QCOMPARE((*picture)->altText, QStringLiteral("Foreningens logo"));
    QCOMPARE((*picture)->mimeType, QStringLiteral("image/png"));
    // Reading the stored body back and writing it again changes nothing.
    QTextDocument again;
    again.setHtml(body);
    m_view->selectSection(idOf(QStringLiteral("Vision")));
    m_view->selectSection(organisation);
    QCOMPARE(m_view->textEditor()->html(), body);
}

void tst_ReportEditor::insertingAPictureIsOneStep()
{
    const qint64 vision = idOf(QStringLiteral("Vision"));
    QVERIFY(m_view->selectSection(vision));
    QTextEdit *edit = m_view->textEditor()->textEdit();
    QUndoStack *stack = m_session->undoStack();
    const QString pictures = shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures"));

    // Typed, then a picture inserted in the same sitting: the typing is one step, the picture the next.
    QTest::keyClick(m_view->tree(), Qt::Key_Tab);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Logoet: "));
    const int steps = stack->count();
    QVERIFY(m_view->textEditor()->insertPicture(pngFile(QStringLiteral("logo.png"), Qt::darkCyan),
                                                QStringLiteral("Foreningens logo")));
    QCOMPARE(stack->count(), steps + 2);
    QCOMPARE(stack->text(steps), QStringLiteral("Edit section Vision"));
    QCOMPARE(stack->undoText(), QStringLiteral("Insert picture logo.png in section Vision"));
    const QList<qint64> shown = stored(vision).pictureIds();
    QCOMPARE(shown.size(), 1);
    const qint64 id = shown.first();
    const QString withPicture = stored(vision).body;
    QVERIFY2(withPicture.contains(QStringLiteral("Logoet: <img src=\"picture:%1\" alt=\"Foreningens logo\"/>").arg(id)),
             qPrintable(withPicture));
    const QString row =
        QStringLiteral("SELECT id, name, alt_text, hex(data) FROM report_pictures WHERE id = %1").arg(id);
    const QString picture = shell(row);
    QVERIFY2(picture.startsWith(QStringLiteral("%1|logo.png|Foreningens logo|89504E47").arg(id)), qPrintable(picture));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures")), QString::number(pictures.toInt() + 1));

    // Undo takes back the picture and the text that shows it, and nothing else.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(vision).body,
             QString(withPicture).remove(QStringLiteral("<img src=\"picture:%1\" alt=\"Foreningens logo\"/>").arg(id)));
    QVERIFY(stored(vision).pictureIds().isEmpty());
    QCOMPARE(shell(row), QString());
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures")), pictures);
    QVERIFY(!m_view->textEditor()->html().contains(QLatin1String("<img")));
    QCOMPARE(stack->index(), steps + 1);

    // Redo brings both back: the same picture under the same id, shown in the editor again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(vision).body, withPicture);
    QCOMPARE(shell(row), picture);
    QCOMPARE(m_view->textEditor()->html(), withPicture);
    QVERIFY(!edit->document()
                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("picture:%1").arg(id)))
                 .value<QImage>()
                 .isNull());

    // Undone again and something else done instead: the picture stays out.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shell(row), QString());
    QVERIFY(m_view->selectSection(idOf(QStringLiteral("Organisation"))));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Ny indledning. "));
    m_view->textEditor()->commit();
    QVERIFY(!stack->canRedo());
    QCOMPARE(shell(row), QString());
}

void tst_ReportEditor::choosingAPortraitIsOneStep()
{
    const qint64 interview = idOf(QStringLiteral("Fælles udbud sparer tid"));
    QVERIFY(interview);
    const auto oldPortrait = stored(interview).interview.portraitId;
    QVERIFY(oldPortrait);
    QVERIFY(m_view->selectSection(interview));
    QCOMPARE(m_view->currentEditor(), m_view->interviewEditor());
    QUndoStack *stack = m_session->undoStack();
    const int steps = stack->count();
    QVERIFY(m_view->interviewEditor()->setPortrait(pngFile(QStringLiteral("ny.png"), Qt::darkRed),
                                                   QStringLiteral("Nyt portræt")));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->undoText().startsWith(QLatin1String("Choose portrait ny.png")));
    const auto newPortrait = stored(interview).interview.portraitId;
    QVERIFY(newPortrait && *newPortrait != *oldPortrait);
    const QString row = QStringLiteral("SELECT name, alt_text FROM report_pictures WHERE id = %1").arg(*newPortrait);
    QCOMPARE(shell(row), QStringLiteral("ny.png|Nyt portræt"));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(interview).interview.portraitId, oldPortrait);
    QCOMPARE(shell(row), QString());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(interview).interview.portraitId, newPortrait);
    QCOMPARE(shell(row), QStringLiteral("ny.png|Nyt portræt"));
}

void tst_ReportEditor::picturesNothingShowsGoWhenTheLedgerCloses()
{
    // The organisation chart is shown by one section; its text is replaced by typing.
    const qint64 organisation = idOf(QStringLiteral("Organisation"));
    const qint64 chart = stored(organisation).pictureIds().constFirst();
    const QString chartRow = QStringLiteral("SELECT name FROM report_pictures WHERE id = %1").arg(chart);
    const QString chartName = shell(chartRow);
    QVERIFY(!chartName.isEmpty());
    QVERIFY(m_view->selectSection(organisation));
    QTextEdit *edit = m_view->textEditor()->textEdit();
    QTest::keyClick(m_view->tree(), Qt::Key_Tab);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("Diagrammet er udgået."));
    m_view->textEditor()->commit();
    QVERIFY(stored(organisation).pictureIds().isEmpty());

    // While the step is on the stack it can bring the chart back: the chart stays in the ledger.
    QCOMPARE(shell(chartRow), chartName);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(organisation).pictureIds(), QList<qint64>{chart});
    QVERIFY(!edit->document()
                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("picture:%1").arg(chart)))
                 .value<QImage>()
                 .isNull());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(stored(organisation).pictureIds().isEmpty());
    QCOMPARE(shell(chartRow), chartName);

    // A picture put in behind Annalist's back, which nothing shows either.
    QCOMPARE(shell(QStringLiteral("INSERT INTO report_pictures (name, mime_type, data) VALUES "
                                  "('løs.png', 'image/png', x'89504E470D0A1A0A')")),
             QString());
    const QString shownBefore = shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures"));

    // Closed, the undo steps are gone, and with them every reason to keep those two.
    m_session->close();
    QCOMPARE(shell(chartRow), QString());
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures WHERE name = 'løs.png'")), QStringLiteral("0"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures")), QString::number(shownBefore.toInt() - 2));
    // What is left is exactly what the report shows, in any year.
    auto ledger = Ledger::open(m_dir.filePath(QStringLiteral("demo.annalist")), Ledger::Access::ReadOnly);
    QVERIFY(ledger.ok());
    const ReportRepository reports(**ledger);
    QSet<qint64> shown;
    const auto years = AssociationRepository(**ledger).years();
    QVERIFY(years.ok());
    for (const FiscalYear &year : *years) {
        const auto sections = reports.sections(year.year);
        QVERIFY(sections.ok());
        for (const ReportSection &s : *sections)
            for (qint64 id : s.pictureIds())
                shown.insert(id);
    }
    QSet<qint64> kept;
    const auto pictures = reports.pictures();
    QVERIFY(pictures.ok());
    for (const ReportPicture &p : *pictures)
        kept.insert(p.id);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept, shown);
}

void tst_ReportEditor::previewShowsThePagesAndJumpsToTheSection()
{
    ReportPreview *preview = m_view->preview();
    QTRY_VERIFY(preview->layout());
    const auto layout = freshLayout();
    QVERIFY(layout);
    QCOMPARE(preview->pageCount(), layout->pageCount());
    QVERIFY(preview->pageCount() > 8);
    auto *label = preview->findChild<QLabel *>(QStringLiteral("previewPageLabel"));
    QVERIFY(label->text().endsWith(QStringLiteral("of %1").arg(layout->pageCount())));

    const qint64 statement = idOf(QStringLiteral("Resultatopgørelse"));
    QTest::keyClick(m_view->tree(), Qt::Key_End); // the last section, 7.2
    const qint64 last = idOf(QStringLiteral("Økonomien næste år"));
    QCOMPARE(m_view->currentSectionId(), last);
    QTRY_COMPARE(preview->currentPage(), layout->pageOf(last));
    QTest::keyClick(m_view->tree(), Qt::Key_Home); // chapter 1
    QCOMPARE(m_view->currentSectionId(), idOf(QStringLiteral("Præsentation af foreningen")));
    QTRY_COMPARE(preview->currentPage(), 3);
    QVERIFY(m_view->selectSection(statement));
    QCOMPARE(m_view->currentEditor(), m_view->choiceEditor());
    QTRY_COMPARE(preview->currentPage(), layout->pageOf(statement));
    QCOMPARE(label->text(), QStringLiteral("Page %1 of %2").arg(layout->pageOf(statement)).arg(layout->pageCount()));
    // The page shown is the page the layout paints: not blank.
    QVERIFY(layout->pageOf(statement) > 2);

    // A page break put before 1.5 by keyboard: the preview lays out again, and 1.5 starts a page later.
    const qint64 readMore = idOf(QStringLiteral("Læs mere"));
    const int before = layout->pageOf(readMore);
    QVERIFY(m_view->selectSection(idOf(QStringLiteral("Præsentation af foreningen"))));
    m_view->addSubsectionMenu()->findChild<QAction *>(QStringLiteral("kind_pagebreak"))->trigger();
    QCOMPARE(m_view->model()->rowCount(m_view->model()->indexOf(idOf(QStringLiteral("Præsentation af foreningen")))),
             6);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add page break"));
    m_view->tree()->setFocus();
    QTest::keyClick(m_view->tree(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(preview->layout()->pageOf(readMore), before + 1);
    QCOMPARE(preview->pageCount(), freshLayout()->pageCount());
}

void tst_ReportEditor::reordersByKeyboard()
{
    const qint64 vision = idOf(QStringLiteral("Vision"));
    QVERIFY(m_view->selectSection(vision));
    QTreeView *tree = m_view->tree();
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    ReportTreeModel *model = m_view->model();
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(model->indexOf(vision).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("1.2"));
    QCOMPARE(m_view->currentSectionId(), vision);
    QCOMPARE(stored(vision).position, 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Move section Vision"));
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(model->indexOf(vision).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("1.1"));
    // Out to a chapter of its own after chapter 1, then in again under 1.
    QTest::keyClick(tree, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(model->indexOf(vision).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("2"));
    QCOMPARE(model->indexOf(idOf(QStringLiteral("Året der gik"))).data(ReportTreeModel::NumberRole).toString(),
             QStringLiteral("3"));
    QVERIFY(!stored(vision).parentId);
    QTest::keyClick(tree, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(model->indexOf(vision).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("1.5"));
    QCOMPARE(m_view->currentSectionId(), vision);
    // Every move is one step back.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->indexOf(vision).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("1.1"));
    QCOMPARE(stored(vision).position, 0);
}

void tst_ReportEditor::addsAndRemovesByKeyboardWithUndo()
{
    const qint64 chapter = idOf(QStringLiteral("Året der gik"));
    QVERIFY(m_view->selectSection(chapter));
    // Insert: the kinds to choose from; a chart of the projects as the last subsection.
    QAction *chart = m_view->addSubsectionMenu()->findChild<QAction *>(QStringLiteral("kind_chart_projects"));
    QVERIFY(chart);
    chart->trigger();
    const qint64 added = m_view->currentSectionId();
    QVERIFY(added != chapter);
    QCOMPARE(stored(added).chartKey, QStringLiteral("projects"));
    QCOMPARE(m_view->model()->indexOf(added).data(ReportTreeModel::NumberRole).toString(), QStringLiteral("2.3"));
    // Renamed in place at once: the title editor is open.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != m_view->tree());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Projekternes forbrug"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(stored(added).title, QStringLiteral("Projekternes forbrug"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Rename section Projects"));
    QTRY_VERIFY(m_view->tree()->hasFocus());

    // Delete asks, Enter confirms; the chapter goes with its subsections.
    auto confirm = test::answerNextQuestion();
    QVERIFY(m_view->selectSection(chapter));
    QTest::keyClick(m_view->tree(), Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QCOMPARE(m_view->model()->rowCount(), 6);
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QVERIFY(!ReportRepository(*m_session->ledger()).section(added)->has_value());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_view->model()->rowCount(), 7);
    QCOMPARE(stored(added).title, QStringLiteral("Projekternes forbrug"));
}

void tst_ReportEditor::findingSelectsTheSection()
{
    // A stale amount typed into 6.1: validation finds it, the finding opens the section.
    const qint64 economy = idOf(QStringLiteral("Økonomien kort"));
    ReportSection s = stored(economy);
    s.body += QStringLiteral("<p>Resultatet blev -322.700,00 kr.</p>");
    QVERIFY(ReportRepository(*m_session->ledger()).updateSection(s).ok());
    m_window->showPage(MainWindow::Overview);
    std::optional<Finding> stale;
    QTRY_VERIFY([&] {
        for (const Finding &f : m_window->validationMonitor()->report().findings)
            if (f.ruleId == QLatin1String("REPORT-STALE"))
                stale = f;
        return stale.has_value();
    }());
    QCOMPARE(stale->location.kind, FindingLocation::Kind::ReportSection);
    m_session->reveal(stale->location);
    QCOMPARE(m_window->currentPage(), MainWindow::Report);
    QCOMPARE(m_view->currentSectionId(), economy);
    QCOMPARE(m_view->currentEditor(), m_view->textEditor());
    QVERIFY(m_view->textEditor()->textEdit()->toPlainText().contains(QLatin1String("-322.700,00")));
}

void tst_ReportEditor::choosesAChartWithUndo()
{
    const qint64 chart = idOf(QStringLiteral("Udgifternes fordeling"));
    QVERIFY(m_view->selectSection(chart));
    QCOMPARE(m_view->currentEditor(), m_view->choiceEditor());
    QComboBox *choice = m_view->choiceEditor()->choice();
    QCOMPARE(choice->count(), 5);
    QCOMPARE(choice->currentData().toString(), QStringLiteral("spending"));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(stored(chart).chartKey, QStringLiteral("projects"));
    QCOMPARE(m_view->model()->indexOf(chart, ReportTreeModel::KindColumn).data().toString(),
             QStringLiteral("Chart: Projects"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(chart).chartKey, QStringLiteral("spending"));
    QCOMPARE(choice->currentData().toString(), QStringLiteral("spending"));
}

void tst_ReportEditor::exportsThePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile::remove(path);
    auto fileDialog = test::answerNextFileDialog(path);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(fileDialog.wait());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 0, 20000);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Præsentation af foreningen")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("Udsyn")));
    QVERIFY(text.contains(QLatin1String("-322.748,08")));
    QCOMPARE(pdfPages(path), freshLayout()->pageCount());
}

void tst_ReportEditor::cancelledExportLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }
    auto fileDialog = test::answerNextFileDialog(path);
    auto replace = test::answerNextQuestion(Qt::Key_Y); // yes, replace it
    // Cancel as soon as the progress shows.
    bool cancelled = false;
    QTimer canceller;
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
            progress && progress->isVisible() && !cancelled) {
            cancelled = true;
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        }
    });
    canceller.start(1);
    QVERIFY(!ReportOutput::exportPdf(m_window.get(), m_session.get()));
    canceller.stop();
    QVERIFY(fileDialog.wait());
    QVERIFY(replace.wait());
    QVERIFY(cancelled);
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
}

void tst_ReportEditor::printsTheSamePages()
{
    const auto layout = freshLayout();
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    ReportOutput::preparePrinter(&printer, *layout);
    QVERIFY(ReportOutput::paint(&printer, *layout).ok());
    QCOMPARE(pdfPages(path), layout->pageCount());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QLatin1String("-322.748,08")));
    QVERIFY(text.contains(QStringLiteral("Årets økonomi")));
}

void tst_ReportEditor::savesScreenshot()
{
    QVERIFY(m_view->selectSection(idOf(QStringLiteral("Præsentation af foreningen"))));
    QTRY_VERIFY(m_view->preview()->layout());
    QTest::qWait(100);
    const QString file = QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                             .filePath(QStringLiteral("main-report.png"));
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
}

QTEST_MAIN(tst_ReportEditor)
#include "tst_reporteditor.moc"
