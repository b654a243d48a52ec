#include "ReportFont.h"

#include <QFontDatabase>
#include <QStringList>

#include <cmath>

namespace annalist {

QString ReportFont::family()
{
    static const QString loaded = [] {
        QString name;
        for (const char *file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf",
                                 ":/fonts/DejaVuSans-Oblique.ttf", ":/fonts/DejaVuSans-BoldOblique.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.constFirst();
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return loaded;
}

QFont ReportFont::at(qreal size, bool bold)
{
    QFont font(family());
    // Pixel sizes follow the painter's scale exactly; point sizes would be scaled a second time by
    // a printer's resolution.
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont ReportFont::points(qreal size, bool bold, bool italic)
{
    QFont font(family());
    font.setPointSizeF(size);
    font.setBold(bold);
    font.setItalic(italic);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: a PDF's text reads back as typed
    return font;
}

} // namespace annalist
