#pragma once

#include "Entities.h"
#include "LedgerTableModel.h"

namespace annalist {

// The notes of the session's year: number, title and where each stands, with the lines that refer
// to it (read-only: a line's note is set in the chart of accounts).
class NotesModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, AttachedColumn, LinesColumn, ColumnCount };

    explicit NotesModel(LedgerSession *session, QObject *parent = nullptr);

    void reload() override;
    qint64 keyAt(int row) const override { return m_notes.at(row).number; }
    const Note &note(int row) const { return m_notes.at(row); }
    const QList<Note> &notes() const { return m_notes; }
    // "1010 Kommunalt basistilskud", one per account that refers to the note.
    QStringList linesOf(int number) const;
    int nextNumber() const;
    int year() const { return m_year; }

    // Replaces a note's title, text and attachment in one undoable step.
    bool setNote(int row, const Note &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    bool change(int row, const Note &after, int field);

    QList<Note> m_notes;
    QList<Account> m_accounts;
    int m_year = 0;
};

} // namespace annalist
