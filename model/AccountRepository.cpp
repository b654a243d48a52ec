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

const QString liveAccounts = QStringLiteral("accounts");
const QString liveProjects = QStringLiteral("projects");

// A year's accounts: the copy kept at its closing, or the accounts as they are when it has none. One
// value to bind: the year, twice.
const QString accountsOfYear =
    QStringLiteral("(SELECT account_id AS id, number, name, section, note, active, sort_order, is_contributions "
                   "FROM closed_year_accounts WHERE year = ? "
                   "UNION ALL SELECT id, number, name, section, note, active, sort_order, is_contributions "
                   "FROM accounts WHERE NOT EXISTS (SELECT 1 FROM closed_year_accounts WHERE year = ?))");
const QString projectsOfYear =
    QStringLiteral("(SELECT project_id AS id, name, account_id, phase, steering_group, description "
                   "FROM closed_year_projects WHERE year = ? "
                   "UNION ALL SELECT id, name, account_id, phase, steering_group, description "
                   "FROM projects WHERE NOT EXISTS (SELECT 1 FROM closed_year_projects WHERE year = ?))");

} // namespace

Result<QList<Account>> AccountRepository::selectAccounts(const QString &where, const QVariantList &values,
                                                         const QString &from) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, number, name, section, note, active, sort_order, is_contributions "
                                      "FROM %2 %1 ORDER BY CASE section WHEN 'income' THEN 0 "
                                      "WHEN 'operations' THEN 1 WHEN 'projects' THEN 2 ELSE 3 END, "
                                      "sort_order, number")
                           .arg(where, from.isEmpty() ? liveAccounts : from + QStringLiteral(" AS accounts")),
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

Result<QList<Account>> AccountRepository::accounts(int year) const
{
    return selectAccounts({}, {year, year}, accountsOfYear);
}

Result<std::optional<Account>> AccountRepository::account(qint64 id) const
{
    auto list = selectAccounts(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Account>() : std::optional<Account>(list->constFirst());
}

Status AccountRepository::checkAccount(const Account &a) const
{
    if (a.number.trimmed().isEmpty())
        return badInput(tr("An account needs a number."));
    if (a.name.trimmed().isEmpty())
        return badInput(tr("Account %1 needs a name.").arg(a.number));
    if (a.note && *a.note <= 0)
        return badInput(tr("A note number is 1 or more; leave it empty for no note."));
    auto same = selectAccounts(QStringLiteral("WHERE number = ? AND id <> ?"), {a.number, a.id});
    if (!same)
        return same.error();
    if (!same->isEmpty())
        return badInput(tr("Account number %1 is already used by %2.").arg(a.number, same->constFirst().name));
    if (a.isContributions) {
        auto other = selectAccounts(QStringLiteral("WHERE is_contributions = 1 AND id <> ?"), {a.id});
        if (!other)
            return other.error();
        // Validation compares the members' contributions with one line: there can be only one.
        if (!other->isEmpty())
            return badInput(tr("Account %1 %2 is the contributions line already; unmark it first.")
                                .arg(other->constFirst().number, other->constFirst().name));
    }
    if (a.id != 0 && a.section != Section::Projects) {
        auto projects = selectProjects(QStringLiteral("WHERE p.account_id = ?"), {a.id});
        if (!projects)
            return projects.error();
        if (!projects->isEmpty())
            return badInput(tr("Account %1 belongs to the project %2 and stays in the projects section.")
                                .arg(a.number, projects->constFirst().name));
    }
    return Done{};
}

Result<qint64> AccountRepository::addAccount(const Account &a) const
{
    Account fresh = a;
    fresh.id = 0;
    if (auto checked = checkAccount(fresh); !checked)
        return checked.error();
    auto id = Sql::insert(m_ledger.database(),
                          QStringLiteral("INSERT INTO accounts (number, name, section, note, active, sort_order, "
                                         "is_contributions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {a.number, a.name, sectionKey(a.section), nullableInt(a.note), a.active ? 1 : 0, a.sortOrder,
                           a.isContributions ? 1 : 0});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Accounts);
    return id;
}

Status AccountRepository::restoreAccount(const Account &a) const
{
    if (auto checked = checkAccount(a); !checked)
        return checked;
    auto id = Sql::insert(m_ledger.database(),
                          QStringLiteral("INSERT INTO accounts (id, number, name, section, note, active, sort_order, "
                                         "is_contributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {a.id, a.number, a.name, sectionKey(a.section), nullableInt(a.note), a.active ? 1 : 0,
                           a.sortOrder, a.isContributions ? 1 : 0});
    if (!id)
        return id.error();
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Accounts);
    return Done{};
}

