#pragma once

#include "AccountStatement.h"

#include <QAbstractTableModel>

namespace annalist {

// An account statement as a table: the opening balance, one row per posting with the running
// balance, and the closing balance.
class AccountStatementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, VoucherColumn, TextColumn, AmountColumn, BalanceColumn, ColumnCount };
    enum class RowKind { Opening, Posting, Closing };
    enum Role { AmountRole = Qt::UserRole + 1 }; // the cell's amount in øre (qint64)

    using QAbstractTableModel::QAbstractTableModel;

    void setStatement(const AccountStatement &statement);
    void clear();
    const AccountStatement &statement() const { return m_statement; }
    bool hasStatement() const { return m_loaded; }
    RowKind rowKind(int row) const;
    // The posting shown in `row`, or none for the opening and closing rows.
    const Posting *postingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<Money> amountAt(int row, int column) const;
    QVariant display(int row, int column) const;

    AccountStatement m_statement;
    bool m_loaded = false;
};

} // namespace annalist
