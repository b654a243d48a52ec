#include "PictureImage.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

namespace annalist {

QImage PictureImage::render(const ReportPicture &picture, int maxWidth)
{
    if (picture.mimeType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(picture.data);
        if (!svg.isValid())
            return {};
        QSizeF size = svg.defaultSize();
        if (size.isEmpty())
            size = QSizeF(maxWidth, maxWidth * 0.75);
        if (size.width() > maxWidth)
            size = QSizeF(maxWidth, maxWidth * size.height() / size.width());
        QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        return image;
    }
    QImage image = QImage::fromData(picture.data);
    if (!image.isNull() && image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return image;
}

Result<ReportPicture> PictureImage::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    ReportPicture picture;
    picture.name = QFileInfo(path).fileName();
    picture.data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        picture.mimeType = QStringLiteral("image/svg+xml");
    else if (suffix == QLatin1String("png"))
        picture.mimeType = QStringLiteral("image/png");
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        picture.mimeType = QStringLiteral("image/jpeg");
    else
        return badInput(tr("%1 is no PNG, JPEG or SVG picture.").arg(path));
    if (render(picture, 64).isNull())
        return badInput(tr("%1 is damaged or no %2 picture.").arg(path, suffix.toUpper()));
    return picture;
}

QString PictureImage::fileFilter()
{
    return tr("Pictures (*.png *.jpg *.jpeg *.svg)");
}

} // namespace annalist
