#pragma once

#include "ChartData.h"
#include "Entities.h"
#include "ReportDocument.h"
#include "Result.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace annalist {

class Ledger;

// Everything the printed report of one year shows, read from the ledger once: the report
// document, the statement and its notes, the charts, the projects, the members' contributions,
// the pictures and the values of the live fields. The PDF, the preview and the web page draw
// from this, never from the ledger directly.
struct ReportInput
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportInput)

public:
    Association association;
    int year = 0;
    ReportDocument document;
    Statement statement;
    QList<Note> notes;
    QList<ChartData> charts; // in the order of allChartKinds()
    QList<Project> projects;
    QList<Contribution> contributions;
    QHash<qint64, ReportPicture> pictures;
    QHash<QString, QString> fields;
    // The year's closing, when it is closed: who signed and when (filled in by the year closing).
    std::optional<FiscalYear> fiscalYear;
    // The audit trail's head when the year was closed (the hash of its closing record): printed on
    // the sign-off page, so that a rewrite of the whole trail is caught against the signed copy.
    // Empty while the year is open.
    QString auditHead;
    // The year's seal recorded at its closing (YearSeal); empty while open.
    QString seal;

    static Result<ReportInput> gather(const Ledger &ledger, int year);
    const ChartData *chart(const QString &key) const;
    // The sign-off page's line naming the audit trail's head (Danish, as the report); empty while open.
    QString auditHeadLine() const;
};

} // namespace annalist
