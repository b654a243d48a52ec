#pragma once

#include "ImportProfileRepository.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Saves an import profile under its name; undo puts back the profile of that name that was
// there before, or removes it.
class SaveImportProfileCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::SaveImportProfileCommand)

public:
    SaveImportProfileCommand(LedgerSession *session, const ImportProfile &profile);

    Status apply() override;
    Status revert() override;

private:
    ImportProfile m_profile;
    std::optional<ImportProfile> m_before;
};

} // namespace annalist
