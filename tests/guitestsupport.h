#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

// Helpers the GUI test classes share.
namespace annalist::test {

// Answers the next question box with `key` (Enter: its default, yes) once it is up; gives up after 5 s.
inline void answerNextQuestion(Qt::Key key = Qt::Key_Return)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock, key] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && clock->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (box)
            QTest::keyClick(box, key);
    });
    timer->start(10);
}

} // namespace annalist::test
