#include "AccountRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<QList<Account>> AccountRepository::accounts() const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, number, name, section, note, active, sort_order, is_contributions "
                                      "FROM accounts ORDER BY CASE section WHEN 'income' THEN 0 "
                                      "WHEN 'operations' THEN 1 WHEN 'projects' THEN 2 ELSE 3 END, "
                                      "sort_order, number"));
    if (!q)
        return q.error();
    QList<Account> list;
    while (q->next()) {
        Account a;
        a.id = q->value(0).toLongLong();
        a.number = q->value(1).toString();
        a.name = q->value(2).toString();
        a.section = sectionFromKey(q->value(3).toString()).value_or(Section::Operations);
        if (!q->value(4).isNull())
            a.note = q->value(4).toInt();
        a.active = q->value(5).toBool();
        a.sortOrder = q->value(6).toInt();
        a.isContributions = q->value(7).toBool();
        list.append(a);
    }
    return list;
}

Result<qint64> AccountRepository::addAccount(const Account &a) const
{
    return Sql::insert(m_ledger.database(),
                       QStringLiteral("INSERT INTO accounts (number, name, section, note, active, sort_order, "
                                      "is_contributions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.number, a.name, sectionKey(a.section),
                        a.note ? QVariant(*a.note) : QVariant(QMetaType(QMetaType::Int)), a.active ? 1 : 0, a.sortOrder,
                        a.isContributions ? 1 : 0});
}

Result<QList<Project>> AccountRepository::projects() const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT p.id, p.name, p.account_id, p.phase, p.steering_group, p.description "
                                      "FROM projects p JOIN accounts a ON a.id = p.account_id "
                                      "ORDER BY a.sort_order, a.number"));
    if (!q)
        return q.error();
    QList<Project> list;
    while (q->next()) {
        Project p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.accountId = q->value(2).toLongLong();
        p.phase = phaseFromKey(q->value(3).toString()).value_or(Phase::Idea);
        p.steeringGroup = q->value(4).toString();
        p.description = q->value(5).toString();
        list.append(p);
    }
    return list;
}

Result<qint64> AccountRepository::addProject(const Project &p) const
{
    return Sql::insert(m_ledger.database(),
                       QStringLiteral("INSERT INTO projects (name, account_id, phase, steering_group, description) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {p.name, p.accountId, phaseKey(p.phase), Sql::text(p.steeringGroup), Sql::text(p.description)});
}

} // namespace annalist
