#include "ChartPalette.h"

namespace annalist {
namespace {

// Dark and light in turn; the greyscale lightness of neighbours differs by at least a third.
const QList<QColor> &projectColours()
{
    static const QList<QColor> colours = {
        QColor(0x1f, 0x4e, 0x79), QColor(0xf4, 0xb1, 0x83), QColor(0x2e, 0x7d, 0x32), QColor(0x9d, 0xc3, 0xe6),
        QColor(0x7b, 0x2c, 0x83), QColor(0xff, 0xd9, 0x66), QColor(0xa3, 0x3a, 0x2b), QColor(0xa9, 0xd1, 0x8e),
        QColor(0x40, 0x40, 0x40), QColor(0xf8, 0xcb, 0xad), QColor(0x0b, 0x6e, 0x69), QColor(0xd5, 0xa6, 0xe6),
    };
    return colours;
}

const QList<QColor> &groupColours()
{
    static const QList<QColor> colours = {
        QColor(0x26, 0x3a, 0x4f), QColor(0xb4, 0xc7, 0xdc), QColor(0x5b, 0x6b, 0x7a),
        QColor(0xe3, 0xe8, 0xee), QColor(0x3f, 0x5f, 0x80), QColor(0x8f, 0x9e, 0xad),
    };
    return colours;
}

} // namespace

QColor ChartPalette::project(int index)
{
    const QList<QColor> &colours = projectColours();
    return colours.at(((index % colours.size()) + colours.size()) % colours.size());
}

int ChartPalette::projectColourCount()
{
    return int(projectColours().size());
}

QColor ChartPalette::group(int index)
{
    const QList<QColor> &colours = groupColours();
    return colours.at(((index % colours.size()) + colours.size()) % colours.size());
}

QColor ChartPalette::projectsTogether()
{
    return QColor(0xe0, 0x8a, 0x3c);
}

QColor ChartPalette::actual()
{
    return QColor(0x1f, 0x4e, 0x79);
}

QColor ChartPalette::budgetMark()
{
    return QColor(Qt::black);
}

QColor ChartPalette::income()
{
    return QColor(0x1f, 0x4e, 0x79);
}

QColor ChartPalette::expenses()
{
    return QColor(0xa3, 0x3a, 0x2b);
}

QColor ChartPalette::result()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor ChartPalette::text()
{
    return QColor(0x20, 0x20, 0x20);
}

QColor ChartPalette::grid()
{
    return QColor(0xd0, 0xd0, 0xd0);
}

} // namespace annalist
