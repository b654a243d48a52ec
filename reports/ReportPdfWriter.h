#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace annalist {

class ReportLayout;

// Writes a laid-out report as a PDF/A-1b file (as far as Qt 6.4 writes one): every page as
// vectors and text in the embedded report font, the document's title, author, subject and
// creator in its properties. The file is written beside its place and moved there when complete,
// so a failure or a cancel leaves the previous file as it was.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportPdfWriter)

public:
    // Called after each page with the pages done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    struct Properties
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QDateTime created; // the moment written into the file; now when not set
    };
    static Properties propertiesFor(const ReportLayout &layout);

    static Status write(const ReportLayout &layout, const QString &path, const Progress &progress = {});
    // The PDF in memory; empty when cancelled.
    static Result<QByteArray> render(const ReportLayout &layout, const Properties &properties,
                                     const Progress &progress = {});
    // Adds the author and subject to a PDF's document information by an incremental update (Qt
    // 6.4 writes only a title and a creator), with the creation date given.
    static Result<QByteArray> withInformation(const QByteArray &pdf, const Properties &properties);
};

} // namespace annalist
