#pragma once

#include "Statement.h"

#include <QAbstractTableModel>

namespace annalist {

// The published statement as a table: one row per line, the "Projekter:" heading, the total
// and the operating result; amounts in Danish format, as printed.
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NoteColumn, TextColumn, IncomeColumn, ExpensesColumn, NetColumn, ColumnCount };
    enum class RowKind { Line, Heading, Total, Result };

    explicit StatementTableModel(QObject *parent = nullptr);

    void setStatement(const Statement &statement);
    const Statement &statement() const { return m_statement; }
    RowKind rowKind(int row) const;
    // The statement line shown in `row`, or none for headings and totals.
    const StatementLine *lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Line;
        int line = -1; // index into m_statement.lines
    };
    QVariant display(const Row &row, int column) const;

    Statement m_statement;
    QList<Row> m_rows;
};

} // namespace annalist
