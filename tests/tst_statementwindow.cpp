#include "StatementTableModel.h"
#include "StatementWindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_StatementWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDemoStatement();
    void modelPassesTester();
    void followsTheYearSelector();
};

void tst_StatementWindow::showsTheDemoStatement()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    StatementWindow window(*ledger);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const StatementTableModel *model = window.statementModel();
    // 18 lines, the projects heading, the total and the operating result.
    QCOMPARE(model->rowCount(), 21);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, StatementTableModel::TextColumn), QStringLiteral("Kommunalt basistilskud"));
    QCOMPARE(cell(0, StatementTableModel::IncomeColumn), QStringLiteral("-11.717.709,00"));
    QCOMPARE(cell(6, StatementTableModel::TextColumn), QStringLiteral("Projekter:"));
    QCOMPARE(model->rowKind(6), StatementTableModel::RowKind::Heading);
    QCOMPARE(cell(19, StatementTableModel::TextColumn), QStringLiteral("I alt"));
    QCOMPARE(cell(19, StatementTableModel::ExpensesColumn), QStringLiteral("11.394.960,92"));
    QCOMPARE(cell(20, StatementTableModel::TextColumn), QStringLiteral("Driftsresultat 2019"));
    QCOMPARE(cell(20, StatementTableModel::NoteColumn), QStringLiteral("6"));
    QCOMPARE(cell(20, StatementTableModel::NetColumn), QStringLiteral("-322.748,08"));
    QVERIFY(model->index(20, StatementTableModel::NetColumn).data(Qt::FontRole).value<QFont>().bold());

    QVERIFY2(window.statusText().contains(QLatin1String("-322.748,08")), qPrintable(window.statusText()));
    QVERIFY2(window.statusText().contains(QLatin1String("No errors")), qPrintable(window.statusText()));

    const QString out = qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath());
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("statement-window.png"))));
}

void tst_StatementWindow::modelPassesTester()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    StatementTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StatementWindow window(*ledger);
    model.setStatement(window.statementModel()->statement());
    QCOMPARE(model.rowCount(), 21);
    model.setStatement(Statement());
    QCOMPARE(model.rowCount(), 2); // the total and the result, both zero
}

void tst_StatementWindow::followsTheYearSelector()
{
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    test::sqliteShell(ledger->path(), QStringLiteral("INSERT INTO fiscal_years (year, start_date, end_date) "
                                                     "VALUES (2020, '2020-01-01', '2020-12-31')"));
    StatementWindow window(*ledger);
    window.show();
    QCOMPARE(window.yearSelector()->count(), 2);
    QCOMPARE(window.yearSelector()->currentText(), QStringLiteral("2020"));
    QCOMPARE(window.statementModel()->statement().year, 2020);
    window.yearSelector()->setFocus();
    QTest::keyClick(window.yearSelector(), Qt::Key_Up);
    QTRY_COMPARE(window.statementModel()->statement().year, 2019);
    QVERIFY(window.statusText().contains(QLatin1String("-322.748,08")));
}

QTEST_MAIN(tst_StatementWindow)
#include "tst_statementwindow.moc"