Status AccountRepository::updateAccount(const Account &a) const
{
    if (auto checked = checkAccount(a); !checked)
        return checked;
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
    // Positional values, one per use: QtSql counts "?1" five times as five parameters.
    auto uses = Sql::scalar(m_ledger.database(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM postings WHERE account_id = ?) "
                                           "+ (SELECT COUNT(*) FROM budgets WHERE account_id = ?) "
                                           "+ (SELECT COUNT(*) FROM budget_changes WHERE account_id = ?) "
                                           "+ (SELECT COUNT(*) FROM projects WHERE account_id = ?) "
                                           "+ (SELECT COUNT(*) FROM control_totals WHERE account_id = ?)"),
                            {id, id, id, id, id}, 0);
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

Result<QList<Project>> AccountRepository::selectProjects(const QString &where, const QVariantList &values,
                                                         const QString &from) const
{
    // In the order of their accounts; a year's projects with that year's accounts.
    const bool ofYear = !from.isEmpty();
    QVariantList bound = values;
    if (ofYear)
        bound = QVariantList{values.value(0), values.value(0), values.value(0), values.value(0)};
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT p.id, p.name, p.account_id, p.phase, p.steering_group, p.description "
                                      "FROM %2 p JOIN %3 a ON a.id = p.account_id %1 "
                                      "ORDER BY a.sort_order, a.number")
                           .arg(ofYear ? QString() : where, ofYear ? projectsOfYear : liveProjects,
                                ofYear ? accountsOfYear : liveAccounts),
                       bound);
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

Result<QList<Project>> AccountRepository::projects(int year) const
{
    return selectProjects({}, {year}, projectsOfYear);
}

Status AccountRepository::keepForClosedYear(int year) const
{
    const QSqlDatabase db = m_ledger.database();
    if (auto kept = Sql::execute(db,
                                 QStringLiteral("INSERT INTO closed_year_accounts (year, account_id, number, name, "
                                                "section, note, active, sort_order, is_contributions) "
                                                "SELECT ?, id, number, name, section, note, active, sort_order, "
                                                "is_contributions FROM accounts"),
                                 {year});
        !kept)
        return kept;
    return Sql::execute(db,
                        QStringLiteral("INSERT INTO closed_year_projects (year, project_id, name, account_id, phase, "
                                       "steering_group, description) SELECT ?, id, name, account_id, phase, "
                                       "steering_group, description FROM projects"),
                        {year});
}

Status AccountRepository::releaseClosedYear(int year) const
{
    const QSqlDatabase db = m_ledger.database();
    if (auto released = Sql::execute(db, QStringLiteral("DELETE FROM closed_year_projects WHERE year = ?"), {year});
        !released)
        return released;
    return Sql::execute(db, QStringLiteral("DELETE FROM closed_year_accounts WHERE year = ?"), {year});
}

Result<std::optional<Project>> AccountRepository::project(qint64 id) const
{
    auto list = selectProjects(QStringLiteral("WHERE p.id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Project>() : std::optional<Project>(list->constFirst());
}

Status AccountRepository::checkProject(const Project &p) const
{
    if (p.name.trimmed().isEmpty())
        return badInput(tr("A project needs a name."));
    auto same = selectProjects(QStringLiteral("WHERE p.name = ? AND p.id <> ?"), {p.name, p.id});
    if (!same)
        return same.error();
    if (!same->isEmpty())
        return badInput(tr("There is already a project named %1.").arg(p.name));
    auto found = account(p.accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return badInput(tr("The project %1 needs an account.").arg(p.name));
    const Account &a = **found;
    if (a.section != Section::Projects)
        return badInput(tr("Account %1 %2 is not in the projects section; a project needs a project account.")
                            .arg(a.number, a.name));
    auto owner = selectProjects(QStringLiteral("WHERE p.account_id = ? AND p.id <> ?"), {p.accountId, p.id});
    if (!owner)
        return owner.error();
    if (!owner->isEmpty())
        return badInput(
            tr("Account %1 %2 belongs to the project %3 already.").arg(a.number, a.name, owner->constFirst().name));
    return Done{};
}

Result<qint64> AccountRepository::addProject(const Project &p) const
{
    Project fresh = p;
    fresh.id = 0;
    if (auto checked = checkProject(fresh); !checked)
        return checked.error();
    auto id =
        Sql::insert(m_ledger.database(),
                    QStringLiteral("INSERT INTO projects (name, account_id, phase, steering_group, description) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {p.name, p.accountId, phaseKey(p.phase), Sql::text(p.steeringGroup), Sql::text(p.description)});
    if (id)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Projects);
    return id;
}

Status AccountRepository::restoreProject(const Project &p) const
{
    if (auto checked = checkProject(p); !checked)
        return checked;
    auto id = Sql::insert(
        m_ledger.database(),
        QStringLiteral("INSERT INTO projects (id, name, account_id, phase, steering_group, description) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {p.id, p.name, p.accountId, phaseKey(p.phase), Sql::text(p.steeringGroup), Sql::text(p.description)});
    if (!id)
        return id.error();
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Projects);
    return Done{};
}

Status AccountRepository::updateProject(const Project &p) const
{
    if (auto checked = checkProject(p); !checked)
        return checked;
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
