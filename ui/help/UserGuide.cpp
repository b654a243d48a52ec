#include "UserGuide.h"

#include "Translations.h"

#include <QFile>
#include <QRegularExpression>

namespace annalist {
namespace {

const QRegularExpression &anchorLine()
{
    static const QRegularExpression pattern(QStringLiteral("^<a (?:id|name)=\"([a-z0-9-]+)\"></a>\\s*$"));
    return pattern;
}

const QRegularExpression &headingLine()
{
    static const QRegularExpression pattern(QStringLiteral("^(#{1,6})\\s+(.+?)\\s*#*\\s*$"));
    return pattern;
}

} // namespace

QStringList UserGuide::languages()
{
    return {QStringLiteral("en"), QStringLiteral("da")};
}

QString UserGuide::languageFor(const QString &interfaceLanguage)
{
    const QString code = interfaceLanguage.left(2).toLower();
    return languages().contains(code) ? code : languages().constFirst();
}

QString UserGuide::currentLanguage()
{
    return languageFor(Translations::current());
}

QUrl UserGuide::url(const QString &language)
{
    return QUrl(QStringLiteral("qrc:/guide/%1.md").arg(language));
}

std::optional<QString> UserGuide::languageOf(const QUrl &url)
{
    for (const QString &language : languages())
        if (url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery) == UserGuide::url(language))
            return language;
    return std::nullopt;
}

UserGuide::UserGuide(const QString &language) : m_language(language)
{
    QFile file(QStringLiteral(":/guide/%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_markdown = QString::fromUtf8(file.readAll());
    parse();
}

void UserGuide::parse()
{
    QString pendingId;
    bool inSection = false; // a heading without an anchor ends the section before it
    bool inCode = false;
    for (const QString &line : m_markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (!inCode) {
            if (const auto anchor = anchorLine().match(line); anchor.hasMatch()) {
                pendingId = anchor.captured(1);
                continue;
            }
            if (const auto heading = headingLine().match(line); heading.hasMatch()) {
                inSection = !pendingId.isEmpty();
                if (inSection)
                    m_sections.append({pendingId, heading.captured(2), int(heading.capturedLength(1)), QString()});
                pendingId.clear();
                continue;
            }
        }
        if (inSection)
            m_sections.last().body += line + QLatin1Char('\n');
    }
    for (GuideSection &s : m_sections)
        s.body = s.body.trimmed();
}

QString UserGuide::displayMarkdown() const
{
    QStringList shown;
    bool inCode = false;
    for (const QString &line : m_markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (!inCode && anchorLine().match(line).hasMatch())
            continue;
        shown.append(line);
    }
    return shown.join(QLatin1Char('\n'));
}

QStringList UserGuide::headingIds() const
{
    QStringList ids;
    QString pendingId;
    bool inCode = false;
    for (const QString &line : m_markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (inCode)
            continue;
        if (const auto anchor = anchorLine().match(line); anchor.hasMatch()) {
            pendingId = anchor.captured(1);
        } else if (headingLine().match(line).hasMatch()) {
            ids.append(pendingId);
            pendingId.clear();
        }
    }
    return ids;
}

QStringList UserGuide::sectionIds() const
{
    QStringList ids;
    for (const GuideSection &s : m_sections)
        ids.append(s.id);
    return ids;
}

std::optional<GuideSection> UserGuide::section(const QString &id) const
{
    for (const GuideSection &s : m_sections)
        if (s.id == id)
            return s;
    return std::nullopt;
}

QStringList UserGuide::linkTargets() const
{
    static const QRegularExpression link(QStringLiteral("\\]\\(#([^)\\s]*)\\)"));
    QStringList targets;
    for (auto it = link.globalMatch(m_markdown); it.hasNext();)
        targets.append(it.next().captured(1));
    return targets;
}

} // namespace annalist
