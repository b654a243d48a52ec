#include "LedgerSession.h"
#include "MainWindow.h"
#include "PostingEntryForm.h"
#include "PostingFilterBar.h"
#include "PostingTableModel.h"
#include "PostingsView.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace annalist;

class tst_PostingsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesPostingsWithTheKeyboard();
    void refusesABadAmountAndKeepsIt();
    void undoAndRedoFromTheWindow();
    void filtersByText();
    void deletesManyAfterAsking();
    void editsInPlaceAndKeepsRefusedText();
    void drillDownShowsThePostingsBehindIt();
    void revealsAPosting();
    void closedYearCannotChange();

private:
    // Types one posting into the form from its first field, as a user does.
    void typePosting(const QString &date, const QString &account, const QString &text, const QString &amount);
    QString shell(const QString &sql) const { return test::sqliteShell(path(), sql); }
    QString path() const { return m_dir.filePath(QStringLiteral("demo.annalist")); }
    void saveScreenshot(QWidget *widget) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<PostingsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PostingsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the main window's settings stay out of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_postingsview"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_PostingsView::init()
{
    QFile::remove(path());
    {
        QVERIFY(test::demoLedger(m_dir));
    }
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path()).ok());
    m_view = std::make_unique<PostingsView>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // The next voucher is proposed once the first rows are on screen.
    QTRY_COMPARE(m_view->entryForm()->voucherEdit()->text(), QStringLiteral("230"));
}

void tst_PostingsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_session.reset();
}

void tst_PostingsView::saveScreenshot(QWidget *widget) const
{
    const QDir out(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()));
    const QString file = out.filePath(QStringLiteral("view-postings.png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

void tst_PostingsView::typePosting(const QString &date, const QString &account, const QString &text,
                                   const QString &amount)
{
    PostingEntryForm *form = m_view->entryForm();
    form->focusFirst();
    QTRY_COMPARE(QApplication::focusWidget(), form->dateEdit());
    QTest::keyClicks(QApplication::focusWidget(), date); // replaces the selected date
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->voucherEdit()); // the proposed voucher stays
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->accountEdit());
    QTest::keyClicks(QApplication::focusWidget(), account);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() == form->projectBox())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->textEdit());
    QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->amountEdit());
    QTest::keyClicks(QApplication::focusWidget(), amount);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

