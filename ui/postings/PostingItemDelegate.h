#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace annalist {

class PostingTableModel;

// Edits a posting's cells in place: a line edit for each, the account one completing by number
// or name. After a refused edit it opens the editor again on what was typed (keepTyped).
class PostingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PostingItemDelegate(PostingTableModel *model, QObject *parent = nullptr);

    // The next editor opened on `index` starts with `typed` instead of the stored value.
    void keepTyped(const QModelIndex &index, const QString &typed);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    PostingTableModel *m_model;
    mutable QPersistentModelIndex m_pendingIndex;
    mutable QString m_pendingText;
};

} // namespace annalist
