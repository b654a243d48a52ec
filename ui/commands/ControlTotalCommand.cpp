#include "ControlTotalCommand.h"

#include "ControlTotalRepository.h"
#include "LedgerSession.h"

namespace annalist {
namespace {

bool sameSubject(const ControlTotal &a, const ControlTotal &b)
{
    return a.year == b.year && a.accountId == b.accountId;
}

bool same(const std::optional<ControlTotal> &a, const std::optional<ControlTotal> &b)
{
    if (!a || !b)
        return !a && !b;
    return sameSubject(*a, *b) && a->amount == b->amount && a->source == b->source;
}

QString label(const QString &subject, const std::optional<ControlTotal> &before,
              const std::optional<ControlTotal> &after)
{
    if (!before)
        return ControlTotalCommand::tr("Add control total of %1").arg(subject);
    if (!after)
        return ControlTotalCommand::tr("Delete control total of %1").arg(subject);
    return ControlTotalCommand::tr("Edit control total of %1").arg(subject);
}

} // namespace

ControlTotalCommand::ControlTotalCommand(LedgerSession *session, const QString &subject,
                                         const std::optional<ControlTotal> &before,
                                         const std::optional<ControlTotal> &after, int field)
    : LedgerCommand(session, label(subject, before, after)), m_before(before), m_after(after), m_field(field)
{
}

Status ControlTotalCommand::change(const std::optional<ControlTotal> &from, const std::optional<ControlTotal> &to) const
{
    const Ledger &ledger = *session()->ledger();
    return ledger.transaction([&]() -> Status {
        const ControlTotalRepository totals(ledger);
        if (from && to && sameSubject(*from, *to))
            return totals.setControlTotal(*to);
        if (to)
            if (auto added = totals.addControlTotal(*to); !added)
                return added;
        if (from)
            return totals.removeControlTotal(from->year, from->accountId);
        return Done{};
    });
}

Status ControlTotalCommand::apply()
{
    return change(m_before, m_after);
}

Status ControlTotalCommand::revert()
{
    return change(m_after, m_before);
}

int ControlTotalCommand::id() const
{
    return 0x43746c31; // "Ctl1"
}

bool ControlTotalCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const ControlTotalCommand *>(other);
    if (m_field < 0 || edit->m_field != m_field || !m_after || !edit->m_before || !edit->m_after ||
        !sameSubject(*edit->m_before, *m_after) || !sameSubject(*edit->m_after, *m_after))
        return false;
    m_after = edit->m_after;
    setObsolete(same(m_before, m_after));
    return true;
}

} // namespace annalist
