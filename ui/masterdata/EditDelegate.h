#pragma once

#include <QStyledItemDelegate>

namespace annalist {

// Edits cells in place: a combo box where the model offers choices, a line edit otherwise. An
// edit the model refuses keeps its editor open with the typed value, so that it can be corrected
// (Enter tries again) or given up (Escape).
class EditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Commits the editor; false when the model refused the value.
    bool commit(QWidget *editor);

    mutable bool m_refused = false;
};

} // namespace annalist
