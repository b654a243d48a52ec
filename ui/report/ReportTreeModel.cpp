#include "ReportTreeModel.h"

#include "LedgerSession.h"
#include "ReportRepository.h"
#include "SectionEditCommand.h"
#include "SectionMoveCommand.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QMimeData>
#include <QSet>

#include <functional>
#include <map>

namespace annalist {
namespace {

const QString sectionMime = QStringLiteral("application/x-annalist-report-section");

qint64 parentKey(const ReportSection &s)
{
    return s.parentId.value_or(0);
}

bool sameDisplay(const OutlineEntry &a, const OutlineEntry &b)
{
    return a.number == b.number && a.depth == b.depth && a.section.title == b.section.title &&
           a.section.kind == b.section.kind && a.section.chartKey == b.section.chartKey &&
           a.section.statementLayout == b.section.statementLayout;
}

QString chartName(const QString &key)
{
    if (key == QLatin1String("spending"))
        return ReportTreeModel::tr("Spending");
    if (key == QLatin1String("projects"))
        return ReportTreeModel::tr("Projects");
    if (key == QLatin1String("portfolio"))
        return ReportTreeModel::tr("Portfolio by phase");
    if (key == QLatin1String("members"))
        return ReportTreeModel::tr("Members' contributions");
    if (key == QLatin1String("years"))
        return ReportTreeModel::tr("Years compared");
    return key;
}

} // namespace

int ReportTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i)
        if (parent->children[i].get() == this)
            return int(i);
    return 0;
}

ReportTreeModel::ReportTreeModel(LedgerSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session), m_root(std::make_unique<Node>())
{
    connect(session, &LedgerSession::dataChanged, this, &ReportTreeModel::reload);
    connect(session, &LedgerSession::ledgerOpened, this, &ReportTreeModel::reload);
    connect(session, &LedgerSession::ledgerClosed, this, &ReportTreeModel::reload);
    connect(session, &LedgerSession::yearChanged, this, &ReportTreeModel::reload);
    reload();
}

ReportTreeModel::~ReportTreeModel() = default;

QString ReportTreeModel::kindText(const ReportSection &section)
{
    switch (section.kind) {
    case SectionKind::Text:
        return tr("Text");
    case SectionKind::Statement:
        return section.statementLayout == budgetLayout() ? tr("Statement, budget view") : tr("Statement");
    case SectionKind::Chart:
        return tr("Chart: %1").arg(chartName(section.chartKey));
    case SectionKind::Portfolio:
        return tr("Portfolio overview");
    case SectionKind::Interview:
        return tr("Interview");
    case SectionKind::Members:
        return tr("Members");
    case SectionKind::PageBreak:
        return tr("Page break");
    }
    return {};
}

void ReportTreeModel::reload()
{
    const int year = m_session->isOpen() ? m_session->year() : 0;
    QList<OutlineEntry> outline;
    if (m_session->isOpen() && year > 0) {
        auto document = ReportRepository(*m_session->ledger()).document(year);
        if (document)
            outline = document->outline;
    }
    if (year != m_year) {
        // Another year's report: nothing of the old tree stays.
        beginResetModel();
        m_root = std::make_unique<Node>();
        m_year = year;
        endResetModel();
    }
    update(outline);
}

