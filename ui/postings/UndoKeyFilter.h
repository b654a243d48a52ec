#pragma once

#include <QObject>

namespace annalist {

// A line edit takes Ctrl+Z and Ctrl+Shift+Z for its own typing even when it has nothing to undo,
// so the ledger's undo would not work while a field has the focus. This hands those keys on to
// the window's Undo and Redo when the field has nothing of its own to take back.
class UndoKeyFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Installs one filter (a child of `parent`) on every line edit under `parent`, itself included.
    static void installOn(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace annalist
