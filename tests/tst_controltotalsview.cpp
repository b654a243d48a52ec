#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ControlTotalDialog.h"
#include "ControlTotalRepository.h"
#include "ControlTotalsModel.h"
#include "ControlTotalsView.h"
#include "LedgerSession.h"
#include "ValidationMonitor.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace annalist;

// The control totals from the ERP system beside the ledger's figures; a changed total is caught by
// the live validation, and every edit can be undone.
class tst_ControlTotalsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEachTotalBesideTheLedger();
    void changedResultIsReportedByValidation();
    void refusesWhatIsNoAmount();
    void editsTheSourceInPlace();
    void deletesAndAddsTheResultsTotal();
    void revealSelectsTheTotal();
    void followsTheYear();
    void savesScreenshot();

private:
    std::optional<ControlTotal> total(std::optional<qint64> accountId) const;
    QString cell(qint64 key, int column) const;
    QLineEdit *openEditor(qint64 key, int column);
    bool reportHas(const QString &rule) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<ControlTotalsView> m_view;
    std::unique_ptr<ValidationMonitor> m_monitor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ControlTotalsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_ControlTotalsView::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_monitor = std::make_unique<ValidationMonitor>(m_session.get());
    m_view = std::make_unique<ControlTotalsView>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1000, 600);
    m_view->show();
    QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
    QCOMPARE(m_view->model()->rowCount(), 19);
    QTRY_COMPARE(m_monitor->report().year, 2019);
    QTRY_VERIFY(!m_monitor->isRunning());
    QCOMPARE(m_monitor->report().findings.size(), 0);
}

void tst_ControlTotalsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_monitor.reset();
    m_session.reset();
}

std::optional<ControlTotal> tst_ControlTotalsView::total(std::optional<qint64> accountId) const
{
    auto found = ControlTotalRepository(*m_session->ledger()).controlTotal(2019, accountId);
    return found ? *found : std::nullopt;
}

QString tst_ControlTotalsView::cell(qint64 key, int column) const
{
    return m_view->model()->index(m_view->model()->rowOfKey(key), column).data().toString();
}

