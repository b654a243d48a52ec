#include "AccountStatementDialog.h"
#include "AccountStatementModel.h"
#include "AssociationRepository.h"
#include "BudgetChangesModel.h"
#include "BudgetChangesPanel.h"
#include "BudgetRepository.h"
#include "BudgetTableModel.h"
#include "BudgetView.h"
#include "LedgerSession.h"
#include "TrialBalanceDialog.h"
#include "TrialBalanceModel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class tst_BudgetView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editBudgetByKeyboard();
    void typingStartsAnEdit();
    void refusedEditKeepsWhatWasTyped();
    void addBudgetChange();
    void refusedChangeKeepsTheForm();
    void editAndDeleteBudgetChange();
    void startNextYearsBudget();
    void yearToDateByKeyboard();
    void figuresDrillDown();
    void accountStatement();
    void trialBalance();
    void savesScreenshot();

private:
    int rowOf(const QString &number) const;
    QString cell(const QString &number, int column) const;
    QString sql(const QString &query) const { return test::sqliteShell(m_path, query); }
    QLineEdit *editor() const;
    void typeIntoCell(const QModelIndex &index, const QString &text);
    void commit(QLineEdit *cellEditor, Qt::Key key = Qt::Key_Return);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<BudgetView> m_view;
    QTableView *m_table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_budgetTester;
    std::unique_ptr<QAbstractItemModelTester> m_changesTester;
};

void tst_BudgetView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    m_path = m_dir.filePath(QStringLiteral("demo.annalist"));
}

void tst_BudgetView::init()
{
    QFile::remove(m_path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(m_path).ok());
    m_view = std::make_unique<BudgetView>(m_session.get());
    // Undo and redo as the main window offers them.
    QAction *undo = m_session->undoStack()->createUndoAction(m_view.get());
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(m_view.get());
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_view->addAction(undo);
    m_view->addAction(redo);
    m_budgetTester = std::make_unique<QAbstractItemModelTester>(m_view->budgetModel(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_changesTester = std::make_unique<QAbstractItemModelTester>(
        m_view->changesPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_table = m_view->budgetTable();
    m_view->resize(1280, 820);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_table->setFocus();
}

void tst_BudgetView::cleanup()
{
    m_budgetTester.reset();
    m_changesTester.reset();
    m_view.reset();
    m_session.reset();
}

int tst_BudgetView::rowOf(const QString &number) const
{
    const BudgetTableModel *model = m_view->budgetModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (const StatementLine *line = model->lineAt(row); line && line->accountNumber == number)
            return row;
    return -1;
}

QString tst_BudgetView::cell(const QString &number, int column) const
{
    return m_view->budgetModel()->index(rowOf(number), column).data().toString();
}

QLineEdit *tst_BudgetView::editor() const
{
    return m_table->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
}

void tst_BudgetView::typeIntoCell(const QModelIndex &index, const QString &text)
{
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    QTest::keyClick(m_table, Qt::Key_F2);
    QTRY_VERIFY(editor() && editor()->hasFocus());
    QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor(), text);
    commit(editor());
}

void tst_BudgetView::commit(QLineEdit *cellEditor, Qt::Key key)
{
    // The delegate commits on the next turn of the event loop, then lets the editor go.
    const QPointer<QLineEdit> closing(cellEditor);
    QTest::keyClick(cellEditor, key);
    QTRY_VERIFY(closing.isNull());
}

void tst_BudgetView::editBudgetByKeyboard()
{
    const QModelIndex index =
        m_view->budgetModel()->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn);
    typeIntoCell(index, QStringLiteral("1.650.000,00"));
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budgets WHERE year = 2019 AND account_id = "
                                "(SELECT id FROM accounts WHERE number = '2010')")),
             QStringLiteral("165000000"));
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::CorrectedColumn), QStringLiteral("1.650.000,00"));
    // The cell keeps the cursor, to go on down the column.
    QCOMPARE(m_table->currentIndex(), index);
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budgets WHERE year = 2019 AND account_id = "
                                "(SELECT id FROM accounts WHERE number = '2010')")),
             QStringLiteral("160000000"));
}

