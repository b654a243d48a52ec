#include "ReportLayout.h"

#include "HtmlSanitiser.h"
#include "LiveFields.h"
#include "MasterDataNames.h"
#include "ReportFont.h"
#include "ReportObjects.h"
#include "StatementFormatter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <cmath>

namespace annalist {
namespace {

// The report's fixed words: Danish, the language of the published report.
const QString contentsTitle = QStringLiteral("Indhold");
const QString pageLabel = QStringLiteral("Side %1");
const QString annualReport = QStringLiteral("Årsberetning %1");
const QString signOffTitle = QStringLiteral("Ledelsespåtegning");
const QString notesTitle = QStringLiteral("Noter");
const QString dateLabel = QStringLiteral("Dato");

const qreal margin = 56.7;       // 20 mm
const qreal topMargin = 70.9;    // 25 mm: room for the running header
const qreal bottomMargin = 62.4; // 22 mm: room for the footer
const qreal bodySize = 10;
const qreal headSize = 8; // the audit trail's head: 64 hex digits on one line
const QColor ink(0x20, 0x20, 0x20);
// Lengths in text formats (margins, padding, borders) count in pixels of 96 dpi, which the layout
// scales to its device; sizes of objects and pages count in the device's units.
const qreal formatUnit = 96.0 / 72.0;
const QColor rule(0x9a, 0xa5, 0xb1);

QTextBlockFormat paragraph(qreal unit, qreal after = 6)
{
    QTextBlockFormat f;
    f.setBottomMargin(after * unit);
    f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextCharFormat characters(qreal size, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFont(ReportFont::points(size, bold, italic));
    f.setForeground(ink);
    return f;
}

QString signatureLine()
{
    return QString(32, QLatin1Char('_'));
}

} // namespace

ReportLayout::ReportLayout(ReportInput input) : m_input(std::move(input)), m_unit(resolution / 72.0)
{
    m_metricsBuffer.open(QIODevice::WriteOnly);
    m_metrics = std::make_unique<QPdfWriter>(&m_metricsBuffer);
    m_metrics->setResolution(resolution);
    m_body = std::make_unique<QTextDocument>();
    m_body->setUndoRedoEnabled(false);
    m_body->setDefaultFont(ReportFont::points(bodySize));
    m_body->setDocumentMargin(0);
    m_objects = new ReportObjects(&m_input, m_unit, m_body.get());
    // Composed first and laid out once: a layout attached while composing would lay the document
    // out again after every insertion.
    compose();
    m_body->documentLayout()->setPaintDevice(m_metrics.get());
    m_body->documentLayout()->registerHandler(ReportObjects::Type, m_objects);
    m_body->setPageSize(bodyRect().size());
    paginate();
}

ReportLayout::~ReportLayout() = default;

QRectF ReportLayout::bodyRect() const
{
    const QSizeF page = pageSizePoints();
    return QRectF(pt(margin), pt(topMargin), pt(page.width() - 2 * margin),
                  pt(page.height() - topMargin - bottomMargin));
}

int ReportLayout::pageCount() const
{
    return 1 + m_contentsPages + m_bodyPages;
}

void ReportLayout::compose()
{
    QTextCursor cursor(m_body.get());
    bool first = true;
    for (const OutlineEntry &entry : std::as_const(m_input.document.outline)) {
        if (entry.section.kind == SectionKind::PageBreak) {
            m_breakBeforeNext = true;
            continue;
        }
        if (entry.depth == 0 && !first)
            m_breakBeforeNext = true; // every chapter starts on a page of its own
        composeSection(cursor, entry);
        first = false;
    }
    m_breakBeforeNext = true;
    insertSignOff(cursor);
    replacePictures();
}

void ReportLayout::insertHeading(QTextCursor &cursor, const QString &number, const QString &title, int depth,
                                 qint64 sectionId)
{
    QTextBlockFormat block = paragraph(formatUnit, depth == 0 ? 14 : 6);
    block.setTopMargin((depth == 0 ? 0 : 10) * formatUnit);
    block.setHeadingLevel(depth + 1);
    if (m_breakBeforeNext)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakBeforeNext = false;
    block.setNonBreakableLines(true);
    if (!cursor.atStart() || !cursor.block().text().isEmpty())
        cursor.insertBlock(block, characters(bodySize));
    else
        cursor.setBlockFormat(block);
    const qreal size = depth == 0 ? 20 : depth == 1 ? 13.5 : 11.5;
    cursor.insertText(number.isEmpty() ? title : number + QStringLiteral("  ") + title, characters(size, true));
    m_headings.append({sectionId, cursor.block().blockNumber(), {number, title, depth, 0}});
}

void ReportLayout::composeSection(QTextCursor &cursor, const OutlineEntry &entry)
{
    const ReportSection &s = entry.section;
    insertHeading(cursor, entry.number, s.title, entry.depth, s.id);
    switch (s.kind) {
    case SectionKind::Text:
        insertText(cursor, s.body);
        break;
    case SectionKind::Statement:
        insertStatement(cursor, s);
        break;
    case SectionKind::Chart:
        insertChart(cursor, s.chartKey);
        break;
    case SectionKind::Portfolio:
        insertPortfolio(cursor);
        break;
    case SectionKind::Interview:
        insertInterview(cursor, s.interview);
        break;
    case SectionKind::Members:
        insertMembers(cursor);
        break;
    case SectionKind::PageBreak:
        break;
    }
}

void ReportLayout::insertText(QTextCursor &cursor, const QString &html)
{
    if (html.trimmed().isEmpty())
        return;
    // The same sanitiser as the web page's: the stored text cannot make the document load files,
    // and a field's value is text, never markup.
    HtmlSanitiser::Options options;
    options.pictureWidths = true;
    options.picture = [this](const QString &address) -> std::optional<HtmlSanitiser::Picture> {
        for (const ReportPicture &p : std::as_const(m_input.pictures))
            if (address == QStringLiteral("picture:%1").arg(p.id))
                return HtmlSanitiser::Picture{address, p.altText};
        return std::nullopt;
    };
    cursor.insertBlock(paragraph(formatUnit), characters(bodySize));
    cursor.insertHtml(HtmlSanitiser::richText(LiveFields::fillHtml(html, m_input.fields), options));
}

// A table of text with its first row as the header (repeated on every page it spans), amounts
// right-aligned, and the rows marked in `emphasis` in bold with a rule above.
static void insertTable(QTextCursor &cursor, qreal unit, const QStringList &header, const QList<QStringList> &rows,
                        const QList<bool> &emphasis, const QList<qreal> &widths, const QList<bool> &rightAligned)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(2.5 * unit);
    format.setHeaderRowCount(header.isEmpty() ? 0 : 1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(constraints);
    format.setBottomMargin(8 * unit);
    const int headerRows = header.isEmpty() ? 0 : 1;
    QTextTable *table = cursor.insertTable(int(rows.size()) + headerRows, int(widths.size()), format);
    const auto fill = [&](int row, const QStringList &cells, bool bold, bool ruleAbove, bool ruleBelow) {
        for (int c = 0; c < widths.size(); ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            if (ruleAbove) {
                cellFormat.setTopBorder(0.6 * unit);
                cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setTopBorderBrush(ink);
            }
            if (ruleBelow) {
                cellFormat.setBottomBorder(0.6 * unit);
                cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setBottomBorderBrush(ink);
            }
            cell.setFormat(cellFormat);
            QTextCursor at = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft);
            block.setNonBreakableLines(true);
            at.setBlockFormat(block);
            at.insertText(cells.value(c), characters(9, bold));
        }
    };
    if (headerRows)
        fill(0, header, true, false, true);
    for (int r = 0; r < rows.size(); ++r)
        fill(r + headerRows, rows.at(r), emphasis.value(r), emphasis.value(r) && r > 0, false);
    cursor.movePosition(QTextCursor::End);
}

void ReportLayout::insertStatement(QTextCursor &cursor, const ReportSection &section)
{
    const bool budget = section.statementLayout == QLatin1String("budget");
    const StatementFormatter::Table t = StatementFormatter::table(
        m_input.statement, budget ? StatementFormatter::Layout::Budget : StatementFormatter::Layout::Published);
    cursor.insertBlock(paragraph(formatUnit, 4), characters(bodySize));
    cursor.insertText(t.title + (m_input.association.profitCentre.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (profitcenter %1)").arg(m_input.association.profitCentre)),
                      characters(bodySize, true));
    QList<QStringList> rows;
    QList<bool> emphasis;
    for (const StatementFormatter::Row &row : t.rows) {
        rows << (QStringList{row.note, row.text} + row.amounts);
        emphasis << row.emphasis;
    }
    const QList<qreal> widths = budget ? QList<qreal>{7, 37, 15, 15, 15, 11} : QList<qreal>{7, 45, 16, 16, 16};
    QList<bool> right(widths.size(), true);
    right[0] = false;
    right[1] = false;
    cursor.insertBlock();
    insertTable(cursor, formatUnit, t.header, rows, emphasis, widths, right);
    if (m_input.notes.isEmpty())
        return;
    cursor.insertBlock(paragraph(formatUnit, 4), characters(bodySize));
    cursor.insertText(notesTitle, characters(11, true));
    for (const Note &note : std::as_const(m_input.notes)) {
        cursor.insertBlock(paragraph(formatUnit, 2), characters(bodySize));
        cursor.insertText(QStringLiteral("Note %1. %2").arg(note.number).arg(note.title), characters(bodySize, true));
        cursor.insertBlock(paragraph(formatUnit, 6), characters(bodySize));
        cursor.insertText(LiveFields::fill(note.text, m_input.fields), characters(bodySize));
    }
}

void ReportLayout::insertPortfolio(QTextCursor &cursor)
{
    QList<QStringList> rows;
    QList<bool> emphasis;
    Money total;
    for (Phase phase : MasterDataNames::phases()) {
        bool first = true;
        for (const Project &p : std::as_const(m_input.projects)) {
            if (p.phase != phase)
                continue;
            const StatementLine *line = m_input.statement.line(p.accountId);
            const Money spend = line ? line->actual : Money();
            total += spend;
            rows << QStringList{first ? MasterDataNames::phaseInReport(phase) : QString(), p.name, p.steeringGroup,
                                spend.toDanish()};
            emphasis << false;
            first = false;
        }
    }
    rows << QStringList{QString(), Statement::totalLabel(), QString(), total.toDanish()};
    emphasis << true;
    cursor.insertBlock();
    insertTable(cursor, formatUnit,
                {QStringLiteral("Fase"), QStringLiteral("Projekt"), QStringLiteral("Styregruppe"),
                 QStringLiteral("Forbrug %1").arg(m_input.year)},
                rows, emphasis, {26, 30, 26, 18}, {false, false, false, true});
}

void ReportLayout::insertMembers(QTextCursor &cursor)
{
    QList<QStringList> rows;
    QList<bool> emphasis;
    Money total;
    for (const Contribution &c : std::as_const(m_input.contributions)) {
        rows << QStringList{c.municipality, c.amount.toDanish()};
        emphasis << false;
        total += c.amount;
    }
    rows << QStringList{Statement::totalLabel(), total.toDanish()};
    emphasis << true;
    cursor.insertBlock();
    insertTable(cursor, formatUnit, {QStringLiteral("Kommune"), QStringLiteral("Basistilskud %1").arg(m_input.year)},
                rows, emphasis, {60, 40}, {false, true});
}

void ReportLayout::insertInterview(QTextCursor &cursor, const Interview &interview)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(4 * formatUnit);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 76)});
    cursor.insertBlock();
    QTextTable *table = cursor.insertTable(1, 2, format);
    if (interview.portraitId) {
        QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
        const QSizeF natural = m_objects->naturalSize(*interview.portraitId);
        const qreal width = 100;
        left.insertText(QString(QChar::ObjectReplacementCharacter),
                        ReportObjects::picture(*interview.portraitId,
                                               QSizeF(width, width * natural.height() / natural.width()), m_unit));
    }
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    right.setBlockFormat(paragraph(formatUnit, 1));
    right.insertText(interview.name, characters(11, true));
    right.insertBlock(paragraph(formatUnit, 8), characters(bodySize));
    QStringList about;
    for (const QString &part : {interview.title, interview.municipality})
        if (!part.isEmpty())
            about << part;
    right.insertText(about.join(QStringLiteral(", ")), characters(bodySize, false, true));
    for (const InterviewAnswer &qa : interview.answers) {
        right.insertBlock(paragraph(formatUnit, 2), characters(bodySize));
        right.insertText(qa.question, characters(bodySize, true));
        right.insertBlock(paragraph(formatUnit, 7), characters(bodySize));
        right.insertText(LiveFields::fill(qa.answer, m_input.fields), characters(bodySize));
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportLayout::insertChart(QTextCursor &cursor, const QString &key)
{
    if (!m_input.chart(key))
        return;
    const qreal width = pageSizePoints().width() - 2 * margin;
    QTextBlockFormat block = paragraph(formatUnit, 8);
    block.setAlignment(Qt::AlignHCenter);
    cursor.insertBlock(block, characters(bodySize));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                      ReportObjects::chart(key, QSizeF(width, width * 0.62), m_unit));
}

