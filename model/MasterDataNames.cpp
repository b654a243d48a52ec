#include "MasterDataNames.h"

namespace annalist {

QString MasterDataNames::section(Section section)
{
    switch (section) {
    case Section::Income:
        return tr("Income");
    case Section::Operations:
        return tr("Operations");
    case Section::Projects:
        return tr("Projects");
    case Section::CarryOver:
        return tr("Carry-over");
    }
    return {};
}

QString MasterDataNames::phase(Phase phase)
{
    switch (phase) {
    case Phase::Idea:
        return tr("Idea");
    case Phase::Analysis:
        return tr("Analysis");
    case Phase::Procurement:
        return tr("Procurement and implementation");
    case Phase::Operation:
        return tr("Operation and further development");
    case Phase::National:
        return tr("National joint-municipal");
    }
    return {};
}

QString MasterDataNames::phaseInReport(Phase phase)
{
    switch (phase) {
    case Phase::Idea:
        return QStringLiteral("Idé");
    case Phase::Analysis:
        return QStringLiteral("Analyse");
    case Phase::Procurement:
        return QStringLiteral("Anskaffelse og gennemførsel");
    case Phase::Operation:
        return QStringLiteral("Drift og videreudvikling");
    case Phase::National:
        return QStringLiteral("Nationale fælleskommunale systemer");
    }
    return {};
}

QString MasterDataNames::attachment(NoteAttachment attachment)
{
    switch (attachment) {
    case NoteAttachment::Lines:
        return tr("Lines");
    case NoteAttachment::Projects:
        return tr("Projects heading");
    case NoteAttachment::Result:
        return tr("Operating result");
    }
    return {};
}

QList<Section> MasterDataNames::sections()
{
    return {Section::Income, Section::Operations, Section::Projects, Section::CarryOver};
}

QList<Phase> MasterDataNames::phases()
{
    return {Phase::Idea, Phase::Analysis, Phase::Procurement, Phase::Operation, Phase::National};
}

QList<NoteAttachment> MasterDataNames::attachments()
{
    return {NoteAttachment::Lines, NoteAttachment::Projects, NoteAttachment::Result};
}

} // namespace annalist