void tst_BudgetView::typingStartsAnEdit()
{
    const QModelIndex index =
        m_view->budgetModel()->index(rowOf(QStringLiteral("3040")), BudgetTableModel::OriginalColumn);
    m_table->setCurrentIndex(index);
    QTest::keyClick(m_table, Qt::Key_2);
    QTRY_VERIFY(editor() && editor()->hasFocus());
    QTest::keyClicks(editor(), QStringLiteral("600000"));
    QCOMPARE(editor()->text(), QStringLiteral("2600000"));
    commit(editor(), Qt::Key_Enter);
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budgets WHERE year = 2019 AND account_id = "
                                "(SELECT id FROM accounts WHERE number = '3040')")),
             QStringLiteral("260000000"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::CorrectedColumn), QStringLiteral("2.850.000,00"));
}

void tst_BudgetView::refusedEditKeepsWhatWasTyped()
{
    const QModelIndex index =
        m_view->budgetModel()->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn);
    typeIntoCell(index, QStringLiteral("abc"));
    QTRY_VERIFY(m_view->messageText().contains(QLatin1String("'abc' is not an amount")));
    // The editor opens again on what was typed.
    QTRY_VERIFY(editor() && editor()->isVisible() && editor()->text() == QLatin1String("abc"));
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budgets WHERE year = 2019 AND account_id = "
                                "(SELECT id FROM accounts WHERE number = '2010')")),
             QStringLiteral("160000000"));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QTest::keyClick(editor(), Qt::Key_Escape);
    QTRY_VERIFY(m_view->messageText().isEmpty());
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::OriginalColumn), QStringLiteral("1.600.000,00"));
}

void tst_BudgetView::addBudgetChange()
{
    // On the ESDH line, "Add Budget Change" chooses the account and goes to the amount.
    m_table->setCurrentIndex(m_view->budgetModel()->index(rowOf(QStringLiteral("3040")), BudgetTableModel::NameColumn));
    QTest::keyClick(m_table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = m_view->changesPanel();
    auto *date = panel->findChild<QDateEdit *>(QStringLiteral("changeDate"));
    auto *account = panel->findChild<QComboBox *>(QStringLiteral("changeAccount"));
    auto *amount = panel->findChild<QLineEdit *>(QStringLiteral("changeAmount"));
    auto *decision = panel->findChild<QLineEdit *>(QStringLiteral("changeDecision"));
    QVERIFY(date && account && amount && decision);
    QCOMPARE(account->currentText(), QStringLiteral("3040 ESDH"));
    QTRY_VERIFY(amount->hasFocus());
    QTest::keyClicks(amount, QStringLiteral("100.000,00"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QVERIFY(decision->hasFocus());
    QTest::keyClicks(decision, QStringLiteral("Bestyrelsens beslutning om udvidet udbud"));
    // The date, typed section by section.
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("01102019"));
    QCOMPARE(date->date(), QDate(2019, 10, 1));
    QTest::keyClick(decision, Qt::Key_Return);

    QCOMPARE(sql(QStringLiteral("SELECT date || '|' || amount || '|' || decision FROM budget_changes "
                                "ORDER BY id DESC LIMIT 1")),
             QStringLiteral("2019-10-01|10000000|Bestyrelsens beslutning om udvidet udbud"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::ChangesColumn), QStringLiteral("350.000,00"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::CorrectedColumn), QStringLiteral("2.850.000,00"));
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(amount->text().isEmpty()); // ready for the next one
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add budget change of 100.000,00 to 3040 ESDH"));

    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budget_changes")), QStringLiteral("1"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::CorrectedColumn), QStringLiteral("2.750.000,00"));
    QCOMPARE(panel->model()->rowCount(), 1);
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budget_changes")), QStringLiteral("2"));
}

void tst_BudgetView::refusedChangeKeepsTheForm()
{
    auto *panel = m_view->changesPanel();
    auto *amount = panel->findChild<QLineEdit *>(QStringLiteral("changeAmount"));
    auto *decision = panel->findChild<QLineEdit *>(QStringLiteral("changeDecision"));
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("50.000,00"));
    QTest::keyClick(amount, Qt::Key_Return);
    // No decision: refused, and the amount stays.
    QVERIFY(panel->problem().contains(QLatin1String("decision")));
    QVERIFY(decision->hasFocus());
    QCOMPARE(amount->text(), QStringLiteral("50.000,00"));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budget_changes")), QStringLiteral("1"));

    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("0"));
    QTest::keyClicks(decision, QStringLiteral("Ingen ændring"));
    QTest::keyClick(decision, Qt::Key_Return);
    QVERIFY(panel->problem().contains(QLatin1String("zero")));
    QVERIFY(amount->hasFocus());
    QCOMPARE(decision->text(), QStringLiteral("Ingen ændring"));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_BudgetView::editAndDeleteBudgetChange()
{
    auto *panel = m_view->changesPanel();
    QTableView *changes = panel->table();
    const QString changesSql = QStringLiteral("SELECT id || '|' || amount FROM budget_changes");
    const QString before = sql(changesSql);
    changes->setFocus();
    changes->setCurrentIndex(panel->model()->index(0, BudgetChangesModel::AmountColumn));
    QTest::keyClick(changes, Qt::Key_F2);
    auto *cellEditor = changes->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
    QTRY_VERIFY(cellEditor && cellEditor->hasFocus());
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, QStringLiteral("300.000,00"));
    commit(cellEditor);
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budget_changes")), QStringLiteral("30000000"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::CorrectedColumn), QStringLiteral("2.800.000,00"));

    changes->setFocus();
    changes->selectRow(0);
    QTest::keyClick(changes, Qt::Key_Delete);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budget_changes")), QStringLiteral("0"));
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::CorrectedColumn), QStringLiteral("2.500.000,00"));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    // Back under its old id, with its old amount.
    QCOMPARE(sql(changesSql), before);
}

