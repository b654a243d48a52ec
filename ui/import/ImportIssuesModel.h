#pragma once

#include "PostingImporter.h"

#include <QAbstractTableModel>

namespace annalist {

// What is wrong in a file to import: a row for each problem, by line.
class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, ValueColumn, ProblemColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(const QList<ImportIssue> &issues);
    const ImportIssue &issueAt(int row) const { return m_issues.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace annalist
