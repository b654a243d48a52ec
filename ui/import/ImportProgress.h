#pragma once

#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace annalist {

// A progress dialog with Cancel for a check or an import that runs in the window's thread: the
// importer's progress callback moves the bar and lets the window breathe, and Cancel stops it.
class ImportProgress
{
public:
    ImportProgress(QWidget *parent, const QString &label);
    ~ImportProgress();
    ImportProgress(const ImportProgress &) = delete;
    ImportProgress &operator=(const ImportProgress &) = delete;

    // For ImportOptions::progress: false once Cancel was pressed.
    std::function<bool(qint64 done, qint64 total)> callback();
    bool wasCancelled() const;

private:
    bool step(qint64 done, qint64 total);

    QProgressDialog *m_dialog;
};

} // namespace annalist
