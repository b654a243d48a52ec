#pragma once

#include "LedgerCommand.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace annalist {

// Changes a section's title or content. Edits of the same part of the same section made in one
// sitting (the same non-zero `sitting`, such as the text typed while its editor had the focus)
// merge into one step.
class SectionEditCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SectionEditCommand)

public:
    enum class Part { Title, Body, Options, Interview };

    SectionEditCommand(LedgerSession *session, const ReportSection &before, const ReportSection &after, Part part,
                       quint64 sitting = 0);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportSection m_before;
    ReportSection m_after;
    Part m_part;
    quint64 m_sitting;
};

} // namespace annalist
