#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace annalist {

// One section of the user guide: the id of the anchor before its heading, which is the same in
// every language, the heading's text and its level (2 for "##").
struct GuideSection
{
    QString id;
    QString title;
    int level = 0;
    QString body; // the text between this heading and the next one
};

// The user guide of one language, as shipped in the program (:/guide/<language>.md, the same
// files as docs/guide/ in the repository). Each section's heading follows a line
// <a id="section-id"></a>, so that GitHub and the help window can both jump to it.
class UserGuide
{
public:
    // The languages the guide is written in, English first.
    static QStringList languages();
    // The guide's language for an interface language: that language when the guide has it, else English.
    static QString languageFor(const QString &interfaceLanguage);
    // The guide's language for the interface language installed now.
    static QString currentLanguage();
    // qrc:/guide/<language>.md, the address the help window shows.
    static QUrl url(const QString &language);
    // The language of a guide's address; nothing for any other address.
    static std::optional<QString> languageOf(const QUrl &url);

    // Loads the guide of `language` from the program's resources; isValid() says whether it was there.
    explicit UserGuide(const QString &language);

    bool isValid() const { return !m_markdown.isEmpty(); }
    QString language() const { return m_language; }
    // The text as written, for GitHub.
    QString markdown() const { return m_markdown; }
    // The text for Qt's Markdown reader, without the anchor lines: Qt drops an empty anchor, so
    // the help window puts each id on its heading itself (see headingIds()).
    QString displayMarkdown() const;
    // For every heading of the text, in order, the id of its section; empty for a heading
    // without an anchor line (the title).
    QStringList headingIds() const;
    QList<GuideSection> sections() const { return m_sections; }
    QStringList sectionIds() const;
    std::optional<GuideSection> section(const QString &id) const;
    // The ids that the text's own links point at, [text](#id), in order of appearance.
    QStringList linkTargets() const;

private:
    void parse();

    QString m_language;
    QString m_markdown;
    QList<GuideSection> m_sections;
};

} // namespace annalist
