#include "TrialBalanceModel.h"

#include "AmountFormat.h"

#include <QFont>
#include <QLocale>

namespace annalist {

void TrialBalanceModel::setBalance(const TrialBalance &balance)
{
    beginResetModel();
    m_balance = balance;
    m_loaded = true;
    endResetModel();
}

void TrialBalanceModel::clear()
{
    beginResetModel();
    m_balance = TrialBalance();
    m_loaded = false;
    endResetModel();
}

const TrialBalanceRow *TrialBalanceModel::rowAt(int row) const
{
    if (!m_loaded || row < 0 || row >= m_balance.rows.size())
        return nullptr;
    return &m_balance.rows.at(row);
}

int TrialBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : int(m_balance.rows.size()) + 1;
}

int TrialBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> TrialBalanceModel::amountAt(int row, int column) const
{
    const TrialBalanceRow *account = rowAt(row);
    switch (column) {
    case DebitColumn:
        return account ? account->debit : m_balance.debitTotal();
    case CreditColumn:
        return account ? account->credit : m_balance.creditTotal();
    case BalanceColumn:
        return account ? account->balance() : m_balance.total();
    default:
        return std::nullopt;
    }
}

QVariant TrialBalanceModel::display(int row, int column) const
{
    if (const auto amount = amountAt(row, column))
        return AmountFormat::format(*amount);
    const TrialBalanceRow *account = rowAt(row);
    switch (column) {
    case NumberColumn:
        return account ? QVariant(account->accountNumber) : QVariant();
    case NameColumn:
        return account ? account->accountName : tr("Total");
    case CountColumn:
        return QLocale().toString(account ? account->count : m_balance.count());
    default:
        return {};
    }
}

QVariant TrialBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return isTotal(index.row()) ? QVariant()
                                    : QVariant(tr("Press Enter or double-click to open the account statement."));
    case AmountRole: {
        const auto amount = amountAt(index.row(), index.column());
        return amount ? QVariant(amount->ore()) : QVariant();
    }
    default:
        return {};
    }
}

QVariant TrialBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DebitColumn:
            return tr("The sum of the positive postings (expenses).");
        case CreditColumn:
            return tr("The sum of the negative postings (income), shown as a positive amount.");
        case BalanceColumn:
            return tr("Debit minus credit: the account's net in the range.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case CountColumn:
        return tr("Postings");
    case DebitColumn:
        return tr("Debit");
    case CreditColumn:
        return tr("Credit");
    case BalanceColumn:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace annalist
