#include "PostingRepository.h"

#include "Ledger.h"
#include "PostingSearchIndex.h"
#include "Sql.h"
#include "YearTotals.h"

#include <QSqlDriver>

#include <optional>
#include <utility>

namespace annalist {
namespace {

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantList values(const Posting &p)
{
    return {p.year,        p.date.toString(Qt::ISODate), p.voucher,
            p.accountId,   nullableId(p.projectId),      Sql::text(p.text),
            p.amount.ore()};
}

const QString insertSql = QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, project_id, text, "
                                         "amount) VALUES (?, ?, ?, ?, ?, ?, ?)");

const QString rowColumns =
    QStringLiteral("p.id, p.year, p.date, p.voucher, p.account_id, p.project_id, p.text, "
                   "p.amount, COALESCE(a.number, ''), COALESCE(a.name, ''), COALESCE(pr.name, '')");
const QString rowJoins = QStringLiteral(" FROM postings p LEFT JOIN accounts a ON a.id = p.account_id "
                                        "LEFT JOIN projects pr ON pr.id = p.project_id ");

Posting postingFrom(const QSqlQuery &q)
{
    Posting p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    p.voucher = q.value(3).toLongLong();
    p.accountId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        p.projectId = q.value(5).toLongLong();
    p.text = q.value(6).toString();
    p.amount = Money::fromOre(q.value(7).toLongLong());
    return p;
}

// The WHERE clause of a filter, with its values in order. It refers to the postings table (p)
// alone, so that counts and sums need no join and can read the covering index.
QString whereOf(const PostingFilter &f, QVariantList *values, bool scanTable = false)
{
    // "+p.year" keeps SQLite off the indexes (and is plain arithmetic elsewhere).
    QStringList parts{scanTable ? QStringLiteral("+p.year = ?") : QStringLiteral("p.year = ?")};
    values->append(f.year);
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const QString like = QLatin1Char('%') + pattern + QLatin1Char('%');
        // The accounts are looked up once, not joined to every posting: on a million postings that
        // is the difference between reading the table once and reading it with a join.
        // SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not: lower() on both
        // sides has both ignore it.
        QString clause = QStringLiteral("lower(p.text) LIKE lower(?) ESCAPE '\\' OR p.account_id IN (SELECT id "
                                        "FROM accounts WHERE lower(name) LIKE lower(?) ESCAPE '\\' OR number = ?)");
        *values << like << like << text;
        // A voucher number matches only the text that is exactly that number.
        bool isNumber = false;
        const qint64 voucher = text.toLongLong(&isNumber);
        if (isNumber && QString::number(voucher) == text) {
            clause += QStringLiteral(" OR p.voucher = ?");
            values->append(voucher);
        }
        parts.append(QLatin1Char('(') + clause + QLatin1Char(')'));
    }
    if (f.accountId) {
        parts.append(QStringLiteral("p.account_id = ?"));
        values->append(*f.accountId);
    }
    if (f.projectId) {
        parts.append(QStringLiteral("p.project_id = ?"));
        values->append(*f.projectId);
    }
    if (f.from.isValid()) {
        parts.append(QStringLiteral("p.date >= ?"));
        values->append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        parts.append(QStringLiteral("p.date <= ?"));
        values->append(f.to.toString(Qt::ISODate));
    }
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// A free-text search for a word that few postings hold is answered from the trigram index
// (PostingSearchIndex): the matching postings are looked up by id and only they are sorted,
// instead of walking the whole year in date order to find a handful. Returns the extra condition
// that narrows the postings to the index's candidates, or nothing when walking the year in order
// is as fast or faster: a word that many postings hold (the first page fills at once), a word
// that names an account (all its postings match), or a pattern too short for trigrams.
std::optional<std::pair<QString, QVariantList>> narrowSearch(const Ledger &ledger, const PostingFilter &f)
{
    const QSqlDatabase db = ledger.database();
    // The trigram index is SQLite's (FTS5): other databases walk the year in order.
    if (db.driver()->dbmsType() != QSqlDriver::SQLite)
        return std::nullopt;
    // Beyond this many candidates, the walk in date order fills a page sooner than sorting them.
    constexpr int commonWord = 20000;
    const QString text = f.text.trimmed();
    if (text.size() < PostingSearchIndex::minimumLength || text.contains(QLatin1Char('%')) ||
        text.contains(QLatin1Char('_')) || text.contains(QLatin1Char('\\')))
        return std::nullopt;
    const QString like = QLatin1Char('%') + text + QLatin1Char('%');
    auto accounts =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE lower(name) LIKE lower(?) OR number = ?"),
                    {like, text}, 0);
    if (!accounts || accounts->toLongLong() > 0)
        return std::nullopt;
    auto through = PostingSearchIndex(ledger).indexedThrough();
    if (!through)
        return std::nullopt;
    auto candidates = Sql::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM posting_search WHERE body LIKE ? LIMIT ?) AS hits"),
        {like, commonWord}, 0);
    if (!candidates || candidates->toLongLong() >= commonWord)
        return std::nullopt;
    // Postings written since the index last caught up are read directly.
    return std::make_pair(QStringLiteral(" AND p.id IN (SELECT rowid FROM posting_search WHERE body LIKE ? "
                                         "UNION ALL SELECT id FROM postings WHERE id > ?)"),
                          QVariantList{like, *through});
}