void tst_PostingsView::typesPostingsWithTheKeyboard()
{
    PostingEntryForm *form = m_view->entryForm();
    // The date proposed is the last one posted in the year.
    QCOMPARE(form->dateEdit()->text(), QStringLiteral("31.12.2019"));

    typePosting(QStringLiteral("15.3"), QStringLiteral("2020"), QStringLiteral("Kontorartikler"),
                QStringLiteral("1.234,50"));
    QCOMPARE(shell(QStringLiteral("SELECT date, voucher, account_id, IFNULL(project_id, '-'), text, amount "
                                  "FROM postings WHERE voucher = 230;")),
             QStringLiteral("2019-03-15|230|3|-|Kontorartikler|123450"));
    // Ready for the next one: text and amount empty, the next voucher proposed, back in the date.
    QCOMPARE(form->textEdit()->text(), QString());
    QCOMPARE(form->amountEdit()->text(), QString());
    QCOMPARE(form->voucherEdit()->text(), QStringLiteral("231"));
    QCOMPARE(form->dateEdit()->text(), QStringLiteral("15.03.2019"));
    QCOMPARE(QApplication::focusWidget(), form->dateEdit());
    QCOMPARE(form->accountEdit()->text(), QStringLiteral("2020 Administration"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add posting 230 (1.234,50)"));

    // A project's account, found by part of its name, carries its project.
    form->accountEdit()->clear();
    typePosting(QStringLiteral("16.03.2019"), QStringLiteral("esdh"), QStringLiteral("Licens"), QStringLiteral("-500"));
    QCOMPARE(shell(QStringLiteral("SELECT a.number, pr.name, p.amount FROM postings p JOIN accounts a "
                                  "ON a.id = p.account_id JOIN projects pr ON pr.id = p.project_id "
                                  "WHERE p.voucher = 231;")),
             QStringLiteral("3040|ESDH|-50000"));
    QCOMPARE(form->projectBox()->currentText(), QStringLiteral("ESDH"));

    // Both show in the table, in date order, the last one selected.
    const int row = m_view->model()->rowOfPosting(
        shell(QStringLiteral("SELECT id FROM postings WHERE voucher = 231;")).toLongLong());
    QVERIFY(row >= 0);
    QCOMPARE(m_view->table()->currentIndex().row(), row);
    QCOMPARE(m_view->model()->index(row, PostingTableModel::AmountColumn).data().toString(), QStringLiteral("-500,00"));
    QCOMPARE(m_view->model()->index(row - 1, PostingTableModel::TextColumn).data().toString(),
             QStringLiteral("Kontorartikler"));
    QTRY_VERIFY(m_view->summaryLabel()->text().startsWith(QStringLiteral("231 postings")));
    saveScreenshot(m_view.get());
}

void tst_PostingsView::refusesABadAmountAndKeepsIt()
{
    PostingEntryForm *form = m_view->entryForm();
    const QString before = shell(QStringLiteral("SELECT COUNT(*) FROM postings;"));
    typePosting(QStringLiteral("15.03.2019"), QStringLiteral("2020"), QStringLiteral("Husleje"),
                QStringLiteral("12,34,56"));
    // Checked as it was typed, and Enter did not write it.
    QLabel *problem = form->problemLabel(PostingEntryForm::AmountField);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("more than one decimal comma")), qPrintable(problem->text()));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    // Nothing typed is lost and the cursor waits in the field to change.
    QCOMPARE(form->amountEdit()->text(), QStringLiteral("12,34,56"));
    QCOMPARE(form->textEdit()->text(), QStringLiteral("Husleje"));
    QCOMPARE(QApplication::focusWidget(), form->amountEdit());
    // The other fields say nothing.
    QCOMPARE(form->problemLabel(PostingEntryForm::DateField)->text(), QString());
    QCOMPARE(form->problemLabel(PostingEntryForm::AccountField)->text(), QString());

    // A date outside the year is refused as it is typed, with the year's range.
    form->dateEdit()->selectAll();
    QTest::keyClicks(form->dateEdit(), QStringLiteral("01.01.2020"));
    QVERIFY(form->problemLabel(PostingEntryForm::DateField)
                ->text()
                .contains(QStringLiteral("outside the fiscal year 2019")));

    // Mended, Enter writes it.
    form->dateEdit()->selectAll();
    QTest::keyClicks(form->dateEdit(), QStringLiteral("01.12.2019"));
    form->amountEdit()->setFocus();
    form->amountEdit()->selectAll();
    QTest::keyClicks(form->amountEdit(), QStringLiteral("12.345,60"));
    QCOMPARE(problem->text(), QString());
    QTest::keyClick(form->amountEdit(), Qt::Key_Enter);
    QCOMPARE(shell(QStringLiteral("SELECT date, amount FROM postings WHERE voucher = 230;")),
             QStringLiteral("2019-12-01|1234560"));
}

void tst_PostingsView::undoAndRedoFromTheWindow()
{
    m_view.reset(); // the window brings its own
    m_tester.reset();
    MainWindow window(m_session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Postings);
    auto *view = qobject_cast<PostingsView *>(window.page(MainWindow::Postings));
    QVERIFY(view);
    QTRY_COMPARE(view->entryForm()->voucherEdit()->text(), QStringLiteral("230"));
    PostingEntryForm *form = view->entryForm();
    form->focusFirst();
    QTest::keyClicks(form->dateEdit(), QStringLiteral("02.05.2019"));
    form->accountEdit()->setFocus();
    QTest::keyClicks(form->accountEdit(), QStringLiteral("2050"));
    form->amountEdit()->setFocus();
    QTest::keyClicks(form->amountEdit(), QStringLiteral("777,77"));
    QTest::keyClick(form->amountEdit(), Qt::Key_Return);
    const QString added = QStringLiteral("SELECT COUNT(*) FROM postings WHERE voucher = 230 AND amount = 77777;");
    QCOMPARE(shell(added), QStringLiteral("1"));

    // The menu says what Ctrl+Z will undo; it works with the cursor in the form's fields.
    auto *undo = window.findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(QStringLiteral("Add posting 230")), qPrintable(undo->text()));
    QCOMPARE(QApplication::focusWidget(), form->dateEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shell(added), QStringLiteral("0"));
    QTRY_COMPARE(form->voucherEdit()->text(), QStringLiteral("230")); // the voucher is free again
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shell(added), QStringLiteral("1"));
    // Undo through the stack, as any other view's edit.
    m_session->undoStack()->undo();
    QCOMPARE(shell(added), QStringLiteral("0"));
    m_session->undoStack()->redo();
    QCOMPARE(shell(added), QStringLiteral("1"));

    // While a field has typing of its own to take back, Ctrl+Z takes that back first.
    QTest::keyClicks(form->dateEdit(), QStringLiteral("x"));
    QTest::keyClick(form->dateEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shell(added), QStringLiteral("1"));
}

