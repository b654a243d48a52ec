#pragma once

#include "LedgerCommand.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace annalist {

// Adds a section of the annual report at its place in the tree; undo removes it again, redo puts
// it back under the same id so that later steps on the stack still find it.
class SectionAddCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SectionAddCommand)

public:
    SectionAddCommand(LedgerSession *session, const ReportSection &section);

    Status apply() override;
    Status revert() override;
    // The new section's id, once applied.
    qint64 sectionId() const { return m_section.id; }

private:
    ReportSection m_section;
};

} // namespace annalist
