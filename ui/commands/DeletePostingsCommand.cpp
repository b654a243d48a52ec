#include "DeletePostingsCommand.h"

#include "LedgerSession.h"
#include "PostingInput.h"
#include "PostingRepository.h"

namespace annalist {

DeletePostingsCommand::DeletePostingsCommand(LedgerSession *session, const QList<Posting> &postings)
    : LedgerCommand(session), m_postings(postings)
{
    if (postings.size() == 1)
        setText(tr("Delete posting %1").arg(postings.first().voucher));
    else
        setText(tr("Delete %1 postings").arg(postings.size()));
}

Status DeletePostingsCommand::apply()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    // All or none: a deletion that fails half-way leaves every posting where it was.
    return ledger->transaction([&]() -> Status {
        const PostingRepository postings(*ledger);
        for (const Posting &p : std::as_const(m_postings)) {
            if (auto ok = PostingInput::writable(ledger, p); !ok)
                return ok;
            if (auto ok = postings.remove(p.id); !ok)
                return ok;
        }
        return Done{};
    });
}

Status DeletePostingsCommand::revert()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    return ledger->transaction([&]() -> Status {
        const PostingRepository postings(*ledger);
        for (const Posting &p : std::as_const(m_postings)) {
            if (auto ok = PostingInput::writable(ledger, p); !ok)
                return ok;
            if (auto id = postings.add(p); !id)
                return id.error();
        }
        return Done{};
    });
}

} // namespace annalist