void tst_PostingsView::filtersByText()
{
    PostingFilterBar *bar = m_view->filterBar();
    QTest::keyClick(m_view.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), bar->textEdit());
    QTest::keyClicks(bar->textEdit(), QStringLiteral("personale"));
    const int expected =
        shell(QStringLiteral("SELECT COUNT(*) FROM postings p JOIN accounts a ON a.id = p.account_id "
                             "WHERE p.year = 2019 AND (p.text LIKE '%personale%' OR a.name LIKE '%personale%');"))
            .toInt();
    QVERIFY(expected > 0);
    QTRY_COMPARE(m_view->model()->rowCount(), expected);
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QString account = m_view->model()->index(row, PostingTableModel::AccountColumn).data().toString();
        const QString text = m_view->model()->index(row, PostingTableModel::TextColumn).data().toString();
        QVERIFY2(account.contains(QStringLiteral("Personale")) ||
                     text.contains(QStringLiteral("Personale"), Qt::CaseInsensitive),
                 qPrintable(account + QLatin1Char(' ') + text));
    }
    QTRY_VERIFY2(m_view->summaryLabel()->text().startsWith(QStringLiteral("%1 postings").arg(expected)),
                 qPrintable(m_view->summaryLabel()->text()));

    // A date range narrows it further; a date that cannot be read says why and is left out.
    QTest::keyClicks(bar->fromEdit(), QStringLiteral("1.7.2019"));
    const int secondHalf =
        shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE account_id = 2 AND date >= '2019-07-01';")).toInt();
    QTRY_COMPARE(m_view->model()->rowCount(), secondHalf);
    QTest::keyClicks(bar->toEdit(), QStringLiteral("32.13"));
    QTRY_VERIFY(bar->problemLabel()->isVisible());
    QVERIFY(bar->problemLabel()->text().contains(QStringLiteral("is not a date")));
    QCOMPARE(m_view->model()->rowCount(), secondHalf);
}

