#pragma once

#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

namespace annalist {

class Ledger;

// Postings that break a rule: the first few, and how many there are in all.
struct PostingSample
{
    QList<Posting> postings;
    qint64 count = 0;
};

// What the postings view asks for: a year's postings, narrowed down.
struct PostingFilter
{
    int year = 0;
    QString text; // in the posting's text or account name, or the exact voucher or account number
    std::optional<qint64> accountId;
    std::optional<qint64> projectId;
    QDate from; // inclusive; invalid: no limit
    QDate to;   // inclusive; invalid: no limit
};

enum class PostingSort { Date, Voucher, Account, Project, Text, Amount };

// How many postings a filter matches, and their sum.
struct PostingSummary
{
    qint64 count = 0;
    Money sum;
};

// A posting with the names a table shows beside it.
struct PostingRow
{
    Posting posting;
    QString accountNumber;
    QString accountName;
    QString projectName;
};

// The postings table: writing, grouped sums, and the queries validation needs.
class PostingRepository
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PostingRepository)

public:
    explicit PostingRepository(const Ledger &ledger) : m_ledger(ledger) {}

    // Adds a posting; one with an id (an undone deletion) gets that id back.
    Result<qint64> add(const Posting &posting) const;
    // Inserts many postings with one prepared statement; run it inside a transaction.
    Status addMany(const QList<Posting> &postings) const;
    Status update(const Posting &posting) const;
    // Changes the posting only if it still holds what `expected` says (what the user saw when the
    // edit began): when someone else changed or removed it since, nothing is written, the views are
    // told to read it again, and the error says so. Several clients of a server ledger never
    // overwrite each other's changes silently.
    Status update(const Posting &posting, const Posting &expected) const;
    Status remove(qint64 id) const;
    Result<std::optional<Posting>> posting(qint64 id) const;

    // One page of the filtered, sorted postings; the database sorts and filters.
    Result<QList<PostingRow>> page(const PostingFilter &filter, PostingSort sort, Qt::SortOrder order, qint64 offset,
                                   int limit) const;
    Result<qint64> countMatching(const PostingFilter &filter) const;
    Result<Money> sumMatching(const PostingFilter &filter) const;
    // Count and sum in one pass over the matching postings.
    Result<PostingSummary> summaryMatching(const PostingFilter &filter) const;
    // The posting with its names when it passes the filter; none when it does not (or is gone).
    Result<std::optional<PostingRow>> rowIfMatching(const PostingFilter &filter, qint64 id) const;
    // Sum per account of the postings dated in [from, to], whatever their fiscal year.
    Result<QHash<qint64, Money>> totalsBetween(const QDate &from, const QDate &to) const;

    // Sum per account of the year's postings, optionally only those dated up to `through`.
    Result<QHash<qint64, Money>> totalsByAccount(int year, const QDate &through = {}) const;
    // Sum of all the year's postings, whatever their account.
    Result<Money> total(int year) const;
    Result<qint64> count(int year) const;
    // The highest voucher number used in the year (0 when none).
    Result<qint64> lastVoucher(int year) const;
    // The latest date posted in the year (invalid when there are no postings).
    Result<QDate> lastDate(int year) const;

    Result<PostingSample> outsideYear(int year, int limit) const;
    Result<PostingSample> onMissingAccount(int year, int limit) const;
    Result<PostingSample> onInactiveAccount(int year, int limit) const;
    // On a project's account without that project, or carrying a project that is not the account's.
    Result<PostingSample> projectMismatch(int year, int limit) const;

private:
    // Refuses a posting written in place of `before` (none: added) that would take its year's figures
    // beyond exact money (YearTotals), before anything is written.
    Status checkTotals(const Posting &posting, const std::optional<Posting> &before) const;
    Result<PostingSample> sample(const QString &where, int year, int limit) const;
    const Ledger &m_ledger;
};

} // namespace annalist