QString orderOf(PostingSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // SQLite puts NULL first in ascending order, PostgreSQL last: said outright, both put a
    // posting without a project (or on a missing account) where SQLite always has.
    const QString nulls = order == Qt::AscendingOrder ? QStringLiteral("NULLS FIRST") : QStringLiteral("NULLS LAST");
    QString key;
    switch (sort) {
    case PostingSort::Date:
        key = QStringLiteral("p.date %1, p.voucher %1");
        break;
    case PostingSort::Voucher:
        key = QStringLiteral("p.voucher %1, p.date %1");
        break;
    case PostingSort::Account:
        key = QStringLiteral("a.number %1 %2, p.date %1");
        break;
    case PostingSort::Project:
        key = QStringLiteral("pr.name %1 %2, p.date %1");
        break;
    case PostingSort::Text:
        key = QStringLiteral("p.text %1");
        break;
    case PostingSort::Amount:
        key = QStringLiteral("p.amount %1");
        break;
    }
    key.replace(QLatin1String("%2"), nulls);
    return QStringLiteral(" ORDER BY ") + key.arg(dir) + QStringLiteral(", p.id ") + dir;
}

// True where `column` is not a real date written as YYYY-MM-DD (2019-02-30 is none), in SQL that
// SQLite and PostgreSQL run alike: the shape first, then month and day. CASE takes its branches in
// order, so the numbers are read only from ten characters known to be digits and dashes.
QString notIsoDate(const QString &column)
{
    QString digitsGone = column;
    for (char digit = '0'; digit <= '9'; ++digit)
        digitsGone = QStringLiteral("replace(%1, '%2', '')").arg(digitsGone, QString(QLatin1Char(digit)));
    const QString year = QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(column);
    const QString month = QStringLiteral("CAST(substr(%1, 6, 2) AS INTEGER)").arg(column);
    const QString day = QStringLiteral("CAST(substr(%1, 9, 2) AS INTEGER)").arg(column);
    return QStringLiteral("(CASE WHEN length(%1) <> 10 OR substr(%1, 5, 1) <> '-' OR substr(%1, 8, 1) <> '-' "
                          "OR %2 <> '--' THEN 1 "
                          "WHEN %4 < 1 OR %4 > 12 OR %5 < 1 THEN 1 "
                          "WHEN %5 <= CASE WHEN %4 = 2 THEN CASE WHEN %3 % 4 = 0 AND (%3 % 100 <> 0 OR %3 % 400 = 0) "
                          "THEN 29 ELSE 28 END WHEN %4 IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 0 "
                          "ELSE 1 END = 1)")
        .arg(column, digitsGone, year, month, day);
}

PostingRow rowFrom(const QSqlQuery &q)
{
    return {postingFrom(q), q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
}

} // namespace

Status PostingRepository::checkTotals(const Posting &posting, const std::optional<Posting> &before) const
{
    const bool sameYear = before && before->year == posting.year;
    return YearTotals::checkChange(m_ledger, posting.year, sameYear ? YearTotals::magnitudeOf(before->amount) : 0,
                                   YearTotals::magnitudeOf(posting.amount));
}

