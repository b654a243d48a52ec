#include "AccountRepository.h"
#include "AddPostingCommand.h"
#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "StatementTableModel.h"
#include "YearClosingDialog.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace annalist;

namespace {

// Runs `work` on the next modal dialog of type T once it is up (while the caller's exec() runs).
template <typename T>
void whenModal(std::function<void(T *)> work)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock, work] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (dialog)
            work(dialog);
    });
    timer->start(20);
}

} // namespace

// Closing 2019 of the demo from the window, the carry-over it books into 2020, the refusal of
// changes to the closed year, and reopening it with a reason.
class tst_YearClosingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closesAndReopensTheYear();
    void refusalIsShownAndKeepsTheInput();

private:
    // The window's shortcuts work while it is the active window, which a closed dialog leaves to chance.
    void activate();
    bool fiscalYearClosed(int year) const;
    QString statementRow(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void tst_YearClosingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_yearclosingdialog"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_YearClosingDialog::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
    QTRY_VERIFY(m_window->statusText().contains(QLatin1String("No errors")));
}

void tst_YearClosingDialog::activate()
{
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void tst_YearClosingDialog::cleanup()
{
    m_window.reset();
    m_session.reset();
}

bool tst_YearClosingDialog::fiscalYearClosed(int year) const
{
    auto fiscal = AssociationRepository(*m_session->ledger()).year(year);
    return fiscal && fiscal->has_value() && (*fiscal)->closed;
}

// The cells of the Overview statement's row with `text`, joined by " | ".
QString tst_YearClosingDialog::statementRow(const QString &text) const
{
    const QAbstractItemModel *model =
        qobject_cast<OverviewView *>(m_window->page(MainWindow::Overview))->statementModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StatementTableModel::TextColumn).data().toString() != text)
            continue;
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        return cells.join(QLatin1String(" | "));
    }
    return {};
}

