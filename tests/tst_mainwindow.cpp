#include "AccountStatementDialog.h"
#include "AccountsModel.h"
#include "AccountsView.h"
#include "AssociationRepository.h"
#include "BudgetView.h"
#include "ControlTotalRepository.h"
#include "FindingsModel.h"
#include "LedgerCommand.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "Settings.h"
#include "StatementTableModel.h"
#include "Translations.h"
#include "TrialBalanceDialog.h"
#include "TrialBalanceModel.h"
#include "ValidationMonitor.h"
#include "ValidationView.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace annalist;

namespace {

// A small edit for the undo tests: renames the association.
class RenameAssociation : public LedgerCommand
{
public:
    RenameAssociation(LedgerSession *session, QString name)
        : LedgerCommand(session, QStringLiteral("Rename association")), m_new(std::move(name))
    {
    }
    Status apply() override { return set(m_new, &m_old); }
    Status revert() override { return set(m_old, nullptr); }

private:
    Status set(const QString &name, QString *old)
    {
        const AssociationRepository repo(*session()->ledger());
        auto a = repo.association();
        if (!a)
            return a.error();
        if (old)
            *old = a->name;
        a->name = name;
        return repo.setAssociation(*a);
    }
    QString m_new;
    QString m_old;
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheDemo();
    void navigatesWithKeyboard();
    void followsTheYear();
    void undoShowsWhatWillBeUndone();
    void findingJumpsToWhatItConcerns();
    void overviewDrillsDown();
    void opensAccountStatementAndTrialBalance();
    void remembersGeometryAndLedger();
    void damagedLedgerIsClosedWithAMessage();
    void emptyLedgerHasNoDemoHint();
    void savesScreenshots();
    void speaksDanish();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_statementTester;
    std::unique_ptr<QAbstractItemModelTester> m_findingsTester;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test folder, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_MainWindow::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    {
        QVERIFY(test::demoLedger(m_dir));
    }
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("No errors")));
    // The statement and the findings follow every change; the tester checks each step.
    m_statementTester = std::make_unique<QAbstractItemModelTester>(
        qobject_cast<OverviewView *>(m_window->page(MainWindow::Overview))->statementModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_findingsTester = std::make_unique<QAbstractItemModelTester>(
        qobject_cast<ValidationView *>(m_window->page(MainWindow::Validation))->findingsModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_MainWindow::cleanup()
{
    m_statementTester.reset();
    m_findingsTester.reset();
    m_window.reset();
    m_session.reset();
}

void tst_MainWindow::opensOnTheDemo()
{
    QVERIFY(m_window->statusText().contains(QLatin1String("-11.717.709,00")));
    QVERIFY(m_window->statusText().contains(QLatin1String("11.394.960,92")));
    QVERIFY(m_window->statusText().contains(QLatin1String("-322.748,08")));
    QVERIFY(m_window->isDemoHintVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("DIGIT, Digitaliseringsforening Sjælland 2019")));
    QCOMPARE(m_window->currentPage(), MainWindow::Overview);
    auto *overview = qobject_cast<OverviewView *>(m_window->page(MainWindow::Overview));
    QVERIFY(overview);
    QCOMPARE(overview->statementModel()->rowCount(), 21);
    QVERIFY(overview->keyFiguresText().contains(QLatin1String("-1.056.176,43"))); // carried over into 2019
}

void tst_MainWindow::navigatesWithKeyboard()
{
    const struct
    {
        Qt::Key key;
        MainWindow::Page page;
    } pages[] = {{Qt::Key_2, MainWindow::Postings},      {Qt::Key_3, MainWindow::Budget},
                 {Qt::Key_4, MainWindow::Accounts},      {Qt::Key_5, MainWindow::Projects},
                 {Qt::Key_6, MainWindow::Members},       {Qt::Key_7, MainWindow::Notes},
                 {Qt::Key_8, MainWindow::ControlTotals}, {Qt::Key_9, MainWindow::Validation},
                 {Qt::Key_0, MainWindow::Report},        {Qt::Key_1, MainWindow::Overview}};
    for (const auto &p : pages) {
        QTest::keyClick(m_window.get(), p.key, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), p.page);
    }
    // The status bar's validation state opens the findings.
    QTest::mouseClick(m_window->findChild<QWidget *>(QStringLiteral("statusValidation")), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Validation);
    // The status bar's totals open the year's postings.
    QSignalSpy drill(m_session.get(), &LedgerSession::postingsRequested);
    QTest::mouseClick(m_window->findChild<QWidget *>(QStringLiteral("statusTotals")), Qt::LeftButton);
    QCOMPARE(drill.count(), 1);
    QCOMPARE(drill.first().first().value<PostingFilter>().year, 2019);
    QCOMPARE(m_window->currentPage(), MainWindow::Postings);
}

