#include "LedgerSession.h"
#include "MainWindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheDemo();
};

void tst_MainWindow::opensOnTheDemo()
{
    QTemporaryDir dir;
    { QVERIFY(test::demoLedger(dir)); }
    LedgerSession session;
    QVERIFY(session.open(dir.filePath(QStringLiteral("demo.annalist"))).ok());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.statusText().contains(QLatin1String("No errors")));
    QVERIFY(window.statusText().contains(QLatin1String("-322.748,08")));
    QVERIFY(window.isDemoHintVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
