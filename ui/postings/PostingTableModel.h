#pragma once

#include "LedgerNotifier.h"
#include "PostingRepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace annalist {

class LedgerSession;

// A year's postings, filtered and sorted by the database and read a page at a time as the view
// scrolls, so that a million postings open as fast as a hundred. The rows held are always the
// first rows of the query; single changes are followed row by row, so selections stay put.
// Edits go through the session as undoable commands; a refused edit says why (editRefused).
class PostingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, VoucherColumn, AccountColumn, ProjectColumn, TextColumn, AmountColumn, ColumnCount };
    enum Role { PostingIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    explicit PostingTableModel(LedgerSession *session, QObject *parent = nullptr);

    // Shows what the filter matches, from its first page.
    void setFilter(const PostingFilter &filter);
    const PostingFilter &filter() const { return m_filter; }
    PostingSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Reads the rows shown again, after a change that did not come one posting at a time.
    void refresh();

    const PostingRow &rowAt(int row) const { return m_rows.at(row); }
    // The row that shows the posting, or -1 while it is not loaded.
    int rowOfPosting(qint64 id) const;
    // Reads pages until the posting is loaded or `maxPages` pages more are read; its row or -1.
    int fetchUntil(qint64 id, int maxPages);
    // Every matching posting is loaded: no page is left to read.
    bool isComplete() const { return m_atEnd; }
    // Count and sum of the loaded rows (of all matching ones when isComplete()).
    PostingSummary loadedSummary() const;
    // The year is closed (or there is none): nothing can be edited.
    bool isReadOnly() const;
    // The year's accounts and projects, as the editors offer and check them.
    const QList<Account> &accounts() const { return m_accounts; }
    const QList<Project> &projects() const { return m_projects; }
    const std::optional<FiscalYear> &fiscalYear() const { return m_year; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Parses the typed text and runs an EditPostingCommand; refuses with editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // An edit was refused: why, and what was typed, so that the view can show both.
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);
    // A page could not be read.
    void loadFailed(const QString &reason);

private:
    void attach();
    void detach();
    void readContext();
    void reload();
    Result<QList<PostingRow>> readPage(qint64 offset, int limit) const;
    bool lessThan(const PostingRow &a, const PostingRow &b) const;
    int insertionRow(const PostingRow &row) const;
    void place(const PostingRow &row);
    void removeAt(int row);
    void postingAdded(qint64 id);
    void postingChanged(qint64 id);
    void postingRemoved(qint64 id);
    void tableChanged(LedgerNotifier::Table table);
    Status parse(Posting *posting, int column, const QString &typed) const;

    LedgerSession *m_session;
    PostingFilter m_filter;
    PostingSort m_sort = PostingSort::Date;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<PostingRow> m_rows;
    QSet<qint64> m_ids;
    bool m_atEnd = true;
    int m_changing = 0;
    // The last change came with its posting's id and was followed already.
    bool m_followed = false;
    QList<Account> m_accounts;
    QList<Project> m_projects;
    std::optional<FiscalYear> m_year;
};

} // namespace annalist
