#include "SvgCleaner.h"

#include "HtmlSanitiser.h"

#include <QBuffer>
#include <QPainter>
#include <QSet>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QXmlStreamReader>

namespace annalist {
namespace {

const QString svgNamespace = QStringLiteral("http://www.w3.org/2000/svg");
const QString xlinkNamespace = QStringLiteral("http://www.w3.org/1999/xlink");
const QString xmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// What Qt's SVG generator writes: shapes, text, gradients, clipping and embedded rasters.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = [] {
        const QStringList list =
            QStringLiteral(
                "svg g defs title desc path rect polyline polygon line circle ellipse text tspan linearGradient "
                "radialGradient stop clipPath image")
                .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return names;
}

// Geometry and presentation attributes; no event handlers, no style attribute (a page's
// Content-Security-Policy refuses inline styles), references only within the drawing.
const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names = [] {
        const QStringList list =
            QStringLiteral(
                "id x y x1 y1 x2 y2 cx cy r rx ry fx fy width height d points viewBox preserveAspectRatio "
                "transform version baseProfile fill fill-opacity fill-rule stroke stroke-opacity stroke-width "
                "stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity "
                "vector-effect font-family font-size font-weight font-style text-anchor offset stop-color "
                "stop-opacity gradientUnits gradientTransform clipPathUnits clip-path clip-rule href xml:space")
                .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return names;
}

// A reference inside the drawing (#id), or for a picture element an embedded PNG or JPEG.
bool allowedReference(const QString &value, bool picture)
{
    if (value.startsWith(QLatin1Char('#')))
        return !picture;
    return picture && (value.startsWith(QLatin1String("data:image/png;base64,")) ||
                       value.startsWith(QLatin1String("data:image/jpeg;base64,")));
}

// A paint or clip may refer to a gradient or clip path of the drawing, not to another file.
bool allowedPaint(const QString &value)
{
    const QString v = value.trimmed();
    return !v.startsWith(QLatin1String("url("), Qt::CaseInsensitive) || v.startsWith(QLatin1String("url(#"));
}

// Everything the source draws is inside it: its pictures are embedded (data:), and it names no
// style sheet. Qt's renderer of this version would load a picture from a file or an address.
bool selfContained(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::ProcessingInstruction &&
            xml.processingInstructionTarget().compare(QLatin1String("xml-stylesheet"), Qt::CaseInsensitive) == 0)
            return false;
        if (token != QXmlStreamReader::StartElement || xml.name() != QLatin1String("image"))
            continue;
        for (const QXmlStreamAttribute &a : xml.attributes())
            if (a.name() == QLatin1String("href") &&
                !a.value().trimmed().startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
                return false;
    }
    return !xml.hasError();
}

