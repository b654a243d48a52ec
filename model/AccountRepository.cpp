#include "AccountRepository.h"

#include "Ledger.h"
#include "Sql.h"

#include <QCoreApplication>

namespace annalist {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccountRepository", text);
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Result<QList<Account>> AccountRepository::selectAccounts(const QString &where, const QVariantList &values) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, number, name, section, note, active, sort_order, is_contributions "
                                      "FROM accounts %1 ORDER BY CASE section WHEN 'income' THEN 0 "
                                      "WHEN 'operations' THEN 1 WHEN 'projects' THEN 2 ELSE 3 END, "
                                      "sort_order, number")
                           .arg(where),
                       values);
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

Result<QList<Account>> AccountRepository::accounts() const
{
    return selectAccounts({}, {});
}

Result<std::optional<Account>> AccountRepository::account(qint64 id) const
{
    auto list = selectAccounts(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Account>() : std::optional<Account>(list->constFirst());
}

Result<qint64> AccountRepository::addAccount(const Account &a) const
{
    auto id = Sql::insert(m_ledger.database(),
                          QStringLiteral("INSERT INTO accounts (number, name, section, note, active, sort_order, "
                                         "is_contributions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {a.number, a.name, sectionKey(a.section), nullableInt(a.note), a.active ? 1 : 0, a.sortOrder,
                           a.isContributions ? 1 : 0});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Accounts);
    return id;
}

Status AccountRepository::updateAccount(const Account &a) const
{
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("UPDATE accounts SET number = ?, name = ?, section = ?, note = ?, "
                                            "active = ?, sort_order = ?, is_contributions = ? WHERE id = ?"),
                             {a.number, a.name, sectionKey(a.section), nullableInt(a.note), a.active ? 1 : 0,
                              a.sortOrder, a.isContributions ? 1 : 0, a.id});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Accounts);
    return done;
}

Status AccountRepository::removeAccount(qint64 id) const
{
    auto uses = Sql::scalar(m_ledger.database(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM postings WHERE account_id = ?1) "
                                           "+ (SELECT COUNT(*) FROM budgets WHERE account_id = ?1) "
                                           "+ (SELECT COUNT(*) FROM budget_changes WHERE account_id = ?1) "
                                           "+ (SELECT COUNT(*) FROM projects WHERE account_id = ?1) "
                                           "+ (SELECT COUNT(*) FROM control_totals WHERE account_id = ?1)"),
                            {id}, 0);
    if (!uses)
        return uses.error();
    if (uses->toLongLong() > 0)
        return badInput(tr("The account is in use by postings, budgets, a project or control totals; "
                           "make it inactive instead of deleting it."));
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Accounts);
    return done;
}

Result<QList<Project>> AccountRepository::selectProjects(const QString &where, const QVariantList &values) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT p.id, p.name, p.account_id, p.phase, p.steering_group, p.description "
                                      "FROM projects p JOIN accounts a ON a.id = p.account_id %1 "
                                      "ORDER BY a.sort_order, a.number")
                           .arg(where),
                       values);
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

Result<QList<Project>> AccountRepository::projects() const
{
    return selectProjects({}, {});
}

Result<std::optional<Project>> AccountRepository::project(qint64 id) const
{
    auto list = selectProjects(QStringLiteral("WHERE p.id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Project>() : std::optional<Project>(list->constFirst());
}

Result<qint64> AccountRepository::addProject(const Project &p) const
{
    auto id =
        Sql::insert(m_ledger.database(),
                    QStringLiteral("INSERT INTO projects (name, account_id, phase, steering_group, description) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {p.name, p.accountId, phaseKey(p.phase), Sql::text(p.steeringGroup), Sql::text(p.description)});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Projects);
    return id;
}

Status AccountRepository::updateProject(const Project &p) const
{
    auto done = Sql::execute(
        m_ledger.database(),
        QStringLiteral("UPDATE projects SET name = ?, account_id = ?, phase = ?, "
                       "steering_group = ?, description = ? WHERE id = ?"),
        {p.name, p.accountId, phaseKey(p.phase), Sql::text(p.steeringGroup), Sql::text(p.description), p.id});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Projects);
    return done;
}

Status AccountRepository::removeProject(qint64 id) const
{
    auto uses =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM postings WHERE project_id = ?"), {id}, 0);
    if (!uses)
        return uses.error();
    if (uses->toLongLong() > 0)
        return badInput(tr("The project is carried by %1 postings and cannot be deleted.").arg(uses->toLongLong()));
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Projects);
    return done;
}

} // namespace annalist
