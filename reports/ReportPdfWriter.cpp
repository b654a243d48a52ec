#include "ReportPdfWriter.h"

#include "Platform.h"
#include "ReportLayout.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace annalist {
namespace {

// A PDF text string: UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray out("<FEFF");
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray xmp(const ReportPdfWriter::Properties &p, const QString &producer)
{
    const QString date = p.created.toUTC().toString(Qt::ISODate);
    const QString text =
        QStringLiteral("<?xpacket begin=\"%7\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                       "<dc:format>application/pdf</dc:format>\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
                       "</dc:description>\n"
                       "</rdf:Description>\n"
                       "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                       "<xmp:CreatorTool>%4</xmp:CreatorTool>\n<xmp:CreateDate>%5</xmp:CreateDate>\n"
                       "</rdf:Description>\n"
                       "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                       "<pdf:Producer>%6</pdf:Producer>\n"
                       "</rdf:Description>\n"
                       "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                       "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                       "</rdf:Description>\n"
                       "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(p.title), xmlEscaped(p.author), xmlEscaped(p.subject), xmlEscaped(p.creator), date,
                 xmlEscaped(producer), QString(QChar(0xFEFF)));
    return text.toUtf8();
}

} // namespace

ReportPdfWriter::Properties ReportPdfWriter::propertiesFor(const ReportLayout &layout)
{
    const ReportInput &in = layout.input();
    Properties p;
    p.title = QStringLiteral("Årsberetning %1").arg(in.year);
    p.author = in.association.name;
    p.subject = QStringLiteral("Årsberetning og regnskab %1 for %2").arg(in.year).arg(in.association.name);
    p.creator = QStringLiteral("Annalist %1").arg(QCoreApplication::applicationVersion());
    return p;
}

Result<QByteArray> ReportPdfWriter::render(const ReportLayout &layout, const Properties &given,
                                           const Progress &progress)
{
    Properties properties = given;
    if (!properties.created.isValid())
        properties.created = QDateTime::currentDateTimeUtc();
    properties.created = properties.created.toUTC();
    properties.created.setTime(QTime(properties.created.time().hour(), properties.created.time().minute(),
                                     properties.created.time().second()));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(ReportLayout::resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(properties.title);
        writer.setCreator(properties.creator);
        writer.setDocumentXmpMetadata(xmp(properties, QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QPainter painter;
        if (!painter.begin(&writer))
            return ioError(tr("The PDF could not be started."));
        const int pages = layout.pageCount();
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            layout.paintPage(&painter, page);
            if (progress && !progress(page, pages)) {
                painter.end();
                return QByteArray();
            }
        }
        if (!painter.end())
            return ioError(tr("The PDF could not be finished."));
    }
    return withInformation(bytes, properties);
}

Result<QByteArray> ReportPdfWriter::withInformation(const QByteArray &pdf, const Properties &properties)
{
    // The last trailer: where the document information and the catalogue are, and the last cross-reference.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return badInput(tr("The PDF has no trailer."));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startAt));
    const auto number = [](const QString &text, const QString &pattern) {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    const qint64 size = number(trailer, QStringLiteral("/Size\\s+(\\d+)"));
    const qint64 info = number(trailer, QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const qint64 root = number(trailer, QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const qint64 previous = number(tail, QStringLiteral("startxref\\s+(\\d+)"));
    if (size <= 0 || info <= 0 || root <= 0 || previous <= 0)
        return badInput(tr("The PDF's trailer could not be read."));
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("(/ID\\s*\\[[^\\]]*\\])")).match(trailer);

    // The information Qt wrote, without the entries written anew.
    const QByteArray objectStart = QByteArray::number(info) + " 0 obj";
    qsizetype at = pdf.startsWith(objectStart) ? 0 : pdf.indexOf("\n" + objectStart);
    if (at < 0)
        return badInput(tr("The PDF's document information could not be found."));
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype close = pdf.indexOf(">>", open);
    if (open < 0 || close < 0)
        return badInput(tr("The PDF's document information could not be read."));
    QByteArray entries;
    for (const QByteArray &line : pdf.mid(open + 2, close - open - 2).split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith("/Author") && !l.startsWith("/Subject") && !l.startsWith("/CreationDate") &&
            !l.startsWith("/Title") && !l.startsWith("/Creator"))
            entries += l + '\n';
    }
    entries += "/Title " + pdfText(properties.title) + "\n/Author " + pdfText(properties.author) + "\n/Subject " +
               pdfText(properties.subject) + "\n/Creator " + pdfText(properties.creator) + "\n/CreationDate " +
               pdfDate(properties.created) + '\n';

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    out += QByteArray::number(size) + " 0 obj\n<<\n" + entries + ">>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(size) + " 1\n" +
           QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(size + 1) + "\n/Info " + QByteArray::number(size) +
           " 0 R\n/Root " + QByteArray::number(root) + " 0 R\n" + id.captured(1).toLatin1() +
           (id.hasMatch() ? "\n" : "") + "/Prev " + QByteArray::number(previous) + "\n>>\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

Status ReportPdfWriter::write(const ReportLayout &layout, const QString &path, const Progress &progress)
{
    auto pdf = render(layout, propertiesFor(layout), progress);
    if (!pdf)
        return pdf.error();
    if (pdf->isEmpty())
        return Error{ErrorKind::Io, tr("The export was cancelled; %1 was left as it was.").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    // flush() first: commit() keeps a file whose last buffered bytes the disk refused.
    if (file.write(*pdf) != pdf->size() || !file.flush() || !file.commit())
        return ioError(tr("%1 could not be written: %2").arg(path, Platform::writeFailure(file)));
    return Done{};
}

} // namespace annalist
