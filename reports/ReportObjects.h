#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace annalist {

struct ReportInput;

// Charts and pictures inside the report's text, drawn when the page is painted: charts as vectors
// through ChartPainter, SVG pictures as vectors, other pictures at their full resolution (a
// QTextDocument on its own would turn every one of them into a screen-sized raster).
class ReportObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum { Type = QTextFormat::UserObject + 1 };
    enum Property { KindProperty = QTextFormat::UserProperty + 1, KeyProperty, WidthProperty, HeightProperty };
    enum Kind { Chart = 1, Picture = 2 };

    // `unitsPerPoint`: the layout device's units in one point.
    ReportObjects(const ReportInput *input, qreal unitsPerPoint, QObject *parent = nullptr);

    // The character format of a chart (key as chartKindKey()) or a picture (its id) of a size in points.
    static QTextCharFormat chart(const QString &key, const QSizeF &points, qreal unitsPerPoint);
    static QTextCharFormat picture(qint64 id, const QSizeF &points, qreal unitsPerPoint);
    // A picture's natural size in points (SVG: its own size; raster: at 150 dpi), before fitting.
    QSizeF naturalSize(qint64 id) const;

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const ReportInput *m_input;
    qreal m_unitsPerPoint;
};

} // namespace annalist
