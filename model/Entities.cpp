#include "Entities.h"

#include <array>
#include <utility>

namespace annalist {
namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

// The keys stored in the ledger file; never translated.
constexpr std::array<std::pair<Section, const char *>, 4> sections{{
    {Section::Income, "income"},
    {Section::Operations, "operations"},
    {Section::Projects, "projects"},
    {Section::CarryOver, "carry-over"},
}};
constexpr std::array<std::pair<Phase, const char *>, 5> phases{{
    {Phase::Idea, "idea"},
    {Phase::Analysis, "analysis"},
    {Phase::Procurement, "procurement"},
    {Phase::Operation, "operation"},
    {Phase::National, "national"},
}};
constexpr std::array<std::pair<NoteAttachment, const char *>, 3> attachments{{
    {NoteAttachment::Lines, "lines"},
    {NoteAttachment::Projects, "projects"},
    {NoteAttachment::Result, "result"},
}};

} // namespace

QString sectionKey(Section section)
{
    return keyOf(sections, section);
}
std::optional<Section> sectionFromKey(const QString &key)
{
    return valueOf(sections, key);
}
QString phaseKey(Phase phase)
{
    return keyOf(phases, phase);
}
std::optional<Phase> phaseFromKey(const QString &key)
{
    return valueOf(phases, key);
}
QString attachmentKey(NoteAttachment attachment)
{
    return keyOf(attachments, attachment);
}
std::optional<NoteAttachment> attachmentFromKey(const QString &key)
{
    return valueOf(attachments, key);
}

} // namespace annalist
