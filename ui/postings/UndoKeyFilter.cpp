#include "UndoKeyFilter.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace annalist {

void UndoKeyFilter::installOn(QWidget *parent)
{
    auto *filter = new UndoKeyFilter(parent);
    if (auto *edit = qobject_cast<QLineEdit *>(parent))
        edit->installEventFilter(filter);
    const QList<QLineEdit *> edits = parent->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->installEventFilter(filter);
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *edit = qobject_cast<QLineEdit *>(watched);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!edit)
        return false;
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo) ||
                      (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
    if ((undo && !edit->isUndoAvailable()) || (redo && !edit->isRedoAvailable())) {
        // Not accepted: the shortcut map goes on to the window's action.
        event->ignore();
        return true;
    }
    return false;
}

} // namespace annalist
