#include "AddPostingCommand.h"
#include "AuditTrailDialog.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "StatementBuilder.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The audit trail in the window: opened with Ctrl+Shift+A, filtered, its verdict shown, exported.
class tst_AuditTrailDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsFiltersAndExports();

private:
    QTemporaryDir m_dir;
};

void tst_AuditTrailDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_audittraildialog"));
}

void tst_AuditTrailDialog::showsFiltersAndExports()
{
    const QString path = test::demoLedger(m_dir)->path();
    LedgerSession session;
    QVERIFY(session.open(path).ok());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // One change of this session, recorded with its old and new values.
    const qint64 account =
        StatementBuilder(*session.ledger()).build(2019)->linesIn(Section::Operations).first().accountId;
    QVERIFY(session
                .execute(std::make_unique<AddPostingCommand>(
                    &session, Posting{0, 2019, QDate(2019, 12, 31), 0, account, std::nullopt,
                                      QStringLiteral("Revisorkontrol"), Money::fromOre(4200)}))
                .ok());
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AuditTrailDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AuditTrailDialog *>()) != nullptr);
    QVERIFY(dialog->verdict().contains(QStringLiteral("intact")));
    QVERIFY(dialog->model()->rowCount() > 100); // the demo's own writing is on record too
    // The newest first: the posting just added.
    QCOMPARE(dialog->model()->item(0, 3)->text(), QStringLiteral("insert"));
    QCOMPARE(dialog->model()->item(0, 4)->text(), QStringLiteral("postings"));
    QVERIFY(dialog->model()->item(0, 7)->text().contains(QStringLiteral("Revisorkontrol")));
    // Filtered by table and action: postings inserted, nothing else.
    auto *tables = dialog->findChildren<QComboBox *>().at(0);
    tables->setCurrentIndex(tables->findData(QStringLiteral("fiscal_years")));
    QTRY_VERIFY(dialog->model()->rowCount() >= 1);
    for (int r = 0; r < dialog->model()->rowCount(); ++r)
        QCOMPARE(dialog->model()->item(r, 4)->text(), QStringLiteral("fiscal_years"));
    // Exported as CSV: a header and the shown records.
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(dialog->exportTo(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), dialog->model()->rowCount() + 1);
    QVERIFY(lines.at(1).contains(QStringLiteral("fiscal_years")));
    // Tampering behind the application's back shows in the verdict.
    dialog->close();
    test::sqliteShell(path, QStringLiteral("UPDATE audit_log SET new_values = '{}' WHERE id = 3"));
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.findChild<AuditTrailDialog *>() != nullptr);
    QTRY_VERIFY(window.findChild<AuditTrailDialog *>()->verdict().contains(QStringLiteral("tampered")));
}

QTEST_MAIN(tst_AuditTrailDialog)
#include "tst_audittraildialog.moc"
