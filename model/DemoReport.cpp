#include "DemoReport.h"

#include "AssociationRepository.h"
#include "Ledger.h"
#include "ReportRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace annalist {
namespace {

QJsonObject reportData()
{
    QFile file(QStringLiteral(":/demo/demo-report-2019.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An SVG document drawn on a canvas of the given size; `draw` adds the elements.
template <typename Draw>
QByteArray svg(int width, int height, const QString &title, Draw draw)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(height));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(width).arg(height));
    xml.writeTextElement(QStringLiteral("title"), title);
    draw(xml);
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

void element(QXmlStreamWriter &xml, const QString &name, const QList<QPair<QString, QString>> &attributes,
             const QString &text = QString())
{
    xml.writeStartElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(key, value);
    if (!text.isEmpty())
        xml.writeCharacters(text);
    xml.writeEndElement();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

// A box with one or two lines of centred text.
void box(QXmlStreamWriter &xml, double x, double y, double w, double h, const QString &fill, const QString &line1,
         const QString &line2 = QString())
{
    element(xml, QStringLiteral("rect"),
            {{QStringLiteral("x"), num(x)},
             {QStringLiteral("y"), num(y)},
             {QStringLiteral("width"), num(w)},
             {QStringLiteral("height"), num(h)},
             {QStringLiteral("rx"), QStringLiteral("6")},
             {QStringLiteral("fill"), fill},
             {QStringLiteral("stroke"), QStringLiteral("#1f3b57")},
             {QStringLiteral("stroke-width"), QStringLiteral("2")}});
    const auto text = [&](double ty, const QString &content, const QString &size) {
        element(xml, QStringLiteral("text"),
                {{QStringLiteral("x"), num(x + w / 2)},
                 {QStringLiteral("y"), num(ty)},
                 {QStringLiteral("text-anchor"), QStringLiteral("middle")},
                 {QStringLiteral("font-family"), QStringLiteral("DejaVu Sans, sans-serif")},
                 {QStringLiteral("font-size"), size},
                 {QStringLiteral("fill"), QStringLiteral("#10212f")}},
                content);
    };
    if (line2.isEmpty()) {
        text(y + h / 2 + 5, line1, QStringLiteral("14"));
    } else {
        text(y + h / 2 - 4, line1, QStringLiteral("14"));
        text(y + h / 2 + 14, line2, QStringLiteral("11"));
    }
}

void line(QXmlStreamWriter &xml, double x1, double y1, double x2, double y2)
{
    element(xml, QStringLiteral("line"),
            {{QStringLiteral("x1"), num(x1)},
             {QStringLiteral("y1"), num(y1)},
             {QStringLiteral("x2"), num(x2)},
             {QStringLiteral("y2"), num(y2)},
             {QStringLiteral("stroke"), QStringLiteral("#1f3b57")},
             {QStringLiteral("stroke-width"), QStringLiteral("2")}});
}

// General assembly over board over secretariat, with the secretariat's staff in a row beneath.
QByteArray organisationChart(const QJsonObject &picture)
{
    const QJsonObject labels = picture.value(QLatin1String("labels")).toObject();
    const int staff = qMax(1, labels.value(QLatin1String("staffCount")).toInt());
    const double width = 600;
    const double staffWidth = 100;
    const double gap = (width - staff * staffWidth) / (staff + 1);
    return svg(int(width), 400, str(picture, "altText"), [&](QXmlStreamWriter &xml) {
        const double cx = width / 2;
        box(xml, cx - 130, 20, 260, 56, QStringLiteral("#d7e6f2"), str(labels, "assembly"),
            str(labels, "assemblyNote"));
        line(xml, cx, 76, cx, 116);
        box(xml, cx - 130, 116, 260, 56, QStringLiteral("#e4eef6"), str(labels, "board"), str(labels, "boardNote"));
        line(xml, cx, 172, cx, 212);
        box(xml, cx - 130, 212, 260, 48, QStringLiteral("#f0f5fa"), str(labels, "secretariat"));
        line(xml, cx, 260, cx, 290);
        const double firstCentre = gap + staffWidth / 2;
        const double lastCentre = gap + (staff - 1) * (staffWidth + gap) + staffWidth / 2;
        line(xml, firstCentre, 290, lastCentre, 290);
        for (int i = 0; i < staff; ++i) {
            const double x = gap + i * (staffWidth + gap);
            line(xml, x + staffWidth / 2, 290, x + staffWidth / 2, 320);
            box(xml, x, 320, staffWidth, 44, QStringLiteral("#ffffff"), str(labels, "staff"), QString::number(i + 1));
        }
    });
}

// A drawn head-and-shoulders silhouette: no photograph of anyone.
QByteArray portrait(const QJsonObject &picture)
{
    return svg(240, 300, str(picture, "altText"), [&](QXmlStreamWriter &xml) {
        element(xml, QStringLiteral("rect"),
                {{QStringLiteral("width"), QStringLiteral("240")},
                 {QStringLiteral("height"), QStringLiteral("300")},
                 {QStringLiteral("fill"), str(picture, "background")}});
        element(xml, QStringLiteral("path"),
                {{QStringLiteral("d"), QStringLiteral("M 20 300 C 20 220 60 195 120 195 C 180 195 220 220 220 300 Z")},
                 {QStringLiteral("fill"), str(picture, "clothing")}});
        element(xml, QStringLiteral("rect"),
                {{QStringLiteral("x"), QStringLiteral("102")},
                 {QStringLiteral("y"), QStringLiteral("160")},
                 {QStringLiteral("width"), QStringLiteral("36")},
                 {QStringLiteral("height"), QStringLiteral("42")},
                 {QStringLiteral("fill"), QStringLiteral("#e8c4a4")}});
        element(xml, QStringLiteral("ellipse"),
                {{QStringLiteral("cx"), QStringLiteral("120")},
                 {QStringLiteral("cy"), QStringLiteral("120")},
                 {QStringLiteral("rx"), QStringLiteral("52")},
                 {QStringLiteral("ry"), QStringLiteral("62")},
                 {QStringLiteral("fill"), QStringLiteral("#f0cfb0")}});
        element(xml, QStringLiteral("path"),
                {{QStringLiteral("d"), QStringLiteral("M 66 118 C 62 60 100 48 120 48 C 150 48 180 62 174 118 "
                                                      "C 166 88 140 78 120 80 C 98 80 74 90 66 118 Z")},
                 {QStringLiteral("fill"), str(picture, "hair")}});
    });
}

class Writer
{
public:
    Writer(const Ledger &ledger, int year) : m_reports(ledger), m_year(year) {}

    Status pictures(const QJsonArray &list)
    {
        for (const QJsonValue v : list) {
            const QJsonObject p = v.toObject();
            const QString drawing = str(p, "drawing");
            ReportPicture picture;
            picture.name = str(p, "name");
            picture.mimeType = QStringLiteral("image/svg+xml");
            picture.altText = str(p, "altText");
            picture.data = drawing == QLatin1String("organisation") ? organisationChart(p) : portrait(p);
            auto id = m_reports.addPicture(picture);
            if (!id)
                return id.error();
            m_pictureIds.insert(str(p, "key"), *id);
        }
        return Done{};
    }

    Status sections(const QJsonArray &list, std::optional<qint64> parent)
    {
        int position = 0;
        for (const QJsonValue v : list) {
            const QJsonObject o = v.toObject();
            ReportSection s;
            s.year = m_year;
            s.parentId = parent;
            s.position = position++;
            s.kind = sectionKindFromKey(str(o, "kind")).value_or(SectionKind::Text);
            s.title = str(o, "title");
            s.body = str(o, "body");
            // The JSON names pictures by key; the ledger by the id each got.
            for (auto it = m_pictureIds.constBegin(); it != m_pictureIds.constEnd(); ++it)
                s.body.replace(QStringLiteral("picture:@%1\"").arg(it.key()),
                               QStringLiteral("picture:%1\"").arg(it.value()));
            s.chartKey = str(o, "chart");
            s.statementLayout = str(o, "layout");
            const QJsonObject i = o.value(QLatin1String("interview")).toObject();
            s.interview.name = str(i, "name");
            s.interview.title = str(i, "title");
            s.interview.municipality = str(i, "municipality");
            if (i.contains(QLatin1String("portrait")))
                s.interview.portraitId = m_pictureIds.value(str(i, "portrait"));
            for (const QJsonValue a : i.value(QLatin1String("answers")).toArray())
                s.interview.answers.append({str(a.toObject(), "question"), str(a.toObject(), "answer")});
            auto id = m_reports.addSection(s);
            if (!id)
                return id.error();
            if (auto ok = sections(o.value(QLatin1String("sections")).toArray(), *id); !ok)
                return ok;
        }
        return Done{};
    }

private:
    const ReportRepository m_reports;
    const int m_year;
    QHash<QString, qint64> m_pictureIds;
};

} // namespace

Status DemoReport::write(const Ledger &ledger)
{
    const QJsonObject data = reportData();
    if (data.isEmpty())
        return ioError(tr("The demo report is missing from the program."));
    const int year = data.value(QLatin1String("year")).toInt();
    return ledger.transaction([&]() -> Status {
        const AssociationRepository associations(ledger);
        for (const QJsonValue v : data.value(QLatin1String("provenance")).toArray()) {
            const QJsonObject p = v.toObject();
            if (auto ok = associations.setProvenance(
                    {str(p, "subject"), str(p, "source"), p.value(QLatin1String("illustrative")).toBool()});
                !ok)
                return ok;
        }
        Writer writer(ledger, year);
        if (auto ok = writer.pictures(data.value(QLatin1String("pictures")).toArray()); !ok)
            return ok;
        if (auto ok = writer.sections(data.value(QLatin1String("chapters")).toArray(), std::nullopt); !ok)
            return ok;
        QList<Signatory> signatories;
        const QJsonObject signing = data.value(QLatin1String("signatories")).toObject();
        for (const QJsonValue v : signing.value(QLatin1String("people")).toArray())
            signatories.append(
                {0, year, int(signatories.size()), str(v.toObject(), "name"), str(v.toObject(), "role"), std::nullopt});
        return ReportRepository(ledger).setSignatories(year, signatories);
    });
}

} // namespace annalist
