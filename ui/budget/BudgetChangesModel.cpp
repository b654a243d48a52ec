#include "BudgetChangesModel.h"

#include "AccountRepository.h"
#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "BudgetChangeEditCommand.h"
#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "LedgerSession.h"

namespace annalist {

BudgetChangesModel::BudgetChangesModel(LedgerSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &LedgerSession::dataChanged, this, &BudgetChangesModel::reload);
    connect(session, &LedgerSession::yearChanged, this, &BudgetChangesModel::reload);
    connect(session, &LedgerSession::ledgerOpened, this, &BudgetChangesModel::reload);
    connect(session, &LedgerSession::ledgerClosed, this, &BudgetChangesModel::reload);
    reload();
}

void BudgetChangesModel::reload()
{
    QList<BudgetChange> changes;
    QList<Account> accounts;
    FiscalYear year;
    QString error;
    if (m_session->isOpen() && m_session->year() != 0) {
        const Ledger &ledger = *m_session->ledger();
        auto readChanges = BudgetRepository(ledger).changes(m_session->year());
        auto readAccounts = AccountRepository(ledger).accounts();
        auto readYear = AssociationRepository(ledger).year(m_session->year());
        if (!readChanges)
            error = readChanges.error().message;
        else if (!readAccounts)
            error = readAccounts.error().message;
        else if (!readYear)
            error = readYear.error().message;
        else {
            changes = *readChanges;
            accounts = *readAccounts;
            year = readYear->value_or(FiscalYear{m_session->year(), {}, {}, false, {}});
        }
    }
    m_error = error;
    m_accounts = accounts;
    m_year = year;
    bool sameRows = changes.size() == m_changes.size() && !changes.isEmpty();
    for (int i = 0; sameRows && i < changes.size(); ++i)
        sameRows = changes.at(i).id == m_changes.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_changes = changes;
        endResetModel();
        return;
    }
    m_changes = changes;
    emit dataChanged(index(0, 0), index(int(m_changes.size()) - 1, ColumnCount - 1));
}

int BudgetChangesModel::rowOfChange(qint64 id) const
{
    for (int row = 0; row < m_changes.size(); ++row)
        if (m_changes.at(row).id == id)
            return row;
    return -1;
}

QString BudgetChangesModel::accountLabel(qint64 accountId) const
{
    for (const Account &a : m_accounts)
        if (a.id == accountId)
            return BudgetInput::accountLabel(a);
    return tr("Account %1 (not in the chart)").arg(accountId);
}

int BudgetChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int BudgetChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetChange &c = m_changes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            return BudgetInput::formatDate(c.date);
        case AccountColumn:
            return accountLabel(c.accountId);
        case AmountColumn:
            return AmountFormat::format(c.amount);
        case DecisionColumn:
            return c.decision;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DecisionColumn && !c.decision.isEmpty())
        return c.decision;
    return {};
}

QVariant BudgetChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

Qt::ItemFlags BudgetChangesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_year.closed)
        f |= Qt::ItemIsEditable;
    return f;
}

Status BudgetChangesModel::parse(BudgetChange *change, int column, const QString &typed) const
{
    switch (column) {
    case DateColumn: {
        auto date = BudgetInput::date(typed, m_year);
        if (!date)
            return date.error();
        change->date = *date;
        return Done{};
    }
    case AccountColumn: {
        auto account = BudgetInput::account(typed, m_accounts);
        if (!account)
            return account.error();
        change->accountId = account->id;
        return Done{};
    }
    case AmountColumn: {
        auto amount = BudgetInput::change(typed);
        if (!amount)
            return amount.error();
        change->amount = *amount;
        return Done{};
    }
    case DecisionColumn: {
        auto decision = BudgetInput::decision(typed);
        if (!decision)
            return decision.error();
        change->decision = *decision;
        return Done{};
    }
    default:
        return badInput(tr("This column cannot be edited."));
    }
}

bool BudgetChangesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString typed = value.toString();
    const BudgetChange before = m_changes.at(index.row());
    BudgetChange after = before;
    Status done = parse(&after, index.column(), typed);
    if (done && BudgetChangeEditCommand::changedFields(before, after) == 0)
        return true;
    if (done)
        done = m_session->execute(std::make_unique<BudgetChangeEditCommand>(m_session, before, after));
    if (!done) {
        emit editRefused(index, done.error().message, typed);
        return false;
    }
    return true;
}

} // namespace annalist
