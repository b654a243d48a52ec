#include "AuditTrail.h"

#include "Backend.h"
#include "CsvField.h"
#include "Ledger.h"
#include "Platform.h"
#include "SchemaDefinitions.h"
#include "Sql.h"
#include "YearSeal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <functional>
#include <limits>

namespace annalist {
namespace {

constexpr int problemsNamed = 100;

QString textArgument(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void auditUser(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *ledger = static_cast<const Ledger *>(sqlite3_user_data(context));
    const QByteArray user = ledger->auditUser().toUtf8();
    sqlite3_result_text(context, user.constData(), int(user.size()), SQLITE_TRANSIENT);
}

// annalist_audit_hash(prev_hash, at, user, action, table_name, row_key, old_values, new_values)
void auditHash(sqlite3_context *context, int count, sqlite3_value **values)
{
    if (count != 8) {
        sqlite3_result_error(context, "annalist_audit_hash() takes 8 arguments", -1);
        return;
    }
    QString fields[8];
    for (int i = 0; i < 8; ++i)
        fields[i] = textArgument(values[i]);
    const QByteArray hash = AuditTrail::hashOf(AuditTrail::payload(fields[0], fields[1], fields[2], fields[3],
                                                                   fields[4], fields[5], fields[6], fields[7]))
                                .toLatin1();
    sqlite3_result_text(context, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
}

QString json(const QJsonObject &values)
{
    return values.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

QVariant nullableText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// The WHERE clause of a filter and its values.
QString whereOf(const AuditFilter &f, QVariantList *values)
{
    QStringList conditions;
    if (!f.tableName.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        values->append(f.tableName);
    }
    if (!f.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values->append(f.action);
    }
    if (!f.user.isEmpty()) {
        conditions << QStringLiteral("\"user\" = ?");
        values->append(f.user);
    }
    if (f.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values->append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values->append(f.to.addDays(1).toString(Qt::ISODate));
    }
    if (!f.text.isEmpty()) {
        QString pattern = f.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral("(lower(row_key) LIKE lower(?) ESCAPE '\\' OR lower(old_values) LIKE lower(?) "
                                     "ESCAPE '\\' OR lower(new_values) LIKE lower(?) ESCAPE '\\')");
        *values << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString recordColumns = QStringLiteral(
    "SELECT id, at, \"user\", action, table_name, row_key, old_values, new_values, prev_hash, hash FROM audit_log");

AuditRecord recordOf(const QSqlQuery &q)
{
    const auto text = [&q](int column) {
        const QVariant v = q.value(column);
        return v.isNull() ? QString() : v.toString();
    };
    return {q.value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5), text(6), text(7), text(8), text(9)};
}

// Calls `each` for every record of the filter, oldest first, without holding them all.
Status eachRecord(const QSqlDatabase &db, const AuditFilter &filter,
                  const std::function<Status(const AuditRecord &)> &each)
{
    QVariantList values;
    QString sql = recordColumns + whereOf(filter, &values) + QStringLiteral(" ORDER BY id");
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        // No limit is a limit beyond any trail: both backends take it (PostgreSQL refuses -1).
        values << (filter.limit >= 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max()) << filter.offset;
    }
    auto q = Sql::exec(db, sql, values);
    if (!q)
        return q.error();
    while (q->next())
        if (auto done = each(recordOf(*q)); !done)
            return done;
    return Done{};
}

} // namespace

QByteArray AuditTrail::payload(const QString &prevHash, const QString &at, const QString &user, const QString &action,
                               const QString &table, const QString &rowKey, const QString &oldValues,
                               const QString &newValues)
{
    // Null and empty are the same here: coalesce(old_values, '').
    const QChar bar = QLatin1Char('|');
    return (prevHash + bar + at + bar + user + bar + action + bar + table + bar + rowKey + bar + oldValues + bar +
            newValues)
        .toUtf8();
}

QString AuditTrail::hashOf(const QByteArray &payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::installFunctions(const Ledger &ledger)
{
    sqlite3 *db = ledger.handle();
    if (!db)
        return ioError(tr("The ledger is not open."));
    // Not SQLITE_DIRECTONLY: the triggers call them. Innocuous: they change nothing.
    const void *self = &ledger;
    if (sqlite3_create_function_v2(db, "annalist_audit_user", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                   const_cast<void *>(self), auditUser, nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(db, "annalist_audit_hash", 8, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, auditHash, nullptr, nullptr, nullptr) != SQLITE_OK)
        return ioError(
            tr("The audit trail cannot be kept on %1: %2").arg(ledger.path(), QString::fromUtf8(sqlite3_errmsg(db))));
    return Done{};
}

QStringList AuditTrail::triggerNames()
{
    QStringList names{QStringLiteral("audit_log_chain")};
    for (const char *table : {"association", "fiscal_years", "accounts", "projects", "members", "member_contributions",
                              "postings", "budgets", "budget_changes", "budget_months", "control_totals", "notes"})
        for (const char *kind : {"insert", "update", "delete"})
            names << QStringLiteral("audit_%1_%2").arg(QLatin1String(table), QLatin1String(kind));
    return names;
}

Status AuditTrail::record(const QString &action, const QString &table, const QString &rowKey,
                          const QJsonObject &oldValues, const QJsonObject &newValues) const
{
    // The same columns the triggers write; audit_log_chain chains it.
    const QSqlDatabase db = m_ledger.database();
    return Sql::execute(db, Backend::auditRecordStatement(Backend::of(db)),
                        {action, table, rowKey, nullableText(json(oldValues)), nullableText(json(newValues))});
}

Result<QString> AuditTrail::headHash() const
{
    auto hash =
        Sql::scalar(m_ledger.database(), QStringLiteral("SELECT hash FROM audit_head WHERE id = 1"), {}, QString());
    if (!hash)
        return hash.error();
    return hash->toString();
}

Result<std::optional<AuditRecord>> AuditTrail::recordWithHash(const QString &hash) const
{
    auto id = Sql::scalar(m_ledger.database(), QStringLiteral("SELECT id FROM audit_log WHERE hash = ?"),
                          {hash.trimmed().toLower()}, QVariant());
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return std::optional<AuditRecord>();
    AuditFilter all;
    auto found = records(all);
    if (!found)
        return found.error();
    for (const AuditRecord &r : *found)
        if (r.id == id->toLongLong())
            return std::optional<AuditRecord>(r);
    return std::optional<AuditRecord>();
}

Result<std::optional<AuditRecord>> AuditTrail::closingRecord(int year) const
{
    auto q = Sql::exec(m_ledger.database(),
                       recordColumns + QStringLiteral(" WHERE action = 'close' AND table_name = 'fiscal_years' "
                                                      "AND row_key = ? ORDER BY id DESC LIMIT 1"),
                       {QString::number(year)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuditRecord>();
    return std::optional<AuditRecord>(recordOf(*q));
}

Result<AuditReport> AuditTrail::verify() const
{
    const QSqlDatabase db = m_ledger.database();
    AuditReport report;
    const auto add = [&report](AuditProblem::Kind kind, qint64 id, const QString &message) {
        if (report.problems.size() < problemsNamed)
            report.problems.append({kind, id, message, 0, {}});
    };

    auto triggers = Sql::exec(db, Backend::triggerNamesQuery(Backend::of(db)));
    if (!triggers)
        return triggers.error();
    QSet<QString> present;
    while (triggers->next())
        present.insert(triggers->value(0).toString());
    for (const QString &name : triggerNames())
        if (!present.contains(name))
            report.problems.append(
                {AuditProblem::Kind::TriggerMissing, 0,
                 tr("The trigger %1 that records changes is missing: changes may have been made without a record.")
                     .arg(name),
                 0, name});
    triggers->finish();
    // A trigger put back as it was, or replaced by one of the same name that does something else.
    auto definitions = SchemaDefinitions::differences(m_ledger);
    if (!definitions)
        return definitions.error();
    for (const SchemaDefinitions::Difference &d : *definitions)
        if (!(d.what == SchemaDefinitions::Difference::Missing && triggerNames().contains(d.name)))
            report.problems.append({AuditProblem::Kind::Definition, 0, d.message, 0, d.name});
    // The closed years hold what was signed.
    auto seals = YearSeal::check(m_ledger);
    if (!seals)
        return seals.error();
    for (const SealProblem &p : seals->problems)
        report.problems.append({AuditProblem::Kind::Seal, 0, p.message, p.year, {}});
    report.sealedYears = seals->holding;
    report.unsealedYears = seals->unsealed;

    QString expectedPrev;
    qint64 previousId = 0;
    bool removed = false;
    const Status read = eachRecord(db, {}, [&](const AuditRecord &r) {
        if (r.id != previousId + 1) {
            removed = true;
            add(AuditProblem::Kind::Removed, r.id,
                r.id - previousId == 2
                    ? tr("Audit record %1 has been removed (the trail goes from record %2 to record %3).")
                          .arg(previousId + 1)
                          .arg(previousId)
                          .arg(r.id)
                    : tr("Audit records %1 to %2 have been removed (the trail goes from record %3 to record %4).")
                          .arg(previousId + 1)
                          .arg(r.id - 1)
                          .arg(previousId)
                          .arg(r.id));
        } else if (r.prevHash != expectedPrev) {
            removed = true;
            add(AuditProblem::Kind::Removed, r.id,
                tr("Audit record %1 does not follow record %2: the chain is broken there.").arg(r.id).arg(previousId));
        }
        if (hashOf(payload(r.prevHash, r.at, r.user, r.action, r.tableName, r.rowKey, r.oldValues, r.newValues)) !=
            r.hash)
            add(AuditProblem::Kind::Altered, r.id,
                tr("Audit record %1 (%2 %3 %4 of %5) has been altered: its contents do not match its hash.")
                    .arg(r.id)
                    .arg(r.action, r.tableName, r.rowKey, r.at));
        expectedPrev = r.hash;
        previousId = r.id;
        ++report.records;
        return Status(Done{});
    });
    if (!read)
        return read.error();
    report.lastId = previousId;

    auto head = Sql::exec(db, QStringLiteral("SELECT last_id, records, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next()) {
        add(AuditProblem::Kind::HeadMismatch, previousId, tr("The head of the audit trail has been removed."));
        return report;
    }
    const qint64 headId = head->value(0).toLongLong();
    const qint64 headRecords = head->value(1).toLongLong();
    report.headHash = head->value(2).toString();
    if (headId > previousId)
        add(AuditProblem::Kind::NewestRemoved, previousId + 1,
            headId - previousId == 1
                ? tr("The newest audit record, %1, has been removed.").arg(headId)
                : tr("The newest audit records, %1 to %2, have been removed.").arg(previousId + 1).arg(headId));
    else if (headId != previousId || report.headHash != expectedPrev || (!removed && headRecords != report.records))
        add(AuditProblem::Kind::HeadMismatch, previousId,
            tr("The head of the audit trail (record %1, %2 records) does not match its last record, %3: "
               "the head or the trail has been rewritten.")
                .arg(headId)
                .arg(headRecords)
                .arg(previousId));
    return report;
}

Result<QList<AuditRecord>> AuditTrail::records(const AuditFilter &filter) const
{
    QList<AuditRecord> out;
    const Status read = eachRecord(m_ledger.database(), filter, [&out](const AuditRecord &r) {
        out.append(r);
        return Status(Done{});
    });
    if (!read)
        return read.error();
    return out;
}

Result<qint64> AuditTrail::count(const AuditFilter &filter) const
{
    QVariantList values;
    auto n = Sql::scalar(m_ledger.database(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereOf(filter, &values), values, 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> AuditTrail::exportCsv(const QString &path, const AuditFilter &filter) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write("id,at,user,action,table,row_key,old_values,new_values,prev_hash,hash\r\n");
    qint64 written = 0;
    const Status read = eachRecord(m_ledger.database(), filter, [&](const AuditRecord &r) {
        QByteArray line;
        CsvField::appendValue(&line, QByteArray::number(r.id), ',');
        // Every other column is text as the trail holds it, which a change behind Annalist's back
        // may have made anything: each is guarded against being read as a formula.
        for (const QString *field :
             {&r.at, &r.user, &r.action, &r.tableName, &r.rowKey, &r.oldValues, &r.newValues, &r.prevHash, &r.hash}) {
            line += ',';
            CsvField::appendText(&line, field->toUtf8(), ',');
        }
        line += "\r\n";
        if (file.write(line) != line.size())
            return Status(ioError(tr("%1 cannot be written: %2").arg(path, Platform::writeFailure(file))));
        ++written;
        return Status(Done{});
    });
    if (!read) {
        file.cancelWriting();
        return read.error();
    }
    // flush() first: commit() keeps a file whose last buffered bytes the disk refused.
    if (!file.flush() || !file.commit())
        return ioError(tr("%1 cannot be written: %2").arg(path, Platform::writeFailure(file)));
    return written;
}

} // namespace annalist
