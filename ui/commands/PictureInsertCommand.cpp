#include "PictureInsertCommand.h"

#include "LedgerSession.h"
#include "ReportRepository.h"

namespace annalist {

PictureInsertCommand::PictureInsertCommand(LedgerSession *session, Where where, const ReportSection &before,
                                           const ReportPicture &picture, Placement place)
    : LedgerCommand(session, where == Where::Portrait
                                 ? tr("Choose portrait %1 in section %2").arg(picture.name, before.title)
                                 : tr("Insert picture %1 in section %2").arg(picture.name, before.title))
    , m_before(before)
    , m_picture(picture)
    , m_place(std::move(place))
{
    m_picture.id = 0;
}

Status PictureInsertCommand::apply()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    const ReportRepository reports(*ledger);
    const bool first = m_picture.id == 0;
    auto done = ledger->transaction([&]() -> Status {
        if (first) {
            auto id = reports.addPicture(m_picture);
            if (!id)
                return id.error();
            m_picture.id = *id;
            m_after = m_place(*id);
        } else if (m_removed) {
            if (auto ok = reports.restorePicture(m_picture); !ok)
                return ok;
        }
        return reports.updateSection(m_after);
    });
    if (!done) {
        if (first)
            m_picture.id = 0; // rolled back with the rest
        return done;
    }
    m_removed = false;
    m_place = nullptr; // it belongs to the editor, which may be gone by a redo
    return Done{};
}

Status PictureInsertCommand::revert()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    const ReportRepository reports(*ledger);
    bool removed = false;
    auto done = ledger->transaction([&]() -> Status {
        if (auto ok = reports.updateSection(m_before); !ok)
            return ok;
        // Copied into another section meanwhile, it stays for that one.
        auto unused = reports.unusedPictures();
        if (!unused)
            return unused.error();
        if (!unused->contains(m_picture.id))
            return Done{};
        removed = true;
        return reports.removePicture(m_picture.id);
    });
    if (!done)
        return done;
    m_removed = removed;
    return Done{};
}

} // namespace annalist