Result<qint64> PostingRepository::add(const Posting &posting) const
{
    if (auto inRange = checkTotals(posting, std::nullopt); !inRange)
        return inRange.error();
    Result<qint64> id = posting.id > 0
                            ? Sql::insert(m_ledger.database(),
                                          QStringLiteral("INSERT INTO postings (id, year, date, voucher, account_id, "
                                                         "project_id, text, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                          QVariantList{posting.id} + values(posting))
                            : Sql::insert(m_ledger.database(), insertSql, values(posting));
    if (id)
        m_ledger.notifier()->notifyPostingAdded(*id);
    return id;
}

Status PostingRepository::update(const Posting &posting) const
{
    auto before = this->posting(posting.id);
    if (!before)
        return before.error();
    if (auto inRange = checkTotals(posting, *before); !inRange)
        return inRange;
    auto done = Sql::execute(m_ledger.database(),
                             QStringLiteral("UPDATE postings SET year = ?, date = ?, voucher = ?, account_id = ?, "
                                            "project_id = ?, text = ?, amount = ? WHERE id = ?"),
                             values(posting) + QVariantList{posting.id});
    if (done)
        m_ledger.notifier()->notifyPostingChanged(posting.id);
    return done;
}

Status PostingRepository::update(const Posting &posting, const Posting &expected) const
{
    if (auto inRange = checkTotals(posting, expected); !inRange)
        return inRange;
    const QSqlDatabase db = m_ledger.database();
    auto done =
        Sql::exec(db,
                  QStringLiteral("UPDATE postings SET year = ?, date = ?, voucher = ?, account_id = ?, "
                                 "project_id = ?, text = ?, amount = ? WHERE id = ? AND year = ? AND date = ? "
                                 "AND voucher = ? AND account_id = ? AND COALESCE(project_id, 0) = ? AND text "
                                 "= ? AND amount = ?"),
                  values(posting) + QVariantList{expected.id, expected.year, expected.date.toString(Qt::ISODate),
                                                 expected.voucher, expected.accountId, expected.projectId.value_or(0),
                                                 Sql::text(expected.text), expected.amount.ore()});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 1) {
        m_ledger.notifier()->notifyPostingChanged(posting.id);
        return Done{};
    }
    auto now = this->posting(expected.id);
    if (!now)
        return now.error();
    if (!now->has_value()) {
        m_ledger.notifier()->notifyPostingRemoved(expected.id);
        return Error{ErrorKind::Conflict, tr("Posting %1 (voucher %2) was removed by someone else while you were "
                                             "editing it; your change was not saved.")
                                              .arg(expected.id)
                                              .arg(expected.voucher)};
    }
    m_ledger.notifier()->notifyPostingChanged(expected.id);
    const Posting &current = **now;
    return Error{ErrorKind::Conflict,
                 tr("Posting %1 (voucher %2) was changed by someone else while you were editing it, so your change "
                    "was not saved. It now reads: %3, voucher %4, %5, amount %6. Make your change again if it is "
                    "still needed.")
                     .arg(expected.id)
                     .arg(expected.voucher)
                     .arg(current.date.toString(Qt::ISODate))
                     .arg(current.voucher)
                     .arg(current.text, current.amount.toDanish())};
}

Status PostingRepository::remove(qint64 id) const
{
    auto done = Sql::execute(m_ledger.database(), QStringLiteral("DELETE FROM postings WHERE id = ?"), {id});
    if (done)
        m_ledger.notifier()->notifyPostingRemoved(id);
    return done;
}

Result<std::optional<Posting>> PostingRepository::posting(qint64 id) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT ") + rowColumns + rowJoins + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Posting>();
    return std::optional<Posting>(postingFrom(*q));
}