void tst_YearClosingDialog::closesAndReopensTheYear()
{
    auto *years = m_window->findChild<QComboBox *>(QStringLiteral("yearSelector"));
    QCOMPARE(years->count(), 1);
    m_session->undoStack()->push(new QUndoCommand(QStringLiteral("something before")));

    // File > Close Year (Ctrl+Shift+L): the result to carry over, the signatories proposed, and
    // closing only once confirmed; then the receipt.
    QString result;
    QString proposed;
    bool enabledBeforeConfirming = true;
    QString receipt;
    whenModal<YearClosingDialog>([&](YearClosingDialog *dialog) {
        result = dialog->operatingResultText();
        proposed = dialog->signatoriesEdit()->toPlainText();
        if (proposed.trimmed().isEmpty()) {
            dialog->signatoriesEdit()->setFocus();
            QTest::keyClicks(dialog->signatoriesEdit(), QStringLiteral("Anne Jensen, Formand"));
        }
        enabledBeforeConfirming = dialog->closeYearButton()->isEnabled();
        dialog->confirmation()->setFocus();
        QTest::keyClick(dialog->confirmation(), Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_Return); // closes
        receipt = dialog->receiptText();
        QTest::keyClick(dialog, Qt::Key_Return); // done
    });
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(result.contains(QLatin1String("-322.748,08")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("Overført fra 2019")));
    QVERIFY(!enabledBeforeConfirming);
    QVERIFY2(receipt.contains(QLatin1String("-322.748,08")), qPrintable(receipt));
    QVERIFY(receipt.contains(QStringLiteral("Overført fra 2019")));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(fiscalYearClosed(2019));
    // Not undoable, and nothing before it can be undone into the closed year.
    QCOMPARE(m_session->undoStack()->count(), 0);

    // 2020 is in the year selector, with the carry-over line in its statement.
    QTRY_COMPARE(years->count(), 2);
    QCOMPARE(years->itemText(1), QStringLiteral("2020"));
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Down);
    QCOMPARE(m_session->year(), 2020);
    QTRY_VERIFY(!statementRow(QStringLiteral("Overført fra 2019")).isEmpty());
    const QString row = statementRow(QStringLiteral("Overført fra 2019"));
    QVERIFY2(row.contains(QLatin1String("-322.748,08")), qPrintable(row));

    // Adding a posting to 2019 is refused, saying it is closed: the entry form says so and
    // takes nothing, and an edit past it is refused by the ledger.
    QTest::keyClick(years, Qt::Key_Up);
    QCOMPARE(m_session->year(), 2019);
    m_window->showPage(MainWindow::Postings);
    auto *problem = m_window->page(MainWindow::Postings)->findChild<QLabel *>(QStringLiteral("entryProblem"));
    QVERIFY(problem);
    QTRY_VERIFY2(problem->text().contains(QLatin1String("closed")), qPrintable(problem->text()));
    QVERIFY(!m_window->page(MainWindow::Postings)->findChild<QPushButton *>(QStringLiteral("entryAdd"))->isEnabled());
    const qint64 account = AccountRepository(*m_session->ledger()).accounts()->first().id;
    const Status added = m_session->execute(std::make_unique<AddPostingCommand>(
        m_session.get(), Posting{0, 2019, QDate(2019, 5, 1), 9999, account, std::nullopt, QStringLiteral("Kaffe"),
                                 Money::fromOre(100)}));
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QLatin1String("closed")), qPrintable(added.error().message));

    // Closing again is refused in the dialog, which says why.
    QString again;
    bool closable = true;
    whenModal<YearClosingDialog>([&](YearClosingDialog *dialog) {
        again = dialog->problemText();
        closable = dialog->closeYearButton()->isEnabled();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(again.contains(QLatin1String("closed already")), qPrintable(again));
    QVERIFY(!closable);

    // Reopen Year without a reason is refused and leaves it closed.
    auto *reopen = m_window->findChild<QAction *>(QStringLiteral("reopenYear"));
    auto reasonNeeded = test::answerNextQuestion(); // the message that a reason is needed
    whenModal<QInputDialog>([](QInputDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    activate();
    reopen->trigger();
    QVERIFY(reasonNeeded.wait());
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(fiscalYearClosed(2019));

    // With a reason it opens again, and postings can be added.
    whenModal<QInputDialog>([](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, QStringLiteral("Revisionens bemærkning om note 3"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    activate();
    reopen->trigger();
    QTRY_VERIFY(!fiscalYearClosed(2019));
    QTRY_VERIFY(
        m_window->page(MainWindow::Postings)->findChild<QPushButton *>(QStringLiteral("entryAdd"))->isEnabled());
    QVERIFY(m_session
                ->execute(std::make_unique<AddPostingCommand>(
                    m_session.get(), Posting{0, 2019, QDate(2019, 5, 1), 9999, account, std::nullopt,
                                             QStringLiteral("Kaffe"), Money::fromOre(100)}))
                .ok());
}

void tst_YearClosingDialog::refusalIsShownAndKeepsTheInput()
{
    // Without signatories closing is refused; with validation errors it says what to correct.
    YearClosingDialog dialog(m_session.get(), 2019, m_window.get());
    dialog.show();
    dialog.signatoriesEdit()->clear();
    dialog.confirmation()->setChecked(true);
    QVERIFY(!dialog.closeYearButton()->isEnabled());
    dialog.signatoriesEdit()->setPlainText(QStringLiteral("Anne Jensen, Formand"));
    QVERIFY(dialog.closeYearButton()->isEnabled());

    // A posting on an account that does not balance the control totals: validation errors.
    QCOMPARE(
        test::sqliteShellUnaudited(m_session->path(), QStringLiteral("UPDATE postings SET amount = amount + 100000 "
                                                                     "WHERE id = (SELECT min(id) FROM postings);")),
        QString());
    QVERIFY(!dialog.closeYear());
    QVERIFY2(dialog.problemText().contains(QLatin1String("cannot be closed")), qPrintable(dialog.problemText()));
    QVERIFY(!dialog.receipt());
    QCOMPARE(dialog.signatoriesEdit()->toPlainText(), QStringLiteral("Anne Jensen, Formand"));
    QVERIFY(!fiscalYearClosed(2019));
}

QTEST_MAIN(tst_YearClosingDialog)
#include "tst_yearclosingdialog.moc"
