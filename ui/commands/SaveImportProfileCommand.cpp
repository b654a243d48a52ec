#include "SaveImportProfileCommand.h"

#include "LedgerSession.h"

namespace annalist {

SaveImportProfileCommand::SaveImportProfileCommand(LedgerSession *session, const ImportProfile &profile)
    : LedgerCommand(session), m_profile(profile)
{
    m_profile.name = m_profile.name.trimmed();
    setText(tr("Save the import profile \"%1\"").arg(m_profile.name));
}

Status SaveImportProfileCommand::apply()
{
    const ImportProfileRepository profiles(*session()->ledger());
    auto before = profiles.profile(m_profile.name);
    if (!before)
        return before.error();
    m_before = *before;
    return profiles.save(m_profile);
}

Status SaveImportProfileCommand::revert()
{
    const ImportProfileRepository profiles(*session()->ledger());
    return m_before ? profiles.save(*m_before) : profiles.remove(m_profile.name);
}

} // namespace annalist
