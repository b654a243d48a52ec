#pragma once

#include "ReportInput.h"
#include "Result.h"

#include <QCoreApplication>

namespace annalist {

// Writes the annual report for the web as an accessible, self-contained folder: index.html (in
// Danish, one h1, chapters and sections as nested headings, a table of contents of links,
// landmarks), style.css and the pictures; charts as inline SVG with a title and a description,
// each followed by the table of the figures behind it. No script, nothing loaded from elsewhere.
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
};

} // namespace annalist
