#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberRepository.h"
#include "MembersModel.h"
#include "MembersView.h"
#include "ValidationMonitor.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace annalist;

namespace {

QStringList rulesOf(const ValidationReport &report)
{
    QStringList rules;
    for (const Finding &f : report.findings)
        rules.append(f.ruleId);
    return rules;
}

} // namespace

// The members and their contributions inside the main window, so that the live validation runs:
// adding a member who pays breaks the sum against the contributions line, undo mends it.
class tst_MembersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSumAgainstTheContributionsLine();
    void addsAMemberByKeyboardAndValidationFollows();
    void editsAContributionInPlace();
    void refusesWhatIsNoAmountOrATakenName();
    void renamesAndDeletesWithUndo();
    void revealSelectsTheMember();
    void followsTheYear();
    void savesScreenshot();

private:
    std::optional<Money> contribution(const QString &municipality, int year = 2019) const;
    qint64 memberId(const QString &municipality) const;
    QLineEdit *openEditor(const QString &municipality, int column);
    QString statusText() const { return m_window->statusText(); }

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    MembersView *m_view = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_MembersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_membersview"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_MembersView::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_view = qobject_cast<MembersView *>(m_window->page(MainWindow::Members));
    QVERIFY(m_view);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1100, 700);
    m_window->show();
    m_window->showPage(MainWindow::Members);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_VERIFY2(statusText().contains(QLatin1String("No errors")), qPrintable(statusText()));
    QCOMPARE(m_view->model()->rowCount(), 12);
}

void tst_MembersView::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_session.reset();
}

std::optional<Money> tst_MembersView::contribution(const QString &municipality, int year) const
{
    const auto paid = MemberRepository(*m_session->ledger()).contributions(year);
    for (const Contribution &c : *paid)
        if (c.municipality == municipality)
            return c.amount;
    return std::nullopt;
}

qint64 tst_MembersView::memberId(const QString &municipality) const
{
    const auto members = MemberRepository(*m_session->ledger()).members();
    for (const Member &m : *members)
        if (m.municipality == municipality)
            return m.id;
    return 0;
}

