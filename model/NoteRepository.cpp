#include "NoteRepository.h"

#include "Ledger.h"
#include "Sql.h"

#include <QCoreApplication>

namespace annalist {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NoteRepository", text);
}

} // namespace

Result<QList<Note>> NoteRepository::selectNotes(const QString &where, const QVariantList &values) const
{
    auto q = Sql::exec(
        m_ledger.database(),
        QStringLiteral("SELECT year, number, title, text, attached FROM notes %1 ORDER BY number").arg(where), values);
    if (!q)
        return q.error();
    QList<Note> list;
    while (q->next())
        list.append({q->value(0).toInt(), q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(),
                     attachmentFromKey(q->value(4).toString()).value_or(NoteAttachment::Lines)});
    return list;
}

Result<QList<Note>> NoteRepository::notes(int year) const
{
    return selectNotes(QStringLiteral("WHERE year = ?"), {year});
}

Result<std::optional<Note>> NoteRepository::note(int year, int number) const
{
    auto list = selectNotes(QStringLiteral("WHERE year = ? AND number = ?"), {year, number});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Note>() : std::optional<Note>(list->constFirst());
}

Status NoteRepository::addNote(const Note &n) const
{
    auto existing = note(n.year, n.number);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return badInput(tr("%1 has a note %2 already.").arg(n.year).arg(n.number));
    return setNote(n);
}

Status NoteRepository::removeNote(int year, int number) const
{
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM notes WHERE year = ? AND number = ?"),
                             {year, number});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Notes);
    return done;
}

Status NoteRepository::setNote(const Note &n) const
{
    if (n.number <= 0)
        return badInput(tr("Notes are numbered from 1; %1 is not a note number.").arg(n.number));
    auto done =
        Sql::execute(m_ledger.database(),
                     QStringLiteral("INSERT INTO notes (year, number, title, text, attached) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT (year, number) DO UPDATE SET title = excluded.title, "
                                    "text = excluded.text, attached = excluded.attached"),
                     {n.year, n.number, Sql::text(n.title), Sql::text(n.text), attachmentKey(n.attached)});
    if (done)
        m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Notes);
    return done;
}

} // namespace annalist
