#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

#include <functional>

namespace annalist {

// Edits a cell with a line edit aligned as the cell shows its value. After a refused edit the
// editor opens again on what was typed (keepTyped), so that nothing typed is lost. A column may
// complete from a list of words (account numbers and names, say), read when an editor opens.
class LineEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The next editor opened on `index` starts with `typed` instead of the stored value.
    void keepTyped(const QModelIndex &index, const QString &typed);
    // Editors in `column` offer these words as the user types.
    void setCompletions(int column, const QStringList &words);
    void setCompletions(int column, std::function<QStringList()> words);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    mutable QPersistentModelIndex m_pendingIndex;
    mutable QString m_pendingText;
    int m_completionColumn = -1;
    std::function<QStringList()> m_completions;
};

} // namespace annalist
