#include "PictureAltTextCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {

PictureAltTextCommand::PictureAltTextCommand(LedgerSession *session, qint64 pictureId, const QString &name,
                                             const QString &before, const QString &after)
    : LedgerCommand(session, tr("Describe picture %1").arg(name))
    , m_pictureId(pictureId)
    , m_before(before)
    , m_after(after)
{
}

Status PictureAltTextCommand::apply()
{
    return ReportRepository(*session()->ledger()).setPictureAltText(m_pictureId, m_after);
}

Status PictureAltTextCommand::revert()
{
    return ReportRepository(*session()->ledger()).setPictureAltText(m_pictureId, m_before);
}

} // namespace annalist
