#include "ImportIssuesModel.h"

namespace annalist {

void ImportIssuesModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            // A plain number, as an editor shows it: "1757", never "1.757"; none for the whole file.
            return issue.line > 0 ? QString::number(issue.line) : tr("file");
        case ColumnColumn:
            return issue.column;
        case ValueColumn:
            return issue.value;
        case ProblemColumn:
            return issue.message;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace annalist
