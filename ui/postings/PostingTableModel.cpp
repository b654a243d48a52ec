#include "PostingTableModel.h"

#include "AccountRepository.h"
#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "EditPostingCommand.h"
#include "LedgerSession.h"
#include "PostingInput.h"

#include <algorithm>

namespace annalist {
namespace {

// Rows re-read in place at most; beyond that a change starts again from the first page.
constexpr int refreshLimit = 5000;

int compareStrings(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseSensitive);
}

template <typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Marks a change of the rows as under way, its signals included: a page is not read in the middle
// of another change (a listener may ask for one while it is told of the change).
class Changing
{
public:
    explicit Changing(int *depth) : m_depth(depth) { ++*m_depth; }
    ~Changing() { --*m_depth; }
    Changing(const Changing &) = delete;
    Changing &operator=(const Changing &) = delete;

private:
    int *m_depth;
};

} // namespace

PostingTableModel::PostingTableModel(LedgerSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &LedgerSession::ledgerOpened, this, &PostingTableModel::attach);
    connect(session, &LedgerSession::ledgerClosed, this, &PostingTableModel::detach);
    if (session->isOpen())
        attach();
}

void PostingTableModel::attach()
{
    const LedgerNotifier *notifier = m_session->ledger()->notifier();
    connect(notifier, &LedgerNotifier::postingAdded, this, &PostingTableModel::postingAdded);
    connect(notifier, &LedgerNotifier::postingChanged, this, &PostingTableModel::postingChanged);
    connect(notifier, &LedgerNotifier::postingRemoved, this, &PostingTableModel::postingRemoved);
    connect(notifier, &LedgerNotifier::changed, this, &PostingTableModel::tableChanged);
    connect(notifier, &LedgerNotifier::everythingChanged, this, [this] {
        readContext();
        refresh();
    });
    readContext();
}

void PostingTableModel::detach()
{
    const Changing changing(&m_changing);
    beginResetModel();
    m_filter = {};
    m_rows.clear();
    m_ids.clear();
    m_atEnd = true;
    m_accounts.clear();
    m_projects.clear();
    m_year.reset();
    endResetModel();
}

void PostingTableModel::readContext()
{
    m_accounts.clear();
    m_projects.clear();
    m_year.reset();
    if (!m_session->isOpen())
        return;
    const AccountRepository accounts(*m_session->ledger());
    if (auto list = accounts.accounts())
        m_accounts = *list;
    if (auto list = accounts.projects())
        m_projects = *list;
    if (m_filter.year != 0)
        if (auto year = AssociationRepository(*m_session->ledger()).year(m_filter.year))
            m_year = *year;
}

void PostingTableModel::setFilter(const PostingFilter &filter)
{
    const bool yearChanged = filter.year != m_filter.year;
    m_filter = filter;
    if (yearChanged)
        readContext();
    reload();
}

Result<QList<PostingRow>> PostingTableModel::readPage(qint64 offset, int limit) const
{
    if (!m_session->isOpen() || m_filter.year == 0)
        return QList<PostingRow>();
    return PostingRepository(*m_session->ledger()).page(m_filter, m_sort, m_order, offset, limit);
}

void PostingTableModel::reload()
{
    auto page = readPage(0, pageSize);
    const Changing changing(&m_changing);
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    if (page) {
        m_rows = *page;
        for (const PostingRow &r : std::as_const(m_rows))
            m_ids.insert(r.posting.id);
    }
    m_atEnd = !page || m_rows.size() < pageSize;
    endResetModel();
    if (!page)
        emit loadFailed(page.error().message);
}

void PostingTableModel::refresh()
{
    const qsizetype loaded = m_rows.size();
    if (loaded > refreshLimit) {
        reload();
        return;
    }
    const int limit = int(std::max<qsizetype>(loaded, pageSize));
    auto page = readPage(0, limit);
    if (!page) {
        emit loadFailed(page.error().message);
        return;
    }
    QList<PostingRow> rows = *page;
    // Keep only as many rows as were shown, so that scrolling on reads the next page as before.
    if (rows.size() > loaded && loaded >= pageSize)
        rows.resize(loaded);
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).posting.id == m_rows.at(i).posting.id;
    const Changing changing(&m_changing);
    if (sameRows) {
        m_rows = rows;
        m_atEnd = page->size() < limit;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_ids.clear();
    for (const PostingRow &r : std::as_const(m_rows))
        m_ids.insert(r.posting.id);
    m_atEnd = page->size() < limit;
    endResetModel();
}

