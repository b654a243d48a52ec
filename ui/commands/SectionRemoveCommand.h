#pragma once

#include "LedgerCommand.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace annalist {

// Removes a section of the annual report with its subsections; undo puts the whole subtree back
// under the same ids and at the same place.
class SectionRemoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SectionRemoveCommand)

public:
    SectionRemoveCommand(LedgerSession *session, qint64 sectionId, const QString &title);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_sectionId;
    QList<ReportSection> m_removed;
};

} // namespace annalist
