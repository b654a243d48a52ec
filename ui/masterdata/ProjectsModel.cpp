#include "ProjectsModel.h"

#include "AccountRepository.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "ProjectEditCommand.h"

namespace annalist {

ProjectsModel::ProjectsModel(LedgerSession *session, QObject *parent) : LedgerTableModel(session, parent) {}

void ProjectsModel::reload()
{
    QList<Project> projects;
    QList<Account> accounts;
    if (const Ledger *ledger = session()->ledger()) {
        const AccountRepository repository(*ledger);
        if (auto list = repository.projects())
            projects = *list;
        if (auto list = repository.accounts())
            accounts = *list;
    }
    QList<qint64> oldKeys;
    for (const Project &p : std::as_const(m_projects))
        oldKeys.append(p.id);
    QList<qint64> newKeys;
    for (const Project &p : std::as_const(projects))
        newKeys.append(p.id);
    replaceRows(oldKeys, newKeys, [&] {
        m_projects = projects;
        m_accounts = accounts;
    });
}

QList<Account> ProjectsModel::freeProjectAccounts() const
{
    QList<Account> free;
    for (const Account &a : m_accounts) {
        if (a.section != Section::Projects)
            continue;
        bool used = false;
        for (const Project &p : m_projects)
            used = used || p.accountId == a.id;
        if (!used)
            free.append(a);
    }
    return free;
}

QString ProjectsModel::accountText(qint64 accountId) const
{
    for (const Account &a : m_accounts)
        if (a.id == accountId)
            return QStringLiteral("%1 %2").arg(a.number, a.name);
    return QString::number(accountId);
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_projects.at(index.row());
    if (role == KeyRole)
        return p.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.name;
        break;
    case AccountColumn:
        if (role == Qt::DisplayRole)
            return accountText(p.accountId);
        if (role == Qt::EditRole)
            return p.accountId;
        if (role == ChoiceTextsRole || role == ChoiceValuesRole) {
            // The project's own account and the project accounts no other project uses.
            QStringList texts{accountText(p.accountId)};
            QVariantList values{p.accountId};
            for (const Account &a : freeProjectAccounts()) {
                texts.append(accountText(a.id));
                values.append(a.id);
            }
            return role == ChoiceTextsRole ? QVariant(texts) : QVariant(values);
        }
        break;
    case PhaseColumn:
        if (role == Qt::DisplayRole)
            return MasterDataNames::phase(p.phase);
        if (role == Qt::EditRole)
            return int(p.phase);
        if (role == ChoiceTextsRole || role == ChoiceValuesRole) {
            QStringList texts;
            QVariantList values;
            for (Phase phase : MasterDataNames::phases()) {
                texts.append(MasterDataNames::phase(phase));
                values.append(int(phase));
            }
            return role == ChoiceTextsRole ? QVariant(texts) : QVariant(values);
        }
        break;
    case SteeringGroupColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return p.steeringGroup;
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return p.description;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Project");
    case AccountColumn:
        return tr("Account");
    case PhaseColumn:
        return tr("Phase");
    case SteeringGroupColumn:
        return tr("Steering group");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool ProjectsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Project before = m_projects.at(index.row());
    Project after = before;
    switch (index.column()) {
    case NameColumn:
        after.name = value.toString().trimmed();
        break;
    case AccountColumn:
        after.accountId = value.toLongLong();
        break;
    case PhaseColumn:
        after.phase = Phase(value.toInt());
        break;
    case SteeringGroupColumn:
        after.steeringGroup = value.toString().trimmed();
        break;
    case DescriptionColumn:
        after.description = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after.name == before.name && after.accountId == before.accountId && after.phase == before.phase &&
        after.steeringGroup == before.steeringGroup && after.description == before.description)
        return true;
    if (!execute(std::make_unique<ProjectEditCommand>(session(), before, after, index.column())))
        return false;
    // Shown at once; the rows are read again when the ledger's change reaches the view.
    m_projects[index.row()] = after;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace annalist
