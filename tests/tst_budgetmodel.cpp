#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "BudgetTableModel.h"
#include "LedgerSession.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class tst_BudgetModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsBySection();
    void demoFigures_data();
    void demoFigures();
    void totalsEqualTheStatement_data();
    void totalsEqualTheStatement();
    void yearToDate();
    void editChangesTheLedgerAndUndoes();
    void repeatedEditsMerge();
    void emptyTextRemovesTheBudget();
    void refusedValueLeavesTheLedger_data();
    void refusedValueLeavesTheLedger();
    void closedYearIsReadOnly();
    void largeDeviationsAreMarked();
    void drillDownFilter();

private:
    int rowOf(const QString &number) const;
    QString cell(const QString &number, int column) const;
    QString budgetInFile(const QString &number, int year = 2019) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<BudgetTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_BudgetModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    m_path = m_dir.filePath(QStringLiteral("demo.annalist"));
}

void tst_BudgetModel::init()
{
    QFile::remove(m_path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(m_path).ok());
    m_model = std::make_unique<BudgetTableModel>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_BudgetModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
}

int tst_BudgetModel::rowOf(const QString &number) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const StatementLine *line = m_model->lineAt(row); line && line->accountNumber == number)
            return row;
    return -1;
}

QString tst_BudgetModel::cell(const QString &number, int column) const
{
    return m_model->index(rowOf(number), column).data().toString();
}

QString tst_BudgetModel::budgetInFile(const QString &number, int year) const
{
    return test::sqliteShell(m_path, QStringLiteral("SELECT b.amount FROM budgets b JOIN accounts a ON a.id = "
                                                    "b.account_id WHERE a.number = '%1' AND b.year = %2")
                                         .arg(number)
                                         .arg(year));
}

void tst_BudgetModel::rowsBySection()
{
    // A heading and a subtotal per section around its 1 + 5 + 11 + 1 lines, then the total.
    QCOMPARE(m_model->rowCount(), 4 + 18 + 4 + 1);
    QCOMPARE(m_model->columnCount(), int(BudgetTableModel::ColumnCount));
    QCOMPARE(m_model->rowKind(0), BudgetTableModel::RowKind::Heading);
    QCOMPARE(m_model->index(0, BudgetTableModel::NameColumn).data().toString(), QStringLiteral("Income"));
    QCOMPARE(m_model->rowKind(1), BudgetTableModel::RowKind::Line);
    QCOMPARE(m_model->rowKind(2), BudgetTableModel::RowKind::Subtotal);
    QCOMPARE(m_model->rowKind(3), BudgetTableModel::RowKind::Heading);
    QCOMPARE(m_model->index(3, BudgetTableModel::NameColumn).data().toString(), QStringLiteral("Operations"));
    QCOMPARE(m_model->rowKind(m_model->rowCount() - 1), BudgetTableModel::RowKind::Total);
    QStringList headings;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowKind(row) == BudgetTableModel::RowKind::Heading)
            headings.append(m_model->index(row, BudgetTableModel::NameColumn).data().toString());
    QCOMPARE(headings, (QStringList{QStringLiteral("Income"), QStringLiteral("Operations"), QStringLiteral("Projects"),
                                    QStringLiteral("Carry-over")}));
    // Only a line's original budget is editable.
    QVERIFY(m_model->flags(m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn)) &
            Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::ActualColumn)) &
              Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(2, BudgetTableModel::OriginalColumn)) & Qt::ItemIsEditable));
}

