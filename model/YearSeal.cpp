#include "YearSeal.h"

#include "AuditTrail.h"
#include "Ledger.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QVariant>

namespace annalist {
namespace {

// What is sealed, table by table: the columns in a fixed order, the rows in a fixed order. Every
// query takes the year as its one value.
struct Part
{
    const char *name;
    const char *sql;
};

const Part parts[] = {
    {"fiscal_year", "SELECT year, start_date, end_date FROM fiscal_years WHERE year = ?"},
    {"postings", "SELECT id, date, voucher, account_id, project_id, text, amount FROM postings WHERE year = ? "
                 "ORDER BY id"},
    // The totals the statement reads; a row that holds nothing is the same as no row.
    {"account_totals", "SELECT account_id, total, postings FROM account_totals WHERE year = ? "
                       "AND (total <> 0 OR postings <> 0) ORDER BY account_id"},
    {"budgets", "SELECT account_id, amount, note FROM budgets WHERE year = ? ORDER BY account_id"},
    {"budget_changes", "SELECT id, account_id, date, amount, decision FROM budget_changes WHERE year = ? ORDER BY id"},
    {"budget_months", "SELECT account_id, month, per_mille FROM budget_months WHERE year = ? "
                      "ORDER BY account_id, month"},
    {"member_contributions", "SELECT member_id, amount FROM member_contributions WHERE year = ? ORDER BY member_id"},
    {"control_totals", "SELECT id, account_id, amount, source FROM control_totals WHERE year = ? ORDER BY id"},
    {"notes", "SELECT number, title, text, attached FROM notes WHERE year = ? ORDER BY number"},
    {"accounts", "SELECT account_id, number, name, section, note, active, sort_order, is_contributions "
                 "FROM closed_year_accounts WHERE year = ? ORDER BY account_id"},
    {"projects", "SELECT project_id, name, account_id, phase, steering_group, description "
                 "FROM closed_year_projects WHERE year = ? ORDER BY project_id"},
};

// One value, written so that no two different rows give the same bytes: its kind, then the value
// (text with its length in bytes first). Both backends give the same bytes for the same row.
void append(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "n;";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        out += 'i' + QByteArray::number(value.toLongLong()) + ';';
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        // Only a damaged or tampered ledger holds a real number where an amount belongs.
        out += 'r' + QByteArray::number(value.toDouble(), 'g', 17) + ';';
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        out += 's' + QByteArray::number(text.size()) + ':' + text;
        return;
    }
    }
}

} // namespace

Result<QByteArray> YearSeal::content(const Ledger &ledger, int year)
{
    const QSqlDatabase db = ledger.database();
    QByteArray out = "annalist-seal-1\n";
    for (const Part &part : parts) {
        out += part.name;
        out += '\n';
        auto q = Sql::exec(db, QString::fromLatin1(part.sql), {year});
        if (!q)
            return q.error();
        const int columns = q->record().count();
        while (q->next()) {
            for (int c = 0; c < columns; ++c)
                append(out, q->value(c));
            out += '\n';
        }
    }
    return out;
}

Result<QString> YearSeal::compute(const Ledger &ledger, int year)
{
    auto bytes = content(ledger, year);
    if (!bytes)
        return bytes.error();
    return QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
}

Result<SealCheck> YearSeal::check(const Ledger &ledger)
{
    auto closed = Sql::exec(ledger.database(),
                            QStringLiteral("SELECT year FROM fiscal_years WHERE status = 'closed' ORDER BY year"));
    if (!closed)
        return closed.error();
    QList<int> years;
    while (closed->next())
        years << closed->value(0).toInt();
    closed->finish();

    SealCheck result;
    QList<SealProblem> &problems = result.problems;
    const AuditTrail trail(ledger);
    for (int year : years) {
        auto closing = trail.closingRecord(year);
        if (!closing)
            return closing.error();
        if (!closing->has_value()) {
            problems.append({year, tr("%1 is marked closed, but the audit trail records no closing of it: it was "
                                      "closed behind Annalist's back, without validation, signatures or carry-over.")
                                       .arg(year)});
            continue;
        }
        const QString recorded =
            QJsonDocument::fromJson((*closing)->newValues.toUtf8()).object().value(QStringLiteral("seal")).toString();
        if (recorded.isEmpty()) {
            result.unsealed.append(year);
            continue;
        }
        auto now = compute(ledger, year);
        if (!now)
            return now.error();
        if (*now != recorded)
            problems.append(
                {year, tr("The closed year %1 has been changed since it was closed on %2: its figures no longer "
                          "match the seal recorded at the closing (%3; now %4).")
                           .arg(year)
                           .arg((*closing)->at, recorded, *now)});
        else
            result.holding.append({year, recorded});
    }
    return result;
}

} // namespace annalist
