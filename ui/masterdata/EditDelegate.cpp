#include "EditDelegate.h"

#include "LedgerTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace annalist {

QWidget *EditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList texts = index.data(LedgerTableModel::ChoiceTextsRole).toStringList();
    if (texts.isEmpty()) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Amounts are typed where they stand: on the right.
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && alignment.isValid())
            line->setAlignment(Qt::Alignment(alignment.toInt()));
        return editor;
    }
    const QVariantList values = index.data(LedgerTableModel::ChoiceValuesRole).toList();
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (int i = 0; i < texts.size(); ++i)
        combo->addItem(texts.at(i), values.value(i));
    return combo;
}

void EditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    bool accepted = true;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            accepted = model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        accepted = model->setData(index, line->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
    m_refused = !accepted;
}

bool EditDelegate::commit(QWidget *editor)
{
    m_refused = false;
    emit commitData(editor);
    return !m_refused;
}

bool EditDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor)
        return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        EndEditHint hint = NoHint;
        switch (key->key()) {
        case Qt::Key_Tab:
            hint = EditNextItem;
            break;
        case Qt::Key_Backtab:
            hint = EditPreviousItem;
            break;
        case Qt::Key_Enter:
        case Qt::Key_Return:
            hint = SubmitModelCache;
            break;
        default:
            return QStyledItemDelegate::eventFilter(object, event);
        }
        if (!commit(editor)) {
            // Refused: the typed value stays for the user to correct.
            if (auto *line = qobject_cast<QLineEdit *>(editor))
                line->selectAll();
            return true;
        }
        emit closeEditor(editor, hint);
        return true;
    }
    if (event->type() == QEvent::FocusOut) {
        // Focus moving inside the editor (a combo box's list) is not leaving it.
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (w == editor)
                return false;
        if (commit(editor))
            emit closeEditor(editor, NoHint);
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace annalist
