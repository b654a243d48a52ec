#include "BudgetChangeEditCommand.h"

#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "LedgerSession.h"

namespace annalist {

BudgetChangeEditCommand::BudgetChangeEditCommand(LedgerSession *session, const BudgetChange &before,
                                                 const BudgetChange &after)
    : LedgerCommand(session), m_before(before), m_after(after), m_fields(changedFields(before, after))
{
    const QString date = BudgetInput::formatDate(before.date);
    switch (m_fields) {
    case Date:
        setText(tr("Edit date of budget change of %1").arg(date));
        break;
    case Account:
        setText(tr("Edit account of budget change of %1").arg(date));
        break;
    case Amount:
        setText(tr("Edit amount of budget change of %1").arg(date));
        break;
    case Decision:
        setText(tr("Edit decision of budget change of %1").arg(date));
        break;
    default:
        setText(tr("Edit budget change of %1").arg(date));
        break;
    }
}

int BudgetChangeEditCommand::changedFields(const BudgetChange &before, const BudgetChange &after)
{
    int fields = 0;
    if (before.date != after.date)
        fields |= Date;
    if (before.accountId != after.accountId)
        fields |= Account;
    if (before.amount != after.amount)
        fields |= Amount;
    if (before.decision != after.decision)
        fields |= Decision;
    return fields;
}

Status BudgetChangeEditCommand::write(const BudgetChange &change) const
{
    if (auto year = BudgetInput::writableYear(session()->ledger(), change.year); !year)
        return year.error();
    return BudgetRepository(*session()->ledger()).updateChange(change);
}

Status BudgetChangeEditCommand::apply()
{
    return write(m_after);
}

Status BudgetChangeEditCommand::revert()
{
    return write(m_before);
}

bool BudgetChangeEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const BudgetChangeEditCommand *>(other);
    if (!edit || edit->m_before.id != m_before.id || edit->m_fields != m_fields)
        return false;
    m_after = edit->m_after;
    setObsolete(changedFields(m_before, m_after) == 0);
    return true;
}

} // namespace annalist
