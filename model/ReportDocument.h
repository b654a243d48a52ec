#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annalist {

// What a section of the annual report holds; text is written, everything else comes from the ledger.
enum class SectionKind { Text, Statement, Chart, Portfolio, Interview, Members, PageBreak };

// "text", "statement", "chart", "portfolio", "interview", "members", "pagebreak": the stored keys.
QString sectionKindKey(SectionKind kind);
std::optional<SectionKind> sectionKindFromKey(const QString &key);

struct InterviewAnswer
{
    QString question;
    QString answer;
};

struct Interview
{
    QString name;
    QString title;
    QString municipality;
    std::optional<qint64> portraitId; // a report picture
    QList<InterviewAnswer> answers;
};

struct ReportSection
{
    qint64 id = 0;
    int year = 0;
    std::optional<qint64> parentId; // none: a chapter
    int position = 0;               // among its siblings, from 0
    SectionKind kind = SectionKind::Text;
    QString title;
    QString body;            // Text: HTML (Qt rich-text subset); a picture as <img src="picture:ID" alt="...">
    QString chartKey;        // Chart: "spending", "projects", "portfolio", "members" or "years"
    QString statementLayout; // Statement: "published" (default) or "budget"
    Interview interview;     // Interview

    // The pictures the section shows: those in its body, then the interview's portrait.
    QList<qint64> pictureIds() const;
};

struct ReportPicture
{
    qint64 id = 0;
    QString name;
    QString mimeType;
    QString altText;
    QByteArray data;
};

struct Signatory
{
    qint64 id = 0;
    int year = 0;
    int position = 0;
    QString name;
    QString role;
    std::optional<QDate> signedOn;
};

// One section in reading order, with its number ("1", "1.2", "2.1.3") and depth (0 for a chapter).
struct OutlineEntry
{
    ReportSection section;
    QString number; // empty for a page break
    int depth = 0;
};

struct ReportDocument
{
    int year = 0;
    QList<OutlineEntry> outline; // depth-first, in reading order
    QList<Signatory> signatories;

    const OutlineEntry *entry(qint64 sectionId) const;
};

// The sections, in any order, as a numbered outline: depth-first, siblings by position. Page
// breaks get no number and do not advance the numbering.
QList<OutlineEntry> numberedOutline(const QList<ReportSection> &sections);

// The chart keys a Chart section may name, and the layouts of a Statement section.
QStringList reportChartKeys();
QString publishedLayout();
QString budgetLayout();

// The section's kind-specific fields as the JSON stored in report_sections.options, and back.
QString sectionOptionsJson(const ReportSection &section);
void readSectionOptions(const QString &json, ReportSection *section);

} // namespace annalist