QLineEdit *tst_MembersView::openEditor(const QString &municipality, int column)
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(m_view->model()->rowOfMunicipality(municipality), column));
    QTest::keyClick(table, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void tst_MembersView::showsTheSumAgainstTheContributionsLine()
{
    const QString summary = m_view->summaryText();
    QVERIFY2(summary.count(QLatin1String("11.717.709,00")) == 2, qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1010 Kommunalt basistilskud")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Difference: 0,00")), qPrintable(summary));
    QVERIFY(!m_view->differenceMarked());
    const QModelIndex greve = m_view->model()->index(m_view->model()->rowOfMunicipality(QStringLiteral("Greve")),
                                                     MembersModel::ContributionColumn);
    QCOMPARE(greve.data().toString(), QStringLiteral("860.331,05"));
    QCOMPARE(m_view->model()->headerData(MembersModel::ContributionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Contribution 2019"));
}

void tst_MembersView::addsAMemberByKeyboardAndValidationFollows()
{
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Insert);
    MemberDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<MemberDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("municipality"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sorø"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("contribution"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100.000,00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // In the ledger, in the list (selected), in the sum.
    QVERIFY(memberId(QStringLiteral("Sorø")) > 0);
    QCOMPARE(contribution(QStringLiteral("Sorø")), std::optional<Money>(Money::fromOre(10000000)));
    QTRY_COMPARE(m_view->model()->rowCount(), 13);
    QCOMPARE(m_view->currentKey(), memberId(QStringLiteral("Sorø")));
    QTRY_VERIFY2(m_view->summaryText().contains(QLatin1String("11.817.709,00")), qPrintable(m_view->summaryText()));
    QVERIFY2(m_view->summaryText().contains(QLatin1String("Difference: 100.000,00")),
             qPrintable(m_view->summaryText()));
    QVERIFY(m_view->differenceMarked());

    // The live validation finds the one error.
    QTRY_VERIFY2(statusText().contains(QLatin1String("1 errors")), qPrintable(statusText()));
    QCOMPARE(rulesOf(m_window->validationMonitor()->report()), QStringList{QStringLiteral("MEMBERS-SUM")});

    // Undo from the window's Edit menu shortcut takes the member and its contribution away.
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add member Sorø"));
    // The offscreen platform gives the window back no focus when the dialog closes; a desktop does.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(memberId(QStringLiteral("Sorø")), qint64(0));
    QCOMPARE(contribution(QStringLiteral("Sorø")), std::optional<Money>());
    QTRY_COMPARE(m_view->model()->rowCount(), 12);
    QTRY_VERIFY2(statusText().contains(QLatin1String("No errors")), qPrintable(statusText()));
    QVERIFY(!m_view->differenceMarked());
}

void tst_MembersView::editsAContributionInPlace()
{
    QLineEdit *editor = openEditor(QStringLiteral("Greve"), MembersModel::ContributionColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("860.331,05"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("860.331,06"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(contribution(QStringLiteral("Greve")), std::optional<Money>(Money::fromOre(86033106)));
    QVERIFY2(m_view->summaryText().contains(QLatin1String("Difference: 0,01")), qPrintable(m_view->summaryText()));
    QVERIFY(m_view->differenceMarked());
    QTRY_VERIFY2(statusText().contains(QLatin1String("1 errors")), qPrintable(statusText()));

    // A second edit of the same amount is the same step; emptying it removes the contribution.
    editor = openEditor(QStringLiteral("Greve"), MembersModel::ContributionColumn);
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(contribution(QStringLiteral("Greve")), std::optional<Money>());
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(contribution(QStringLiteral("Greve")), std::optional<Money>(Money::fromOre(86033105)));
    QTRY_VERIFY2(statusText().contains(QLatin1String("No errors")), qPrintable(statusText()));
    QVERIFY(!m_view->differenceMarked());
}

void tst_MembersView::refusesWhatIsNoAmountOrATakenName()
{
    QLineEdit *editor = openEditor(QStringLiteral("Lejre"), MembersModel::ContributionColumn);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("mange penge"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QLatin1String("mange penge")), qPrintable(m_view->message()));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("mange penge"));
    QCOMPARE(contribution(QStringLiteral("Lejre")), std::optional<Money>(Money::fromOre(48178539)));
    QTest::keyClick(editor, Qt::Key_Escape);

    editor = openEditor(QStringLiteral("Lejre"), MembersModel::MunicipalityColumn);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Køge"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QStringLiteral("Køge is a member already")), qPrintable(m_view->message()));
    QCOMPARE(editor->text(), QStringLiteral("Køge"));
    QVERIFY(memberId(QStringLiteral("Lejre")) > 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_MembersView::renamesAndDeletesWithUndo()
{
    const qint64 lejre = memberId(QStringLiteral("Lejre"));
    QLineEdit *editor = openEditor(QStringLiteral("Lejre"), MembersModel::MunicipalityColumn);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Lejre Kommune"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(memberId(QStringLiteral("Lejre Kommune")), lejre);

    QTableView *table = m_view->table();
    QTRY_COMPARE(m_view->currentKey(), lejre);
    table->setFocus();
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QCOMPARE(memberId(QStringLiteral("Lejre Kommune")), qint64(0));
    QTRY_COMPARE(m_view->model()->rowCount(), 11);
    QTRY_VERIFY2(statusText().contains(QLatin1String("1 errors")), qPrintable(statusText()));

    // Undo brings the member back with what it paid.
    m_session->undoStack()->undo();
    QCOMPARE(memberId(QStringLiteral("Lejre Kommune")), lejre);
    QCOMPARE(contribution(QStringLiteral("Lejre Kommune")), std::optional<Money>(Money::fromOre(48178539)));
    m_session->undoStack()->undo();
    QCOMPARE(memberId(QStringLiteral("Lejre")), lejre);
    QTRY_VERIFY2(statusText().contains(QLatin1String("No errors")), qPrintable(statusText()));
}

void tst_MembersView::revealSelectsTheMember()
{
    m_window->showPage(MainWindow::Overview);
    m_session->reveal({2019, FindingLocation::Kind::Member, QStringLiteral("Roskilde"), 0});
    QCOMPARE(m_window->currentPage(), MainWindow::Members);
    QCOMPARE(m_view->currentKey(), memberId(QStringLiteral("Roskilde")));
    const QModelIndex current = m_view->table()->currentIndex();
    QCOMPARE(m_view->model()->index(current.row(), MembersModel::MunicipalityColumn).data().toString(),
             QStringLiteral("Roskilde"));
}

void tst_MembersView::followsTheYear()
{
    QVERIFY(AssociationRepository(*m_session->ledger())
                .addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}})
                .ok());
    QVERIFY(MemberRepository(*m_session->ledger())
                .setContribution(memberId(QStringLiteral("Greve")), 2020, Money::fromOre(90000000))
                .ok());
    m_session->setYear(2020);
    QTRY_COMPARE(m_view->model()->headerData(MembersModel::ContributionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Contribution 2020"));
    const auto cell = [this](const QString &municipality) {
        return m_view->model()
            ->index(m_view->model()->rowOfMunicipality(municipality), MembersModel::ContributionColumn)
            .data()
            .toString();
    };
    QCOMPARE(cell(QStringLiteral("Greve")), QStringLiteral("900.000,00"));
    QCOMPARE(cell(QStringLiteral("Køge")), QString());
    QVERIFY2(m_view->summaryText().contains(QLatin1String("900.000,00")), qPrintable(m_view->summaryText()));
    QVERIFY(m_view->differenceMarked()); // nothing is booked on the line in 2020 yet

    // Typing a contribution for a member without one in the year records it for that year.
    QLineEdit *editor = openEditor(QStringLiteral("Køge"), MembersModel::ContributionColumn);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1.000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(contribution(QStringLiteral("Køge"), 2020), std::optional<Money>(Money::fromOre(100000)));
    QCOMPARE(contribution(QStringLiteral("Køge"), 2019), std::optional<Money>(Money::fromOre(104960388)));
}

void tst_MembersView::savesScreenshot()
{
    m_view->table()->setCurrentIndex(m_view->model()->index(0, MembersModel::ContributionColumn));
    QVERIFY(m_view->grab().save(QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                    .filePath(QStringLiteral("view-members.png"))));
}

QTEST_MAIN(tst_MembersView)
#include "tst_membersview.moc"