void tst_PostingsView::deletesManyAfterAsking()
{
    QTableView *table = m_view->table();
    const qint64 first = m_view->model()->rowAt(0).posting.id;
    const qint64 second = m_view->model()->rowAt(1).posting.id;
    const QString both = QStringLiteral("SELECT COUNT(*) FROM postings WHERE id IN (%1, %2);").arg(first).arg(second);
    QCOMPARE(shell(both), QStringLiteral("2"));
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(m_view->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QString question;
    QTimer::singleShot(0, this, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            QTest::keyClick(box, Qt::Key_Return); // the default button deletes
        }
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(question, QStringLiteral("Delete the 2 selected postings?"));
    QCOMPARE(shell(both), QStringLiteral("0"));
    QCOMPARE(m_view->model()->rowOfPosting(first), -1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Delete 2 postings"));

    // One undo brings both back, under their own ids.
    m_session->undoStack()->undo();
    QCOMPARE(shell(both), QStringLiteral("2"));
    QCOMPARE(m_view->model()->rowOfPosting(first), 0);
    QCOMPARE(m_view->model()->rowOfPosting(second), 1);

    // Cancelling leaves them; a single row goes without asking.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTRY_COMPARE(QApplication::focusWidget(), table);
    table->selectRow(0);
    table->selectionModel()->select(m_view->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            asked = true;
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(asked);
    QCOMPARE(shell(both), QStringLiteral("2"));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTRY_COMPARE(QApplication::focusWidget(), table);
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE id = %1;").arg(first)), QStringLiteral("0"));
}

void tst_PostingsView::editsInPlaceAndKeepsRefusedText()
{
    QTableView *table = m_view->table();
    const qint64 id = m_view->model()->rowAt(0).posting.id;
    const QString amount = QStringLiteral("SELECT amount FROM postings WHERE id = %1;").arg(id);
    const QString before = shell(amount);
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(0, PostingTableModel::AmountColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = table->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
    QVERIFY(editor);
    // Amounts are edited where they are shown: on the right.
    QVERIFY(editor->alignment() & Qt::AlignRight);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("12,34,56"));
    QTest::keyClick(editor, Qt::Key_Return);
    // Refused: the reason shows, nothing is written, and the editor opens again on what was typed.
    QTRY_VERIFY(m_view->editProblemLabel()->isVisible());
    QVERIFY(m_view->editProblemLabel()->text().contains(QStringLiteral("more than one decimal comma")));
    QCOMPARE(shell(amount), before);
    QTRY_VERIFY(table->findChild<QLineEdit *>(QStringLiteral("cellEditor")));
    editor = table->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
    QTRY_COMPARE(editor->text(), QStringLiteral("12,34,56"));
    // Mended, it is written; the message goes.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("99,95"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(shell(amount), QStringLiteral("9995"));
    QVERIFY(!m_view->editProblemLabel()->isVisible());
    QCOMPARE(m_session->undoStack()->undoText(),
             QStringLiteral("Edit amount of posting %1").arg(m_view->model()->rowAt(0).posting.voucher));
    m_session->undoStack()->undo();
    QCOMPARE(shell(amount), before);

    // The account cell completes by number or name from the active accounts.
    table->setCurrentIndex(m_view->model()->index(0, PostingTableModel::AccountColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(table->findChild<QLineEdit *>(QStringLiteral("cellEditor")));
    editor = table->findChild<QLineEdit *>(QStringLiteral("cellEditor"));
    QVERIFY(editor->completer());
    QStringList offered;
    for (int row = 0; row < editor->completer()->model()->rowCount(); ++row)
        offered << editor->completer()->model()->index(row, 0).data().toString();
    QVERIFY2(offered.contains(QStringLiteral("2010 Personale")), qPrintable(offered.join(QLatin1String(", "))));
    QTest::keyClick(editor, Qt::Key_Escape);
}

void tst_PostingsView::drillDownShowsThePostingsBehindIt()
{
    PostingFilter filter;
    filter.year = 2019;
    filter.accountId = 3;
    m_session->showPostings(filter);
    const QString expected =
        shell(QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2019 AND account_id = 3;"));
    QCOMPARE(QString::number(m_view->model()->rowCount()), expected);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->rowAt(row).posting.accountId, 3);
    QCOMPARE(m_view->filterBar()->accountBox()->currentText(), QStringLiteral("2020 Administration"));
    QTRY_VERIFY(m_view->summaryLabel()->text().startsWith(expected + QStringLiteral(" postings")));
}

void tst_PostingsView::revealsAPosting()
{
    const qint64 id = shell(QStringLiteral("SELECT id FROM postings WHERE voucher = 200;")).toLongLong();
    FindingLocation location;
    location.year = 2019;
    location.kind = FindingLocation::Kind::Posting;
    location.id = id;
    m_session->reveal(location);
    const QModelIndex current = m_view->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(PostingTableModel::PostingIdRole).toLongLong(), id);
    QVERIFY(m_view->table()->selectionModel()->isRowSelected(current.row(), {}));
}

void tst_PostingsView::closedYearCannotChange()
{
    // Closed behind the view's back (as year closing does), then announced.
    test::sqliteShellUnaudited(
        path(), QStringLiteral("UPDATE fiscal_years SET status = 'closed', closed_by = 'test' WHERE year = 2019;"));
    m_session->ledger()->notifier()->notifyChanged(LedgerNotifier::Table::Years);
    PostingEntryForm *form = m_view->entryForm();
    QVERIFY(!form->dateEdit()->isEnabled());
    QVERIFY(!form->amountEdit()->isEnabled());
    QVERIFY(form->formProblemLabel()->text().contains(QStringLiteral("closed")));
    QVERIFY(!(m_view->model()->flags(m_view->model()->index(0, PostingTableModel::AmountColumn)) & Qt::ItemIsEditable));
    const QString before = shell(QStringLiteral("SELECT COUNT(*) FROM postings;"));
    m_view->table()->setFocus();
    m_view->table()->selectRow(0);
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM postings;")), before);
    QVERIFY(m_view->editProblemLabel()->text().contains(QStringLiteral("closed")));
    // Nor can a command written by hand get past it.
    QVERIFY(!m_view->model()->setData(m_view->model()->index(0, PostingTableModel::TextColumn), QStringLiteral("x")));
}

QTEST_MAIN(tst_PostingsView)
#include "tst_postingsview.moc"