void tst_BudgetModel::demoFigures_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ESDH original") << "3040" << int(BudgetTableModel::OriginalColumn) << "2.500.000,00";
    QTest::newRow("ESDH changes") << "3040" << int(BudgetTableModel::ChangesColumn) << "250.000,00";
    QTest::newRow("ESDH corrected") << "3040" << int(BudgetTableModel::CorrectedColumn) << "2.750.000,00";
    QTest::newRow("ESDH actual") << "3040" << int(BudgetTableModel::ActualColumn) << "2.700.129,58";
    QTest::newRow("ESDH deviation") << "3040" << int(BudgetTableModel::DeviationColumn) << "-49.870,42";
    QTest::newRow("ESDH deviation %") << "3040" << int(BudgetTableModel::PercentColumn) << "-1,81";
    QTest::newRow("Personale actual") << "2010" << int(BudgetTableModel::ActualColumn) << "1.541.130,23";
    QTest::newRow("Personale deviation") << "2010" << int(BudgetTableModel::DeviationColumn) << "-58.869,77";
    QTest::newRow("Personale deviation %") << "2010" << int(BudgetTableModel::PercentColumn) << "-3,68";
    QTest::newRow("Personale name") << "2010" << int(BudgetTableModel::NameColumn) << "Personale";
    QTest::newRow("contributions budget") << "1010" << int(BudgetTableModel::PeriodBudgetColumn) << "-11.717.709,00";
    QTest::newRow("contributions deviation") << "1010" << int(BudgetTableModel::DeviationColumn) << "0,00";
    QTest::newRow("carry-over actual") << "9010" << int(BudgetTableModel::ActualColumn) << "-1.056.176,43";
}

void tst_BudgetModel::demoFigures()
{
    QFETCH(QString, account);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QVERIFY(rowOf(account) >= 0);
    QCOMPARE(cell(account, column), expected);
}

void tst_BudgetModel::totalsEqualTheStatement_data()
{
    QTest::addColumn<int>("month");
    QTest::newRow("whole year") << 12;
    QTest::newRow("through June") << 6;
    QTest::newRow("through January") << 1;
}

void tst_BudgetModel::totalsEqualTheStatement()
{
    QFETCH(int, month);
    m_model->setThroughMonth(month);
    auto statement = StatementBuilder(*m_session->ledger()).build(2019, month);
    QVERIFY(statement.ok());
    const auto amount = [this](int row, int column) {
        return Money::fromOre(m_model->index(row, column).data(BudgetTableModel::AmountRole).toLongLong());
    };
    Money expenses;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowKind(row) != BudgetTableModel::RowKind::Subtotal)
            continue;
        const Section section = m_model->lineAt(row - 1)->section;
        Money actual;
        Money budget;
        for (const StatementLine &line : statement->linesIn(section)) {
            actual += line.actual;
            budget += line.budget;
        }
        QCOMPARE(amount(row, BudgetTableModel::ActualColumn), actual);
        QCOMPARE(amount(row, BudgetTableModel::PeriodBudgetColumn), budget);
        if (section == Section::Income)
            QCOMPARE(actual, statement->incomeTotal());
        else
            expenses += actual;
    }
    QCOMPARE(expenses, statement->expensesTotal());
    const int total = m_model->rowCount() - 1;
    QCOMPARE(amount(total, BudgetTableModel::ActualColumn), statement->operatingResult());
    QCOMPARE(amount(total, BudgetTableModel::PeriodBudgetColumn), statement->budgetTotal());
    QCOMPARE(amount(total, BudgetTableModel::DeviationColumn), statement->deviationTotal());
    if (month == 12)
        QCOMPARE(m_model->index(total, BudgetTableModel::ActualColumn).data().toString(),
                 QStringLiteral("-322.748,08"));
}

void tst_BudgetModel::yearToDate()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setThroughMonth(6);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(m_model->throughMonth(), 6);
    QCOMPARE(m_model->statement().throughMonth, 6);
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::PeriodBudgetColumn), QStringLiteral("800.000,00"));
    // The whole year's budget stays beside it.
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::CorrectedColumn), QStringLiteral("1.600.000,00"));
    // The contributions fall in January, April, July and October: half the year is half the budget.
    QCOMPARE(cell(QStringLiteral("1010"), BudgetTableModel::PeriodBudgetColumn), QStringLiteral("-5.858.854,50"));
    QVERIFY(m_model->headerData(BudgetTableModel::PeriodBudgetColumn, Qt::Horizontal)
                .toString()
                .contains(QLocale().monthName(6)));
    QCOMPARE(m_model->periodEnd(), QDate(2019, 6, 30));
    m_model->setThroughMonth(12);
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::PeriodBudgetColumn), QStringLiteral("1.600.000,00"));
}

