#include "ReportRepository.h"

#include "AssociationRepository.h"
#include "Ledger.h"
#include "Sql.h"

#include <QHash>
#include <QSet>

namespace annalist {
namespace {

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Siblings share year and parent; chapters share the parent 0, which no row has. COALESCE instead
// of SQLite's "IS ?" keeps the statement portable.
const QString siblingsWhere = QStringLiteral("year = ? AND COALESCE(parent_id, 0) = ?");

const QString sectionColumns = QStringLiteral("id, year, parent_id, position, kind, title, body, options");

} // namespace

void ReportRepository::notify() const
{
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Report);
}

Result<QList<ReportSection>> ReportRepository::selectSections(const QString &where, const QVariantList &values) const
{
    auto q = Sql::exec(
        m_ledger.database(),
        QStringLiteral("SELECT %1 FROM report_sections %2 ORDER BY position, id").arg(sectionColumns, where), values);
    if (!q)
        return q.error();
    QList<ReportSection> list;
    while (q->next()) {
        ReportSection s;
        s.id = q->value(0).toLongLong();
        s.year = q->value(1).toInt();
        if (!q->value(2).isNull())
            s.parentId = q->value(2).toLongLong();
        s.position = q->value(3).toInt();
        s.kind = sectionKindFromKey(q->value(4).toString()).value_or(SectionKind::Text);
        s.title = q->value(5).toString();
        s.body = q->value(6).toString();
        readSectionOptions(q->value(7).toString(), &s);
        list.append(s);
    }
    return list;
}

Result<QList<ReportSection>> ReportRepository::sections(int year) const
{
    auto list = selectSections(QStringLiteral("WHERE year = ?"), {year});
    if (!list)
        return list.error();
    QList<ReportSection> ordered;
    for (const OutlineEntry &e : numberedOutline(*list))
        ordered.append(e.section);
    return ordered;
}

