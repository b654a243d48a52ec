#include "EditPostingCommand.h"

#include "LedgerSession.h"
#include "PostingInput.h"
#include "PostingRepository.h"

namespace annalist {

EditPostingCommand::EditPostingCommand(LedgerSession *session, const Posting &before, const Posting &after)
    : LedgerCommand(session), m_before(before), m_after(after), m_fields(changedFields(before, after))
{
    updateText();
}

int EditPostingCommand::changedFields(const Posting &before, const Posting &after)
{
    int fields = 0;
    if (before.date != after.date || before.year != after.year)
        fields |= Date;
    if (before.voucher != after.voucher)
        fields |= Voucher;
    if (before.accountId != after.accountId)
        fields |= Account;
    if (before.projectId != after.projectId)
        fields |= Project;
    if (before.text != after.text)
        fields |= Text;
    if (before.amount != after.amount)
        fields |= Amount;
    return fields;
}

void EditPostingCommand::updateText()
{
    // The account decides the project, so a change of both is a change of account.
    QString field;
    switch (m_fields & ~(m_fields & Account ? int(Project) : 0)) {
    case Date:
        field = tr("Edit date of posting %1");
        break;
    case Voucher:
        field = tr("Edit voucher of posting %1");
        break;
    case Account:
        field = tr("Edit account of posting %1");
        break;
    case Project:
        field = tr("Edit project of posting %1");
        break;
    case Text:
        field = tr("Edit text of posting %1");
        break;
    case Amount:
        field = tr("Edit amount of posting %1");
        break;
    default:
        field = tr("Edit posting %1");
        break;
    }
    setText(field.arg(m_before.voucher));
}

Status EditPostingCommand::apply()
{
    if (auto ok = PostingInput::writable(session()->ledger(), m_before); !ok)
        return ok;
    if (auto ok = PostingInput::writable(session()->ledger(), m_after); !ok)
        return ok;
    return PostingRepository(*session()->ledger()).update(m_after, m_before);
}

Status EditPostingCommand::revert()
{
    if (auto ok = PostingInput::writable(session()->ledger(), m_after); !ok)
        return ok;
    if (auto ok = PostingInput::writable(session()->ledger(), m_before); !ok)
        return ok;
    return PostingRepository(*session()->ledger()).update(m_before, m_after);
}

bool EditPostingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditPostingCommand *>(other);
    if (!edit || edit->m_before.id != m_before.id || edit->m_fields != m_fields)
        return false;
    m_after = edit->m_after;
    // Typed back to where it started: the step has nothing left to undo.
    setObsolete(changedFields(m_before, m_after) == 0);
    return true;
}

} // namespace annalist