void tst_BudgetModel::editChangesTheLedgerAndUndoes()
{
    const QModelIndex index = m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn);
    QCOMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("1.600.000,00"));
    QVERIFY(m_model->setData(index, QStringLiteral("1.700.000,00")));
    QCOMPARE(budgetInFile(QStringLiteral("2010")), QStringLiteral("170000000"));
    // The model follows, in place.
    QCOMPARE(index.data().toString(), QStringLiteral("1.700.000,00"));
    QCOMPARE(cell(QStringLiteral("2010"), BudgetTableModel::DeviationColumn), QStringLiteral("-158.869,77"));
    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit budget of 2010 Personale"));
    stack->undo();
    QCOMPARE(budgetInFile(QStringLiteral("2010")), QStringLiteral("160000000"));
    QCOMPARE(index.data().toString(), QStringLiteral("1.600.000,00"));
    stack->redo();
    QCOMPARE(budgetInFile(QStringLiteral("2010")), QStringLiteral("170000000"));
    // The budget's note is kept.
    QCOMPARE(BudgetRepository(*m_session->ledger()).budget(m_model->lineAt(index.row())->accountId, 2019).value()->note,
             QStringLiteral("Illustrative budget"));
}

void tst_BudgetModel::repeatedEditsMerge()
{
    const QModelIndex index = m_model->index(rowOf(QStringLiteral("3040")), BudgetTableModel::OriginalColumn);
    QVERIFY(m_model->setData(index, QStringLiteral("2.600.000")));
    QVERIFY(m_model->setData(index, QStringLiteral("2600500,5")));
    QCOMPARE(budgetInFile(QStringLiteral("3040")), QStringLiteral("260050050"));
    QCOMPARE(m_session->undoStack()->count(), 1);
    // Another account's budget is a step of its own.
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("3050")), BudgetTableModel::OriginalColumn),
                             QStringLiteral("810.000,00")));
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(budgetInFile(QStringLiteral("3040")), QStringLiteral("250000000"));
    QCOMPARE(budgetInFile(QStringLiteral("3050")), QStringLiteral("80000000"));
    // The same value again is no edit at all.
    QVERIFY(m_model->setData(index, QStringLiteral("2.500.000,00")));
    QCOMPARE(m_session->undoStack()->index(), 0);
}

void tst_BudgetModel::emptyTextRemovesTheBudget()
{
    const QModelIndex index = m_model->index(rowOf(QStringLiteral("2030")), BudgetTableModel::OriginalColumn);
    QVERIFY(m_model->setData(index, QString()));
    QCOMPARE(budgetInFile(QStringLiteral("2030")), QString());
    QCOMPARE(cell(QStringLiteral("2030"), BudgetTableModel::PeriodBudgetColumn), QStringLiteral("0,00"));
    m_session->undoStack()->undo();
    QCOMPARE(budgetInFile(QStringLiteral("2030")), QStringLiteral("20000000"));
    // A budget typed where there was none is removed again by undo.
    QVERIFY(test::sqliteShellUnaudited(m_path, QStringLiteral("DELETE FROM budgets WHERE account_id = (SELECT id FROM "
                                                              "accounts WHERE number = '2040')"))
                .isEmpty());
    m_model->reload();
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("2040")), BudgetTableModel::OriginalColumn),
                             QStringLiteral("5.000,00")));
    QCOMPARE(budgetInFile(QStringLiteral("2040")), QStringLiteral("500000"));
    m_session->undoStack()->undo();
    QCOMPARE(budgetInFile(QStringLiteral("2040")), QString());
}

void tst_BudgetModel::refusedValueLeavesTheLedger_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("letters") << "abc";
    QTest::newRow("two commas") << "1,2,3";
    QTest::newRow("amount and words") << "100 kr";
}

