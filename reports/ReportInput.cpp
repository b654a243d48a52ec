#include "ReportInput.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "AuditTrail.h"
#include "ChartDataBuilder.h"
#include "LiveFields.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace annalist {

Result<ReportInput> ReportInput::gather(const Ledger &ledger, int year)
{
    ReportInput in;
    in.year = year;
    auto association = AssociationRepository(ledger).association();
    if (!association)
        return association.error();
    in.association = *association;
    auto fiscal = AssociationRepository(ledger).year(year);
    if (!fiscal)
        return fiscal.error();
    in.fiscalYear = *fiscal;
    if (in.fiscalYear && in.fiscalYear->closed) {
        // The year's newest closing record: its hash was the trail's head at the closing, and it
        // holds the year's seal.
        auto closing = AuditTrail(ledger).closingRecord(year);
        if (!closing)
            return closing.error();
        if (closing->has_value()) {
            in.auditHead = (*closing)->hash;
            in.seal = QJsonDocument::fromJson((*closing)->newValues.toUtf8())
                          .object()
                          .value(QStringLiteral("seal"))
                          .toString();
        }
    }
    auto statement = StatementBuilder(ledger).build(year);
    if (!statement)
        return statement.error();
    in.statement = *statement;
    const ReportRepository reports(ledger);
    auto document = reports.document(year);
    if (!document)
        return document.error();
    in.document = *document;
    if (in.document.outline.isEmpty())
        return badInput(tr("%1 has no annual report yet.").arg(year));
    auto notes = NoteRepository(ledger).notes(year);
    if (!notes)
        return notes.error();
    in.notes = *notes;
    auto charts = ChartDataBuilder(ledger, ChartLanguage::Report).build(in.statement);
    if (!charts)
        return charts.error();
    in.charts = *charts;
    auto projects = AccountRepository(ledger).projects(year);
    if (!projects)
        return projects.error();
    in.projects = *projects;
    auto contributions = MemberRepository(ledger).contributions(year);
    if (!contributions)
        return contributions.error();
    in.contributions = *contributions;
    auto pictures = reports.pictures();
    if (!pictures)
        return pictures.error();
    for (const ReportPicture &p : *pictures)
        in.pictures.insert(p.id, p);
    auto fields = LiveFields::values(ledger, in.statement);
    if (!fields)
        return fields.error();
    in.fields = *fields;
    return in;
}

QString ReportInput::auditHeadLine() const
{
    if (auditHead.isEmpty())
        return {};
    QString line = QStringLiteral("Revisionssporets hoved ved årsafslutningen (SHA-256): %1. "
                                  "\"annalist verify --expect\" med denne værdi kontrollerer, at revisionssporet ikke "
                                  "er skrevet om siden.")
                       .arg(auditHead);
    if (!seal.isEmpty())
        line += QStringLiteral(" Årets segl (SHA-256 over årets tal og kontoplan ved afslutningen): %1.").arg(seal);
    return line;
}

const ChartData *ReportInput::chart(const QString &key) const
{
    const auto kind = chartKindFromKey(key);
    if (!kind)
        return nullptr;
    for (const ChartData &c : charts)
        if (c.kind == *kind)
            return &c;
    return nullptr;
}

} // namespace annalist
