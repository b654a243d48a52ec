#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Adds (nothing before), deletes (nothing after) or edits the control total of the operating result
// or of one account. Repeated edits of the same field merge into one step.
class ControlTotalCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ControlTotalCommand)

public:
    // `subject` names what the total is of, for the undo label: "the operating result", "2010 Personale".
    // `field` names what changed (a column of the control totals list); -1 for adding and deleting.
    ControlTotalCommand(LedgerSession *session, const QString &subject, const std::optional<ControlTotal> &before,
                        const std::optional<ControlTotal> &after, int field = -1);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status change(const std::optional<ControlTotal> &from, const std::optional<ControlTotal> &to) const;

    std::optional<ControlTotal> m_before;
    std::optional<ControlTotal> m_after;
    int m_field;
};

} // namespace annalist
