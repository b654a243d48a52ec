#include "ControlTotalsModel.h"

#include "AccountRepository.h"
#include "AmountFormat.h"
#include "ControlTotalCommand.h"
#include "ControlTotalRepository.h"
#include "LedgerSession.h"
#include "StatementBuilder.h"

#include <QBrush>
#include <QColor>

namespace annalist {

ControlTotalsModel::ControlTotalsModel(LedgerSession *session, QObject *parent) : LedgerTableModel(session, parent) {}

void ControlTotalsModel::reload()
{
    QList<Row> rows;
    QList<Account> accounts;
    const int year = session()->year();
    if (const Ledger *ledger = session()->ledger()) {
        if (auto list = AccountRepository(*ledger).accounts())
            accounts = *list;
        Statement statement;
        if (auto built = StatementBuilder(*ledger).build(year))
            statement = *built;
        if (auto totals = ControlTotalRepository(*ledger).controlTotals(year))
            for (const ControlTotal &t : *totals) {
                Row row{t, tr("Operating result"), QString(), statement.operatingResult()};
                if (t.accountId) {
                    row.subject = tr("Account id %1").arg(*t.accountId);
                    for (const Account &a : std::as_const(accounts))
                        if (a.id == *t.accountId) {
                            row.subject = QStringLiteral("%1 %2").arg(a.number, a.name);
                            row.accountNumber = a.number;
                        }
                    const StatementLine *line = statement.line(*t.accountId);
                    row.ledger = line ? line->actual : Money();
                }
                rows.append(row);
            }
    }
    QList<qint64> oldKeys;
    for (int row = 0; row < m_rows.size(); ++row)
        oldKeys.append(keyAt(row));
    if (year != m_year)
        oldKeys.append(-1); // another year's rows are other rows
    QList<qint64> newKeys;
    for (const Row &r : std::as_const(rows))
        newKeys.append(r.total.accountId.value_or(resultKey));
    replaceRows(oldKeys, newKeys, [&] {
        m_rows = rows;
        m_accounts = accounts;
        m_year = year;
    });
}

QList<Account> ControlTotalsModel::accountsWithoutTotal() const
{
    QList<Account> free;
    for (const Account &a : m_accounts)
        if (rowOfKey(a.id) < 0)
            free.append(a);
    return free;
}

int ControlTotalsModel::rowOfTotalId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).total.id == id)
            return row;
    return -1;
}

int ControlTotalsModel::rowOfAccountNumber(const QString &number) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).total.accountId && m_rows.at(row).accountNumber == number)
            return row;
    return -1;
}

int ControlTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ControlTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Money difference = r.ledger - r.total.amount;
    if (role == KeyRole)
        return keyAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != SubjectColumn && index.column() != SourceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case SubjectColumn:
        if (role == Qt::DisplayRole)
            return r.subject;
        break;
    case AmountColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return AmountFormat::format(r.total.amount);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.total.source;
        break;
    case LedgerColumn:
        if (role == Qt::DisplayRole)
            return AmountFormat::format(r.ledger);
        break;
    case DifferenceColumn:
        if (role == Qt::DisplayRole)
            return AmountFormat::format(difference);
        if (role == Qt::ForegroundRole && !difference.isZero())
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (role == Qt::ToolTipRole)
            return difference.isZero()
                       ? tr("The ledger agrees with the control total.")
                       : tr("The ledger differs from the control total by %1.").arg(AmountFormat::format(difference));
        break;
    default:
        break;
    }
    return {};
}

QVariant ControlTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != SubjectColumn && section != SourceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Total of");
    case AmountColumn:
        return tr("Control total");
    case SourceColumn:
        return tr("Source");
    case LedgerColumn:
        return tr("Ledger");
    case DifferenceColumn:
        return tr("Difference");
    default:
        return {};
    }
}

Qt::ItemFlags ControlTotalsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == AmountColumn || index.column() == SourceColumn ? base | Qt::ItemIsEditable : base;
}

bool ControlTotalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row r = m_rows.at(index.row());
    ControlTotal after = r.total;
    if (index.column() == AmountColumn) {
        auto amount = AmountFormat::parse(value.toString());
        if (!amount)
            return refuse(amount.error().message);
        after.amount = *amount;
    } else if (index.column() == SourceColumn) {
        after.source = value.toString().trimmed();
    } else {
        return false;
    }
    if (after.amount == r.total.amount && after.source == r.total.source)
        return true;
    if (!execute(std::make_unique<ControlTotalCommand>(session(), r.subject, r.total, after, index.column())))
        return false;
    // Shown at once; the rows are read again when the ledger's change reaches the view.
    m_rows[index.row()].total = after;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace annalist