Result<std::optional<ReportSection>> ReportRepository::section(qint64 id) const
{
    auto list = selectSections(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<ReportSection>() : std::optional<ReportSection>(list->constFirst());
}

Result<bool> ReportRepository::hasReport(int year) const
{
    auto count = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = ?"),
                             {year}, 0);
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Result<ReportDocument> ReportRepository::document(int year) const
{
    auto list = selectSections(QStringLiteral("WHERE year = ?"), {year});
    if (!list)
        return list.error();
    auto signing = signatories(year);
    if (!signing)
        return signing.error();
    ReportDocument document;
    document.year = year;
    document.outline = numberedOutline(*list);
    document.signatories = *signing;
    return document;
}

Status ReportRepository::checkYear(int year) const
{
    auto known = AssociationRepository(m_ledger).year(year);
    if (!known)
        return known.error();
    if (!known->has_value())
        return badInput(tr("The fiscal year %1 is not in the books.").arg(year));
    return Done{};
}

Status ReportRepository::checkContent(const ReportSection &s) const
{
    if (s.kind == SectionKind::Chart && !reportChartKeys().contains(s.chartKey))
        return badInput(tr("A chart section shows one of the charts %1; \"%2\" is none of them.")
                            .arg(reportChartKeys().join(QLatin1String(", ")), s.chartKey));
    if (s.kind == SectionKind::Statement && !s.statementLayout.isEmpty() && s.statementLayout != publishedLayout() &&
        s.statementLayout != budgetLayout())
        return badInput(tr("A statement section is laid out as \"%1\" or \"%2\"; \"%3\" is neither.")
                            .arg(publishedLayout(), budgetLayout(), s.statementLayout));
    return Done{};
}

Status ReportRepository::checkPictures(const ReportSection &s, const QList<qint64> &shownAlready) const
{
    for (qint64 id : s.pictureIds()) {
        if (shownAlready.contains(id))
            continue;
        auto count = Sql::scalar(m_ledger.database(),
                                 QStringLiteral("SELECT COUNT(*) FROM report_pictures WHERE id = ?"), {id}, 0);
        if (!count)
            return count.error();
        if (count->toLongLong() == 0)
            return Error{ErrorKind::Conflict,
                         tr("The section \"%1\" would show the picture %2, which is no longer in the ledger (it was "
                            "removed meanwhile, as nothing showed it). Insert the picture again if it is still "
                            "needed.")
                             .arg(s.title)
                             .arg(id)};
    }
    return Done{};
}

Status ReportRepository::checkParent(const ReportSection &s) const
{
    if (!s.parentId)
        return Done{};
    auto parent = section(*s.parentId);
    if (!parent)
        return parent.error();
    if (!parent->has_value())
        return badInput(tr("The section %1 to put it under does not exist.").arg(*s.parentId));
    if ((*parent)->year != s.year)
        return badInput(tr("The section \"%1\" belongs to the report of %2, not %3.")
                            .arg((*parent)->title)
                            .arg((*parent)->year)
                            .arg(s.year));
    if ((*parent)->kind == SectionKind::PageBreak)
        return badInput(tr("A page break cannot hold sections."));
    return Done{};
}

Result<int> ReportRepository::siblingCount(int year, std::optional<qint64> parent, qint64 except) const
{
    auto count =
        Sql::scalar(m_ledger.database(),
                    QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE %1 AND id <> ?").arg(siblingsWhere),
                    {year, parent.value_or(0), except}, 0);
    if (!count)
        return count.error();
    return count->toInt();
}

Status ReportRepository::shiftSiblings(int year, std::optional<qint64> parent, int from, int by, qint64 except) const
{
    return Sql::execute(
        m_ledger.database(),
        QStringLiteral("UPDATE report_sections SET position = position + ? WHERE %1 AND position >= ? AND id <> ?")
            .arg(siblingsWhere),
        {by, year, parent.value_or(0), from, except});
}

Result<qint64> ReportRepository::insertSection(const ReportSection &s, bool withId) const
{
    QVariantList values = {s.year,
                           nullableId(s.parentId),
                           s.position,
                           sectionKindKey(s.kind),
                           Sql::text(s.title),
                           Sql::text(s.body),
                           sectionOptionsJson(s)};
    QString columns = QStringLiteral("year, parent_id, position, kind, title, body, options");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?");
    if (withId) {
        values.prepend(s.id);
        columns.prepend(QLatin1String("id, "));
        marks.prepend(QLatin1String("?, "));
    }
    return Sql::insert(m_ledger.database(),
                       QStringLiteral("INSERT INTO report_sections (%1) VALUES (%2)").arg(columns, marks), values);
}

Result<qint64> ReportRepository::addSection(const ReportSection &s) const
{
    if (s.position < 0)
        return badInput(tr("Sections are placed from position 0; %1 is no position.").arg(s.position));
    if (auto ok = checkYear(s.year); !ok)
        return ok.error();
    if (auto ok = checkContent(s); !ok)
        return ok.error();
    if (auto ok = checkParent(s); !ok)
        return ok.error();
    qint64 id = 0;
    auto done = m_ledger.transaction([&]() -> Status {
        auto count = siblingCount(s.year, s.parentId, 0);
        if (!count)
            return count.error();
        ReportSection placed = s;
        placed.position = qMin(s.position, *count);
        if (auto shifted = shiftSiblings(s.year, s.parentId, placed.position, 1, 0); !shifted)
            return shifted;
        auto inserted = insertSection(placed, false);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return Done{};
    });
    if (!done)
        return done.error();
    notify();
    return id;
}

Status ReportRepository::updateSection(const ReportSection &s) const
{
    auto existing = section(s.id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return badInput(tr("The report section %1 does not exist.").arg(s.id));
    if (auto ok = checkContent(s); !ok)
        return ok;
    // A picture it shows already is left alone; one it would show anew must be in the ledger.
    if (auto ok = checkPictures(s, (*existing)->pictureIds()); !ok)
        return ok;
    if (s.kind == SectionKind::PageBreak) {
        auto children = siblingCount((*existing)->year, s.id, 0);
        if (!children)
            return children.error();
        if (*children > 0)
            return badInput(
                tr("The section \"%1\" has subsections; a page break cannot hold sections.").arg((*existing)->title));
    }
    auto done = Sql::execute(
        m_ledger.database(),
        QStringLiteral("UPDATE report_sections SET kind = ?, title = ?, body = ?, options = ? WHERE id = ?"),
        {sectionKindKey(s.kind), Sql::text(s.title), Sql::text(s.body), sectionOptionsJson(s), s.id});
    if (done)
        notify();
    return done;
}

Result<QList<ReportSection>> ReportRepository::subtree(qint64 id) const
{
    auto root = section(id);
    if (!root)
        return root.error();
    if (!root->has_value())
        return badInput(tr("The report section %1 does not exist.").arg(id));
    auto list = selectSections(QStringLiteral("WHERE year = ?"), {(*root)->year});
    if (!list)
        return list.error();
    QList<ReportSection> result;
    int depth = -1;
    for (const OutlineEntry &e : numberedOutline(*list)) {
        if (depth >= 0 && e.depth <= depth)
            break;
        if (e.section.id == id)
            depth = e.depth;
        if (depth >= 0)
            result.append(e.section);
    }
    return result;
}

Status ReportRepository::removeSection(qint64 id) const
{
    auto removed = subtree(id);
    if (!removed)
        return removed.error();
    const ReportSection &root = removed->constFirst();
    auto done = m_ledger.transaction([&]() -> Status {
        // Deepest first, so that nothing depends on the cascade being switched on.
        for (auto it = removed->crbegin(); it != removed->crend(); ++it)
            if (auto ok = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM report_sections WHERE id = ?"),
                                       {it->id});
                !ok)
                return ok;
        return shiftSiblings(root.year, root.parentId, root.position + 1, -1, 0);
    });
    if (done)
        notify();
    return done;
}

Status ReportRepository::restoreSubtree(const QList<ReportSection> &sections) const
{
    if (sections.isEmpty())
        return Done{};
    const ReportSection &root = sections.constFirst();
    if (root.position < 0)
        return badInput(tr("Sections are placed from position 0; %1 is no position.").arg(root.position));
    if (auto ok = checkYear(root.year); !ok)
        return ok;
    if (auto ok = checkParent(root); !ok)
        return ok;
    for (const ReportSection &s : sections) {
        auto existing = section(s.id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return badInput(tr("The report section %1 exists already.").arg(s.id));
        if (auto ok = checkPictures(s, {}); !ok)
            return ok;
    }
    auto done = m_ledger.transaction([&]() -> Status {
        auto count = siblingCount(root.year, root.parentId, 0);
        if (!count)
            return count.error();
        if (auto shifted = shiftSiblings(root.year, root.parentId, qMin(root.position, *count), 1, 0); !shifted)
            return shifted;
        for (int i = 0; i < sections.size(); ++i) {
            ReportSection s = sections.at(i);
            if (i == 0)
                s.position = qMin(root.position, *count);
            if (auto ok = insertSection(s, true); !ok)
                return ok.error();
        }
        return Done{};
    });
    if (done)
        notify();
    return done;
}

Status ReportRepository::moveSection(qint64 id, std::optional<qint64> newParent, int newPosition) const
{
    if (newPosition < 0)
        return badInput(tr("Sections are placed from position 0; %1 is no position.").arg(newPosition));
    auto moving = section(id);
    if (!moving)
        return moving.error();
    if (!moving->has_value())
        return badInput(tr("The report section %1 does not exist.").arg(id));
    const ReportSection old = **moving;
    // Up from the new parent: meeting the section itself means the move would put it under itself.
    for (std::optional<qint64> up = newParent; up;) {
        if (*up == id)
            return badInput(
                tr("The section \"%1\" cannot be moved under itself or one of its own subsections.").arg(old.title));
        auto above = section(*up);
        if (!above)
            return above.error();
        if (!above->has_value())
            break;
        up = (*above)->parentId;
    }
    ReportSection placed = old;
    placed.parentId = newParent;
    if (auto ok = checkParent(placed); !ok)
        return ok;
    auto done = m_ledger.transaction([&]() -> Status {
        if (auto closed = shiftSiblings(old.year, old.parentId, old.position + 1, -1, id); !closed)
            return closed;
        auto count = siblingCount(old.year, newParent, id);
        if (!count)
            return count.error();
        placed.position = qMin(newPosition, *count);
        if (auto opened = shiftSiblings(old.year, newParent, placed.position, 1, id); !opened)
            return opened;
        return Sql::execute(m_ledger.database(),
                            QStringLiteral("UPDATE report_sections SET parent_id = ?, position = ? WHERE id = ?"),
                            {nullableId(newParent), placed.position, id});
    });
    if (done)
        notify();
    return done;
}

Result<qint64> ReportRepository::addPicture(const ReportPicture &p) const
{
    if (p.name.trimmed().isEmpty())
        return badInput(tr("A picture needs a name."));
    if (p.mimeType.trimmed().isEmpty())
        return badInput(tr("The picture %1 needs a type (such as image/png).").arg(p.name));
    if (p.data.isEmpty())
        return badInput(tr("The picture %1 is empty.").arg(p.name));
    auto id = Sql::insert(m_ledger.database(),
                          QStringLiteral("INSERT INTO report_pictures (name, mime_type, alt_text, data) "
                                         "VALUES (?, ?, ?, ?)"),
                          {p.name, p.mimeType, Sql::text(p.altText), p.data});
    if (id)
        notify();
    return id;
}

Status ReportRepository::restorePicture(const ReportPicture &p) const
{
    if (p.id <= 0)
        return badInput(tr("The picture %1 has no id to be put back under.").arg(p.name));
    if (p.name.trimmed().isEmpty() || p.mimeType.trimmed().isEmpty() || p.data.isEmpty())
        return badInput(tr("The picture %1 is incomplete: a name, a type and its data are needed.").arg(p.id));
    auto existing = picture(p.id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return badInput(tr("The picture %1 exists already.").arg(p.id));
    auto done = Sql::execute(
        m_ledger.database(),
        QStringLiteral("INSERT INTO report_pictures (id, name, mime_type, alt_text, data) VALUES (?, ?, ?, ?, ?)"),
        {p.id, p.name, p.mimeType, Sql::text(p.altText), p.data});
    if (done)
        notify();
    return done;
}

Status ReportRepository::removePicture(qint64 id) const
{
    auto q = Sql::exec(m_ledger.database(), QStringLiteral("DELETE FROM report_pictures WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return badInput(tr("The picture %1 does not exist.").arg(id));
    notify();
    return Done{};
}

Result<QList<qint64>> ReportRepository::unusedPictures() const
{
    auto all = selectSections(QString(), {});
    if (!all)
        return all.error();
    QSet<qint64> shown;
    for (const ReportSection &s : std::as_const(*all))
        for (qint64 id : s.pictureIds())
            shown.insert(id);
    auto q = Sql::exec(m_ledger.database(), QStringLiteral("SELECT id FROM report_pictures ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> unused;
    while (q->next())
        if (const qint64 id = q->value(0).toLongLong(); !shown.contains(id))
            unused.append(id);
    return unused;
}

Result<QList<qint64>> ReportRepository::removeUnusedPictures() const
{
    QList<qint64> removed;
    auto done = m_ledger.transaction([&]() -> Status {
        auto unused = unusedPictures();
        if (!unused)
            return unused.error();
        for (qint64 id : std::as_const(*unused))
            if (auto ok =
                    Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM report_pictures WHERE id = ?"), {id});
                !ok)
                return ok;
        removed = *unused;
        return Done{};
    });
    if (!done)
        return done.error();
    if (!removed.isEmpty())
        notify();
    return removed;
}

Result<std::optional<ReportPicture>> ReportRepository::picture(qint64 id) const
{
    auto q =
        Sql::exec(m_ledger.database(),
                  QStringLiteral("SELECT id, name, mime_type, alt_text, data FROM report_pictures WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReportPicture>();
    return std::optional<ReportPicture>(ReportPicture{q->value(0).toLongLong(), q->value(1).toString(),
                                                      q->value(2).toString(), q->value(3).toString(),
                                                      q->value(4).toByteArray()});
}

Result<QList<ReportPicture>> ReportRepository::pictures() const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, name, mime_type, alt_text, data FROM report_pictures ORDER BY id"));
    if (!q)
        return q.error();
    QList<ReportPicture> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toByteArray()});
    return list;
}

Status ReportRepository::setPictureAltText(qint64 id, const QString &altText) const
{
    auto q = Sql::exec(m_ledger.database(), QStringLiteral("UPDATE report_pictures SET alt_text = ? WHERE id = ?"),
                       {Sql::text(altText), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return badInput(tr("The picture %1 does not exist.").arg(id));
    notify();
    return Done{};
}

Result<QList<Signatory>> ReportRepository::signatories(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT id, year, position, name, role, signed_on FROM report_signatories "
                                      "WHERE year = ? ORDER BY position, id"),
                       {year});
    if (!q)
        return q.error();
    QList<Signatory> list;
    while (q->next()) {
        Signatory s{q->value(0).toLongLong(), q->value(1).toInt(),    q->value(2).toInt(),
                    q->value(3).toString(),   q->value(4).toString(), std::nullopt};
        if (!q->value(5).isNull())
            s.signedOn = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        list.append(s);
    }
    return list;
}

Status ReportRepository::setSignatories(int year, const QList<Signatory> &list) const
{
    if (auto ok = checkYear(year); !ok)
        return ok;
    for (const Signatory &s : list) {
        if (s.name.trimmed().isEmpty())
            return badInput(tr("Every signatory needs a name."));
        if (s.signedOn && !s.signedOn->isValid())
            return badInput(tr("%1 has no valid date of signing.").arg(s.name));
    }
    auto done = m_ledger.transaction([&]() -> Status {
        if (auto ok = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM report_signatories WHERE year = ?"),
                                   {year});
            !ok)
            return ok;
        for (int i = 0; i < list.size(); ++i) {
            const Signatory &s = list.at(i);
            const QVariant signedOn =
                s.signedOn ? QVariant(s.signedOn->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
            if (auto ok = Sql::execute(m_ledger.database(),
                                       QStringLiteral("INSERT INTO report_signatories (year, position, name, role, "
                                                      "signed_on) VALUES (?, ?, ?, ?, ?)"),
                                       {year, i, s.name, Sql::text(s.role), signedOn});
                !ok)
                return ok;
        }
        return Done{};
    });
    if (done)
        notify();
    return done;
}

Status ReportRepository::copyReport(int fromYear, int toYear) const
{
    if (auto ok = checkYear(toYear); !ok)
        return ok;
    auto existing = hasReport(toYear);
    if (!existing)
        return existing.error();
    if (*existing)
        return badInput(
            tr("%1 has a report already; it is not overwritten by the report of %2.").arg(toYear).arg(fromYear));
    auto from = sections(fromYear);
    if (!from)
        return from.error();
    if (from->isEmpty())
        return badInput(tr("%1 has no report to copy.").arg(fromYear));
    auto signing = signatories(fromYear);
    if (!signing)
        return signing.error();
    auto done = m_ledger.transaction([&]() -> Status {
        // Reading order puts every parent before its subsections, so its new id is known in time.
        QHash<qint64, qint64> newIds;
        for (ReportSection s : *from) {
            const qint64 oldId = s.id;
            s.year = toYear;
            if (s.parentId)
                s.parentId = newIds.value(*s.parentId);
            auto id = insertSection(s, false);
            if (!id)
                return id.error();
            newIds.insert(oldId, *id);
        }
        QList<Signatory> unsigned_;
        for (Signatory s : *signing) {
            s.signedOn.reset();
            unsigned_.append(s);
        }
        return unsigned_.isEmpty() ? Status(Done{}) : setSignatories(toYear, unsigned_);
    });
    if (done)
        notify();
    return done;
}

Status ReportRepository::removeReport(int year) const
{
    auto done = m_ledger.transaction([&]() -> Status {
        // Subsections first: the statement does not depend on the cascade being switched on.
        if (auto ok = Sql::execute(
                m_ledger.database(),
                QStringLiteral("DELETE FROM report_sections WHERE year = ? AND parent_id IS NOT NULL"), {year});
            !ok)
            return ok;
        if (auto ok =
                Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM report_sections WHERE year = ?"), {year});
            !ok)
            return ok;
        return Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM report_signatories WHERE year = ?"),
                            {year});
    });
    if (done)
        notify();
    return done;
}

} // namespace annalist
