#pragma once

#include "ImportPreview.h"

#include <QAbstractTableModel>

namespace annalist {

// The first rows of a file to import, as the file writes them; each column's header says which
// posting field it is read into.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ImportPreview &preview);
    // The columns read into each field changed, the rows did not.
    void setColumns(const ImportColumns &columns);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The posting field read from a column, if any.
    std::optional<ImportField> fieldOf(int column) const;
    static QString fieldName(ImportField field);

private:
    QStringList m_headers;
    QList<ImportPreview::Row> m_rows;
    ImportColumns m_columns;
    int m_columnCount = 0;
};

} // namespace annalist
