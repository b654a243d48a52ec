#include "AccountDialog.h"
#include "AccountRepository.h"
#include "AccountsModel.h"
#include "AccountsView.h"
#include "LedgerSession.h"
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

// The chart of accounts as the finance officer edits it: by keyboard, in place, with undo.
class tst_AccountsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsAnAccountFromTheKeyboard();
    void editsInPlaceWithUndoAndRedo();
    void mergesRepeatedEditsOfOneCell();
    void refusesADuplicateNumberKeepingTheTypedValue();
    void refusesANoteThatIsNoNumber();
    void togglesActiveWithSpace();
    void refusesDeletingAnAccountInUse();
    void deletesAnUnusedAccountAfterConfirmation();
    void revealSelectsTheAccount();
    void savesScreenshot();

private:
    Account account(const QString &number) const;
    int rowOf(const QString &number) const;
    QLineEdit *openEditor(const QString &number, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<AccountsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AccountsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_AccountsView::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_view = std::make_unique<AccountsView>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QCOMPARE(m_view->model()->rowCount(), 18);
}

void tst_AccountsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_session.reset();
}

Account tst_AccountsView::account(const QString &number) const
{
    const auto accounts = AccountRepository(*m_session->ledger()).accounts();
    for (const Account &a : *accounts)
        if (a.number == number)
            return a;
    return {};
}

int tst_AccountsView::rowOf(const QString &number) const
{
    return m_view->model()->rowOfKey(account(number).id);
}

