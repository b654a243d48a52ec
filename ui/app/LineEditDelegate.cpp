#include "LineEditDelegate.h"

#include "UndoKeyFilter.h"

#include <QCompleter>
#include <QLineEdit>

namespace annalist {

void LineEditDelegate::keepTyped(const QModelIndex &index, const QString &typed)
{
    m_pendingIndex = index;
    m_pendingText = typed;
}

void LineEditDelegate::setCompletions(int column, const QStringList &words)
{
    setCompletions(column, [words] { return words; });
}

void LineEditDelegate::setCompletions(int column, std::function<QStringList()> words)
{
    m_completionColumn = column;
    m_completions = std::move(words);
}

QWidget *LineEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setObjectName(QStringLiteral("cellEditor"));
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.canConvert<Qt::Alignment>())
        edit->setAlignment(alignment.value<Qt::Alignment>());
    else if (alignment.isValid())
        edit->setAlignment(Qt::Alignment(alignment.toInt()));
    const QStringList words = index.column() == m_completionColumn && m_completions ? m_completions() : QStringList();
    if (!words.isEmpty()) {
        auto *completer = new QCompleter(words, edit);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
    }
    UndoKeyFilter::installOn(edit);
    return edit;
}

void LineEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
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

void LineEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace annalist