Result<QList<PostingRow>> PostingRepository::page(const PostingFilter &filter, PostingSort sort, Qt::SortOrder order,
                                                  qint64 offset, int limit) const
{
    QVariantList values;
    QString where;
    if (const auto narrow = narrowSearch(m_ledger, filter)) {
        where = whereOf(filter, &values, true) + narrow->first;
        values << narrow->second;
    } else {
        where = whereOf(filter, &values);
    }
    values << limit << offset;
    // The page's ids are chosen first, from as little as the order needs (often an index alone);
    // only those rows are then read with their names. Sorting a million postings by amount
    // takes half the time that way, and a deep offset skips index entries instead of rows.
    QString keyJoin;
    if (sort == PostingSort::Account)
        keyJoin = QStringLiteral(" LEFT JOIN accounts a ON a.id = p.account_id");
    else if (sort == PostingSort::Project)
        keyJoin = QStringLiteral(" LEFT JOIN projects pr ON pr.id = p.project_id");
    const QString orderBy = orderOf(sort, order);
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT ") + rowColumns +
                           QStringLiteral(" FROM (SELECT p.id AS pid FROM postings p") + keyJoin + where + orderBy +
                           QStringLiteral(" LIMIT ? OFFSET ?) k JOIN postings p ON p.id = k.pid "
                                          "LEFT JOIN accounts a ON a.id = p.account_id "
                                          "LEFT JOIN projects pr ON pr.id = p.project_id") +
                           orderBy,
                       values);
    if (!q)
        return q.error();
    QList<PostingRow> rows;
    rows.reserve(limit);
    while (q->next())
        rows.append(rowFrom(*q));
    return rows;
}

Result<qint64> PostingRepository::countMatching(const PostingFilter &filter) const
{
    auto summary = summaryMatching(filter);
    if (!summary)
        return summary.error();
    return summary->count;
}

Result<Money> PostingRepository::sumMatching(const PostingFilter &filter) const
{
    auto summary = summaryMatching(filter);
    if (!summary)
        return summary.error();
    return summary->sum;
}

Result<PostingSummary> PostingRepository::summaryMatching(const PostingFilter &filter) const
{
    // A text search reads every posting of the year anyway: reading the table straight through is
    // faster than going through the year's index entries one by one (81 against 131 ms of processor
    // time on a million postings). An account or a date range narrows the index first.
    const bool scanTable =
        !filter.text.trimmed().isEmpty() && !filter.accountId && !filter.from.isValid() && !filter.to.isValid();
    QVariantList values;
    const QString where = whereOf(filter, &values, scanTable);
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT COUNT(*), COALESCE(SUM(p.amount), 0) FROM postings p") + where, values);
    if (!q)
        return q.error();
    PostingSummary summary;
    if (q->next()) {
        summary.count = q->value(0).toLongLong();
        summary.sum = Money::fromOre(q->value(1).toLongLong());
    }
    return summary;
}

Result<std::optional<PostingRow>> PostingRepository::rowIfMatching(const PostingFilter &filter, qint64 id) const
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    values.append(id);
    auto q =
        Sql::exec(m_ledger.database(),
                  QStringLiteral("SELECT ") + rowColumns + rowJoins + where + QStringLiteral(" AND p.id = ?"), values);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PostingRow>();
    return std::optional<PostingRow>(rowFrom(*q));
}

Result<QHash<qint64, Money>> PostingRepository::totalsBetween(const QDate &from, const QDate &to) const
{
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT account_id, SUM(amount) FROM postings WHERE date >= ? AND date <= ? "
                                      "GROUP BY account_id"),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QHash<qint64, Money> totals;
    while (q->next())
        totals.insert(q->value(0).toLongLong(), Money::fromOre(q->value(1).toLongLong()));
    return totals;
}

Status PostingRepository::addMany(const QList<Posting> &postings) const
{
    QHash<int, YearTotals::Wide> added;
    for (const Posting &p : postings)
        added[p.year] += YearTotals::magnitudeOf(p.amount);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        if (auto inRange = YearTotals::checkChange(m_ledger, it.key(), 0, it.value()); !inRange)
            return inRange;
    auto q = Sql::prepare(m_ledger.database(), insertSql);
    if (!q)
        return q.error();
    for (const Posting &p : postings)
        if (auto ran = Sql::run(*q, values(p)); !ran)
            return ran;
    m_ledger.notifier()->notifyChanged(LedgerNotifier::Table::Postings);
    return Done{};
}