void ReportLayout::insertSignOff(QTextCursor &cursor)
{
    insertHeading(cursor, QString(), signOffTitle, 0, 0);
    cursor.insertBlock(paragraph(formatUnit, 18), characters(bodySize));
    cursor.insertText(QStringLiteral("Bestyrelsen har dags dato behandlet og godkendt årsberetningen og regnskabet for "
                                     "%1 for %2.")
                          .arg(m_input.year)
                          .arg(m_input.association.name),
                      characters(bodySize));
    QList<QStringList> rows;
    QList<bool> emphasis;
    for (const Signatory &s : std::as_const(m_input.document.signatories)) {
        const QString date =
            s.signedOn ? s.signedOn->toString(QStringLiteral("d.M.yyyy")) : QString(14, QLatin1Char('_'));
        rows << QStringList{QStringLiteral("%1: %2").arg(dateLabel, date), signatureLine()};
        rows << QStringList{QString(), s.name + QStringLiteral(", ") + s.role};
        rows << QStringList{QString(), QString()};
        emphasis << false << false << false;
    }
    cursor.insertBlock();
    insertTable(cursor, formatUnit, {}, rows, emphasis, {35, 65}, {false, false});
    if (!m_input.auditHead.isEmpty()) {
        cursor.insertBlock(paragraph(formatUnit, 6), characters(headSize));
        cursor.insertText(m_input.auditHeadLine(), characters(headSize));
    }
}

