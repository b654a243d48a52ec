#include "AccountsModel.h"

#include "AccountEditCommand.h"
#include "AccountRepository.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "NoteRepository.h"

namespace annalist {

AccountsModel::AccountsModel(LedgerSession *session, QObject *parent) : LedgerTableModel(session, parent) {}

void AccountsModel::reload()
{
    QList<Account> accounts;
    QList<Project> projects;
    QList<Note> notes;
    if (const Ledger *ledger = session()->ledger()) {
        const AccountRepository repository(*ledger);
        if (auto list = repository.accounts())
            accounts = *list;
        if (auto list = repository.projects())
            projects = *list;
        if (auto list = NoteRepository(*ledger).notes(session()->year()))
            notes = *list;
    }
    QList<qint64> oldKeys;
    for (const Account &a : std::as_const(m_accounts))
        oldKeys.append(a.id);
    QList<qint64> newKeys;
    for (const Account &a : std::as_const(accounts))
        newKeys.append(a.id);
    replaceRows(oldKeys, newKeys, [&] {
        m_accounts = accounts;
        m_projects = projects;
        m_notes = notes;
    });
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    if (role == KeyRole)
        return a.id;
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.number;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.name;
        if (role == Qt::ToolTipRole)
            for (const Project &p : m_projects)
                if (p.accountId == a.id)
                    return tr("The account of the project %1").arg(p.name);
        break;
    case SectionColumn:
        if (role == Qt::DisplayRole)
            return MasterDataNames::section(a.section);
        if (role == Qt::EditRole)
            return int(a.section);
        if (role == ChoiceTextsRole || role == ChoiceValuesRole) {
            QStringList texts;
            QVariantList values;
            for (Section s : MasterDataNames::sections()) {
                texts.append(MasterDataNames::section(s));
                values.append(int(s));
            }
            return role == ChoiceTextsRole ? QVariant(texts) : QVariant(values);
        }
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.note ? QString::number(*a.note) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && a.note) {
            for (const Note &n : m_notes)
                if (n.number == *a.note)
                    return tr("Note %1: %2").arg(n.number).arg(n.title);
            return tr("Note %1 does not exist in %2.").arg(*a.note).arg(session()->year());
        }
        break;
    case ActiveColumn:
        if (role == Qt::CheckStateRole)
            return a.active ? Qt::Checked : Qt::Unchecked;
        break;
    case ContributionsColumn:
        if (role == Qt::CheckStateRole)
            return a.isContributions ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("The line the members' contributions add up to");
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case SectionColumn:
        return tr("Section");
    case NoteColumn:
        return tr("Note");
    case ActiveColumn:
        return tr("Active");
    case ContributionsColumn:
        return tr("Contributions line");
    default:
        return {};
    }
}

Qt::ItemFlags AccountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == ActiveColumn || index.column() == ContributionsColumn)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

bool AccountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Account before = m_accounts.at(index.row());
    Account after = before;
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == ActiveColumn || column == ContributionsColumn)) {
        const bool checked = value.toInt() == Qt::Checked;
        (column == ActiveColumn ? after.active : after.isContributions) = checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == NumberColumn) {
        after.number = value.toString().trimmed();
    } else if (column == NameColumn) {
        after.name = value.toString().trimmed();
    } else if (column == SectionColumn) {
        after.section = Section(value.toInt());
    } else if (column == NoteColumn) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            after.note.reset();
        } else {
            bool ok = false;
            const int note = text.toInt(&ok);
            if (!ok || note <= 0)
                return refuse(tr("\"%1\" is not a note number: type a number from 1 up, or leave the note "
                                 "empty for none.")
                                  .arg(text));
            after.note = note;
        }
    } else {
        return false;
    }
    if (after.number == before.number && after.name == before.name && after.section == before.section &&
        after.note == before.note && after.active == before.active && after.isContributions == before.isContributions)
        return true;
    if (!execute(std::make_unique<AccountEditCommand>(session(), before, after, column)))
        return false;
    // Shown at once; the rows are read again when the ledger's change reaches the view.
    m_accounts[index.row()] = after;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace annalist
