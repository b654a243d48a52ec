#pragma once

#include "Entities.h"

#include <QCoreApplication>

namespace annalist {

// The names the desktop and the charts show for the enumerations, in the interface's language.
class MasterDataNames
{
    Q_DECLARE_TR_FUNCTIONS(annalist::MasterDataNames)

public:
    static QString section(Section section);
    static QString phase(Phase phase);
    // A phase as the printed report names it: Danish, whatever the interface's language.
    static QString phaseInReport(Phase phase);
    static QString attachment(NoteAttachment attachment);

    static QList<Section> sections();
    static QList<Phase> phases();
    static QList<NoteAttachment> attachments();
};

} // namespace annalist
