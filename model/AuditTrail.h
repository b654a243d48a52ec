#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace annalist {

class Ledger;

// One record of the audit trail (table audit_log, migration 007).
struct AuditRecord
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds: 2024-03-31T12:34:56.789Z
    QString user;
    QString action; // insert, update, delete, import, undo-import, close, reopen
    QString tableName;
    QString rowKey;
    QString oldValues; // JSON; null for an insert
    QString newValues; // JSON; null for a delete
    QString prevHash;
    QString hash;
};

// What the audit view and the CSV export list; empty fields do not filter.
struct AuditFilter
{
    QString tableName;
    QString action;
    QString user;
    QDate from;     // inclusive, UTC dates
    QDate to;       // inclusive
    QString text;   // found in the row key, the old or the new values (case-insensitive for ASCII)
    int limit = -1; // -1: all
    qint64 offset = 0;
};

// One thing verify() found wrong, at a record.
struct AuditProblem
{
    enum class Kind {
        Altered,        // the record's hash does not match its contents
        Removed,        // records are missing before this one (a gap in ids or a broken link)
        NewestRemoved,  // the head names records after the last one there is
        HeadMismatch,   // the head's hash or count does not match the records
        TriggerMissing, // an audit trigger was dropped: changes can go unrecorded
        Definition,     // a trigger or function differs from what the program ships for the schema
        Seal            // a closed year no longer matches the seal recorded when it was closed
    };
    Kind kind = Kind::Altered;
    qint64 recordId = 0; // the record named; 0 for a trigger, a function or a year
    QString message;
    int year = 0;    // Seal: the closed year
    QString subject; // Definition: the trigger or function
};

struct AuditReport
{
    qint64 records = 0;
    qint64 lastId = 0;
    QString headHash;
    QList<AuditProblem> problems;
    QList<std::pair<int, QString>> sealedYears; // closed years whose seal holds, with the seal
    QList<int> unsealedYears;                   // closed before seals were kept: close them again to seal them
    bool intact() const { return problems.isEmpty(); }
};

// The ledger's audit trail: records changes, lists and exports them, and verifies the hash chain.
// Rows are recorded by the triggers of migration 007; this class writes the records no trigger
// can (an import, its undo, closing and reopening a year).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(annalist::AuditTrail)

public:
    explicit AuditTrail(const Ledger &ledger) : m_ledger(ledger) {}

    // Writes one record inside the current transaction (if any), chained like every other.
    // `table` and `rowKey` say what it is about; the values are written as compact JSON, an empty
    // object as NULL.
    Status record(const QString &action, const QString &table, const QString &rowKey, const QJsonObject &oldValues,
                  const QJsonObject &newValues) const;

    // Recomputes the chain and compares it with the head; compares every trigger and function with
    // the ones the program ships for the ledger's schema version; and recomputes the seal of every
    // closed year. Fails only when the ledger cannot be read.
    Result<AuditReport> verify() const;
    // The newest record of closing `year`, if any: its hash is the head printed at the closing, its
    // new values hold the year's seal.
    Result<std::optional<AuditRecord>> closingRecord(int year) const;
    // The hash of the newest record as the head keeps it ("" for an empty trail): printed on the
    // closing receipt and the report's sign-off page.
    Result<QString> headHash() const;
    // The record whose hash is `hash` (a head printed on a closing receipt or sign-off page), if any.
    // On a trail that verify() finds intact, its presence shows that it and every record before it are
    // as they were when that hash was printed.
    Result<std::optional<AuditRecord>> recordWithHash(const QString &hash) const;

    // Records matching `filter`, oldest first.
    Result<QList<AuditRecord>> records(const AuditFilter &filter = {}) const;
    Result<qint64> count(const AuditFilter &filter = {}) const;
    // Writes the matching records as CSV (UTF-8, comma, RFC 4180 quoting, a header row, texts that
    // a spreadsheet would read as formulas guarded by CsvField) to `path`, through a temporary file
    // renamed into place; gives the number of records written.
    Result<qint64> exportCsv(const QString &path, const AuditFilter &filter = {}) const;

    // The bytes a record's hash is computed over: the one definition, used by the SQL function
    // annalist_audit_hash() and by verify(). Null old or new values count as empty.
    static QByteArray payload(const QString &prevHash, const QString &at, const QString &user, const QString &action,
                              const QString &table, const QString &rowKey, const QString &oldValues,
                              const QString &newValues);
    // SHA-256 of payload(), in lower-case hex.
    static QString hashOf(const QByteArray &payload);

    // Registers annalist_audit_user() and annalist_audit_hash() on the ledger's connection; Ledger
    // calls it for every connection that may write.
    static Status installFunctions(const Ledger &ledger);
    // The names of the triggers that record changes; verify() reports those missing.
    static QStringList triggerNames();

private:
    const Ledger &m_ledger;
};

} // namespace annalist