// Pictures in the text (<img src="picture:ID">) become objects drawn at full quality, fitted to the body's width.
void ReportLayout::replacePictures()
{
    const qreal maxWidth = pageSizePoints().width() - 2 * margin;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.name().startsWith(QLatin1String("picture:")))
                continue;
            const qint64 id = image.name().mid(8).toLongLong();
            QSizeF size = m_objects->naturalSize(id);
            if (image.width() > 0)
                size = QSizeF(image.width(), image.width() * size.height() / size.width());
            if (size.width() > maxWidth)
                size = QSizeF(maxWidth, maxWidth * size.height() / size.width());
            QTextCursor cursor(m_body.get());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), ReportObjects::picture(id, size, m_unit));
            it = block.begin(); // the block's fragments changed
        }
    }
}

void ReportLayout::paginate()
{
    m_bodyPages = m_body->pageCount();
    const QFontMetricsF metrics(ReportFont::points(bodySize), m_metrics.get());
    const qreal line = metrics.height() * 1.5;
    const qreal room = bodyRect().height() - pt(40);
    int contentsLines = 0;
    for (const Heading &h : std::as_const(m_headings))
        contentsLines += h.line.depth <= 1 ? 1 : 0;
    m_contentsPages = std::max(1, int(std::ceil(contentsLines * line / room)));
    const qreal pageHeight = bodyRect().height();
    m_contents.clear();
    for (Heading &h : m_headings) {
        const QTextBlock block = m_body->findBlockByNumber(h.block);
        const qreal top = m_body->documentLayout()->blockBoundingRect(block).top();
        h.line.page = 1 + m_contentsPages + 1 + int((top + 1) / pageHeight); // a page break puts it on the edge
        if (h.sectionId)
            m_sectionPages.insert(h.sectionId, h.line.page);
        if (h.line.depth <= 1)
            m_contents.append(h.line);
    }
}

