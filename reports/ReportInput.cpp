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

namespace annalist {
namespace {

// The hash of the year's newest closing record: the trail's head at the moment it was closed.
Result<QString> closingHead(const Ledger &ledger, int year)
{
    AuditFilter filter;
    filter.tableName = QStringLiteral("fiscal_years");
    filter.action = QStringLiteral("close");
    auto closings = AuditTrail(ledger).records(filter);
    if (!closings)
        return closings.error();
    const QString key = QString::number(year);
    for (auto it = closings->crbegin(); it != closings->crend(); ++it)
        if (it->rowKey == key)
            return it->hash;
    return QString();
}

} // namespace

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
    if (in.fiscalYear->closed) {
        auto head = closingHead(ledger, year);
        if (!head)
            return head.error();
        in.auditHead = *head;
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
    auto projects = AccountRepository(ledger).projects();
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
    return QStringLiteral("Revisionssporets hoved ved årsafslutningen (SHA-256): %1. "
                          "\"annalist verify --expect\" med denne værdi kontrollerer, at revisionssporet ikke er "
                          "skrevet om siden.")
        .arg(auditHead);
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
