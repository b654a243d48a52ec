#include "PostingItemDelegate.h"

#include "PostingInput.h"
#include "PostingTableModel.h"
#include "UndoKeyFilter.h"

#include <QCompleter>
#include <QLineEdit>

namespace annalist {

PostingItemDelegate::PostingItemDelegate(PostingTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

void PostingItemDelegate::keepTyped(const QModelIndex &index, const QString &typed)
{
    m_pendingIndex = index;
    m_pendingText = typed;
}

QWidget *PostingItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setObjectName(QStringLiteral("cellEditor"));
    if (index.column() == PostingTableModel::AmountColumn || index.column() == PostingTableModel::VoucherColumn)
        edit->setAlignment(Qt::AlignRight);
    if (index.column() == PostingTableModel::AccountColumn) {
        QStringList labels;
        for (const Account &a : m_model->accounts())
            if (a.active)
                labels.append(PostingInput::accountLabel(a));
        auto *completer = new QCompleter(labels, edit);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
    }
    UndoKeyFilter::installOn(edit);
    return edit;
}

void PostingItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (edit && m_pendingIndex.isValid() && m_pendingIndex == index) {
        edit->setText(m_pendingText);
        // Once shown, later editors on the cell start from the stored value again.
        m_pendingIndex = QPersistentModelIndex();
        m_pendingText.clear();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PostingItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace annalist
