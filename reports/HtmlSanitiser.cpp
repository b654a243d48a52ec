#include "HtmlSanitiser.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace annalist {
namespace {

// A document that never loads what the text refers to (style sheets, pictures, backgrounds): the
// text is only read, and a stored text must not make the program open files.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

bool dropped(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Noncharacters; Qt's documents also use two of them (U+FDD0, U+FDD1) to mark frames.
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

QString escapedText(const QString &text)
{
    QString out = HtmlSanitiser::plainText(text);
    out.replace(QChar::LineSeparator, QLatin1String("<br>"));
    out.replace(QChar::ParagraphSeparator, QLatin1String("<br>"));
    out.remove(QChar::ObjectReplacementCharacter);
    return out;
}

bool emptyBlock(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().isImageFormat() || !it.fragment().text().trimmed().isEmpty())
            return false;
    return true;
}

QString listTag(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return QStringLiteral("ol");
    default:
        return QStringLiteral("ul");
    }
}

// Writes a document back as HTML, element by element from an allow-list; every text escaped.
class Writer
{
public:
    explicit Writer(const HtmlSanitiser::Options &options) : m_options(options) {}

    // `header`: the content of a table's header cell, which is bold by itself.
    QString content(QTextFrame::iterator it, int depth, bool header = false) const
    {
        struct OpenList
        {
            const QTextList *list;
            int indent;
            QString tag;
        };
        QList<OpenList> lists;
        QStringList out;
        const auto closeLists = [&](int toIndent) {
            while (!lists.isEmpty() && lists.last().indent >= toIndent) {
                out.last() += QStringLiteral("</li>\n</%1>").arg(lists.last().tag);
                lists.removeLast();
            }
        };
        bool afterFrame = false;
        for (; !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                closeLists(0);
                if (depth < maxDepth) {
                    const auto *table = qobject_cast<QTextTable *>(frame);
                    const QString inner = table ? this->table(table, depth + 1) : content(frame->begin(), depth + 1);
                    if (!inner.isEmpty())
                        out << inner;
                }
                afterFrame = true;
                continue;
            }
            const QTextBlock block = it.currentBlock();
            auto next = it;
            ++next;
            // Qt puts an empty block around tables and at the ends of a frame; those are no paragraphs.
            if (emptyBlock(block) && !block.textList() &&
                (afterFrame || out.isEmpty() || next.atEnd() || next.currentFrame()))
                continue;
            afterFrame = false;
            if (const QTextList *list = block.textList()) {
                const int indent = list->format().indent();
                while (!lists.isEmpty() &&
                       (lists.last().indent > indent || (lists.last().indent == indent && lists.last().list != list)))
                    closeLists(lists.last().indent);
                if (!lists.isEmpty() && lists.last().list == list) {
                    out.last() += QStringLiteral("</li>");
                    out << QStringLiteral("<li>") + inlineHtml(block, header);
                } else {
                    lists.append({list, indent, listTag(list)});
                    const QString open = QStringLiteral("<%1>\n<li>").arg(lists.last().tag) + inlineHtml(block, header);
                    if (lists.size() > 1)
                        out.last() += QLatin1Char('\n') + open;
                    else
                        out << open;
                }
                continue;
            }
            closeLists(0);
            const int level = block.blockFormat().headingLevel();
            if (level > 0) {
                const int h =
                    m_options.headingLevel > 0 ? std::min(6, m_options.headingLevel) : std::clamp(level, 1, 6);
                out << QStringLiteral("<h%1>%2</h%1>").arg(h).arg(inlineHtml(block, header));
            } else {
                out << QStringLiteral("<p>%1</p>").arg(inlineHtml(block, header));
            }
        }
        closeLists(0);
        return out.join(QLatin1Char('\n'));
    }

