#include "MemberRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<QList<Member>> MemberRepository::members() const
{
    auto q =
        Sql::exec(m_ledger.database(), QStringLiteral("SELECT id, municipality FROM members ORDER BY municipality"));
    if (!q)
        return q.error();
    QList<Member> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

Result<qint64> MemberRepository::addMember(const QString &municipality) const
{
    auto id = Sql::insert(m_ledger.database(), QStringLiteral("INSERT INTO members (municipality) VALUES (?)"),
                          {municipality});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Members);
    return id;
}

Status MemberRepository::renameMember(qint64 id, const QString &municipality) const
{
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("UPDATE members SET municipality = ? WHERE id = ?"),
                             {municipality, id});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Members);
    return done;
}

Status MemberRepository::removeMember(qint64 id) const
{
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM members WHERE id = ?"), {id});
    if (done) {
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Members);
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Contributions);
    }
    return done;
}

Result<QList<Contribution>> MemberRepository::contributions(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT m.id, m.municipality, c.amount FROM member_contributions c "
                                      "JOIN members m ON m.id = c.member_id WHERE c.year = ? "
                                      "ORDER BY m.municipality"),
                       {year});
    if (!q)
        return q.error();
    QList<Contribution> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), year, Money::fromOre(q->value(2).toLongLong())});
    return list;
}

Status MemberRepository::setContribution(qint64 memberId, int year, Money amount) const
{
    auto done =
        Sql::execute(m_ledger.database(),
                     QStringLiteral("INSERT INTO member_contributions (member_id, year, amount) VALUES (?, ?, ?) "
                                    "ON CONFLICT (member_id, year) DO UPDATE SET amount = excluded.amount"),
                     {memberId, year, amount.ore()});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Contributions);
    return done;
}

Status MemberRepository::removeContribution(qint64 memberId, int year) const
{
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("DELETE FROM member_contributions WHERE member_id = ? AND year = ?"),
                             {memberId, year});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Contributions);
    return done;
}

} // namespace annalist
