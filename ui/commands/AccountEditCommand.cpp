#include "AccountEditCommand.h"

#include "AccountRepository.h"
#include "LedgerSession.h"

namespace annalist {
namespace {

bool same(const Account &a, const Account &b)
{
    return a.id == b.id && a.number == b.number && a.name == b.name && a.section == b.section && a.note == b.note &&
           a.active == b.active && a.sortOrder == b.sortOrder && a.isContributions == b.isContributions;
}

} // namespace

AccountEditCommand::AccountEditCommand(LedgerSession *session, const Account &before, const Account &after, int field)
    : LedgerCommand(session, tr("Edit account %1 %2").arg(before.number, before.name))
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
}

Status AccountEditCommand::apply()
{
    return AccountRepository(*session()->ledger()).updateAccount(m_after);
}

Status AccountEditCommand::revert()
{
    return AccountRepository(*session()->ledger()).updateAccount(m_before);
}

int AccountEditCommand::id() const
{
    return 0x41636331; // "Acc1": every account edit, told apart in mergeWith()
}

bool AccountEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const AccountEditCommand *>(other);
    if (edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(same(m_before, m_after));
    return true;
}

} // namespace annalist
