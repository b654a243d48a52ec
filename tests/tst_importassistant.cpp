#include "ImportAssistant.h"
#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportIssuesModel.h"
#include "ImportPreviewModel.h"
#include "ImportTotalsModel.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "Money.h"
#include "PostingFilterBar.h"
#include "PostingTableModel.h"
#include "PostingsView.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace annalist;

// The import assistant, used as a finance officer uses it: a Danish ERP export in Windows-1252
// with a column the import does not know and a bad row, fixed, checked, imported, undone and
// redone from the main window; and a large import cancelled half-way.
class tst_ImportAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsADanishExportWithUndoAndRedo();
    void importIntoANewYearAndUndoRemovesIt();
    void cancelledImportLeavesTheLedgerAsItWas();
    void duplicatesAreRefusedSkippedOrForced();
    void savesAndUsesAProfile();
    void keyboardReachesEveryControl();
    void redoRefusesAChangedFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("demo.annalist")); }
    QString shell(const QString &sql) const { return test::sqliteShell(path(), sql); }
    // Every posting and fiscal year, to compare the whole ledger before and after.
    QString dump() const;
    // Writes `text` in Windows-1252, as the ERP exports it.
    QString writeCsv(const QString &text, const QString &name = QStringLiteral("posteringer.csv")) const;
    // Opens the assistant with Ctrl+I and types the file's path into it.
    ImportAssistant *openAssistant(const QString &file);
    void clickNext(ImportAssistant *assistant);
    void saveScreenshot(QWidget *widget) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

namespace {

const QString header = QStringLiteral("Bogføringsdato;Bilag;Konto;Projekt;Tekst;Beløb\r\n");

} // namespace

void tst_ImportAssistant::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importassistant"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_ImportAssistant::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        QVERIFY(test::demoLedger(*m_dir));
    }
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path()).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1200, 780);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The background check is done before anything is written.
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("No errors")));
}

void tst_ImportAssistant::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

QString tst_ImportAssistant::dump() const
{

    return shell(QStringLiteral("SELECT id, year, date, voucher, account_id, IFNULL(project_id, '-'), text, amount "
                                "FROM postings ORDER BY id; SELECT * FROM fiscal_years ORDER BY year;"));
}

QString tst_ImportAssistant::writeCsv(const QString &text, const QString &name) const
{
    const QString file = m_dir->filePath(name);
    QFile out(file);
    const QByteArray bytes = text.toLatin1(); // æøå are the same bytes in Windows-1252
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(file));
    return file;
}

ImportAssistant *tst_ImportAssistant::openAssistant(const QString &file)
{
    // Shortcuts reach the window while it is the active one, as it is again once a dialog closes.
    m_window->activateWindow();
    [&] { QVERIFY(QTest::qWaitForWindowActive(m_window.get())); }();
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    ImportAssistant *assistant = nullptr;
    [&] { QTRY_VERIFY((assistant = m_window->findChild<ImportAssistant *>()) && assistant->isVisible()); }();
    if (!assistant)
        return nullptr;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{assistant->filePage()->previewModel(),
                                                                                 assistant->checkPage()->issuesModel(),
                                                                                 assistant->checkPage()->totalsModel()})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    // The cursor starts in the file's field; the path is typed, and read when Tab leaves it.
    ImportFilePage *page = assistant->filePage();
    [&] { QTRY_COMPARE(QApplication::focusWidget(), page->fileEdit()); }();
    QTest::keyClicks(page->fileEdit(), file);
    QTest::keyClick(page->fileEdit(), Qt::Key_Tab);
    return assistant;
}