void ReportLayout::paintPage(QPainter *painter, int page) const
{
    painter->save();
    if (page == 1) {
        paintCover(painter);
    } else if (page <= 1 + m_contentsPages) {
        paintFrame(painter, page);
        paintContents(painter, page - 1);
    } else {
        paintFrame(painter, page);
        const int index = page - 2 - m_contentsPages;
        const QRectF body = bodyRect();
        painter->translate(body.left(), body.top() - index * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, ink);
        painter->setClipRect(context.clip);
        m_body->documentLayout()->draw(painter, context);
    }
    painter->restore();
}

void ReportLayout::paintCover(QPainter *painter) const
{
    const QSizeF page = pageSizePoints();
    painter->setPen(ink);
    painter->setFont(ReportFont::points(14));
    painter->drawText(QRectF(pt(margin), pt(200), pt(page.width() - 2 * margin), pt(40)), Qt::AlignLeft,
                      m_input.association.name);
    painter->setFont(ReportFont::points(34, true));
    painter->drawText(QRectF(pt(margin), pt(240), pt(page.width() - 2 * margin), pt(60)), Qt::AlignLeft,
                      annualReport.arg(m_input.year));
    painter->fillRect(QRectF(pt(margin), pt(310), pt(120), pt(4)), QColor(0x1f, 0x4e, 0x79));
    // The fiscal year it covers, in Danish: "Regnskabsåret 1. januar 2019 – 31. december 2019".
    QString period = QString::number(m_input.year);
    if (m_input.fiscalYear && m_input.fiscalYear->start.isValid() && m_input.fiscalYear->end.isValid()) {
        const QLocale danish(QLocale::Danish, QLocale::Denmark);
        const QString format = QStringLiteral("d. MMMM yyyy");
        period = QStringLiteral("Regnskabsåret %1 – %2")
                     .arg(danish.toString(m_input.fiscalYear->start, format),
                          danish.toString(m_input.fiscalYear->end, format));
    }
    painter->setFont(ReportFont::points(11));
    painter->drawText(QRectF(pt(margin), pt(330), pt(page.width() - 2 * margin), pt(40)), Qt::AlignLeft, period);
}