// Puts the cursor on a cell and opens its editor with F2, as a user would.
QLineEdit *tst_AccountsView::openEditor(const QString &number, int column)
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(number), column));
    QTest::keyClick(table, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void tst_AccountsView::addsAnAccountFromTheKeyboard()
{
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Insert);
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<AccountDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    // Number, name, section, note: in tab order.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("number"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2060"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("name"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Kontorhold"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("section"));
    QCOMPARE(qobject_cast<QComboBox *>(QApplication::focusWidget())->currentText(), QStringLiteral("Operations"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const Account added = account(QStringLiteral("2060"));
    QVERIFY(added.id > 0);
    QCOMPARE(added.name, QStringLiteral("Kontorhold"));
    QCOMPARE(added.section, Section::Operations);
    QCOMPARE(added.note, std::optional<int>(3));
    QVERIFY(added.active);
    QCOMPARE(m_view->model()->rowCount(), 19);
    QCOMPARE(m_view->currentKey(), added.id);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add account 2060 Kontorhold"));

    m_session->undoStack()->undo();
    QCOMPARE(account(QStringLiteral("2060")).id, qint64(0));
    QTRY_COMPARE(m_view->model()->rowCount(), 18);
    m_session->undoStack()->redo();
    QCOMPARE(account(QStringLiteral("2060")).id, added.id); // the same account again
}

void tst_AccountsView::editsInPlaceWithUndoAndRedo()
{
    QLineEdit *editor = openEditor(QStringLiteral("2020"), AccountsModel::NameColumn);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Administration"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Administration og husleje"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(account(QStringLiteral("2020")).name, QStringLiteral("Administration og husleje"));
    QTRY_COMPARE(m_view->model()
                     ->data(m_view->model()->index(rowOf(QStringLiteral("2020")), AccountsModel::NameColumn))
                     .toString(),
                 QStringLiteral("Administration og husleje"));
    QVERIFY(m_view->message().isEmpty());

    // The section through its combo box: one down from Operations is Projects.
    m_view->table()->setCurrentIndex(
        m_view->model()->index(rowOf(QStringLiteral("2020")), AccountsModel::SectionColumn));
    QTest::keyClick(m_view->table(), Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Operations"));
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(account(QStringLiteral("2020")).section, Section::Projects);
    QTRY_COMPARE(m_view->currentKey(), account(QStringLiteral("2020")).id); // the row moved; the cursor followed

    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(account(QStringLiteral("2020")).section, Section::Operations);
    stack->undo();
    QCOMPARE(account(QStringLiteral("2020")).name, QStringLiteral("Administration"));
    QTRY_COMPARE(m_view->model()
                     ->data(m_view->model()->index(rowOf(QStringLiteral("2020")), AccountsModel::NameColumn))
                     .toString(),
                 QStringLiteral("Administration"));
    stack->redo();
    QCOMPARE(account(QStringLiteral("2020")).name, QStringLiteral("Administration og husleje"));
    QCOMPARE(account(QStringLiteral("2020")).section, Section::Operations);
}

void tst_AccountsView::mergesRepeatedEditsOfOneCell()
{
    for (const QString &name : {QStringLiteral("Adm."), QStringLiteral("Adm. og drift")}) {
        QLineEdit *editor = openEditor(QStringLiteral("2020"), AccountsModel::NameColumn);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    QCOMPARE(account(QStringLiteral("2020")).name, QStringLiteral("Adm. og drift"));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(account(QStringLiteral("2020")).name, QStringLiteral("Administration"));
}

void tst_AccountsView::refusesADuplicateNumberKeepingTheTypedValue()
{
    QLineEdit *editor = openEditor(QStringLiteral("2020"), AccountsModel::NumberColumn);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2010"));
    QTest::keyClick(editor, Qt::Key_Return);

    // Refused: the reason shows, the editor stays open with what was typed, nothing is written.
    QVERIFY2(m_view->message().contains(QLatin1String("2010")), qPrintable(m_view->message()));
    QVERIFY2(m_view->message().contains(QLatin1String("Personale")), qPrintable(m_view->message()));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("2010"));
    QVERIFY(account(QStringLiteral("2020")).id > 0);
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Corrected, it goes through.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2025"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(account(QStringLiteral("2025")).name, QStringLiteral("Administration"));
    QVERIFY(m_view->message().isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void tst_AccountsView::refusesANoteThatIsNoNumber()
{
    QLineEdit *editor = openEditor(QStringLiteral("2030"), AccountsModel::NoteColumn);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("tre"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QLatin1String("\"tre\"")), qPrintable(m_view->message()));
    QCOMPARE(editor->text(), QStringLiteral("tre"));
    QCOMPARE(account(QStringLiteral("2030")).note, std::optional<int>());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(QApplication::focusWidget() != editor);
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Emptying a note removes it from the line.
    editor = openEditor(QStringLiteral("2010"), AccountsModel::NoteColumn);
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(account(QStringLiteral("2010")).note, std::optional<int>());
}

void tst_AccountsView::togglesActiveWithSpace()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("2040")), AccountsModel::ActiveColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(account(QStringLiteral("2040")).active, false);
    QCOMPARE(
        m_view->model()->index(rowOf(QStringLiteral("2040")), AccountsModel::ActiveColumn).data(Qt::CheckStateRole),
        QVariant(Qt::Unchecked));
    m_session->undoStack()->undo();
    QCOMPARE(account(QStringLiteral("2040")).active, true);

    // A second contributions line is refused with its reason.
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("2040")), AccountsModel::ContributionsColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(account(QStringLiteral("2040")).isContributions, false);
    QVERIFY2(m_view->message().contains(QLatin1String("1010")), qPrintable(m_view->message()));
}

void tst_AccountsView::refusesDeletingAnAccountInUse()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("2010")), AccountsModel::NameColumn));
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QVERIFY2(m_view->message().contains(QLatin1String("in use")), qPrintable(m_view->message()));
    QVERIFY(account(QStringLiteral("2010")).id > 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_AccountsView::deletesAnUnusedAccountAfterConfirmation()
{
    Account unused;
    unused.number = QStringLiteral("2090");
    unused.name = QStringLiteral("Ubrugt");
    unused.sortOrder = 65;
    QVERIFY(AccountRepository(*m_session->ledger()).addAccount(unused).ok());
    const qint64 id = account(QStringLiteral("2090")).id;
    QTRY_COMPARE(m_view->model()->rowCount(), 19);

    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("2090")), AccountsModel::NumberColumn));
    // Escape keeps it.
    {
        auto keep = test::answerNextQuestion(Qt::Key_Escape);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(keep.wait());
    }
    QCOMPARE(account(QStringLiteral("2090")).id, id);

    // The offscreen platform gives the window back no focus when the box closes; a desktop does.
    m_view->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
    table->setFocus();
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QCOMPARE(account(QStringLiteral("2090")).id, qint64(0));
    QTRY_COMPARE(m_view->model()->rowCount(), 18);
    m_session->undoStack()->undo();
    QCOMPARE(account(QStringLiteral("2090")).id, id);
}

void tst_AccountsView::revealSelectsTheAccount()
{
    const Account esdh = account(QStringLiteral("3040"));
    m_session->reveal({2019, FindingLocation::Kind::Account, esdh.number, esdh.id});
    QCOMPARE(m_view->currentKey(), esdh.id);
    QVERIFY(m_view->table()->hasFocus());
    // By number alone, as a finding on an account without an id would say.
    const Account carry = account(QStringLiteral("9010"));
    m_session->reveal({2019, FindingLocation::Kind::Account, carry.number, 0});
    QCOMPARE(m_view->currentKey(), carry.id);
    // Another kind of finding is not this view's.
    m_session->reveal({2019, FindingLocation::Kind::Note, QStringLiteral("2"), 2});
    QCOMPARE(m_view->currentKey(), carry.id);
}

void tst_AccountsView::savesScreenshot()
{
    m_view->table()->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("1010")), AccountsModel::NameColumn));
    QVERIFY(m_view->grab().save(QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                    .filePath(QStringLiteral("view-accounts.png"))));
}

QTEST_MAIN(tst_AccountsView)
#include "tst_accountsview.moc"