void tst_BudgetView::startNextYearsBudget()
{
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("startNextYearButton"));
    QVERIFY(button);
    QVERIFY(button->text().contains(QLatin1String("2020")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_session->year(), 2020);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = 2020 AND start_date = '2020-01-01' "
                                "AND end_date = '2020-12-31'")),
             QStringLiteral("1"));
    const BudgetRepository budgets(*m_session->ledger());
    const auto last = budgets.budgets(2019).value();
    const auto next = budgets.budgets(2020).value();
    QCOMPARE(next.size(), last.size());
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        QVERIFY(next.contains(it.key()));
        QCOMPARE(next.value(it.key()).original, it->corrected());
        QCOMPARE(next.value(it.key()).changes, Money());
    }
    QCOMPARE(sql(QStringLiteral("SELECT amount FROM budgets WHERE year = 2020 AND account_id = "
                                "(SELECT id FROM accounts WHERE number = '3040')")),
             QStringLiteral("275000000"));
    // The monthly spread comes along.
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budget_months WHERE year = 2020")),
             sql(QStringLiteral("SELECT COUNT(*) FROM budget_months WHERE year = 2019")));
    // The view shows the new year's budget.
    QCOMPARE(m_view->budgetModel()->statement().year, 2020);
    QCOMPARE(cell(QStringLiteral("3040"), BudgetTableModel::OriginalColumn), QStringLiteral("2.750.000,00"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Start the budget of 2020 from 2019"));

    m_session->undoStack()->undo();
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year = 2020")), QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM fiscal_years")), QStringLiteral("1"));
    QCOMPARE(m_session->year(), 2019);
    m_session->undoStack()->redo();
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year = 2020")), QString::number(last.size()));

    // Started once is enough: a second start is refused with the reason.
    m_session->setYear(2019);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(m_view->messageText().contains(QLatin1String("2020 has budgets already")),
             qPrintable(m_view->messageText()));
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void tst_BudgetView::yearToDateByKeyboard()
{
    QComboBox *period = m_view->periodSelector();
    QVERIFY(m_table->isColumnHidden(BudgetTableModel::PeriodBudgetColumn));
    period->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(period->currentData().toInt(), 6);
    QCOMPARE(m_view->budgetModel()->throughMonth(), 6);
    QVERIFY(!m_table->isColumnHidden(BudgetTableModel::PeriodBudgetColumn));
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::PeriodBudgetColumn), QStringLiteral("800.000,00"));
    QTest::keyClick(period, Qt::Key_Home);
    QCOMPARE(m_view->budgetModel()->throughMonth(), 12);
    QVERIFY(m_table->isColumnHidden(BudgetTableModel::PeriodBudgetColumn));
}

