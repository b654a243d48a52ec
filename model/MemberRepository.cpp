#include "MemberRepository.h"

#include "Ledger.h"
#include "Sql.h"

#include <QCoreApplication>

namespace annalist {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberRepository", text);
}

} // namespace

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

Status MemberRepository::checkName(qint64 id, const QString &municipality) const
{
    if (municipality.trimmed().isEmpty())
        return badInput(tr("A member needs the name of its municipality."));
    auto same = Sql::scalar(m_ledger.database(),
                            QStringLiteral("SELECT COUNT(*) FROM members WHERE municipality = ? AND id <> ?"),
                            {municipality, id}, 0);
    if (!same)
        return same.error();
    if (same->toLongLong() > 0)
        return badInput(tr("%1 is a member already.").arg(municipality));
    return Done{};
}

Result<qint64> MemberRepository::addMember(const QString &municipality) const
{
    if (auto checked = checkName(0, municipality); !checked)
        return checked.error();
    auto id = Sql::insert(m_ledger.database(), QStringLiteral("INSERT INTO members (municipality) VALUES (?)"),
                          {municipality});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Members);
    return id;
}

Status MemberRepository::restoreMember(const Member &member) const
{
    if (auto checked = checkName(member.id, member.municipality); !checked)
        return checked;
    auto id = Sql::insert(m_ledger.database(), QStringLiteral("INSERT INTO members (id, municipality) VALUES (?, ?)"),
                          {member.id, member.municipality});
    if (!id)
        return id.error();
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Members);
    return Done{};
}

Status MemberRepository::renameMember(qint64 id, const QString &municipality) const
{
    if (auto checked = checkName(id, municipality); !checked)
        return checked;
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

Result<QList<Contribution>> MemberRepository::selectContributions(const QString &where,
                                                                  const QVariantList &values) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT m.id, m.municipality, c.year, c.amount FROM member_contributions c "
                                      "JOIN members m ON m.id = c.member_id %1 ORDER BY m.municipality, c.year")
                           .arg(where),
                       values);
    if (!q)
        return q.error();
    QList<Contribution> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                     Money::fromOre(q->value(3).toLongLong())});
    return list;
}

Result<QList<Contribution>> MemberRepository::contributions(int year) const
{
    return selectContributions(QStringLiteral("WHERE c.year = ?"), {year});
}

Result<QList<Contribution>> MemberRepository::contributionsOf(qint64 memberId) const
{
    return selectContributions(QStringLiteral("WHERE c.member_id = ?"), {memberId});
}

Status MemberRepository::setContribution(qint64 memberId, int year, Money amount) const
{
    auto known =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM fiscal_years WHERE year = ?"), {year}, 0);
    if (!known)
        return known.error();
    if (known->toLongLong() == 0)
        return badInput(tr("The fiscal year %1 is not in the books.").arg(year));
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
