// The GUI tests' own helpers (guitestsupport.h): a box a test waits for is answered when it comes,
// and a test whose box never comes fails instead of passing unnoticed.

#include "guitestsupport.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace annalist;

class tst_GuiTestSupport : public QObject
{
    Q_OBJECT

private slots:
    void answersTheQuestionThatComes();
    void answersTheFileDialogThatComes();
    void aQuestionThatNeverComesFailsTheTest();
    void aFileDialogThatNeverComesFailsTheTest();
    void aHandleLeftUncheckedFailsTheTestWhenItGoes();
};

void tst_GuiTestSupport::answersTheQuestionThatComes()
{
    auto no = test::answerNextQuestion(Qt::Key_N);
    const auto answer = QMessageBox::question(nullptr, QStringLiteral("Test"), QStringLiteral("Remove it?"));
    QVERIFY(no.wait());
    QVERIFY(no.answered());
    QCOMPARE(answer, QMessageBox::No);
}

void tst_GuiTestSupport::answersTheFileDialogThatComes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("svar.txt"));
    auto dialog = test::answerNextFileDialog(path);
    const QString chosen = QFileDialog::getSaveFileName(nullptr, QStringLiteral("Save"), dir.path(), QString(), nullptr,
                                                        QFileDialog::DontUseNativeDialog);
    QVERIFY(dialog.wait());
    QCOMPARE(chosen, path);
}

void tst_GuiTestSupport::aQuestionThatNeverComesFailsTheTest()
{
    auto box = test::answerNextQuestion();
    // Nothing asks: the wait gives up after its time and fails the test at the line above. (Were
    // it to pass instead, the expected failure would be left over for the check below: XPASS.)
    QEXPECT_FAIL("", "no question box comes, as intended", Continue);
    const bool came = box.wait();
    QVERIFY(!came);
    QVERIFY(!box.answered());
}

void tst_GuiTestSupport::aFileDialogThatNeverComesFailsTheTest()
{
    auto dialog = test::answerNextFileDialog(QStringLiteral("/tmp/never"));
    QEXPECT_FAIL("", "no file dialog comes, as intended", Continue);
    const bool came = dialog.wait();
    QVERIFY(!came);
}

void tst_GuiTestSupport::aHandleLeftUncheckedFailsTheTestWhenItGoes()
{
    // No wait(): the handle's end, when the function returns, finds that no box came.
    QEXPECT_FAIL("", "no question box comes, as intended", Continue);
    {
        auto box = test::answerNextQuestion();
        Q_UNUSED(box)
    }
    // The failure above was the expected one; a box that comes later is not answered by it.
    QTimer::singleShot(50, qApp, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QCOMPARE(QMessageBox::question(nullptr, QStringLiteral("Test"), QStringLiteral("Still there?"),
                                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes),
             QMessageBox::Cancel);
}

QTEST_MAIN(tst_GuiTestSupport)
#include "tst_guitestsupport.moc"
