#include "AddPostingCommand.h"

#include "AmountFormat.h"
#include "LedgerSession.h"
#include "PostingInput.h"
#include "PostingRepository.h"

namespace annalist {

AddPostingCommand::AddPostingCommand(LedgerSession *session, const Posting &posting)
    : LedgerCommand(session), m_posting(posting)
{
    setText(tr("Add posting %1 (%2)").arg(posting.voucher).arg(AmountFormat::format(posting.amount)));
}

Status AddPostingCommand::apply()
{
    if (auto ok = PostingInput::writable(session()->ledger(), m_posting); !ok)
        return ok;
    auto id = PostingRepository(*session()->ledger()).add(m_posting);
    if (!id)
        return id.error();
    m_posting.id = *id;
    return Done{};
}

Status AddPostingCommand::revert()
{
    if (auto ok = PostingInput::writable(session()->ledger(), m_posting); !ok)
        return ok;
    return PostingRepository(*session()->ledger()).remove(m_posting.id);
}

} // namespace annalist