QString rewrite(const QByteArray &svg, const QString &labelId, const QString &description, bool *ok)
{
    QXmlStreamReader xml(svg);
    QString out;
    int depth = 0;
    int skipped = 0; // depth inside an element that is left out
    bool justOpened = false;
    qsizetype rootAttributesAt = -1;
    qsizetype afterRootTitle = -1;
    bool hasTitle = false;
    bool hasDesc = false;
    const QString prefix = labelId.isEmpty() ? QString() : labelId + QLatin1Char('-');
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (skipped > 0 || (depth == 0 && rootAttributesAt >= 0)) {
                ++skipped;
                break;
            }
            const QString name = xml.name().toString();
            if (xml.namespaceUri() != svgNamespace || !allowedElements().contains(name) ||
                (depth == 0 && name != QLatin1String("svg"))) {
                ++skipped;
                break;
            }
            if (justOpened)
                out += QLatin1Char('>');
            out += QLatin1Char('<') + name;
            if (depth == 0) {
                out += QStringLiteral(" xmlns=\"%1\" xmlns:xlink=\"%2\"").arg(svgNamespace, xlinkNamespace);
                rootAttributesAt = out.size();
            }
            const bool picture = name == QLatin1String("image");
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                QString attribute = a.name().toString();
                if (a.namespaceUri() == xmlNamespace)
                    attribute.prepend(QLatin1String("xml:"));
                else if (!a.namespaceUri().isEmpty() && a.namespaceUri() != xlinkNamespace)
                    continue;
                if (!allowedAttributes().contains(attribute))
                    continue;
                QString value = HtmlSanitiser::withoutControlCharacters(a.value().toString());
                if (attribute == QLatin1String("href")) {
                    if (!allowedReference(value.trimmed(), picture))
                        continue;
                    attribute = QStringLiteral("xlink:href");
                    if (value.startsWith(QLatin1Char('#')))
                        value.insert(1, prefix);
                } else if (!allowedPaint(value)) {
                    continue;
                } else if (value.startsWith(QLatin1String("url(#"))) {
                    value.insert(5, prefix);
                } else if (attribute == QLatin1String("id")) {
                    value.prepend(prefix);
                }
                if (!prefix.isEmpty() && depth == 1 &&
                    (name == QLatin1String("title") || name == QLatin1String("desc")) &&
                    attribute == QLatin1String("id"))
                    continue;
                out += QStringLiteral(" %1=\"%2\"").arg(attribute, value.toHtmlEscaped());
            }
            if (depth == 1 && name == QLatin1String("title") && !hasTitle) {
                hasTitle = true;
                if (!prefix.isEmpty())
                    out += QStringLiteral(" id=\"%1title\"").arg(prefix);
            } else if (depth == 1 && name == QLatin1String("desc") && !hasDesc) {
                hasDesc = true;
                if (!prefix.isEmpty())
                    out += QStringLiteral(" id=\"%1desc\"").arg(prefix);
            }
            justOpened = true;
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (skipped > 0) {
                --skipped;
                break;
            }
            --depth;
            const QString name = xml.name().toString();
            if (justOpened)
                out += QStringLiteral("/>");
            else
                out += QStringLiteral("</%1>").arg(name);
            justOpened = false;
            if (depth == 1 && name == QLatin1String("title") && afterRootTitle < 0)
                afterRootTitle = out.size();
            break;
        }
        case QXmlStreamReader::Characters:
            if (skipped > 0 || depth == 0)
                break;
            if (justOpened) {
                out += QLatin1Char('>');
                justOpened = false;
            }
            out += HtmlSanitiser::plainText(xml.text().toString());
            break;
        default: // the declaration, doctype, comments, processing instructions: left out
            break;
        }
    }
    *ok = !xml.hasError() && rootAttributesAt >= 0 && depth == 0;
    if (!*ok)
        return QString();
    if (!prefix.isEmpty()) {
        if (!hasDesc) {
            const QString desc =
                QStringLiteral("\n<desc id=\"%1desc\">%2</desc>").arg(prefix, HtmlSanitiser::plainText(description));
            if (afterRootTitle >= 0)
                out.insert(afterRootTitle, desc);
            else
                out.insert(out.indexOf(QLatin1Char('>'), rootAttributesAt) + 1, desc);
        }
        const QString labelledBy =
            hasTitle ? QStringLiteral("%1title %1desc").arg(prefix) : QStringLiteral("%1desc").arg(prefix);
        out.insert(rootAttributesAt, QStringLiteral(" role=\"img\" aria-labelledby=\"%1\"").arg(labelledBy));
    }
    return out;
}

} // namespace

QByteArray SvgCleaner::redrawn(const QByteArray &svg, const QString &title)
{
    if (!selfContained(svg))
        return {};
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || renderer.defaultSize().isEmpty())
        return {};
    QByteArray drawn;
    {
        QBuffer buffer(&drawn);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // At 96 dots per inch the new picture has the CSS size of the old one.
        generator.setResolution(96);
        generator.setSize(renderer.defaultSize());
        generator.setViewBox(renderer.viewBoxF());
        // The generator writes title and description as they are given: escaped here.
        generator.setTitle(HtmlSanitiser::plainText(title));
        generator.setDescription(QString());
        QPainter painter(&generator);
        renderer.render(&painter, renderer.viewBoxF());
        painter.end();
    }
    bool ok = false;
    const QString markup = rewrite(drawn, QString(), QString(), &ok);
    if (!ok)
        return {};
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + markup.toUtf8() + '\n';
}

QString SvgCleaner::inlineMarkup(const QByteArray &svg, const QString &labelId, const QString &description)
{
    bool ok = false;
    return rewrite(svg, labelId, description, &ok);
}

} // namespace annalist