int PostingTableModel::rowOfPosting(qint64 id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).posting.id == id)
            return int(i);
    return -1;
}

int PostingTableModel::fetchUntil(qint64 id, int maxPages)
{
    for (int i = 0; i < maxPages && !m_ids.contains(id) && canFetchMore({}); ++i)
        fetchMore({});
    return rowOfPosting(id);
}

PostingSummary PostingTableModel::loadedSummary() const
{
    PostingSummary summary;
    summary.count = m_rows.size();
    for (const PostingRow &r : m_rows)
        summary.sum += r.posting.amount;
    return summary;
}

bool PostingTableModel::isReadOnly() const
{
    return !m_year || m_year->closed;
}

int PostingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingRow &row = m_rows.at(index.row());
    const Posting &p = row.posting;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return PostingInput::formatDate(p.date);
        case VoucherColumn:
            return QString::number(p.voucher);
        case AccountColumn:
            return row.accountNumber.isEmpty() ? QString() : row.accountNumber + QLatin1Char(' ') + row.accountName;
        case ProjectColumn:
            return row.projectName;
        case TextColumn:
            return p.text;
        case AmountColumn:
            return AmountFormat::format(p.amount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn && !p.text.isEmpty() ? QVariant(p.text) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == VoucherColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PostingIdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant PostingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == AmountColumn || section == VoucherColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case VoucherColumn:
        return tr("Voucher");
    case AccountColumn:
        return tr("Account");
    case ProjectColumn:
        return tr("Project");
    case TextColumn:
        return tr("Text");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

Qt::ItemFlags PostingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // The project follows from the account, so it is chosen by choosing the account.
    if (!isReadOnly() && index.column() != ProjectColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Status PostingTableModel::parse(Posting *posting, int column, const QString &typed) const
{
    if (!m_year)
        return badInput(tr("There is no fiscal year %1 in the ledger.").arg(m_filter.year));
    if (m_year->closed)
        return badInput(tr("The fiscal year %1 is closed; its postings cannot change.").arg(m_year->year));
    switch (column) {
    case DateColumn: {
        auto date = PostingInput::date(typed, *m_year);
        if (!date)
            return date.error();
        posting->date = *date;
        return Done{};
    }
    case VoucherColumn: {
        auto voucher = PostingInput::voucher(typed);
        if (!voucher)
            return voucher.error();
        posting->voucher = *voucher;
        return Done{};
    }
    case AccountColumn: {
        auto account = PostingInput::account(typed, m_accounts);
        if (!account)
            return account.error();
        posting->accountId = account->id;
        posting->projectId = PostingInput::projectOf(account->id, m_projects);
        return Done{};
    }
    case TextColumn:
        posting->text = typed.trimmed();
        return Done{};
    case AmountColumn: {
        auto amount = PostingInput::amount(typed);
        if (!amount)
            return amount.error();
        posting->amount = *amount;
        return Done{};
    }
    default:
        return badInput(tr("This column cannot be edited."));
    }
}

bool PostingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString typed = value.toString();
    const Posting before = m_rows.at(index.row()).posting;
    Posting after = before;
    Status done = parse(&after, index.column(), typed);
    if (done && EditPostingCommand::changedFields(before, after) == 0)
        return true;
    if (done)
        done = m_session->execute(std::make_unique<EditPostingCommand>(m_session, before, after));
    if (!done) {
        emit editRefused(index, done.error().message, typed);
        return false;
    }
    return true;
}

bool PostingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_changing == 0;
}

void PostingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Changing changing(&m_changing);
    auto page = readPage(m_rows.size(), pageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < pageSize;
    QList<PostingRow> fresh;
    for (const PostingRow &r : std::as_const(*page))
        if (!m_ids.contains(r.posting.id))
            fresh.append(r);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    for (const PostingRow &r : std::as_const(fresh)) {
        m_rows.append(r);
        m_ids.insert(r.posting.id);
    }
    endInsertRows();
}

void PostingTableModel::sort(int column, Qt::SortOrder order)
{
    static const PostingSort keys[ColumnCount] = {PostingSort::Date,    PostingSort::Voucher, PostingSort::Account,
                                                  PostingSort::Project, PostingSort::Text,    PostingSort::Amount};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = keys[column];
    m_order = order;
    reload();
}

