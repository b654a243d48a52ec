#include "AccountRepository.h"
#include "LedgerSession.h"
#include "ProjectDialog.h"
#include "ProjectsModel.h"
#include "ProjectsView.h"
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

namespace {

void typeAndTab(const QString &text)
{
    if (!text.isEmpty())
        QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

} // namespace

// The projects: added on a new or a free project account, edited in place, deleted when no
// posting carries them; every step undoable.
class tst_ProjectsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsAProjectWithItsAccount();
    void addsAProjectOnAFreeAccount();
    void refusesATakenNameInTheDialog();
    void editsThePhaseInPlaceWithUndo();
    void refusesATakenNameInPlace();
    void refusesDeletingAProjectWithPostings();
    void savesScreenshot();

private:
    std::optional<Project> project(const QString &name) const;
    Account account(const QString &number) const;
    ProjectDialog *openDialog();
    int rowOf(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<ProjectsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ProjectsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_ProjectsView::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_view = std::make_unique<ProjectsView>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1100, 500);
    m_view->show();
    QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
    QCOMPARE(m_view->model()->rowCount(), 11);
}

void tst_ProjectsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_session.reset();
}

std::optional<Project> tst_ProjectsView::project(const QString &name) const
{
    const auto projects = AccountRepository(*m_session->ledger()).projects();
    for (const Project &p : *projects)
        if (p.name == name)
            return p;
    return std::nullopt;
}

Account tst_ProjectsView::account(const QString &number) const
{
    const auto accounts = AccountRepository(*m_session->ledger()).accounts();
    for (const Account &a : *accounts)
        if (a.number == number)
            return a;
    return {};
}

int tst_ProjectsView::rowOf(const QString &name) const
{
    const auto p = project(name);
    return p ? m_view->model()->rowOfKey(p->id) : -1;
}

ProjectDialog *tst_ProjectsView::openDialog()
{
    m_view->activateWindow();
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Insert);
    auto *dialog = m_view->findChild<ProjectDialog *>();
    if (dialog && !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        return nullptr;
    return dialog;
}

void tst_ProjectsView::addsAProjectWithItsAccount()
{
    ProjectDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("name"));
    typeAndTab(QStringLiteral("Borgerservice"));
    // Every project account has a project: the dialog offers a new account, numbered after the last.
    auto *accountChoice = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(accountChoice);
    QCOMPARE(accountChoice->count(), 1);
    QCOMPARE(accountChoice->currentText(), QStringLiteral("New project account"));
    typeAndTab({});
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), QStringLiteral("3120"));
    typeAndTab({});
    typeAndTab({}); // the account is named after the project
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("phase"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    typeAndTab({});
    typeAndTab(QStringLiteral("Direktionen"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Fælles selvbetjening."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const auto added = project(QStringLiteral("Borgerservice"));
    QVERIFY(added);
    const Account created = account(QStringLiteral("3120"));
    QCOMPARE(created.name, QStringLiteral("Borgerservice"));
    QCOMPARE(created.section, Section::Projects);
    QCOMPARE(added->accountId, created.id);
    QCOMPARE(added->phase, Phase::Analysis);
    QCOMPARE(added->steeringGroup, QStringLiteral("Direktionen"));
    QCOMPARE(added->description, QStringLiteral("Fælles selvbetjening."));
    QTRY_COMPARE(m_view->model()->rowCount(), 12);
    QCOMPARE(m_view->currentKey(), added->id);
    QCOMPARE(m_view->model()->index(rowOf(QStringLiteral("Borgerservice")), ProjectsModel::AccountColumn).data(),
             QVariant(QStringLiteral("3120 Borgerservice")));

    // One step: undo takes the project and its account away, redo brings both back as they were.
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QVERIFY(!project(QStringLiteral("Borgerservice")));
    QCOMPARE(account(QStringLiteral("3120")).id, qint64(0));
    m_session->undoStack()->redo();
    QCOMPARE(project(QStringLiteral("Borgerservice"))->id, added->id);
    QCOMPARE(account(QStringLiteral("3120")).id, created.id);
}

void tst_ProjectsView::addsAProjectOnAFreeAccount()
{
    Account free;
    free.number = QStringLiteral("3120");
    free.name = QStringLiteral("Borgerservice");
    free.section = Section::Projects;
    free.sortOrder = 175;
    QVERIFY(AccountRepository(*m_session->ledger()).addAccount(free).ok());

    ProjectDialog *dialog = openDialog();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("Selvbetjening"));
    auto *accountChoice = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(accountChoice);
    QCOMPARE(accountChoice->currentText(), QStringLiteral("3120 Borgerservice"));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("accountNumber"))->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(project(QStringLiteral("Selvbetjening"))->accountId, account(QStringLiteral("3120")).id);
    QCOMPARE(project(QStringLiteral("Selvbetjening"))->phase, Phase::Idea);
}

void tst_ProjectsView::refusesATakenNameInTheDialog()
{
    ProjectDialog *dialog = openDialog();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("ESDH"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The dialog stays, with the reason and the typed name; nothing is written.
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(QLatin1String("ESDH")), qPrintable(dialog->message()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("ESDH"));
    QCOMPARE(account(QStringLiteral("3120")).id, qint64(0));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(AccountRepository(*m_session->ledger()).projects()->size(), 11);
}

void tst_ProjectsView::editsThePhaseInPlaceWithUndo()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("ERP")), ProjectsModel::PhaseColumn));
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Analysis"));
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(project(QStringLiteral("ERP"))->phase, Phase::Procurement);
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Procurement and implementation"));

    // The steering group, typed over.
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("ERP")), ProjectsModel::SteeringGroupColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Direktionen"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(project(QStringLiteral("ERP"))->steeringGroup, QStringLiteral("Direktionen"));

    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit project ERP"));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(project(QStringLiteral("ERP"))->phase, Phase::Analysis);
    QCOMPARE(project(QStringLiteral("ERP"))->steeringGroup, QStringLiteral("Styregruppen for ERP"));
    QTRY_COMPARE(m_view->model()->index(rowOf(QStringLiteral("ERP")), ProjectsModel::PhaseColumn).data().toString(),
                 QStringLiteral("Analysis"));
}

void tst_ProjectsView::refusesATakenNameInPlace()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("ERP")), ProjectsModel::NameColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("AULA"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(m_view->message().contains(QLatin1String("already a project named AULA")), qPrintable(m_view->message()));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("AULA"));
    QVERIFY(project(QStringLiteral("ERP")));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ProjectsView::refusesDeletingAProjectWithPostings()
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(rowOf(QStringLiteral("ESDH")), ProjectsModel::NameColumn));
    auto confirm = test::answerNextQuestion();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.wait());
    QVERIFY2(m_view->message().contains(QLatin1String("postings")), qPrintable(m_view->message()));
    QVERIFY(project(QStringLiteral("ESDH")));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ProjectsView::savesScreenshot()
{
    m_view->table()->setCurrentIndex(m_view->model()->index(0, ProjectsModel::PhaseColumn));
    QVERIFY(m_view->grab().save(QDir(qEnvironmentVariable("ANNALIST_TEST_OUTPUT", QDir::tempPath()))
                                    .filePath(QStringLiteral("view-projects.png"))));
}

QTEST_MAIN(tst_ProjectsView)
#include "tst_projectsview.moc"
