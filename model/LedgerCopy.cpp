#include "LedgerCopy.h"

#include "Backend.h"
#include "Ledger.h"
#include "Sql.h"

#include <QFile>
#include <QSqlField>
#include <QSqlRecord>

namespace annalist {
namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Copies one table's rows; report_sections' parents are set in a second pass, since a section may
// come before its parent in id order.
Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord record = from.record(table);
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << quoted(record.fieldName(i));
        marks << QStringLiteral("?");
    }
    if (columns.isEmpty())
        return ioError(LedgerCopy::tr("The table %1 is missing from the ledger.").arg(table));
    const bool sections = table == QLatin1String("report_sections");
    const int parentColumn = sections ? record.indexOf(QStringLiteral("parent_id")) : -1;
    auto rows =
        Sql::exec(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QLatin1Char(',')), table));
    if (!rows)
        return rows.error();
    auto insert = Sql::prepare(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (!insert)
        return insert.error();
    QList<std::pair<QVariant, QVariant>> parents;
    qint64 count = 0;
    while (rows->next()) {
        QVariantList values;
        for (int i = 0; i < record.count(); ++i)
            values << rows->value(i);
        if (parentColumn >= 0 && !values.at(parentColumn).isNull()) {
            parents.append({values.at(0), values.at(parentColumn)});
            values[parentColumn] = QVariant(QMetaType(QMetaType::LongLong));
        }
        if (auto done = Sql::run(*insert, values); !done)
            return done.error();
        ++count;
    }
    for (const auto &[id, parent] : parents)
        if (auto set =
                Sql::execute(to, QStringLiteral("UPDATE report_sections SET parent_id = ? WHERE id = ?"), {parent, id});
            !set)
            return set.error();
    return count;
}

} // namespace

QStringList LedgerCopy::tables()
{
    return {QStringLiteral("association"),
            QStringLiteral("fiscal_years"),
            QStringLiteral("accounts"),
            QStringLiteral("projects"),
            QStringLiteral("members"),
            QStringLiteral("member_contributions"),
            QStringLiteral("postings"),
            QStringLiteral("budgets"),
            QStringLiteral("budget_changes"),
            QStringLiteral("budget_months"),
            QStringLiteral("control_totals"),
            QStringLiteral("notes"),
            QStringLiteral("provenance"),
            QStringLiteral("import_profiles"),
            QStringLiteral("account_totals"),
            QStringLiteral("report_pictures"),
            QStringLiteral("report_sections"),
            QStringLiteral("report_signatories"),
            QStringLiteral("closed_year_accounts"),
            QStringLiteral("closed_year_projects"),
            QStringLiteral("audit_log"),
            QStringLiteral("audit_head")};
}

Result<LedgerCopy::Report> LedgerCopy::copy(const Ledger &source, const QString &target)
{
    if (Backend::displayAddress(target) == source.path())
        return badInput(tr("A ledger cannot be copied onto itself."));
    auto created = Ledger::create(target);
    if (!created)
        return created.error();
    const Ledger &copy = **created;
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = copy.database();
    Report report;
    // The source is read in one transaction too: a consistent picture while others write.
    const Status done = source.transaction([&]() -> Status {
        return copy.transaction([&]() -> Status {
            // The copy's rows are the source's as they are: no trigger may record, total or refuse
            // them again (closed years hold their postings).
            auto suspended = Backend::suspendTriggers(to, tables());
            if (!suspended)
                return suspended.error();
            const QStringList all = tables();
            for (auto table = all.crbegin(); table != all.crend(); ++table)
                if (auto emptied = Sql::execute(to, QStringLiteral("DELETE FROM ") + *table); !emptied)
                    return emptied;
            for (const QString &table : all) {
                auto rows = copyTable(from, to, table);
                if (!rows)
                    return rows.error();
                ++report.tables;
                report.rows += *rows;
                if (table == QLatin1String("postings"))
                    report.postings = *rows;
                else if (table == QLatin1String("audit_log"))
                    report.auditRecords = *rows;
            }
            if (auto resumed = Backend::resumeTriggers(to, *suspended); !resumed)
                return resumed;
            return Backend::afterExplicitIds(to, tables());
        });
    });
    if (!done) {
        created->reset();
        if (!Backend::isServerAddress(target))
            QFile::remove(target);
        return done.error();
    }
    return report;
}

} // namespace annalist