void tst_BudgetModel::refusedValueLeavesTheLedger()
{
    QFETCH(QString, typed);
    QSignalSpy refused(m_model.get(), &BudgetTableModel::editRefused);
    const QModelIndex index = m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn);
    QVERIFY(!m_model->setData(index, typed));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toModelIndex(), index);
    QVERIFY(refused.first().at(1).toString().contains(typed));
    QCOMPARE(refused.first().at(2).toString(), typed); // what was typed goes back to the editor
    QCOMPARE(budgetInFile(QStringLiteral("2010")), QStringLiteral("160000000"));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_BudgetModel::closedYearIsReadOnly()
{
    QVERIFY(test::sqliteShellUnaudited(m_path,
                                       QStringLiteral("UPDATE fiscal_years SET status = 'closed' WHERE year = 2019"))
                .isEmpty());
    m_model->reload();
    QVERIFY(m_model->isYearClosed());
    const QModelIndex index = m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::OriginalColumn);
    QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
    QSignalSpy refused(m_model.get(), &BudgetTableModel::editRefused);
    QVERIFY(!m_model->setData(index, QStringLiteral("1.700.000,00")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().at(1).toString().contains(QLatin1String("closed")));
    QCOMPARE(budgetInFile(QStringLiteral("2010")), QStringLiteral("160000000"));
}

void tst_BudgetModel::largeDeviationsAreMarked()
{
    const auto marked = [this](const QString &number) {
        return m_model->index(rowOf(number), BudgetTableModel::DeviationColumn)
            .data(BudgetTableModel::LargeDeviationRole)
            .toBool();
    };
    // At 10 % and 50.000,00 nothing in the demo deviates that much.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(!m_model->isLargeDeviation(row));
    const AssociationRepository associations(*m_session->ledger());
    Association a = associations.association().value();
    a.deviationWarnPercent = 3;
    QVERIFY(associations.setAssociation(a).ok()); // the model follows the change by itself
    QVERIFY(marked(QStringLiteral("2010")));      // Personale: -58.869,77, -3,68 %
    QVERIFY(!marked(QStringLiteral("3040")));     // ESDH: -49.870,42 is below the amount
    QVERIFY(!marked(QStringLiteral("9010")));     // carried over by decision
    const QModelIndex cellIndex = m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::PercentColumn);
    QVERIFY(cellIndex.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(cellIndex.data(Qt::BackgroundRole).isValid());
    QVERIFY(cellIndex.data(Qt::ToolTipRole).toString().contains(QLatin1String("3 %")));
    QVERIFY(!m_model->index(rowOf(QStringLiteral("2010")), BudgetTableModel::ActualColumn)
                 .data(Qt::BackgroundRole)
                 .isValid());
    // Exactly at the limits counts: 3 % of 1.600.000,00 is 48.000,00.
    a.deviationWarnAmount = Money::fromOre(5886977);
    a.deviationWarnPercent = 4;
    QVERIFY(associations.setAssociation(a).ok());
    QVERIFY(!marked(QStringLiteral("2010")));
    a.deviationWarnPercent = 3;
    QVERIFY(associations.setAssociation(a).ok());
    QVERIFY(marked(QStringLiteral("2010")));
}

void tst_BudgetModel::drillDownFilter()
{
    const int row = rowOf(QStringLiteral("3040"));
    PostingFilter filter = m_model->postingsFilter(row);
    QCOMPARE(filter.year, 2019);
    QCOMPARE(filter.accountId, m_model->lineAt(row)->accountId);
    QVERIFY(!filter.to.isValid());
    m_model->setThroughMonth(6);
    filter = m_model->postingsFilter(row);
    QCOMPARE(filter.to, QDate(2019, 6, 30));
    // The postings behind the figure add up to it.
    auto sum = PostingRepository(*m_session->ledger()).sumMatching(filter);
    QVERIFY(sum.ok());
    QCOMPARE(sum->ore(),
             m_model->index(row, BudgetTableModel::ActualColumn).data(BudgetTableModel::AmountRole).toLongLong());
    // A total stands for every account.
    QVERIFY(!m_model->postingsFilter(m_model->rowCount() - 1).accountId.has_value());
}

QTEST_MAIN(tst_BudgetModel)
#include "tst_budgetmodel.moc"