QLineEdit *tst_ControlTotalsView::openEditor(qint64 key, int column)
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(m_view->model()->rowOfKey(key), column));
    QTest::keyClick(table, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

bool tst_ControlTotalsView::reportHas(const QString &rule) const
{
    for (const Finding &f : m_monitor->report().findings)
        if (f.ruleId == rule)
            return true;
    return false;
}

void tst_ControlTotalsView::showsEachTotalBesideTheLedger()
{
    const qint64 result = ControlTotalsModel::resultKey;
    QCOMPARE(m_view->model()->rowOfKey(result), 0);
    QCOMPARE(cell(result, ControlTotalsModel::SubjectColumn), QStringLiteral("Operating result"));
    QCOMPARE(cell(result, ControlTotalsModel::AmountColumn), QStringLiteral("-322.748,08"));
    QCOMPARE(cell(result, ControlTotalsModel::LedgerColumn), QStringLiteral("-322.748,08"));
    QCOMPARE(cell(result, ControlTotalsModel::DifferenceColumn), QStringLiteral("0,00"));
    QCOMPARE(cell(result, ControlTotalsModel::SourceColumn), QStringLiteral("Offentliggjort regnskab 2019"));
    const QModelIndex contributions = m_view->model()->index(1, ControlTotalsModel::SubjectColumn);
    QCOMPARE(contributions.data().toString(), QStringLiteral("1010 Kommunalt basistilskud"));
    QCOMPARE(m_view->model()->index(1, ControlTotalsModel::LedgerColumn).data().toString(),
             QStringLiteral("-11.717.709,00"));
}

void tst_ControlTotalsView::changedResultIsReportedByValidation()
{
    QLineEdit *editor = openEditor(ControlTotalsModel::resultKey, ControlTotalsModel::AmountColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("-322.748,08"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-322.749,00"));
    QTest::keyClick(editor, Qt::Key_Return);

    QCOMPARE(total(std::nullopt)->amount, Money::fromOre(-32274900));
    QCOMPARE(cell(ControlTotalsModel::resultKey, ControlTotalsModel::DifferenceColumn), QStringLiteral("0,92"));
    QVERIFY(
        m_view->model()->index(0, ControlTotalsModel::DifferenceColumn).data(Qt::ForegroundRole).isValid()); // marked
    QTRY_VERIFY(reportHas(QStringLiteral("CONTROL-RESULT")));

    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit control total of Operating result"));
    m_session->undoStack()->undo();
    QCOMPARE(total(std::nullopt)->amount, Money::fromOre(-32274808));
    QTRY_VERIFY(!m_monitor->isRunning() && !reportHas(QStringLiteral("CONTROL-RESULT")));
    QTRY_COMPARE(cell(ControlTotalsModel::resultKey, ControlTotalsModel::DifferenceColumn), QStringLiteral("0,00"));
}

void tst_ControlTotalsView::refusesWhatIsNoAmount()
{
    QLineEdit *editor = openEditor(ControlTotalsModel::resultKey, ControlTotalsModel::AmountColumn);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-322.748,0x"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QLatin1String("-322.748,0x")), qPrintable(m_view->message()));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("-322.748,0x"));
    QCOMPARE(total(std::nullopt)->amount, Money::fromOre(-32274808));
    QCOMPARE(m_session->undoStack()->count(), 0);
    // Escape gives up the edit; the ledger's value shows again.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(cell(ControlTotalsModel::resultKey, ControlTotalsModel::AmountColumn), QStringLiteral("-322.748,08"));
}

void tst_ControlTotalsView::editsTheSourceInPlace()
{
    for (const QString &source : {QStringLiteral("SAP"), QStringLiteral("SAP, udtræk 14. januar")}) {
        QLineEdit *editor = openEditor(ControlTotalsModel::resultKey, ControlTotalsModel::SourceColumn);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, source);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    QCOMPARE(total(std::nullopt)->source, QStringLiteral("SAP, udtræk 14. januar"));
    QCOMPARE(m_session->undoStack()->count(), 1); // one cell, one step
    m_session->undoStack()->undo();
    QCOMPARE(total(std::nullopt)->source, QStringLiteral("Offentliggjort regnskab 2019"));
}

void tst_ControlTotalsView::deletesAndAddsTheResultsTotal()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(0, ControlTotalsModel::AmountColumn));
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QVERIFY(!total(std::nullopt));
    QTRY_COMPARE(m_view->model()->rowCount(), 18);
    QTRY_VERIFY(reportHas(QStringLiteral("CONTROL-MISSING")));

    // Added again by keyboard: the only thing without a total is the operating result.
    m_view->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    ControlTotalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<ControlTotalDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    auto *subject = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(subject);
    QCOMPARE(subject->count(), 1);
    QCOMPARE(subject->currentText(), QStringLiteral("Operating result 2019"));
    QTest::keyClick(subject, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("-322.748,08"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(),
             QStringLiteral("Offentliggjort regnskab 2019"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(total(std::nullopt)->amount, Money::fromOre(-32274808));
    QTRY_COMPARE(m_view->model()->rowCount(), 19);
    QCOMPARE(m_view->currentKey(), ControlTotalsModel::resultKey);
    QTRY_VERIFY(!m_monitor->isRunning() && !reportHas(QStringLiteral("CONTROL-MISSING")));

    m_session->undoStack()->undo();
    QVERIFY(!total(std::nullopt));
    m_session->undoStack()->undo();
    QCOMPARE(total(std::nullopt)->amount, Money::fromOre(-32274808));
}

void tst_ControlTotalsView::revealSelectsTheTotal()
{
    const auto result = total(std::nullopt);
    m_view->table()->setCurrentIndex(m_view->model()->index(5, 0));
    m_session->reveal({2019, FindingLocation::Kind::Control, QStringLiteral("result"), result->id});
    QCOMPARE(m_view->currentKey(), ControlTotalsModel::resultKey);
    // By an account's number.
    const auto accounts = AccountRepository(*m_session->ledger()).accounts();
    qint64 esdh = 0;
    for (const Account &a : *accounts)
        if (a.number == QLatin1String("3040"))
            esdh = a.id;
    m_session->reveal({2019, FindingLocation::Kind::Control, QStringLiteral("3040"), 0});
    QCOMPARE(m_view->currentKey(), esdh);
}

void tst_ControlTotalsView::followsTheYear()
{
    QVERIFY(AssociationRepository(*m_session->ledger())
                .addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}})
                .ok());
    m_session->setYear(2020);
    QTRY_COMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_view->model()->year(), 2020);
    m_session->setYear(2019);
    QTRY_COMPARE(m_view->model()->rowCount(), 19);
}

void tst_ControlTotalsView::savesScreenshot()
{
    m_view->table()->setCurrentIndex(m_view->model()->index(0, ControlTotalsModel::AmountColumn));
    QVERIFY(m_view->grab().save(QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                    .filePath(QStringLiteral("view-controltotals.png"))));
}

QTEST_MAIN(tst_ControlTotalsView)
#include "tst_controltotalsview.moc"
