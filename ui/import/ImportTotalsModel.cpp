#include "ImportTotalsModel.h"

#include "AmountFormat.h"

#include <QLocale>

namespace annalist {

void ImportTotalsModel::setTotals(const QList<ImportAccountTotal> &totals)
{
    beginResetModel();
    m_totals = totals;
    endResetModel();
}

int ImportTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int ImportTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportAccountTotal &total = m_totals.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return total.number;
        case NameColumn:
            return total.name;
        case CountColumn:
            return QLocale().toString(total.count);
        case TotalColumn:
            return AmountFormat::format(total.total);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CountColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case CountColumn:
        return tr("Postings");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace annalist
