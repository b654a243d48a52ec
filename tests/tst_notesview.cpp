#include "AccountRepository.h"
#include "LedgerSession.h"
#include "NoteRepository.h"
#include "NotesModel.h"
#include "NotesView.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace annalist;

// The notes of the year: the list with the lines that refer to each, the text below it, and
// adding, renumbering and deleting with undo.
class tst_NotesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheNotesAndTheirLines();
    void addsTheNextNoteAndWritesItsText();
    void editsTheTitleInPlace();
    void refusesATakenNumberAndRenumbers();
    void deletesAfterConfirmation();
    void revealSelectsTheNote();
    void savesScreenshot();

private:
    std::optional<Note> note(int number) const;
    void select(int number, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<NotesView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_NotesView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_NotesView::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_view = std::make_unique<NotesView>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1000, 700);
    m_view->show();
    QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
    QCOMPARE(m_view->model()->rowCount(), 6);
}

void tst_NotesView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_session.reset();
}

std::optional<Note> tst_NotesView::note(int number) const
{
    auto found = NoteRepository(*m_session->ledger()).note(2019, number);
    return found ? *found : std::nullopt;
}

void tst_NotesView::select(int number, int column)
{
    m_view->table()->setFocus();
    m_view->table()->setCurrentIndex(m_view->model()->index(m_view->model()->rowOfKey(number), column));
}

void tst_NotesView::showsTheNotesAndTheirLines()
{
    NotesModel *model = m_view->model();
    QCOMPARE(model->index(model->rowOfKey(2), NotesModel::LinesColumn).data().toString(),
             QStringLiteral("2010 Personale"));
    QCOMPARE(model->index(model->rowOfKey(6), NotesModel::AttachedColumn).data().toString(),
             QStringLiteral("Operating result"));
    QCOMPARE(model->index(model->rowOfKey(6), NotesModel::LinesColumn).data().toString(), QString());
    QVERIFY(!(model->flags(model->index(0, NotesModel::LinesColumn)) & Qt::ItemIsEditable));

    select(2, NotesModel::TitleColumn);
    QCOMPARE(m_view->titleEdit()->text(), QStringLiteral("Personale"));
    QVERIFY(m_view->textEdit()->toPlainText().startsWith(QStringLiteral("Løn til sekretariatets")));
    QCOMPARE(m_view->linesText(), QStringLiteral("2010 Personale"));
}

void tst_NotesView::addsTheNextNoteAndWritesItsText()
{
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Insert);
    QVERIFY(note(7));
    QTRY_COMPARE(m_view->model()->rowCount(), 7);
    QCOMPARE(m_view->currentKey(), qint64(7));
    QCOMPARE(QApplication::focusWidget(), m_view->titleEdit());

    // Title, place, text; Ctrl+Return saves from inside the text.
    QTest::keyClicks(m_view->titleEdit(), QStringLiteral("Kontorhold"));
    QTest::keyClick(m_view->titleEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteAttached"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_view->textEdit());
    QTest::keyClicks(m_view->textEdit(), QStringLiteral("Porto og papir."));
    QTest::keyClick(m_view->textEdit(), Qt::Key_Return);
    QTest::keyClicks(m_view->textEdit(), QStringLiteral("Toner."));
    QTest::keyClick(m_view->textEdit(), Qt::Key_Return, Qt::ControlModifier);

    const auto written = note(7);
    QVERIFY(written);
    QCOMPARE(written->title, QStringLiteral("Kontorhold"));
    QCOMPARE(written->text, QStringLiteral("Porto og papir.\nToner."));
    QCOMPARE(written->attached, NoteAttachment::Lines);
    QCOMPARE(m_view->model()->index(m_view->model()->rowOfKey(7), NotesModel::TitleColumn).data().toString(),
             QStringLiteral("Kontorhold"));

    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Edit note 7"));
    stack->undo();
    QCOMPARE(note(7)->text, QString());
    QTRY_COMPARE(m_view->textEdit()->toPlainText(), QString());
    stack->undo();
    QVERIFY(!note(7));
    QTRY_COMPARE(m_view->model()->rowCount(), 6);
}

void tst_NotesView::editsTheTitleInPlace()
{
    select(4, NotesModel::TitleColumn);
    QTest::keyClick(m_view->table(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Aktiviteter"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(note(4)->title, QStringLiteral("Aktiviteter"));
    QCOMPARE(m_view->titleEdit()->text(), QStringLiteral("Aktiviteter"));

    // Where it stands, through the combo box: down from Lines is the projects heading.
    select(4, NotesModel::AttachedColumn);
    QTest::keyClick(m_view->table(), Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(note(4)->attached, NoteAttachment::Projects);

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(note(4)->title, QStringLiteral("Aktivitet og materialer m.m."));
    QCOMPARE(note(4)->attached, NoteAttachment::Lines);
}

void tst_NotesView::refusesATakenNumberAndRenumbers()
{
    select(4, NotesModel::NumberColumn);
    QTest::keyClick(m_view->table(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("3"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QLatin1String("note 3 already")), qPrintable(m_view->message()));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("3"));
    QCOMPARE(note(3)->title, QStringLiteral("Administration"));
    QCOMPARE(note(4)->title, QStringLiteral("Aktivitet og materialer m.m."));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // A free number goes through, and the cursor stays on the note.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("7"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!note(4));
    QCOMPARE(note(7)->title, QStringLiteral("Aktivitet og materialer m.m."));
    QVERIFY(m_view->message().isEmpty());
    QTRY_COMPARE(m_view->model()->rowOfKey(4), -1);
    QCOMPARE(m_view->currentKey(), qint64(7));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Renumber note 4 to 7"));
    m_session->undoStack()->undo();
    QCOMPARE(note(4)->title, QStringLiteral("Aktivitet og materialer m.m."));
    QVERIFY(!note(7));
}

void tst_NotesView::deletesAfterConfirmation()
{
    select(4, NotesModel::TitleColumn);
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QVERIFY(!note(4));
    QTRY_COMPARE(m_view->model()->rowCount(), 5);
    m_session->undoStack()->undo();
    QCOMPARE(note(4)->title, QStringLiteral("Aktivitet og materialer m.m."));
    QTRY_COMPARE(m_view->model()->rowCount(), 6);
}

void tst_NotesView::revealSelectsTheNote()
{
    m_session->reveal({2019, FindingLocation::Kind::Note, QStringLiteral("5"), 5});
    QCOMPARE(m_view->currentKey(), qint64(5));
    QCOMPARE(m_view->titleEdit()->text(), QStringLiteral("Projekter"));
}

void tst_NotesView::savesScreenshot()
{
    select(1, NotesModel::TitleColumn);
    QVERIFY(m_view->grab().save(QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                    .filePath(QStringLiteral("view-notes.png"))));
}

QTEST_MAIN(tst_NotesView)
#include "tst_notesview.moc"
