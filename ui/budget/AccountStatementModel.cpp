#include "AccountStatementModel.h"

#include "AmountFormat.h"
#include "BudgetInput.h"

#include <QFont>

namespace annalist {

void AccountStatementModel::setStatement(const AccountStatement &statement)
{
    beginResetModel();
    m_statement = statement;
    m_loaded = true;
    endResetModel();
}

void AccountStatementModel::clear()
{
    beginResetModel();
    m_statement = AccountStatement();
    m_loaded = false;
    endResetModel();
}

AccountStatementModel::RowKind AccountStatementModel::rowKind(int row) const
{
    if (row == 0)
        return RowKind::Opening;
    return row <= m_statement.lines.size() ? RowKind::Posting : RowKind::Closing;
}

const Posting *AccountStatementModel::postingAt(int row) const
{
    if (!m_loaded || row < 1 || row > m_statement.lines.size())
        return nullptr;
    return &m_statement.lines.at(row - 1).posting;
}

int AccountStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : int(m_statement.lines.size()) + 2;
}

int AccountStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> AccountStatementModel::amountAt(int row, int column) const
{
    switch (rowKind(row)) {
    case RowKind::Opening:
        return column == BalanceColumn ? std::optional<Money>(m_statement.opening) : std::nullopt;
    case RowKind::Closing:
        if (column == AmountColumn)
            return m_statement.movement();
        return column == BalanceColumn ? std::optional<Money>(m_statement.closing()) : std::nullopt;
    case RowKind::Posting:
        break;
    }
    const AccountStatementLine &line = m_statement.lines.at(row - 1);
    if (column == AmountColumn)
        return line.posting.amount;
    return column == BalanceColumn ? std::optional<Money>(line.balance) : std::nullopt;
}

QVariant AccountStatementModel::display(int row, int column) const
{
    if (const auto amount = amountAt(row, column))
        return AmountFormat::format(*amount);
    switch (rowKind(row)) {
    case RowKind::Opening:
        if (column == DateColumn)
            return BudgetInput::formatDate(m_statement.from);
        return column == TextColumn ? QVariant(tr("Opening balance")) : QVariant();
    case RowKind::Closing:
        if (column == DateColumn)
            return BudgetInput::formatDate(m_statement.to);
        return column == TextColumn
                   ? QVariant(tr("Closing balance (%n postings)", nullptr, int(m_statement.lines.size())))
                   : QVariant();
    case RowKind::Posting:
        break;
    }
    const Posting &p = m_statement.lines.at(row - 1).posting;
    switch (column) {
    case DateColumn:
        return BudgetInput::formatDate(p.date);
    case VoucherColumn:
        return QString::number(p.voucher);
    case TextColumn:
        return p.text;
    default:
        return {};
    }
}

QVariant AccountStatementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn || index.column() == BalanceColumn || index.column() == VoucherColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (rowKind(index.row()) != RowKind::Posting) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (rowKind(index.row()) == RowKind::Opening)
            return m_statement.openingFrom.isValid() ? tr("The account's postings from %1 to the day before %2.")
                                                           .arg(BudgetInput::formatDate(m_statement.openingFrom),
                                                                BudgetInput::formatDate(m_statement.from))
                                                     : tr("The range starts a fiscal year: nothing before it counts.");
        if (rowKind(index.row()) == RowKind::Posting)
            return tr("Press Enter or double-click to show the posting among the postings.");
        return {};
    case AmountRole: {
        const auto amount = amountAt(index.row(), index.column());
        return amount ? QVariant(amount->ore()) : QVariant();
    }
    default:
        return {};
    }
}

QVariant AccountStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case VoucherColumn:
        return tr("Voucher");
    case TextColumn:
        return tr("Text");
    case AmountColumn:
        return tr("Amount");
    case BalanceColumn:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace annalist
