#pragma once

#include <QObject>

#include <QPointer>
#include <QSet>

class QWidget;

namespace annalist {

// Keeps the window from offering edits while the ledger is open read-only.
//
// Each control that changes the ledger (a QAction, a button, or a whole form) is marked where it
// is made, with markEdit(); the guard finds the marked ones under its window when read-only starts,
// disables them and keeps them disabled while their page enables them again (a selection changed,
// a year opened), and gives them back their own state afterwards. In-place editing needs no mark:
// every item view under the window loses its edit triggers and its drag-and-drop moves. Edits that
// slip through anyway are refused by LedgerSession::execute().
class ReadOnlyGuard : public QObject
{
    Q_OBJECT

public:
    explicit ReadOnlyGuard(QWidget *window);

    // Marks `control` as one that edits the ledger: disabled while the ledger is read-only.
    static void markEdit(QObject *control);
    static bool isEdit(const QObject *control);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold(QObject *control);
    void release(QObject *control);

    QWidget *m_window;
    bool m_readOnly = false;
    QList<QPointer<QObject>> m_held;
};

} // namespace annalist