void ReportLayout::paintFrame(QPainter *painter, int page) const
{
    const QSizeF size = pageSizePoints();
    const QRectF body = bodyRect();
    painter->setPen(QPen(rule, pt(0.5)));
    painter->drawLine(QPointF(body.left(), pt(topMargin - 22)), QPointF(body.right(), pt(topMargin - 22)));
    painter->setPen(ink);
    painter->setFont(ReportFont::points(8));
    const QRectF header(body.left(), pt(topMargin - 40), body.width(), pt(16));
    painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_input.association.name);
    painter->drawText(header, Qt::AlignRight | Qt::AlignBottom, annualReport.arg(m_input.year));
    painter->drawText(QRectF(body.left(), pt(size.height() - bottomMargin + 20), body.width(), pt(16)),
                      Qt::AlignHCenter | Qt::AlignTop, pageLabel.arg(page));
}

void ReportLayout::paintContents(QPainter *painter, int contentsPage) const
{
    const QRectF body = bodyRect();
    const QFont regular = ReportFont::points(bodySize);
    const QFont bold = ReportFont::points(bodySize, true);
    const qreal line = QFontMetricsF(regular, m_metrics.get()).height() * 1.5;
    qreal y = body.top();
    if (contentsPage == 1) {
        painter->setFont(ReportFont::points(20, true));
        painter->setPen(ink);
        painter->drawText(QRectF(body.left(), y, body.width(), pt(30)), Qt::AlignLeft | Qt::AlignTop, contentsTitle);
    }
    y += pt(40);
    const int perPage = std::max(1, int((body.height() - pt(40)) / line));
    const int first = (contentsPage - 1) * perPage;
    for (int i = first; i < m_contents.size() && i < first + perPage; ++i) {
        const ContentsLine &c = m_contents.at(i);
        painter->setFont(c.depth == 0 ? bold : regular);
        const QFontMetricsF fm(painter->font(), m_metrics.get());
        const qreal indent = c.depth == 0 ? 0 : pt(22);
        const QString left = c.number.isEmpty() ? c.title : c.number + QStringLiteral("  ") + c.title;
        const QString number = QString::number(c.page);
        const qreal numberWidth = fm.horizontalAdvance(number);
        const qreal leftWidth = fm.horizontalAdvance(left);
        const qreal dotsFrom = body.left() + indent + leftWidth + pt(6);
        const qreal dotsTo = body.right() - numberWidth - pt(6);
        painter->drawText(QPointF(body.left() + indent, y + fm.ascent()), left);
        painter->setFont(regular);
        const QFontMetricsF dm(regular, m_metrics.get());
        QString leader;
        const int count = std::max(2, int((dotsTo - dotsFrom) / dm.horizontalAdvance(QStringLiteral(" ."))));
        for (int d = 0; d < count; ++d)
            leader += QStringLiteral(" .");
        painter->drawText(QPointF(dotsTo - dm.horizontalAdvance(leader), y + fm.ascent()), leader);
        painter->setFont(c.depth == 0 ? bold : regular);
        painter->drawText(QPointF(body.right() - numberWidth, y + fm.ascent()), number);
        y += line;
    }
}

} // namespace annalist