void tst_BudgetView::figuresDrillDown()
{
    QSignalSpy postings(m_session.get(), &LedgerSession::postingsRequested);
    m_view->budgetModel()->setThroughMonth(6);
    const int row = rowOf(QStringLiteral("3040"));
    m_table->setCurrentIndex(m_view->budgetModel()->index(row, BudgetTableModel::ActualColumn));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(postings.count(), 1);
    const auto filter = postings.first().first().value<PostingFilter>();
    QCOMPARE(filter.year, 2019);
    QCOMPARE(filter.accountId, m_view->budgetModel()->lineAt(row)->accountId);
    QCOMPARE(filter.to, QDate(2019, 6, 30));
    // The total row stands for every account.
    m_table->setCurrentIndex(
        m_view->budgetModel()->index(m_view->budgetModel()->rowCount() - 1, BudgetTableModel::DeviationColumn));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(postings.count(), 2);
    QVERIFY(!postings.last().first().value<PostingFilter>().accountId.has_value());
    // Enter on a budget change figure goes to the form instead.
    m_table->setCurrentIndex(
        m_view->budgetModel()->index(rowOf(QStringLiteral("2020")), BudgetTableModel::ChangesColumn));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(postings.count(), 2);
    QCOMPARE(m_view->changesPanel()->findChild<QComboBox *>(QStringLiteral("changeAccount"))->currentText(),
             QStringLiteral("2020 Administration"));
}

void tst_BudgetView::accountStatement()
{
    // Asked for from anywhere in the window.
    const qint64 personale = m_view->budgetModel()->lineAt(rowOf(QStringLiteral("2010")))->accountId;
    m_session->showAccountStatement(personale);
    AccountStatementDialog *dialog = m_view->accountStatementDialog();
    QTRY_VERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountStatementModel *model = dialog->model();
    QCOMPARE(dialog->accountId(), personale);
    QCOMPARE(model->rowCount(), 12 + 2);
    const int closing = model->rowCount() - 1;
    QCOMPARE(model->index(closing, AccountStatementModel::BalanceColumn).data().toString(),
             QStringLiteral("1.541.130,23"));
    QCOMPARE(model->index(closing - 1, AccountStatementModel::BalanceColumn).data().toString(),
             QStringLiteral("1.541.130,23"));
    QCOMPARE(model->index(0, AccountStatementModel::BalanceColumn).data().toString(), QStringLiteral("0,00"));
    QVERIFY(dialog->summaryText().contains(QLatin1String("12 postings")));

    // A narrower range opens on what the year had before it.
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("statementFrom"));
    from->setDate(QDate(2019, 4, 1));
    QCOMPARE(model->rowCount(), 9 + 2);
    QCOMPARE(model->statement().closing().toDanish(), QStringLiteral("1.541.130,23"));
    QVERIFY(model->statement().opening > Money());
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("statementOpening"))->text().contains(QLatin1String("31.03.2019")));

    // A posting opens among the postings.
    QSignalSpy reveal(m_session.get(), &LedgerSession::revealRequested);
    dialog->table()->setCurrentIndex(model->index(1, AccountStatementModel::TextColumn));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QCOMPARE(reveal.count(), 1);
    QCOMPARE(reveal.first().first().value<FindingLocation>().id, model->postingAt(1)->id);
    QVERIFY(dialog->isVisible()); // Enter did not close it
    const QString output = QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                               .filePath(QStringLiteral("view-account-statement.png"));
    QVERIFY(dialog->grab().save(output));
    dialog->close();

    // Ctrl+K on a budget line opens that account's statement, over the period shown.
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->budgetModel()->setThroughMonth(3);
    m_table->setFocus();
    m_table->setCurrentIndex(m_view->budgetModel()->index(rowOf(QStringLiteral("3040")), BudgetTableModel::NameColumn));
    QTest::keyClick(m_table, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->accountId(), m_view->budgetModel()->lineAt(rowOf(QStringLiteral("3040")))->accountId);
    QCOMPARE(model->statement().to, QDate(2019, 3, 31));
    QCOMPARE(model->rowCount(), 3 + 2);
}