Result<QHash<qint64, Money>> PostingRepository::totalsByAccount(int year, const QDate &through) const
{
    // Without a date limit the totals the triggers keep answer at once, whatever the number of
    // postings (resources/sql/005_account_totals.sql).
    auto q = through.isValid() ? Sql::exec(m_ledger.database(),
                                           QStringLiteral("SELECT account_id, SUM(amount) FROM postings "
                                                          "WHERE year = ? AND date <= ? GROUP BY account_id"),
                                           {year, through.toString(Qt::ISODate)})
                               : Sql::exec(m_ledger.database(),
                                           QStringLiteral("SELECT account_id, total FROM account_totals "
                                                          "WHERE year = ? AND postings > 0"),
                                           {year});
    if (!q)
        return q.error();
    QHash<qint64, Money> totals;
    while (q->next())
        totals.insert(q->value(0).toLongLong(), Money::fromOre(q->value(1).toLongLong()));
    return totals;
}

Result<Money> PostingRepository::total(int year) const
{
    auto v =
        Sql::scalar(m_ledger.database(),
                    QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM account_totals WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return Money::fromOre(v->toLongLong());
}

Result<qint64> PostingRepository::count(int year) const
{
    auto v =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PostingRepository::lastVoucher(int year) const
{
    auto v = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT COALESCE(MAX(voucher), 0) FROM postings WHERE year = ?"), {year}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QDate> PostingRepository::lastDate(int year) const
{
    auto v = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT MAX(date) FROM postings WHERE year = ?"), {year});
    if (!v)
        return v.error();
    return QDate::fromString(v->toString(), Qt::ISODate);
}

Result<PostingSample> PostingRepository::sample(const QString &where, int year, int limit) const
{
    // The rules look at every posting of the year: reading the table in its own order is linear,
    // where going through the year's index entries fetches each posting with a search of its own.
    // NOT INDEXED says so to SQLite; it is a hint of SQLite's own, which no other database knows.
    const bool sqlite = m_ledger.database().driver()->dbmsType() == QSqlDriver::SQLite;
    const QString from = QStringLiteral(" FROM postings p%1 LEFT JOIN accounts a ON a.id = p.account_id "
                                        "LEFT JOIN fiscal_years y ON y.year = p.year WHERE +p.year = ? AND (%2)")
                             .arg(sqlite ? QStringLiteral(" NOT INDEXED") : QString(), where);
    auto count = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT COUNT(*)") + from, {year}, 0);
    if (!count)
        return count.error();
    PostingSample sample;
    sample.count = count->toLongLong();
    if (sample.count == 0)
        return sample;
    auto q = Sql::exec(m_ledger.database(),
                       QStringLiteral("SELECT p.id, p.year, p.date, p.voucher, p.account_id, p.project_id, p.text, "
                                      "p.amount") +
                           from + QStringLiteral(" ORDER BY p.date, p.voucher, p.id LIMIT ?"),
                       {year, limit});
    if (!q)
        return q.error();
    while (q->next())
        sample.postings.append(postingFrom(*q));
    return sample;
}

Result<PostingSample> PostingRepository::outsideYear(int year, int limit) const
{
    // A date that is not a real ISO date also counts.
    return sample(
        QStringLiteral("%1 OR p.date < y.start_date OR p.date > y.end_date").arg(notIsoDate(QStringLiteral("p.date"))),
        year, limit);
}

Result<PostingSample> PostingRepository::onMissingAccount(int year, int limit) const
{
    return sample(QStringLiteral("a.id IS NULL"), year, limit);
}

Result<PostingSample> PostingRepository::onInactiveAccount(int year, int limit) const
{
    return sample(QStringLiteral("a.active = 0"), year, limit);
}

Result<PostingSample> PostingRepository::projectMismatch(int year, int limit) const
{
    return sample(QStringLiteral("(p.project_id IS NULL AND EXISTS (SELECT 1 FROM projects pr "
                                 "WHERE pr.account_id = p.account_id)) "
                                 "OR (p.project_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM projects pr "
                                 "WHERE pr.id = p.project_id AND pr.account_id = p.account_id))"),
                  year, limit);
}

} // namespace annalist
