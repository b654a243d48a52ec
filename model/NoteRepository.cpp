#include "NoteRepository.h"

#include "Ledger.h"
#include "Sql.h"

namespace annalist {

Result<QList<Note>> NoteRepository::notes(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT number, title, text, attached FROM notes WHERE year = ? ORDER BY number"),
                       {year});
    if (!q)
        return q.error();
    QList<Note> list;
    while (q->next())
        list.append({year, q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
                     attachmentFromKey(q->value(3).toString()).value_or(NoteAttachment::Lines)});
    return list;
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
