#include "StatementTableModel.h"

#include <QFont>

namespace annalist {

StatementTableModel::StatementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatementTableModel::setStatement(const Statement &statement)
{
    beginResetModel();
    m_statement = statement;
    m_rows.clear();
    bool heading = false;
    for (int i = 0; i < m_statement.lines.size(); ++i) {
        if (m_statement.lines.at(i).section == Section::Projects && !heading) {
            m_rows.append({RowKind::Heading, -1});
            heading = true;
        }
        m_rows.append({RowKind::Line, i});
    }
    m_rows.append({RowKind::Total, -1});
    m_rows.append({RowKind::Result, -1});
    endResetModel();
}

StatementTableModel::RowKind StatementTableModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

const StatementLine *StatementTableModel::lineAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != RowKind::Line)
        return nullptr;
    return &m_statement.lines.at(m_rows.at(row).line);
}

int StatementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::display(const Row &row, int column) const
{
    const auto note = [](const std::optional<int> &n) { return n ? QVariant(QString::number(*n)) : QVariant(); };
    switch (row.kind) {
    case RowKind::Heading:
        if (column == NoteColumn)
            return note(m_statement.projectsNote);
        return column == TextColumn ? QVariant(Statement::projectsHeading()) : QVariant();
    case RowKind::Total:
        switch (column) {
        case TextColumn:
            return Statement::totalLabel();
        case IncomeColumn:
            return m_statement.incomeTotal().toDanish();
        case ExpensesColumn:
            return m_statement.expensesTotal().toDanish();
        case NetColumn:
            return m_statement.operatingResult().toDanish();
        default:
            return {};
        }
    case RowKind::Result:
        if (column == NoteColumn)
            return note(m_statement.resultNote);
        if (column == TextColumn)
            return Statement::resultLabel(m_statement.year);
        return column == NetColumn ? QVariant(m_statement.operatingResult().toDanish()) : QVariant();
    case RowKind::Line:
        break;
    }
    const StatementLine &line = m_statement.lines.at(row.line);
    const bool income = line.section == Section::Income;
    switch (column) {
    case NoteColumn:
        return note(line.note);
    case TextColumn:
        return line.text;
    case IncomeColumn:
        return income ? QVariant(line.income().toDanish()) : QVariant();
    case ExpensesColumn:
        return income ? QVariant() : QVariant(line.expenses().toDanish());
    case NetColumn:
        return line.net().toDanish();
    default:
        return {};
    }
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= IncomeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind != RowKind::Line) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NoteColumn:
        return QStringLiteral("Note");
    case TextColumn:
        return tr("Line");
    case IncomeColumn:
        return QStringLiteral("Indtægter");
    case ExpensesColumn:
        return QStringLiteral("Udgifter");
    case NetColumn:
        return QStringLiteral("Afvigelser");
    default:
        return {};
    }
}

} // namespace annalist
