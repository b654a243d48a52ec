#pragma once

#include <QCoreApplication>
#include <QImage>

#include "ReportDocument.h"
#include "Result.h"

namespace annalist {

// Report pictures as the screen shows them, and pictures read from files for the report.
class PictureImage
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PictureImage)

public:
    // The picture drawn at most `maxWidth` pixels wide (SVG drawn at that size); null when unreadable.
    static QImage render(const ReportPicture &picture, int maxWidth);
    // A PNG, JPEG or SVG file as a picture with its type; refused when it is none of them or damaged.
    static Result<ReportPicture> fromFile(const QString &path);
    // "Pictures (*.png *.jpg *.jpeg *.svg)" for file dialogs.
    static QString fileFilter();
};

} // namespace annalist
