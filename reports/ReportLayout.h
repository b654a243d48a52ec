#pragma once

#include "ReportInput.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QRectF>
#include <QTextDocument>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextCursor;
QT_END_NAMESPACE

namespace annalist {

class ReportObjects;

// The annual report laid out on A4 pages, in Danish whatever the interface's language: a cover
// (page 1), the table of contents, the chapters (each on a new page), and the board's sign-off.
// Laid out once at 1200 units per inch; paintPage() draws any page for a PDF, a printer or a
// preview, with the page numbers known (the contents list the page each chapter starts on).
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportLayout)

public:
    static constexpr int resolution = 1200; // units per inch of the layout and of paintPage()

    explicit ReportLayout(ReportInput input);
    ~ReportLayout();

    struct ContentsLine
    {
        QString number; // "1", "1.2"; empty for the sign-off
        QString title;
        int depth = 0;
        int page = 0; // counted from the cover as page 1
    };

    const ReportInput &input() const { return m_input; }
    int pageCount() const;
    int contentsPageCount() const { return m_contentsPages; }
    QList<ContentsLine> contents() const { return m_contents; }
    // The page a section starts on (for the preview), 0 when it is not in the report.
    int pageOf(qint64 sectionId) const { return m_sectionPages.value(sectionId); }
    // Paints page `page` (1 = the cover) with the painter's origin at the page's top left corner,
    // in units of 1/1200 inch.
    void paintPage(QPainter *painter, int page) const;

    static QSizeF pageSizePoints() { return QSizeF(595.276, 841.89); } // A4

private:
    struct Heading
    {
        qint64 sectionId = 0;
        int block = 0;
        ContentsLine line;
    };

    void compose();
    void composeSection(QTextCursor &cursor, const OutlineEntry &entry);
    void insertHeading(QTextCursor &cursor, const QString &number, const QString &title, int depth, qint64 sectionId);
    void insertText(QTextCursor &cursor, const QString &html);
    void insertStatement(QTextCursor &cursor, const ReportSection &section);
    void insertPortfolio(QTextCursor &cursor);
    void insertMembers(QTextCursor &cursor);
    void insertInterview(QTextCursor &cursor, const Interview &interview);
    void insertChart(QTextCursor &cursor, const QString &key);
    void insertSignOff(QTextCursor &cursor);
    void replacePictures();
    void paginate();

    void paintCover(QPainter *painter) const;
    void paintContents(QPainter *painter, int contentsPage) const;
    void paintFrame(QPainter *painter, int page) const;

    qreal pt(qreal points) const { return points * m_unit; }
    QRectF bodyRect() const;

    ReportInput m_input;
    qreal m_unit;
    QBuffer m_metricsBuffer;
    std::unique_ptr<QPdfWriter> m_metrics; // the paint device the text is laid out for; never painted
    std::unique_ptr<QTextDocument> m_body;
    ReportObjects *m_objects = nullptr;
    QList<Heading> m_headings;
    QList<ContentsLine> m_contents;
    QHash<qint64, int> m_sectionPages;
    bool m_breakBeforeNext = false;
    int m_contentsPages = 1;
    int m_bodyPages = 0;
};

} // namespace annalist
