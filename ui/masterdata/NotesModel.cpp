#include "NotesModel.h"

#include "AccountRepository.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "NoteCommand.h"
#include "NoteRepository.h"

namespace annalist {
namespace {

// The field a whole-note edit from the form merges under: not a column.
constexpr int wholeNote = 100;

} // namespace

NotesModel::NotesModel(LedgerSession *session, QObject *parent) : LedgerTableModel(session, parent) {}

void NotesModel::reload()
{
    QList<Note> notes;
    QList<Account> accounts;
    const int year = session()->year();
    if (const Ledger *ledger = session()->ledger()) {
        if (auto list = NoteRepository(*ledger).notes(year))
            notes = *list;
        if (auto list = AccountRepository(*ledger).accounts())
            accounts = *list;
    }
    QList<qint64> oldKeys;
    for (const Note &n : std::as_const(m_notes))
        oldKeys.append(n.number);
    QList<qint64> newKeys;
    for (const Note &n : std::as_const(notes))
        newKeys.append(n.number);
    // Another year's note 1 is another note.
    if (year != m_year)
        oldKeys.append(-1);
    replaceRows(oldKeys, newKeys, [&] {
        m_notes = notes;
        m_accounts = accounts;
        m_year = year;
    });
}

QStringList NotesModel::linesOf(int number) const
{
    QStringList lines;
    for (const Account &a : m_accounts)
        if (a.note == number)
            lines.append(QStringLiteral("%1 %2").arg(a.number, a.name));
    return lines;
}

int NotesModel::nextNumber() const
{
    int highest = 0;
    for (const Note &n : m_notes)
        highest = std::max(highest, n.number);
    return highest + 1;
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_notes.at(index.row());
    if (role == KeyRole)
        return n.number;
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::number(n.number);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return n.title;
        if (role == Qt::ToolTipRole)
            return n.text;
        break;
    case AttachedColumn:
        if (role == Qt::DisplayRole)
            return MasterDataNames::attachment(n.attached);
        if (role == Qt::EditRole)
            return int(n.attached);
        if (role == ChoiceTextsRole || role == ChoiceValuesRole) {
            QStringList texts;
            QVariantList values;
            for (NoteAttachment a : MasterDataNames::attachments()) {
                texts.append(MasterDataNames::attachment(a));
                values.append(int(a));
            }
            return role == ChoiceTextsRole ? QVariant(texts) : QVariant(values);
        }
        break;
    case LinesColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return linesOf(n.number).join(QStringLiteral("; "));
        break;
    default:
        break;
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Note");
    case TitleColumn:
        return tr("Title");
    case AttachedColumn:
        return tr("Stands on");
    case LinesColumn:
        return tr("Lines referring to it");
    default:
        return {};
    }
}

Qt::ItemFlags NotesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == LinesColumn ? base : base | Qt::ItemIsEditable;
}

bool NotesModel::change(int row, const Note &after, int field)
{
    const Note before = m_notes.at(row);
    if (after.number == before.number && after.title == before.title && after.text == before.text &&
        after.attached == before.attached)
        return true;
    if (!execute(std::make_unique<NoteCommand>(session(), before, after, field)))
        return false;
    // Shown at once (a renumbered note keeps its selection); the rows are read again when the
    // ledger's change reaches the view.
    m_notes[row] = after;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool NotesModel::setNote(int row, const Note &note)
{
    if (row < 0 || row >= m_notes.size())
        return false;
    Note after = note;
    after.year = m_notes.at(row).year;
    after.number = m_notes.at(row).number;
    return change(row, after, wholeNote);
}

bool NotesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Note after = m_notes.at(index.row());
    switch (index.column()) {
    case NumberColumn: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number <= 0)
            return refuse(tr("\"%1\" is not a note number: notes are numbered from 1.").arg(value.toString()));
        after.number = number;
        break;
    }
    case TitleColumn:
        after.title = value.toString().trimmed();
        break;
    case AttachedColumn:
        after.attached = NoteAttachment(value.toInt());
        break;
    default:
        return false;
    }
    return change(index.row(), after, index.column());
}

} // namespace annalist