void tst_ImportAssistant::clickNext(ImportAssistant *assistant)
{
    QAbstractButton *next = assistant->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void tst_ImportAssistant::saveScreenshot(QWidget *widget) const
{
    const QDir out(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()));
    const QString file = out.filePath(QStringLiteral("view-import.png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

void tst_ImportAssistant::importsADanishExportWithUndoAndRedo()
{
    const QString before = dump();
    const QString postingsBefore = shell(QStringLiteral("SELECT COUNT(*) FROM postings;"));
    // Line 4 names an account that does not exist.
    const QString csv = writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn marts, Ærø;12.345,67\r\n"
                                                         "16-03-2019;502;3020;Monopolbrud;Konsulent på Ølandsvej;"
                                                         "1.000,50\r\n"
                                                         "17-03-2019;503;9999;;Refusion å;500,25-\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    ImportFilePage *page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());

    // What was detected: semicolons, Windows-1252, the header on line 1, the year of the session.
    QCOMPARE(page->yearBox()->value(), 2019);
    QCOMPARE(page->encodingBox()->currentText(), QStringLiteral("Auto (Windows-1252)"));
    QCOMPARE(page->delimiterBox()->currentText(), QStringLiteral("Auto (semicolon)"));
    QVERIFY2(page->detectedLabel()->text().contains(QLatin1String("Windows-1252")),
             qPrintable(page->detectedLabel()->text()));
    QVERIFY(page->detectedLabel()->text().contains(QLatin1String("line 1")));
    // The known headers are mapped; "Bogføringsdato" is not a name the import knows.
    QCOMPARE(page->columnBox(ImportField::Voucher)->currentText(), QStringLiteral("Bilag"));
    QCOMPARE(page->columnBox(ImportField::Account)->currentText(), QStringLiteral("Konto"));
    QCOMPARE(page->columnBox(ImportField::Project)->currentText(), QStringLiteral("Projekt"));
    QCOMPARE(page->columnBox(ImportField::Text)->currentText(), QStringLiteral("Tekst"));
    QCOMPARE(page->columnBox(ImportField::Amount)->currentText(), QStringLiteral("Beløb"));
    QCOMPARE(page->columnBox(ImportField::Date)->currentIndex(), -1);
    QVERIFY(page->messageLabel()->isVisible());
    QVERIFY2(page->messageLabel()->text().contains(QLatin1String("no column for the date")),
             qPrintable(page->messageLabel()->text()));
    QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled());

    // The preview: every row of the file, æøå intact, line numbers of the file.
    ImportPreviewModel *preview = page->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->columnCount(), 6);
    QCOMPARE(preview->index(0, 4).data().toString(), QStringLiteral("Løn marts, Ærø"));
    QCOMPARE(preview->index(1, 4).data().toString(), QStringLiteral("Konsulent på Ølandsvej"));
    QCOMPARE(preview->index(2, 5).data().toString(), QStringLiteral("500,25-"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
    QCOMPARE(preview->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Beløb\n→ Amount"));
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Bogføringsdato\n(not read)"));

    // The date column chosen with the keyboard: Alt+T, then the first letters of its name.
    QTest::keyClick(assistant, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), page->columnBox(ImportField::Date));
    QTest::keyClicks(page->columnBox(ImportField::Date), QStringLiteral("Bog"));
    QCOMPARE(page->columnBox(ImportField::Date)->currentText(), QStringLiteral("Bogføringsdato"));
    QVERIFY(page->messageLabel()->isHidden());
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Bogføringsdato\n→ Date"));
    QVERIFY(assistant->button(QWizard::NextButton)->isEnabled());
    saveScreenshot(assistant);

    // Enter goes on to the check: the bad row is listed with its line, column and value.
    QCOMPARE(QApplication::focusWidget(), page->columnBox(ImportField::Date));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(assistant->currentId(), int(ImportAssistant::CheckPageId));
    ImportCheckPage *check = assistant->checkPage();
    QVERIFY2(check->headline()->text().contains(QLatin1String("1 problem(s) found")),
             qPrintable(check->headline()->text()));
    QVERIFY(check->issuesTable()->isVisible());
    ImportIssuesModel *issues = check->issuesModel();
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->index(0, ImportIssuesModel::LineColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(issues->index(0, ImportIssuesModel::ColumnColumn).data().toString(), QStringLiteral("Konto"));
    QCOMPARE(issues->index(0, ImportIssuesModel::ValueColumn).data().toString(), QStringLiteral("9999"));
    QVERIFY2(issues->index(0, ImportIssuesModel::ProblemColumn).data().toString().contains(QLatin1String("no account")),
             qPrintable(issues->index(0, ImportIssuesModel::ProblemColumn).data().toString()));
    QVERIFY(!assistant->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), postingsBefore);

    // The file is corrected and checked again: ready, with the totals per account.
    writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn marts, Ærø;12.345,67\r\n"
                                     "16-03-2019;502;3020;Monopolbrud;Konsulent på Ølandsvej;1.000,50\r\n"
                                     "17-03-2019;503;2020;;Refusion å;500,25-\r\n"));
    QTest::keyClick(assistant, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY2(check->headline()->text().contains(QLatin1String("3 postings, total 12.845,92, ready to import "
                                                                  "into 2019")),
                 qPrintable(check->headline()->text()));
    QVERIFY(check->totalsTable()->isVisible());
    ImportTotalsModel *totals = check->totalsModel();
    QCOMPARE(totals->rowCount(), 3);
    QCOMPARE(totals->index(0, ImportTotalsModel::NumberColumn).data().toString(), QStringLiteral("2010"));
    QCOMPARE(totals->index(0, ImportTotalsModel::TotalColumn).data().toString(), QStringLiteral("12.345,67"));
    QCOMPARE(totals->index(1, ImportTotalsModel::NumberColumn).data().toString(), QStringLiteral("2020"));
    QCOMPARE(totals->index(1, ImportTotalsModel::TotalColumn).data().toString(), QStringLiteral("-500,25"));
    QCOMPARE(totals->index(2, ImportTotalsModel::NameColumn).data().toString(), QStringLiteral("Monopolbrud"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), postingsBefore);

    // Import: the assistant closes and the postings page shows the year.
    QAbstractButton *importButton = assistant->button(QWizard::FinishButton);
    QVERIFY(importButton->isEnabled());
    QCOMPARE(importButton->text(), QStringLiteral("&Import"));
    QPointer<ImportAssistant> open(assistant);
    QVERIFY(assistant->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::Postings);
    auto *postings = qobject_cast<PostingsView *>(m_window->page(MainWindow::Postings));
    QCOMPARE(postings->model()->filter().year, 2019);
    QCOMPARE(m_session->year(), 2019);

    const QString imported =
        shell(QStringLiteral("SELECT p.voucher, p.date, a.number, IFNULL(pr.name, '-'), p.text, p.amount "
                             "FROM postings p JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr "
                             "ON pr.id = p.project_id WHERE p.voucher > 500 ORDER BY p.voucher;"));
    QCOMPARE(imported, QStringLiteral("501|2019-03-15|2010|-|Løn marts, Ærø|1234567\n"
                                      "502|2019-03-16|3020|Monopolbrud|Konsulent på Ølandsvej|100050\n"
                                      "503|2019-03-17|2020|-|Refusion å|-50025"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), QString::number(postingsBefore.toInt() + 3));
    const QString after = dump();

    // One step on the undo stack, named after the file and the count.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY2(undo->text().contains(QLatin1String("Import 3 postings from posteringer.csv")), qPrintable(undo->text()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dump(), before);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dump(), after);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dump(), before);
}

void tst_ImportAssistant::importIntoANewYearAndUndoRemovesIt()
{
    const QString before = dump();
    const QString csv = writeCsv(QStringLiteral("Dato;Bilag;Konto;Tekst;Beløb\r\n"
                                                "02-01-2020;1;2010;Løn januar;45.000,00\r\n"
                                                "03-01-2020;2;1010;Basistilskud;-2.500.000,00\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    ImportFilePage *page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());
    QVERIFY(page->messageLabel()->isHidden());
    // The year is typed; the text column is not in the file, the project is left without one.
    page->yearBox()->setFocus();
    page->yearBox()->selectAll();
    QTest::keyClicks(page->yearBox(), QStringLiteral("2020"));
    QCOMPARE(page->yearBox()->value(), 2020);
    QCOMPARE(page->columnBox(ImportField::Project)->currentText(), QStringLiteral("(no column)"));
    clickNext(assistant);
    ImportCheckPage *check = assistant->checkPage();
    QVERIFY2(check->headline()->text().contains(QLatin1String("2 postings, total -2.455.000,00, ready to import "
                                                              "into 2020")),
             qPrintable(check->headline()->text()));
    QVERIFY2(check->details()->text().contains(QLatin1String("2020 is not in the books")),
             qPrintable(check->details()->text()));
    QPointer<ImportAssistant> open(assistant);
    QTest::mouseClick(assistant->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_session->year(), 2020);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020;")), QStringLiteral("2"));
    QCOMPARE(shell(QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2020;")), QStringLiteral("open"));
    auto *years = m_window->findChild<QComboBox *>(QStringLiteral("yearSelector"));
    QTRY_COMPARE(years->currentText(), QStringLiteral("2020"));

    // Undo takes the year out with its postings, and the window goes back to 2019.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dump(), before);
    QCOMPARE(m_session->year(), 2019);
    QTRY_COMPARE(years->count(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2020;")), QStringLiteral("2"));
    QTRY_COMPARE(years->count(), 2);
}

void tst_ImportAssistant::cancelledImportLeavesTheLedgerAsItWas()
{
    const QString before = dump();
    QString text = QStringLiteral("Dato;Bilag;Konto;Projekt;Tekst;Beløb\r\n");
    for (int i = 0; i < 50000; ++i)
        text += QStringLiteral("%1;%2;2040;;Indkøb nr. %2 på lager;%3,%4\r\n")
                    .arg(QDate(2019, 1, 1).addDays(i % 365).toString(QStringLiteral("dd-MM-yyyy")))
                    .arg(1000 + i)
                    .arg(i % 997)
                    .arg(i % 100, 2, 10, QLatin1Char('0'));
    const QString csv = writeCsv(text, QStringLiteral("stor.csv"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    QTRY_VERIFY(assistant->filePage()->preview().has_value());
    QCOMPARE(assistant->filePage()->previewModel()->rowCount(), 20);
    clickNext(assistant);
    ImportCheckPage *check = assistant->checkPage();
    QVERIFY2(check->headline()->text().contains(QLatin1String("50.000 postings")),
             qPrintable(check->headline()->text()));

    // Cancel is pressed while the postings are being written.
    bool cancelled = false;
    QTimer canceller;
    canceller.setInterval(1);
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (auto *progress = assistant->findChild<QProgressDialog *>(QStringLiteral("importProgress"))) {
            progress->cancel();
            cancelled = true;
            canceller.stop();
        }
    });
    canceller.start();
    QTest::mouseClick(assistant->button(QWizard::FinishButton), Qt::LeftButton);
    canceller.stop();
    QVERIFY(cancelled);
    QVERIFY(assistant->isVisible());
    QCOMPARE(check->headline()->text(), QStringLiteral("The import was cancelled; the ledger is as it was."));
    QCOMPARE(dump(), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    // Nothing the user chose is lost: the same file, year and options, ready to import again.
    QCOMPARE(assistant->filePage()->fileEdit()->text(), csv);
    QCOMPARE(assistant->filePage()->yearBox()->value(), 2019);
    QVERIFY(assistant->button(QWizard::FinishButton)->isEnabled());
    QPointer<ImportAssistant> open(assistant);
    QTest::mouseClick(assistant->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher >= 1000;")), QStringLiteral("50000"));
    QCOMPARE(shell(QStringLiteral("SELECT text FROM postings WHERE voucher = 1007;")),
             QStringLiteral("Indkøb nr. 1007 på lager"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dump(), before);
    QCOMPARE(shell(QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
}

void tst_ImportAssistant::duplicatesAreRefusedSkippedOrForced()
{
    // A posting of the demo year, as the ERP exported it, and one new posting.
    const QString existing =
        shell(QStringLiteral("SELECT strftime('%d-%m-%Y', p.date) || ';' || p.voucher || ';' || a.number || ';;x;' "
                             "FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.id = 2;")) +
        Money::fromOre(shell(QStringLiteral("SELECT amount FROM postings WHERE id = 2;")).toLongLong()).toDanish();
    QVERIFY2(existing.startsWith(QLatin1String("15-01-2019;2;1010;;x;-")), qPrintable(existing));
    const QString csv = writeCsv(QStringLiteral("Dato;Bilag;Konto;Projekt;Tekst;Beløb\r\n") + existing +
                                 QStringLiteral("\r\n31-12-2019;999;2020;;Ny;10,00\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    QTRY_VERIFY(assistant->filePage()->preview().has_value());
    clickNext(assistant);
    ImportCheckPage *check = assistant->checkPage();
    const QString problem = check->issuesModel()->index(0, ImportIssuesModel::ProblemColumn).data().toString();
    QVERIFY2(problem.contains(QLatin1String("already in 2019")), qPrintable(existing + QLatin1Char(' ') + problem));
    QCOMPARE(check->issuesModel()->index(0, ImportIssuesModel::LineColumn).data().toString(), QStringLiteral("2"));
    QVERIFY2(check->details()->text().contains(QLatin1String("skip them or import them anyway")),
             qPrintable(check->details()->text()));
    QVERIFY(!assistant->button(QWizard::FinishButton)->isEnabled());

    // Skip: the check runs again at once.
    QTest::keyClick(assistant, Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(check->skipDuplicatesButton()->isChecked());
    QTRY_VERIFY2(check->headline()->text().contains(QLatin1String("1 postings, total 10,00")),
                 qPrintable(check->headline()->text()));
    QVERIFY(check->details()->text().contains(QLatin1String("1 postings already in 2019 are left out")));
    // Anyway: both.
    QTest::keyClick(assistant, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(check->forceDuplicatesButton()->isChecked());
    QTRY_VERIFY2(check->headline()->text().contains(QLatin1String("2 postings")),
                 qPrintable(check->headline()->text()));
    QTest::keyClick(assistant, Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY2(check->headline()->text().contains(QLatin1String("1 postings")),
                 qPrintable(check->headline()->text()));
    QPointer<ImportAssistant> open(assistant);
    QTest::mouseClick(assistant->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher = 999;")), QStringLiteral("1"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), QStringLiteral("230"));
}

void tst_ImportAssistant::savesAndUsesAProfile()
{
    const QString csv = writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn;1,00\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    ImportFilePage *page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());
    QTest::keyClick(assistant, Qt::Key_T, Qt::AltModifier);
    QTest::keyClicks(page->columnBox(ImportField::Date), QStringLiteral("Bog"));
    QVERIFY(page->messageLabel()->isHidden());

    // Save as Profile asks for a name, which is typed into the question as it comes up.
    QString proposed = QStringLiteral("?");
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!ask || !ask->isVisible())
            return;
        answer.stop();
        proposed = ask->textValue();
        // Typed into the question's own field, whether or not its window is active yet.
        auto *name = ask->findChild<QLineEdit *>();
        QTest::keyClicks(name, QStringLiteral("KMD Opus"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    answer.start();
    // Clicked rather than Alt+S: a shortcut clicks from a timer, and timers do not fire in a
    // dialog's event loop started from a timer.
    QTest::mouseClick(page->saveProfileButton(), Qt::LeftButton);
    QTRY_COMPARE(page->profileBox()->currentText(), QStringLiteral("KMD Opus"));
    QCOMPARE(proposed, QString());
    QCOMPARE(shell(QStringLiteral("SELECT name, mapping, encoding, delimiter FROM import_profiles;")),
             QStringLiteral("KMD Opus|date=Bogføringsdato||"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Save the import profile \"KMD Opus\""));
    assistant->reject();
    QTRY_VERIFY(!m_window->findChild<ImportAssistant *>());

    // Another file of the same kind: the profile maps its date column.
    const QString next =
        writeCsv(header + QStringLiteral("16-03-2019;502;2010;;Løn;2,00\r\n"), QStringLiteral("april.csv"));
    assistant = openAssistant(next);
    QVERIFY(assistant);
    page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());
    QCOMPARE(page->columnBox(ImportField::Date)->currentIndex(), -1);
    page->profileBox()->setFocus();
    QTest::keyClicks(page->profileBox(), QStringLiteral("KMD"));
    QCOMPARE(page->profileBox()->currentText(), QStringLiteral("KMD Opus"));
    QCOMPARE(page->columnBox(ImportField::Date)->currentText(), QStringLiteral("Bogføringsdato"));
    QVERIFY(page->messageLabel()->isHidden());
    assistant->reject();
    QTRY_VERIFY(!m_window->findChild<ImportAssistant *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Undo takes the profile out again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM import_profiles;")), QStringLiteral("0"));
}

void tst_ImportAssistant::keyboardReachesEveryControl()
{
    const QString csv = writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn;1,00\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    ImportFilePage *page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());
    // From the file's field, Tab visits every control of the page in reading order.
    page->fileEdit()->setFocus();
    QList<QWidget *> expected{page->browseButton(),      page->yearBox(),     page->profileBox(),
                              page->saveProfileButton(), page->encodingBox(), page->delimiterBox()};
    for (const ImportField field : {ImportField::Date, ImportField::Voucher, ImportField::Account, ImportField::Project,
                                    ImportField::Text, ImportField::Amount})
        expected.append(page->columnBox(field));
    expected.append(page->previewTable());
    for (QWidget *widget : std::as_const(expected)) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), widget);
    }
    // The table lets Tab go on to the buttons.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != page->previewTable());
    // Labels take the cursor to their controls.
    const QList<std::pair<Qt::Key, QWidget *>> accelerators{{Qt::Key_F, page->fileEdit()},
                                                            {Qt::Key_Y, page->yearBox()},
                                                            {Qt::Key_P, page->profileBox()},
                                                            {Qt::Key_E, page->encodingBox()},
                                                            {Qt::Key_D, page->delimiterBox()},
                                                            {Qt::Key_V, page->columnBox(ImportField::Voucher)},
                                                            {Qt::Key_C, page->columnBox(ImportField::Account)},
                                                            {Qt::Key_J, page->columnBox(ImportField::Project)},
                                                            {Qt::Key_X, page->columnBox(ImportField::Text)},
                                                            {Qt::Key_M, page->columnBox(ImportField::Amount)},
                                                            {Qt::Key_W, page->previewTable()}};
    for (const auto &[key, widget] : accelerators) {
        QTest::keyClick(assistant, key, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget);
    }
    // The encoding chosen by hand reads the file again.
    page->encodingBox()->setFocus();
    QTest::keyClicks(page->encodingBox(), QStringLiteral("UTF"));
    QCOMPARE(page->encodingBox()->currentText(), QStringLiteral("UTF-8"));
    QVERIFY2(page->messageLabel()->text().contains(QLatin1String("not valid UTF-8")),
             qPrintable(page->messageLabel()->text()));
    QCOMPARE(page->previewModel()->rowCount(), 0);
    QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled());
    // Escape closes the assistant and writes nothing.
    QPointer<ImportAssistant> open(assistant);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ImportAssistant::redoRefusesAChangedFile()
{
    const QString csv = writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn;1,00\r\n"));
    ImportAssistant *assistant = openAssistant(csv);
    QVERIFY(assistant);
    ImportFilePage *page = assistant->filePage();
    QTRY_VERIFY(page->preview().has_value());
    QTest::keyClick(assistant, Qt::Key_T, Qt::AltModifier);
    QTest::keyClicks(page->columnBox(ImportField::Date), QStringLiteral("Bog"));
    clickNext(assistant);
    QPointer<ImportAssistant> open(assistant);
    QTest::mouseClick(assistant->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!open);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher = 501;")), QStringLiteral("1"));

    // Without the window, whose message box would wait for a click, the refusal is reported.
    m_window.reset();
    QSignalSpy errors(m_session.get(), &LedgerSession::errorReported);
    QUndoStack *stack = m_session->undoStack();
    stack->undo();
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher = 501;")), QStringLiteral("0"));
    // The same size, another amount: the hash tells.
    writeCsv(header + QStringLiteral("15-03-2019;501;2010;;Løn;9,00\r\n"));
    stack->redo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("has changed since it was imported")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher = 501;")), QStringLiteral("0"));
    // The step that cannot be redone is gone from the stack.
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canRedo());
}

QTEST_MAIN(tst_ImportAssistant)
#include "tst_importassistant.moc"