// The order PostingRepository::page() sorts in, to put a new or changed posting where the next
// page would expect it.
bool PostingTableModel::lessThan(const PostingRow &a, const PostingRow &b) const
{
    const Posting &x = a.posting;
    const Posting &y = b.posting;
    int c = 0;
    switch (m_sort) {
    case PostingSort::Date:
        c = compareValues(x.date, y.date);
        if (c == 0)
            c = compareValues(x.voucher, y.voucher);
        break;
    case PostingSort::Voucher:
        c = compareValues(x.voucher, y.voucher);
        if (c == 0)
            c = compareValues(x.date, y.date);
        break;
    case PostingSort::Account:
        c = compareStrings(a.accountNumber, b.accountNumber);
        if (c == 0)
            c = compareValues(x.date, y.date);
        break;
    case PostingSort::Project:
        c = compareStrings(a.projectName, b.projectName);
        if (c == 0)
            c = compareValues(x.date, y.date);
        break;
    case PostingSort::Text:
        c = compareStrings(x.text, y.text);
        break;
    case PostingSort::Amount:
        c = compareValues(x.amount.ore(), y.amount.ore());
        break;
    }
    if (c == 0)
        c = compareValues(x.id, y.id);
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

int PostingTableModel::insertionRow(const PostingRow &row) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const PostingRow &a, const PostingRow &b) { return lessThan(a, b); });
    return int(at - m_rows.cbegin());
}

void PostingTableModel::place(const PostingRow &row)
{
    const int at = insertionRow(row);
    // After the last row read, it comes with a later page.
    if (at == m_rows.size() && !m_atEnd)
        return;
    const Changing changing(&m_changing);
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    m_ids.insert(row.posting.id);
    endInsertRows();
}

void PostingTableModel::removeAt(int row)
{
    const Changing changing(&m_changing);
    beginRemoveRows({}, row, row);
    m_ids.remove(m_rows.at(row).posting.id);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PostingTableModel::postingAdded(qint64 id)
{
    m_followed = true;
    if (!m_session->isOpen() || m_filter.year == 0 || m_ids.contains(id))
        return;
    auto row = PostingRepository(*m_session->ledger()).rowIfMatching(m_filter, id);
    if (!row) {
        emit loadFailed(row.error().message);
        return;
    }
    if (*row)
        place(**row);
}

void PostingTableModel::postingRemoved(qint64 id)
{
    m_followed = true;
    if (const int row = rowOfPosting(id); row >= 0)
        removeAt(row);
}

void PostingTableModel::postingChanged(qint64 id)
{
    m_followed = true;
    if (!m_session->isOpen() || m_filter.year == 0)
        return;
    auto fresh = PostingRepository(*m_session->ledger()).rowIfMatching(m_filter, id);
    if (!fresh) {
        emit loadFailed(fresh.error().message);
        return;
    }
    const int row = rowOfPosting(id);
    if (row < 0) {
        if (*fresh)
            place(**fresh);
        return;
    }
    if (!*fresh) {
        removeAt(row); // it no longer matches the filter
        return;
    }
    // Where it sorts now, counted as if it were out of the list.
    int to = insertionRow(**fresh);
    if (to > row)
        --to;
    const int last = int(m_rows.size()) - 1;
    if (to == last && to != row && !m_atEnd) {
        removeAt(row); // it moved past the rows read so far
        return;
    }
    const Changing changing(&m_changing);
    if (to != row) {
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_rows.move(row, to);
        endMoveRows();
    }
    m_rows[to] = **fresh;
    emit dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void PostingTableModel::tableChanged(LedgerNotifier::Table table)
{
    switch (table) {
    case LedgerNotifier::Table::Postings:
        // Single postings were followed already; anything else (an import) is read again.
        if (m_followed) {
            m_followed = false;
            return;
        }
        refresh();
        return;
    case LedgerNotifier::Table::Accounts:
    case LedgerNotifier::Table::Projects:
        readContext();
        refresh();
        return;
    case LedgerNotifier::Table::Years: {
        const bool wasReadOnly = isReadOnly();
        readContext();
        if (wasReadOnly != isReadOnly() && !m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    default:
        return;
    }
}

} // namespace annalist
