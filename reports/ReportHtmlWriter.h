#pragma once

#include "ReportInput.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

// Writes the annual report for the web as an accessible, self-contained folder: index.html (in
// Danish, one h1, chapters and sections as nested headings, a table of contents of links,
// landmarks), style.css and the pictures; charts as inline SVG with a title and a description,
// each followed by the table of the figures behind it. No script, nothing loaded from elsewhere:
// every text from the ledger goes through HtmlSanitiser, SVG through SvgCleaner, and the page's
// Content-Security-Policy forbids scripts.
// The folder is written beside its place and moved there when complete.
class ReportHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportHtmlWriter)

public:
    static Status write(const ReportInput &input, const QString &folder);
    // The page itself, with the pictures it refers to as pictures/picture-ID.svg or .png.
    static QString page(const ReportInput &input);
    static QString styleSheet();
    // The file a picture is written to, relative to the folder.
    static QString pictureFile(const ReportPicture &picture);
    // What is written to that file: a raster as stored, an SVG redrawn into one that holds
    // drawing and nothing else (no script, no link, nothing from elsewhere).
    static QByteArray pictureBytes(const ReportPicture &picture);
};

} // namespace annalist
