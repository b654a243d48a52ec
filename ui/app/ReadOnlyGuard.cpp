#include "ReadOnlyGuard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QMetaProperty>
#include <QWidget>

namespace annalist {

namespace {

const char editProperty[] = "annalistEditsLedger";
// What a control or view had before read-only began, to give it back.
const char enabledBefore[] = "annalistEnabledBefore";
const char triggersBefore[] = "annalistEditTriggersBefore";
const char dragDropBefore[] = "annalistDragDropBefore";
const char readOnlyBefore[] = "annalistReadOnlyBefore";

// QLineEdit, QTextEdit, QPlainTextEdit and the spin boxes have one.
bool hasReadOnlyProperty(const QWidget *widget)
{
    const int index = widget->metaObject()->indexOfProperty("readOnly");
    return index >= 0 && widget->metaObject()->property(index).isWritable();
}

} // namespace

ReadOnlyGuard::ReadOnlyGuard(QWidget *window) : QObject(window), m_window(window) {}

void ReadOnlyGuard::markEdit(QObject *control)
{
    control->setProperty(editProperty, true);
}

bool ReadOnlyGuard::isEdit(const QObject *control)
{
    return control->property(editProperty).toBool();
}

void ReadOnlyGuard::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly) {
        // QActions are children of their pages or of the widgets they act on; all lie under the window.
        for (QObject *object : m_window->findChildren<QObject *>())
            if (isEdit(object))
                hold(object);
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            view->setProperty(triggersBefore, int(view->editTriggers()));
            view->setProperty(dragDropBefore, int(view->dragDropMode()));
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        }
        return;
    }
    const QList<QPointer<QObject>> held = m_held;
    m_held.clear();
    for (const QPointer<QObject> &control : held)
        if (control)
            release(control);
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        const QVariant triggers = view->property(triggersBefore);
        if (!triggers.isValid())
            continue;
        view->setEditTriggers(QAbstractItemView::EditTriggers(triggers.toInt()));
        view->setDragDropMode(QAbstractItemView::DragDropMode(view->property(dragDropBefore).toInt()));
        view->setProperty(triggersBefore, QVariant());
        view->setProperty(dragDropBefore, QVariant());
    }
}

void ReadOnlyGuard::hold(QObject *control)
{
    m_held.append(control);
    if (auto *action = qobject_cast<QAction *>(control)) {
        action->setProperty(enabledBefore, action->isEnabled());
        action->setEnabled(false);
        // A page that enables the action again (its selection changed) is overruled at once.
        connect(action, &QAction::changed, this, [this, action] {
            if (m_readOnly && action->isEnabled()) {
                action->setProperty(enabledBefore, true);
                action->setEnabled(false);
            }
        });
    } else if (auto *widget = qobject_cast<QWidget *>(control)) {
        // Text stays readable, selectable and copyable: a text field is made read-only, not disabled.
        if (hasReadOnlyProperty(widget)) {
            widget->setProperty(readOnlyBefore, widget->property("readOnly"));
            widget->setProperty("readOnly", true);
            return;
        }
        widget->setProperty(enabledBefore, !widget->testAttribute(Qt::WA_ForceDisabled));
        widget->setEnabled(false);
        widget->installEventFilter(this);
    }
}

void ReadOnlyGuard::release(QObject *control)
{
    if (const QVariant readOnly = control->property(readOnlyBefore); readOnly.isValid()) {
        control->setProperty("readOnly", readOnly);
        control->setProperty(readOnlyBefore, QVariant());
        return;
    }
    const bool enabled = control->property(enabledBefore).toBool();
    control->setProperty(enabledBefore, QVariant());
    if (auto *action = qobject_cast<QAction *>(control)) {
        disconnect(action, &QAction::changed, this, nullptr);
        action->setEnabled(enabled);
    } else if (auto *widget = qobject_cast<QWidget *>(control)) {
        widget->removeEventFilter(this);
        widget->setEnabled(enabled);
    }
}

bool ReadOnlyGuard::eventFilter(QObject *watched, QEvent *event)
{
    // A page enabled a held widget again: remember that for later and disable it once more.
    if (event->type() == QEvent::EnabledChange && m_readOnly) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->testAttribute(Qt::WA_ForceDisabled)) {
            widget->setProperty(enabledBefore, true);
            widget->setEnabled(false);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace annalist
