#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <memory>

// Helpers the GUI test classes share.
namespace annalist::test {

// Answers the next question box with `key` (Enter: its default, yes) once it is up; gives up after 5 s.
// The flag it gives turns true once a box was answered.
inline std::shared_ptr<bool> answerNextQuestion(Qt::Key key = Qt::Key_Return)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    auto answered = std::make_shared<bool>(false);
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock, key, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && clock->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (box) {
            QTest::keyClick(box, key);
            *answered = true;
        }
    });
    timer->start(10);
    return answered;
}

// Answers the next file dialog with `path` once it is up, as a user typing the whole path into
// the file name and pressing Enter would (again until the dialog has taken it); gives up after 5 s.
inline void answerNextFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    auto *answered = new bool(false);
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock, answered, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if ((dialog || !*answered) && clock->elapsed() < 5000) {
            auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (name && name->isVisible()) {
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
                *answered = true;
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        delete clock;
        delete answered;
    });
    timer->start(20);
}

} // namespace annalist::test