void tst_MainWindow::followsTheYear()
{
    auto *years = m_window->findChild<QComboBox *>(QStringLiteral("yearSelector"));
    QVERIFY(years);
    QCOMPARE(years->count(), 1);
    QVERIFY(AssociationRepository(*m_session->ledger())
                .addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}})
                .ok());
    QTRY_COMPARE(years->count(), 2);
    QCOMPARE(years->currentText(), QStringLiteral("2019"));
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Down);
    QCOMPARE(m_session->year(), 2020);
    QTRY_VERIFY(m_window->statusText().startsWith(QLatin1String("2020:")));
    // 2020 has nothing carried over yet while 2019 is in the books, and none of the notes its lines
    // refer to: the live check says so (1 carry-over error, 5 missing notes).
    QTRY_VERIFY2(m_window->statusText().contains(QLatin1String("6 errors")), qPrintable(m_window->statusText()));
    QStringList rules;
    for (const Finding &f : m_window->validationMonitor()->report().findings)
        rules.append(f.ruleId);
    QCOMPARE(rules.count(QStringLiteral("CARRY-OVER")), 1);
    QCOMPARE(rules.count(QStringLiteral("NOTE-MISSING")), 5);
    QVERIFY(m_window->windowTitle().contains(QLatin1String(" 2020 ")));
}

