#pragma once

#include "LedgerCommand.h"
#include "ReportDocument.h"

#include <QCoreApplication>

#include <functional>

namespace annalist {

// Puts a picture into a report section, into its text or as an interview's portrait: the picture
// is stored in the ledger and the section shows it, as one step. Undo takes both back, and the
// picture leaves the ledger unless a section shows it by then; redo puts it back under the
// same id, so that the text of later steps still finds it.
class PictureInsertCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PictureInsertCommand)

public:
    enum class Where { Text, Portrait };
    // The section as it is once it shows the picture stored under the id given; called once,
    // when the step is first applied and the id is known.
    using Placement = std::function<ReportSection(qint64 pictureId)>;

    PictureInsertCommand(LedgerSession *session, Where where, const ReportSection &before, const ReportPicture &picture,
                         Placement place);

    Status apply() override;
    Status revert() override;
    // The picture's id once applied.
    qint64 pictureId() const { return m_picture.id; }

private:
    ReportSection m_before;
    ReportSection m_after;
    ReportPicture m_picture;
    Placement m_place;
    bool m_removed = false; // the undo took the picture out of the ledger
};

} // namespace annalist
