#include "ReportHtml.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

namespace annalist {
namespace {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QChar::LineSeparator, QLatin1String("<br/>"));
    out.replace(QChar::Nbsp, QLatin1String("&nbsp;"));
    return out;
}

QString inlineHtml(const QTextBlock &block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            // One object character per picture in the fragment.
            for (int i = 0; i < fragment.length(); ++i)
                out += QStringLiteral("<img src=\"%1\" alt=\"%2\"/>")
                           .arg(image.name().toHtmlEscaped(),
                                image.property(QTextFormat::ImageAltText).toString().toHtmlEscaped());
            continue;
        }
        QString text = escaped(fragment.text());
        const bool heading = block.blockFormat().headingLevel() > 0;
        if (format.fontItalic())
            text = QStringLiteral("<i>%1</i>").arg(text);
        if (format.fontWeight() >= QFont::DemiBold && !heading)
            text = QStringLiteral("<b>%1</b>").arg(text);
        if (format.isAnchor() && !format.anchorHref().isEmpty())
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(format.anchorHref().toHtmlEscaped(), text);
        out += text;
    }
    // Adjacent runs of the same markup, as the fragments left them: "<b>a</b><b>b</b>".
    for (const char *tag : {"b", "i"}) {
        const QString close = QStringLiteral("</%1><%1>").arg(QLatin1String(tag));
        out.remove(close);
    }
    return out;
}

QString listTag(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    const bool numbered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                          style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                          style == QTextListFormat::ListUpperRoman;
    return numbered ? QStringLiteral("ol") : QStringLiteral("ul");
}

} // namespace

QString ReportHtml::fromDocument(const QTextDocument &document)
{
    QStringList lines;
    const QTextList *openList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (openList && list != openList) {
            lines.append(QStringLiteral("</%1>").arg(listTag(openList)));
            openList = nullptr;
        }
        const QString content = inlineHtml(block);
        if (list) {
            if (!openList) {
                lines.append(QStringLiteral("<%1>").arg(listTag(list)));
                openList = list;
            }
            lines.append(QStringLiteral("<li>%1</li>").arg(content));
            continue;
        }
        const int level = block.blockFormat().headingLevel();
        if (level > 0) {
            const int h = qBound(2, level, 4);
            lines.append(QStringLiteral("<h%1>%2</h%1>").arg(h).arg(content));
        } else if (!content.isEmpty() || block.next().isValid()) {
            lines.append(QStringLiteral("<p>%1</p>").arg(content));
        }
    }
    if (openList)
        lines.append(QStringLiteral("</%1>").arg(listTag(openList)));
    // A document that holds nothing but an empty paragraph is empty.
    if (lines.size() == 1 && lines.first() == QLatin1String("<p></p>"))
        return QString();
    while (!lines.isEmpty() && lines.last() == QLatin1String("<p></p>"))
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace annalist