void tst_MainWindow::undoShowsWhatWillBeUndone()
{
    QVERIFY(
        m_session->execute(std::make_unique<RenameAssociation>(m_session.get(), QStringLiteral("Ny forening"))).ok());
    QCOMPARE(AssociationRepository(*m_session->ledger()).association()->name, QStringLiteral("Ny forening"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QLatin1String("Rename association")), qPrintable(undo->text()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(AssociationRepository(*m_session->ledger()).association()->name,
             QStringLiteral("DIGIT, Digitaliseringsforening Sjælland"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(AssociationRepository(*m_session->ledger()).association()->name, QStringLiteral("Ny forening"));
}

void tst_MainWindow::findingJumpsToWhatItConcerns()
{
    QVERIFY(ControlTotalRepository(*m_session->ledger())
                .setControlTotal({0, 2019, std::nullopt, Money::fromOre(-32274900), QStringLiteral("ERP")})
                .ok());
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("1 errors")));
    m_window->showPage(MainWindow::Validation);
    auto *view = qobject_cast<ValidationView *>(m_window->page(MainWindow::Validation));
    QVERIFY(view);
    QCOMPARE(view->findingsModel()->rowCount(), 1);
    QCOMPARE(view->findingsModel()->finding(0).ruleId, QStringLiteral("CONTROL-RESULT"));
    QSignalSpy reveal(m_session.get(), &LedgerSession::revealRequested);
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->findingsModel()->index(0, 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QCOMPARE(reveal.count(), 1);
    QCOMPARE(m_window->currentPage(), MainWindow::ControlTotals);
}

void tst_MainWindow::overviewDrillsDown()
{
    auto *overview = qobject_cast<OverviewView *>(m_window->page(MainWindow::Overview));
    QSignalSpy drill(m_session.get(), &LedgerSession::postingsRequested);
    QTableView *table = overview->statementTable();
    table->setFocus();
    // Row 10 is ESDH (after 6 lines above the projects and the "Projekter:" heading).
    QCOMPARE(overview->statementModel()->index(10, StatementTableModel::TextColumn).data().toString(),
             QStringLiteral("ESDH"));
    table->setCurrentIndex(overview->statementModel()->index(10, StatementTableModel::NetColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(drill.count(), 1);
    const auto filter = drill.first().first().value<PostingFilter>();
    QCOMPARE(filter.year, 2019);
    QCOMPARE(filter.accountId, std::optional<qint64>(overview->statementModel()->lineAt(10)->accountId));
    QCOMPARE(m_window->currentPage(), MainWindow::Postings);
}

void tst_MainWindow::opensAccountStatementAndTrialBalance()
{
    auto *budget = qobject_cast<BudgetView *>(m_window->page(MainWindow::Budget));
    auto *accounts = qobject_cast<AccountsView *>(m_window->page(MainWindow::Accounts));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Accounts);
    const Account personale =
        *std::find_if(accounts->model()->accounts().cbegin(), accounts->model()->accounts().cend(),
                      [](const Account &a) { return a.number == QStringLiteral("2010"); });
    QVERIFY(accounts->selectKey(personale.id));
    accounts->table()->setFocus();
    QTest::keyClick(accounts->table(), Qt::Key_K, Qt::ControlModifier);
    AccountStatementDialog *statement = budget->accountStatementDialog();
    QTRY_VERIFY(statement->isVisible());
    QCOMPARE(statement->accountId(), personale.id);
    // The page stays where the user was.
    QCOMPARE(m_window->currentPage(), MainWindow::Accounts);
    statement->close();

    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    TrialBalanceDialog *trial = budget->trialBalanceDialog();
    QTRY_VERIFY(trial->isVisible());
    QCOMPARE(trial->fromEdit()->date(), QDate(2019, 1, 1));
    QCOMPARE(trial->toEdit()->date(), QDate(2019, 12, 31));
    QVERIFY(trial->model()->rowCount() > 0);
    trial->close();
}

void tst_MainWindow::damagedLedgerIsClosedWithAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.annalist"));
    QVERIFY(test::demoLedger(m_dir, QStringLiteral("damaged.annalist")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // The last pages (postings) are garbage; the schema at the start still reads.
    const qint64 size = file.size();
    file.seek(size - size / 4);
    file.write(QByteArray(int(size / 4), '\x5a'));
    file.close();
    // A session of its own: the window would show the message in a dialog.
    LedgerSession session;
    QSignalSpy reported(&session, &LedgerSession::errorReported);
    const Status opened = session.open(path);
    if (opened) {
        // Opened at once; the check in the background finds the damage and closes it.
        QTRY_COMPARE(reported.count(), 1);
        QVERIFY(!session.isOpen());
        QVERIFY2(reported.first().first().toString().contains(QStringLiteral("damaged")),
                 qPrintable(reported.first().first().toString()));
    } else {
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    }
}

void tst_MainWindow::remembersGeometryAndLedger()
{
    m_window->resize(1300, 777);
    m_window->close();
    QVERIFY(!Settings::windowGeometry().isEmpty());
    QCOMPARE(Settings::lastLedger(), m_dir.filePath(QStringLiteral("demo.annalist")));
    QCOMPARE(Settings::recentLedgers().first(),
             QFileInfo(m_dir.filePath(QStringLiteral("demo.annalist"))).absoluteFilePath());
    MainWindow again(m_session.get());
    QCOMPARE(again.size(), QSize(1300, 777));
}

void tst_MainWindow::emptyLedgerHasNoDemoHint()
{
    const QString path = m_dir.filePath(QStringLiteral("own.annalist"));
    QFile::remove(path);
    QVERIFY(m_session->create(path, 2024).ok());
    QVERIFY(!m_window->isDemoHintVisible());
    QCOMPARE(m_session->year(), 2024);
    QTRY_VERIFY(m_window->statusText().startsWith(QLatin1String("2024:")));
    // The undo history belongs to the ledger it was made in.
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("own.annalist")));
}

void tst_MainWindow::savesScreenshots()
{
    m_window->resize(1280, 800);
    const QDir out(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()));
    const char *names[] = {"overview", "postings", "budget",        "accounts",   "projects",
                           "members",  "notes",    "controltotals", "validation", "report"};
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        m_window->showPage(MainWindow::Page(i));
        QTest::qWait(50);
        const QString file = out.filePath(QStringLiteral("main-%1.png").arg(QLatin1String(names[i])));
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
    }
}

// Last: the Danish translation stays installed until the end of this test.
void tst_MainWindow::speaksDanish()
{
    // As at the start of the application: the translation first, then the window.
    QCOMPARE(Translations::install(qApp, QStringLiteral("da")), QStringLiteral("da"));
    m_statementTester.reset();
    m_findingsTester.reset();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *navigation = m_window->findChild<QListWidget *>();
    const QStringList danish{
        QStringLiteral("Oversigt"), QStringLiteral("Posteringer"),    QStringLiteral("Budget"),
        QStringLiteral("Konti"),    QStringLiteral("Projekter"),      QStringLiteral("Medlemmer"),
        QStringLiteral("Noter"),    QStringLiteral("Kontroltotaler"), QStringLiteral("Validering")};
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i)
        shown << navigation->item(i)->text();
    // The Report page is the tenth; its Danish name arrives with the next translation round.
    QCOMPARE(shown.size(), int(MainWindow::PageCount));
    QCOMPARE(shown.mid(0, danish.size()), danish);
    QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&Filer"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("trialBalance"))->text(),
             QStringLiteral("&Saldobalance..."));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("undo"))->text(), QStringLiteral("Fortryd"));

    m_window->resize(1280, 800);
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("Ingen fejl")), qPrintable(m_window->statusText()));
    const QDir out(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()));
    for (const auto &[page, name] :
         {std::pair{MainWindow::Overview, "overview"}, std::pair{MainWindow::Budget, "budget"},
          std::pair{MainWindow::Postings, "postings"}}) {
        m_window->showPage(page);
        QCoreApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("main-%1-da.png").arg(QLatin1String(name)));
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
