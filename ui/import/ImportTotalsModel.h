#pragma once

#include "PostingImporter.h"

#include <QAbstractTableModel>

namespace annalist {

// What a file would add to each account: its postings and their sum, in statement order.
class ImportTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, CountColumn, TotalColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setTotals(const QList<ImportAccountTotal> &totals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportAccountTotal> m_totals;
};

} // namespace annalist