private:
    static constexpr int maxDepth = 8;

    struct Run
    {
        QString html;
        bool bold = false;
        bool italic = false;
        QString href;

        bool sameMarkup(const Run &o) const { return bold == o.bold && italic == o.italic && href == o.href; }
    };

    QString table(const QTextTable *table, int depth) const
    {
        const int headerRows = std::min(table->format().headerRowCount(), table->rows());
        QString out = QStringLiteral("<table>\n");
        for (int r = 0; r < table->rows(); ++r) {
            if (r == 0 && headerRows > 0)
                out += QStringLiteral("<thead>\n");
            if (r == headerRows)
                out += QStringLiteral("%1<tbody>\n").arg(headerRows > 0 ? QStringLiteral("</thead>\n") : QString());
            out += QStringLiteral("<tr>");
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue; // covered by a cell that spans it
                const bool header = r < headerRows;
                QString attributes = header ? QStringLiteral(" scope=\"col\"") : QString();
                if (cell.rowSpan() > 1)
                    attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
                if (cell.columnSpan() > 1)
                    attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
                QString inner = content(cell.begin(), depth, header);
                // A cell of one paragraph holds its text without the paragraph around it.
                if (inner.startsWith(QLatin1String("<p>")) && inner.endsWith(QLatin1String("</p>")) &&
                    inner.count(QLatin1String("<p>")) == 1)
                    inner = inner.mid(3, inner.size() - 7);
                out += QStringLiteral("<%1%2>%3</%1>")
                           .arg(header ? QStringLiteral("th") : QStringLiteral("td"), attributes, inner);
            }
            out += QStringLiteral("</tr>\n");
        }
        if (headerRows == table->rows())
            out += QStringLiteral("</thead>\n");
        else
            out += QStringLiteral("</tbody>\n");
        return out + QStringLiteral("</table>");
    }

    QString inlineHtml(const QTextBlock &block, bool header) const
    {
        const bool heading = header || block.blockFormat().headingLevel() > 0;
        QList<Run> runs;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            Run run;
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                run.href = HtmlSanitiser::linkTarget(format.anchorHref(), m_options).value_or(QString());
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                const auto picture = m_options.picture ? m_options.picture(image.name()) : std::nullopt;
                if (!picture)
                    continue; // a picture that is not the report's own is left out
                QString width;
                if (m_options.pictureWidths && image.width() > 0)
                    width = QStringLiteral(" width=\"%1\"").arg(qRound(image.width()));
                // One object character per picture in the fragment.
                for (int i = 0; i < fragment.length(); ++i)
                    run.html +=
                        QStringLiteral("<img src=\"%1\" alt=\"%2\"%3>")
                            .arg(picture->source.toHtmlEscaped(), HtmlSanitiser::plainText(picture->altText), width);
            } else {
                run.html = escapedText(fragment.text());
                run.bold = format.fontWeight() >= QFont::DemiBold && !heading;
                run.italic = format.fontItalic();
            }
            if (run.html.isEmpty())
                continue;
            if (!runs.isEmpty() && runs.last().sameMarkup(run))
                runs.last().html += run.html;
            else
                runs.append(run);
        }
        QString out;
        for (const Run &run : std::as_const(runs)) {
            QString html = run.html;
            if (run.italic)
                html = QStringLiteral("<i>%1</i>").arg(html);
            if (run.bold)
                html = QStringLiteral("<b>%1</b>").arg(html);
            if (!run.href.isEmpty())
                html = QStringLiteral("<a href=\"%1\">%2</a>").arg(run.href.toHtmlEscaped(), html);
            out += html;
        }
        return out;
    }

    const HtmlSanitiser::Options &m_options;
};

} // namespace

QString HtmlSanitiser::withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (!dropped(code))
                out.append(c).append(text.at(i + 1));
            ++i;
        } else if (!c.isSurrogate() && !dropped(c.unicode())) {
            out.append(c);
        }
    }
    return out;
}

QString HtmlSanitiser::plainText(const QString &text)
{
    return withoutControlCharacters(text).toHtmlEscaped();
}

std::optional<QString> HtmlSanitiser::linkTarget(const QString &href, const Options &options)
{
    QString target = href;
    target.remove(QLatin1Char('\t')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    target = withoutControlCharacters(target).trimmed();
    if (target.isEmpty())
        return std::nullopt;
    if (target.startsWith(QLatin1Char('#'))) {
        if (target.size() == 1)
            return std::nullopt;
        return QLatin1Char('#') + QString::fromLatin1(QUrl::toPercentEncoding(target.mid(1), "-._~:"));
    }
    if (options.picture)
        if (const auto picture = options.picture(target))
            return picture->source;
    const QUrl url(target, QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    const QString scheme = url.scheme();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    if (scheme == QLatin1String("mailto") && !url.path().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return std::nullopt;
}

QString HtmlSanitiser::richText(const QString &html, const Options &options)
{
    if (html.trimmed().isEmpty())
        return QString();
    InertDocument document;
    document.setUndoRedoEnabled(false);
    document.setHtml(withoutControlCharacters(html));
    return Writer(options).content(document.rootFrame()->begin(), 0);
}

} // namespace annalist
