#include "ImportPreviewModel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace annalist {

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_headers = preview.headers;
    m_rows = preview.rows;
    m_columns = preview.columns;
    // A row with more fields than the header shows them too.
    m_columnCount = int(m_headers.size());
    for (const ImportPreview::Row &row : std::as_const(m_rows))
        m_columnCount = std::max(m_columnCount, int(row.fields.size()));
    endResetModel();
}

void ImportPreviewModel::setColumns(const ImportColumns &columns)
{
    m_columns = columns;
    if (m_columnCount > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    m_columns = {};
    m_columnCount = 0;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

std::optional<ImportField> ImportPreviewModel::fieldOf(int column) const
{
    for (std::size_t i = 0; i < m_columns.index.size(); ++i)
        if (m_columns.index[i] == column)
            return ImportField(i);
    return std::nullopt;
}

QString ImportPreviewModel::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return tr("Date");
    case ImportField::Voucher:
        return tr("Voucher");
    case ImportField::Account:
        return tr("Account");
    case ImportField::Project:
        return tr("Project");
    case ImportField::Text:
        return tr("Text");
    case ImportField::Amount:
        return tr("Amount");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &fields = m_rows.at(index.row()).fields;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column < fields.size() ? fields.at(column) : QString();
    case Qt::ForegroundRole:
        // Columns the import does not read are shown, greyed.
        if (!fieldOf(column))
            return QColor(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (fieldOf(column) == ImportField::Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        // The line in the file, as a plain number: "1757", never "1.757".
        if (role == Qt::DisplayRole)
            return QString::number(m_rows.at(section).line);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(QString::number(m_rows.at(section).line));
        return {};
    }
    if (section < 0 || section >= m_columnCount)
        return {};
    const QString header = section < m_headers.size() ? m_headers.at(section) : QString();
    const auto field = fieldOf(section);
    switch (role) {
    case Qt::DisplayRole:
        return field ? tr("%1\n→ %2").arg(header, fieldName(*field)) : tr("%1\n(not read)").arg(header);
    case Qt::FontRole:
        if (field) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

} // namespace annalist
