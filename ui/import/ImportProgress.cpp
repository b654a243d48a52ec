#include "ImportProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace annalist {
namespace {

constexpr int steps = 1000;      // per mille: a file's size in bytes may not fit an int
constexpr int showAfterMs = 400; // quick checks finish without a dialog flashing by

} // namespace

ImportProgress::ImportProgress(QWidget *parent, const QString &label) : m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowTitle(parent ? parent->windowTitle() : QString());
    m_dialog->setLabelText(label);
    // The dialog's own Cancel button, translated with Qt's messages.
    m_dialog->setRange(0, steps);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(showAfterMs);
    // Reaching the end must not reset the dialog: that would forget a Cancel pressed just then.
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0);
}

ImportProgress::~ImportProgress()
{
    m_dialog->hide();
    delete m_dialog;
}

std::function<bool(qint64, qint64)> ImportProgress::callback()
{
    return [this](qint64 done, qint64 total) { return step(done, total); };
}

bool ImportProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

bool ImportProgress::step(qint64 done, qint64 total)
{
    const qint64 value = total > 0 ? qBound(qint64(0), done * steps / total, qint64(steps)) : 0;
    m_dialog->setValue(int(value));
    // Lets the dialog paint and its Cancel be pressed; the window behind it takes no input.
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace annalist
