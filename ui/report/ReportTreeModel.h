#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace annalist {

class LedgerSession;

// The annual report of the session's year as a tree of numbered sections: the number and title
// (renamed in place), and what kind of section it is. It follows the ledger row by row, so that a
// view keeps its selection and what it has expanded; renames and drag-and-drop moves go through
// undo commands.
class ReportTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, ColumnCount };
    enum Role { SectionIdRole = Qt::UserRole + 1, NumberRole, KindRole };

    explicit ReportTreeModel(LedgerSession *session, QObject *parent = nullptr);
    ~ReportTreeModel() override;

    // Reads the year's report again and tells the views what changed.
    void reload();

    QModelIndex indexOf(qint64 sectionId, int column = TitleColumn) const;
    qint64 sectionId(const QModelIndex &index) const;
    // The section as last read, or none for an invalid index.
    std::optional<OutlineEntry> entry(const QModelIndex &index) const;
    int year() const { return m_year; }
    // Moves the section to `row` among the subsections of `parent` (none: the chapters) as they
    // are now, the section itself counted; one undo step.
    Status moveSection(qint64 id, std::optional<qint64> parent, int row);

    // "Text", "Chart: Spending by kind", ...: what a section shows, for lists and menus.
    static QString kindText(const ReportSection &section);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // An edit made through the model was refused; the reason, for the user.
    void refused(const QString &reason);

private:
    struct Node
    {
        OutlineEntry entry;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = TitleColumn) const;
    Node *find(qint64 id) const;
    void update(const QList<OutlineEntry> &outline);

    LedgerSession *m_session;
    std::unique_ptr<Node> m_root;
    int m_year = 0;
};

} // namespace annalist
