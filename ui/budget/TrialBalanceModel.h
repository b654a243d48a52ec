#pragma once

#include "TrialBalance.h"

#include <QAbstractTableModel>

namespace annalist {

// A trial balance as a table: one row per account with postings in the range, and the total.
class TrialBalanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, CountColumn, DebitColumn, CreditColumn, BalanceColumn, ColumnCount };
    enum Role { AmountRole = Qt::UserRole + 1 }; // the cell's amount in øre (qint64)

    using QAbstractTableModel::QAbstractTableModel;

    void setBalance(const TrialBalance &balance);
    void clear();
    const TrialBalance &balance() const { return m_balance; }
    // The account row `row` shows, or none for the total.
    const TrialBalanceRow *rowAt(int row) const;
    bool isTotal(int row) const { return m_loaded && row == m_balance.rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<Money> amountAt(int row, int column) const;
    QVariant display(int row, int column) const;

    TrialBalance m_balance;
    bool m_loaded = false;
};

} // namespace annalist