// Turns the tree into `outline` in steps a view can follow: rows removed, rows moved (a layout
// change that carries the persistent indexes), rows inserted, rows changed.
void ReportTreeModel::update(const QList<OutlineEntry> &outline)
{
    QHash<qint64, OutlineEntry> wanted;
    QHash<qint64, QList<qint64>> wantedChildren;
    for (const OutlineEntry &e : outline) {
        wanted.insert(e.section.id, e);
        wantedChildren[parentKey(e.section)].append(e.section.id);
    }

    // What stays: sections still in the report whose old and new parents both stay.
    QHash<qint64, qint64> oldParent;
    std::function<void(const Node *)> collect = [&](const Node *n) {
        for (const auto &c : n->children) {
            oldParent.insert(c->entry.section.id, n == m_root.get() ? 0 : n->entry.section.id);
            collect(c.get());
        }
    };
    collect(m_root.get());
    QSet<qint64> keep;
    for (auto it = oldParent.constBegin(); it != oldParent.constEnd(); ++it)
        if (wanted.contains(it.key()))
            keep.insert(it.key());
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = keep.begin(); it != keep.end();) {
            const qint64 before = oldParent.value(*it);
            const qint64 after = parentKey(wanted.value(*it).section);
            if ((before != 0 && !keep.contains(before)) || (after != 0 && !keep.contains(after))) {
                it = keep.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }

    // 1. Removals, deepest last row first.
    std::function<void(Node *)> prune = [&](Node *n) {
        for (int r = int(n->children.size()) - 1; r >= 0; --r) {
            Node *c = n->children[size_t(r)].get();
            if (keep.contains(c->entry.section.id)) {
                prune(c);
                continue;
            }
            beginRemoveRows(indexOfNode(n), r, r);
            n->children.erase(n->children.begin() + r);
            endRemoveRows();
        }
    };
    prune(m_root.get());

    // 2. Moves among what stays.
    const auto keptChildren = [&](qint64 parent) {
        QList<qint64> ids;
        for (qint64 id : wantedChildren.value(parent))
            if (keep.contains(id))
                ids.append(id);
        return ids;
    };
    bool moved = false;
    std::function<void(const Node *)> compare = [&](const Node *n) {
        const qint64 id = n == m_root.get() ? 0 : n->entry.section.id;
        QList<qint64> now;
        for (const auto &c : n->children)
            now.append(c->entry.section.id);
        if (now != keptChildren(id))
            moved = true;
        for (const auto &c : n->children)
            compare(c.get());
    };
    compare(m_root.get());
    if (moved) {
        emit layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QList<std::pair<Node *, int>> targets;
        for (const QModelIndex &i : before)
            targets.append({nodeOf(i), i.column()});
        std::map<qint64, std::unique_ptr<Node>> detached;
        std::function<void(Node *)> detach = [&](Node *n) {
            for (auto &c : n->children) {
                detach(c.get());
                const qint64 id = c->entry.section.id;
                detached[id] = std::move(c);
            }
            n->children.clear();
        };
        detach(m_root.get());
        std::function<void(Node *)> attach = [&](Node *n) {
            for (qint64 id : keptChildren(n == m_root.get() ? 0 : n->entry.section.id)) {
                std::unique_ptr<Node> c = std::move(detached[id]);
                c->parent = n;
                n->children.push_back(std::move(c));
                attach(n->children.back().get());
            }
        };
        attach(m_root.get());
        QModelIndexList after;
        for (const auto &[node, column] : targets)
            after.append(indexOfNode(node, column));
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }

    // 3. Insertions, parents before their subsections, siblings in order.
    for (const OutlineEntry &e : outline) {
        if (find(e.section.id))
            continue;
        Node *parent = e.section.parentId ? find(*e.section.parentId) : m_root.get();
        if (!parent)
            continue;
        const int row = int(wantedChildren.value(parentKey(e.section)).indexOf(e.section.id));
        beginInsertRows(indexOfNode(parent), row, row);
        auto node = std::make_unique<Node>();
        node->entry = e;
        node->parent = parent;
        parent->children.insert(parent->children.begin() + row, std::move(node));
        endInsertRows();
    }

    // 4. New numbers, titles and content.
    std::function<void(Node *)> refresh = [&](Node *n) {
        for (auto &c : n->children) {
            const OutlineEntry &e = wanted[c->entry.section.id];
            const bool differs = !sameDisplay(c->entry, e);
            c->entry = e;
            if (differs)
                emit dataChanged(indexOfNode(c.get(), TitleColumn), indexOfNode(c.get(), KindColumn));
            refresh(c.get());
        }
    };
    refresh(m_root.get());
}

ReportTreeModel::Node *ReportTreeModel::find(qint64 id) const
{
    std::function<Node *(Node *)> search = [&](Node *n) -> Node * {
        for (const auto &c : n->children) {
            if (c->entry.section.id == id)
                return c.get();
            if (Node *found = search(c.get()))
                return found;
        }
        return nullptr;
    };
    return search(m_root.get());
}