void tst_BudgetView::trialBalance()
{
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("trialBalanceButton")), Qt::LeftButton);
    TrialBalanceDialog *dialog = m_view->trialBalanceDialog();
    QTRY_VERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrialBalanceModel *model = dialog->model();
    QCOMPARE(dialog->fromEdit()->date(), QDate(2019, 1, 1));
    QCOMPARE(dialog->toEdit()->date(), QDate(2019, 12, 31));
    QCOMPARE(model->rowCount(), 17 + 1);
    const int total = model->rowCount() - 1;
    QVERIFY(model->isTotal(total));
    QCOMPARE(model->index(total, TrialBalanceModel::BalanceColumn).data().toString(), QStringLiteral("-322.748,08"));
    QCOMPARE(model->index(0, TrialBalanceModel::CreditColumn).data().toString(), QStringLiteral("11.717.709,00"));

    // Typed dates narrow it down.
    dialog->toEdit()->setFocus();
    dialog->toEdit()->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(dialog->toEdit(), QStringLiteral("01012019"));
    QCOMPARE(dialog->toEdit()->date(), QDate(2019, 1, 1));
    QCOMPARE(model->rowCount(), 1 + 1);
    QCOMPARE(model->index(1, TrialBalanceModel::BalanceColumn).data().toString(), QStringLiteral("-1.056.176,43"));
    dialog->fromEdit()->setDate(QDate(2019, 6, 1));
    QCOMPARE(model->rowCount(), 1); // the total alone
    QCOMPARE(model->index(0, TrialBalanceModel::BalanceColumn).data().toString(), QStringLiteral("0,00"));
    QVERIFY(dialog->summaryText().contains(QLatin1String("after the last")));

    // An account opens its statement over the same range.
    dialog->fromEdit()->setDate(QDate(2019, 1, 1));
    dialog->toEdit()->setDate(QDate(2019, 6, 30));
    const QString output = QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                               .filePath(QStringLiteral("view-trial-balance.png"));
    QVERIFY(dialog->grab().save(output));
    dialog->table()->setFocus();
    dialog->table()->setCurrentIndex(model->index(1, TrialBalanceModel::NameColumn));
    QCOMPARE(model->rowAt(1)->accountNumber, QStringLiteral("2010"));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    AccountStatementDialog *statement = m_view->accountStatementDialog();
    QTRY_VERIFY(statement->isVisible());
    QCOMPARE(statement->model()->statement().account.number, QStringLiteral("2010"));
    QCOMPARE(statement->model()->statement().to, QDate(2019, 6, 30));
    QCOMPARE(statement->model()->statement().closing(), model->rowAt(1)->balance());
    QVERIFY(dialog->isVisible());
}

void tst_BudgetView::savesScreenshot()
{
    // Lower limits, so that the picture shows a marked deviation.
    const AssociationRepository associations(*m_session->ledger());
    Association a = associations.association().value();
    a.deviationWarnPercent = 3;
    QVERIFY(associations.setAssociation(a).ok());
    QVERIFY(m_view->budgetModel()->isLargeDeviation(rowOf(QStringLiteral("2010"))));
    m_table->setCurrentIndex(
        m_view->budgetModel()->index(rowOf(QStringLiteral("3040")), BudgetTableModel::OriginalColumn));
    const QString output = QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                               .filePath(QStringLiteral("view-budget.png"));
    QVERIFY(m_view->grab().save(output));
}

QTEST_MAIN(tst_BudgetView)
#include "tst_budgetview.moc"
