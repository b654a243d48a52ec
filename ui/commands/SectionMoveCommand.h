#pragma once

#include "LedgerCommand.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Moves a section of the annual report (with its subsections) to another place in the tree:
// up or down among its siblings, in under the section before it, or out to its parent's level.
class SectionMoveCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SectionMoveCommand)

public:
    struct Place
    {
        std::optional<qint64> parent; // none: a chapter
        int position = 0;             // among the siblings there, without the section itself
    };

    SectionMoveCommand(LedgerSession *session, qint64 sectionId, const QString &title, const Place &from,
                       const Place &to);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_sectionId;
    Place m_from;
    Place m_to;
};

} // namespace annalist
