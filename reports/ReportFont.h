#pragma once

#include <QFont>
#include <QString>

namespace annalist {

// The typeface of everything Annalist prints: DejaVu Sans, shipped inside the application so that
// a machine without fonts (a server, the offscreen platform) still writes text into a PDF.
class ReportFont
{
public:
    // Loads the shipped font files once (needs a QGuiApplication); the family to ask for.
    static QString family();
    // The report's font at `size` units of the scene it is drawn in (points when printed).
    static QFont at(qreal size, bool bold = false);
    // The report's font in points, for text laid out on a page (QTextDocument, a page's own painting).
    static QFont points(qreal size, bool bold = false, bool italic = false);
};

} // namespace annalist
