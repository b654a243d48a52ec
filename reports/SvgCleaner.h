#pragma once

#include <QByteArray>
#include <QString>

namespace annalist {

// SVG reduced to drawing, for the web report. An SVG file can carry scripts, event handlers,
// links and references to other files; what this writes carries shapes, text, gradients and
// embedded rasters, and nothing else. Both functions read the SVG with an XML parser and write
// a new document from an allow-list of elements and attributes.
class SvgCleaner
{
public:
    // A picture from the ledger, drawn by Qt's SVG renderer into a new SVG (Qt's generator) titled
    // `title`, at the picture's own size. Empty when the picture is no SVG Qt can draw, or when it
    // draws a picture from outside itself (a file, a web address), which is not followed.
    static QByteArray redrawn(const QByteArray &svg, const QString &title);
    // SVG markup to stand inside an HTML page (no XML declaration): the allowed elements and
    // attributes of `svg`, every text escaped. With a `labelId`, the drawing is an image named by
    // its title and description (ids "<labelId>-title" and "-desc"; `description` when it has none).
    // Empty when `svg` is not well-formed.
    static QString inlineMarkup(const QByteArray &svg, const QString &labelId = QString(),
                                const QString &description = QString());
};

} // namespace annalist
