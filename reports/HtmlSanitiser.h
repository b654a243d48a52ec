#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace annalist {

// Text from the ledger made safe for a page: rich text is read by Qt's HTML reader into a
// document and written back with only the markup the report's editor makes (paragraphs,
// headings, bold and italic, lists, links, pictures, tables), so that no element, attribute or
// style of the stored text reaches the output as it was typed; plain text is escaped. Control
// characters are dropped from both. Nothing is decided by patterns over HTML.
class HtmlSanitiser
{
public:
    // A picture the output may show: the address written into src or href, and its alternative text.
    struct Picture
    {
        QString source;
        QString altText;
    };

    struct Options
    {
        // 0: the text's headings keep their level (1 to 6); otherwise every heading gets this level.
        int headingLevel = 0;
        // The picture behind a stored address ("picture:ID", or a file the output holds), or nothing
        // for any other address; pictures and links to addresses it does not know are left out.
        std::function<std::optional<Picture>(const QString &address)> picture;
        // Whether a picture keeps the width typed for it (the PDF sizes pictures by it).
        bool pictureWidths = false;
    };

    // The rich text `html` with only the allowed markup, its text escaped.
    static QString richText(const QString &html, const Options &options);
    // `text` as HTML text: escaped, control characters dropped.
    static QString plainText(const QString &text);
    // `text` without NUL and the other control characters (tab and line feed stay), without
    // Unicode noncharacters and unpaired surrogates.
    static QString withoutControlCharacters(const QString &text);
    // The link target as the output writes it, when it is allowed: http:, https: and mailto:
    // addresses, in-page anchors (#...) and the pictures `options` knows; otherwise nothing.
    // Read as a browser reads it, after entities are decoded: spaces and controls around it and
    // tabs and line breaks within it do not count.
    static std::optional<QString> linkTarget(const QString &href, const Options &options);
};

} // namespace annalist