ReportTreeModel::Node *ReportTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ReportTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex ReportTreeModel::indexOf(qint64 sectionId, int column) const
{
    return indexOfNode(find(sectionId), column);
}

qint64 ReportTreeModel::sectionId(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->entry.section.id : 0;
}

std::optional<OutlineEntry> ReportTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    return nodeOf(index)->entry;
}

QModelIndex ReportTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ReportTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ReportTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != TitleColumn)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ReportTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReportTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutlineEntry &e = nodeOf(index)->entry;
    const bool pageBreak = e.section.kind == SectionKind::PageBreak;
    switch (role) {
    case SectionIdRole:
        return e.section.id;
    case NumberRole:
        return e.number;
    case KindRole:
        return sectionKindKey(e.section.kind);
    case Qt::DisplayRole:
        if (index.column() == KindColumn)
            return kindText(e.section);
        if (pageBreak)
            return tr("(page break)");
        return e.number.isEmpty() ? e.section.title : e.number + QStringLiteral("  ") + e.section.title;
    case Qt::EditRole:
        return index.column() == TitleColumn ? e.section.title : kindText(e.section);
    case Qt::ToolTipRole:
        if (pageBreak)
            return tr("A page break: what follows starts on a new page.");
        return tr("%1 %2 (%3)").arg(e.number, e.section.title, kindText(e.section));
    case Qt::FontRole:
        if (e.depth == 0 && index.column() == TitleColumn && !pageBreak) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (pageBreak || index.column() == KindColumn)
            return QColor(0x66, 0x6b, 0x73);
        return {};
    default:
        return {};
    }
}

QVariant ReportTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Section") : tr("Content");
}

Qt::ItemFlags ReportTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (nodeOf(index)->entry.section.kind != SectionKind::PageBreak) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == TitleColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ReportTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TitleColumn || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ReportSection before = nodeOf(index)->entry.section;
    const QString title = value.toString().trimmed();
    if (title == before.title || before.kind == SectionKind::PageBreak)
        return false;
    if (title.isEmpty()) {
        emit refused(tr("A section needs a title."));
        return false;
    }
    ReportSection after = before;
    after.title = title;
    if (auto done = m_session->execute(
            std::make_unique<SectionEditCommand>(m_session, before, after, SectionEditCommand::Part::Title));
        !done) {
        emit refused(done.error().message);
        return false;
    }
    return true;
}

Qt::DropActions ReportTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ReportTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ReportTreeModel::mimeTypes() const
{
    return {sectionMime};
}

QMimeData *ReportTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(sectionMime, QByteArray::number(sectionId(indexes.first())));
    return data;
}

bool ReportTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(sectionMime))
        return false;
    const qint64 id = data->data(sectionMime).toLongLong();
    // Not under itself nor under one of its own subsections, nor under a page break.
    for (const Node *n = nodeOf(parent); n && n != m_root.get(); n = n->parent)
        if (n->entry.section.id == id || n->entry.section.kind == SectionKind::PageBreak)
            return false;
    return find(id) != nullptr;
}

bool ReportTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = data->data(sectionMime).toLongLong();
    const Node *target = nodeOf(parent);
    std::optional<qint64> newParent;
    if (target != m_root.get())
        newParent = target->entry.section.id;
    // Dropped onto a section: its last subsection.
    int position = row < 0 ? int(target->children.size()) : row;
    if (auto done = moveSection(id, newParent, position); !done) {
        emit refused(done.error().message);
        return false;
    }
    return true;
}

// Moves to `row` among the children of `parent` as they are now (the section itself included).
Status ReportTreeModel::moveSection(qint64 id, std::optional<qint64> parent, int row)
{
    const Node *node = find(id);
    if (!node)
        return badInput(tr("The report section %1 does not exist.").arg(id));
    SectionMoveCommand::Place from{node->entry.section.parentId, node->row()};
    SectionMoveCommand::Place to{parent, row};
    if (from.parent == to.parent && from.position < row)
        --to.position; // counted without the section itself
    if (from.parent == to.parent && from.position == to.position)
        return Done{};
    return m_session->execute(std::make_unique<SectionMoveCommand>(m_session, id, node->entry.section.title, from, to));
}

} // namespace annalist
