#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Helpers the GUI test classes share.
namespace annalist::test {

// A modal box the test expects and answers once it is up (see answerNextQuestion()). The test
// fails when the box never came: when the handle goes out of scope (it first waits for the box
// as long as the answer is still being looked for), or at wait(). Keep it in a variable for as
// long as the box may take to come; a handle thrown away at once fails.
class [[nodiscard]] ExpectedBox
{
public:
    struct State
    {
        bool answered = false;
        bool gaveUp = false;
    };

    ExpectedBox(const char *what, std::shared_ptr<State> state, QTimer *timer, const char *file, int line)
        : m_what(what), m_state(std::move(state)), m_timer(timer), m_file(file), m_line(line)
    {
    }
    ExpectedBox(ExpectedBox &&other) noexcept = default;
    ExpectedBox(const ExpectedBox &) = delete;
    ExpectedBox &operator=(const ExpectedBox &) = delete;
    ExpectedBox &operator=(ExpectedBox &&) = delete;

    ~ExpectedBox()
    {
        if (!m_state)
            return; // moved from
        // A test that failed already returned early: its box may never come, and that says nothing more.
        if (!QTest::currentTestFailed())
            wait();
        if (m_timer)
            m_timer->deleteLater(); // stops answering: a box of a later test is not this one's
    }

    // Whether the box came and was answered, at once.
    bool answered() const { return m_state->answered; }

    // Waits until the box is answered or the looking gives up; records a failure of the running
    // test, at the line that asked for the answer, when no box came. Returns whether one did.
    bool wait()
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_state->answered && !m_state->gaveUp && clock.elapsed() < 30000)
            QTest::qWait(10);
        if (m_state->answered || m_checked)
            return m_state->answered;
        m_checked = true;
        QTest::qFail(qPrintable(QStringLiteral("The %1 the test waits for never appeared.").arg(QLatin1String(m_what))),
                     m_file, m_line);
        return false;
    }

private:
    const char *m_what;
    std::shared_ptr<State> m_state;
    QPointer<QTimer> m_timer;
    const char *m_file;
    int m_line;
    bool m_checked = false;
};

namespace detail {

// Calls `answer` with the modal widget every 10 ms until it answers (returns true) or 5 s have
// passed; the state tells which.
inline ExpectedBox watchForModal(const char *what, std::function<bool(QWidget *)> answer, const char *file, int line)
{
    auto *timer = new QTimer(qApp);
    auto state = std::make_shared<ExpectedBox::State>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock, state, answer = std::move(answer)] {
        if (answer(QApplication::activeModalWidget())) {
            state->answered = true;
        } else if (clock->elapsed() < 5000) {
            return;
        } else {
            state->gaveUp = true;
        }
        timer->stop();
    });
    timer->start(10);
    return ExpectedBox(what, state, timer, file, line);
}

} // namespace detail

// Answers the next question box with `key` (Enter: its default, yes) once it is up; gives up after
// 5 s, and the test fails (see ExpectedBox).
inline ExpectedBox answerNextQuestion(Qt::Key key = Qt::Key_Return, const char *file = __builtin_FILE(),
                                      int line = __builtin_LINE())
{
    return detail::watchForModal(
        "question box",
        [key](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            QTest::keyClick(box, key);
            return true;
        },
        file, line);
}

// Answers the next file dialog with `path` once it is up, as a user typing the whole path into
// the file name and pressing Enter would (again until the dialog has taken it and closed); gives
// up after 5 s, and the test fails (see ExpectedBox).
inline ExpectedBox answerNextFileDialog(const QString &path, const char *file = __builtin_FILE(),
                                        int line = __builtin_LINE())
{
    auto typed = std::make_shared<bool>(false);
    return detail::watchForModal(
        "file dialog",
        [path, typed](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            if (!dialog)
                return *typed; // answered once the dialog that took the path is gone
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name && name->isVisible()) {
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
                *typed = true;
            }
            return false;
        },
        file, line);
}

} // namespace annalist::test
