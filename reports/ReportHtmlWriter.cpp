#include "ReportHtmlWriter.h"

#include "ChartFactory.h"
#include "ChartPainter.h"
#include "HtmlSanitiser.h"
#include "LiveFields.h"
#include "MasterDataNames.h"
#include "Platform.h"
#include "StatementFormatter.h"
#include "SvgCleaner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>

namespace annalist {
namespace {

// Every text from the ledger that the page shows as text.
QString esc(const QString &text)
{
    return HtmlSanitiser::plainText(text);
}

// The page runs no script and loads nothing from elsewhere, whatever its text holds: scripts,
// frames, plug-ins, forms and a changed base address are refused, pictures and the style sheet
// come from the page's own folder, and no inline style is applied.
const QString contentSecurityPolicy =
    QStringLiteral("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'");

QString anchor(qint64 sectionId)
{
    return QStringLiteral("afsnit-%1").arg(sectionId);
}

QString heading(int level, const QString &id, const QString &text)
{
    level = std::clamp(level, 1, 6);
    return QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n").arg(level).arg(id, text);
}

// A table: caption, column headings with scope, the first column as row headings, amounts right-aligned.
struct Table
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
    QList<bool> emphasis;
    QList<bool> amount; // per column
    int rowHeaderColumn = 0;
    QString id;

    QString html() const
    {
        QString out = QStringLiteral("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"%1\">\n")
                          .arg(esc(caption));
        out += QStringLiteral("<table%1>\n<caption>%2</caption>\n<thead><tr>")
                   .arg(id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id), esc(caption));
        for (int c = 0; c < header.size(); ++c)
            out += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                       .arg(amount.value(c) ? QStringLiteral(" class=\"amount\"") : QString(), esc(header.at(c)));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); ++r) {
            out += emphasis.value(r) ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
            for (int c = 0; c < header.size(); ++c) {
                const QString cell = rows.at(r).value(c);
                const QString cls = amount.value(c) ? QStringLiteral(" class=\"amount\"") : QString();
                if (c == rowHeaderColumn)
                    out += QStringLiteral("<th scope=\"row\"%1>%2</th>").arg(cls, cell);
                else
                    out += QStringLiteral("<td%1>%2</td>").arg(cls, cell);
            }
            out += QStringLiteral("</tr>\n");
        }
        return out + QStringLiteral("</tbody>\n</table>\n</div>\n");
    }
};

class Page
{
public:
    explicit Page(const ReportInput &input) : m_in(input) {}

    QString html()
    {
        const QString title = QStringLiteral("Årsberetning %1").arg(m_in.year);
        m_out +=
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"%3\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%1 – %2</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n")
                .arg(esc(title), esc(m_in.association.name), contentSecurityPolicy);
        m_out += QStringLiteral("<a class=\"skip\" href=\"#indhold\">Gå til indholdet</a>\n");
        m_out += QStringLiteral("<header>\n<p class=\"association\">%1</p>\n<h1>%2</h1>\n<p>%3</p>\n</header>\n")
                     .arg(esc(m_in.association.name), esc(title), esc(period()));
        contents();
        m_out += QStringLiteral("<main id=\"indhold\">\n");
        int openDepth = -1;
        for (const OutlineEntry &e : m_in.document.outline) {
            if (e.section.kind == SectionKind::PageBreak)
                continue;
            while (openDepth >= e.depth) {
                m_out += QStringLiteral("</section>\n");
                --openDepth;
            }
            m_out += QStringLiteral("<section aria-labelledby=\"%1\">\n").arg(anchor(e.section.id));
            openDepth = e.depth;
            section(e);
        }
        while (openDepth-- >= 0)
            m_out += QStringLiteral("</section>\n");
        signOff();
        m_out +=
            QStringLiteral("</main>\n<footer>\n<p>%1 · %2 · Udgivet med Annalist</p>\n</footer>\n</body>\n</html>\n")
                .arg(esc(m_in.association.name), esc(title));
        return m_out;
    }

private:
    QString period() const
    {
        if (!m_in.fiscalYear || !m_in.fiscalYear->start.isValid())
            return QString::number(m_in.year);
        const QLocale danish(QLocale::Danish, QLocale::Denmark);
        const QString format = QStringLiteral("d. MMMM yyyy");
        return QStringLiteral("Regnskabsåret %1 – %2")
            .arg(danish.toString(m_in.fiscalYear->start, format), danish.toString(m_in.fiscalYear->end, format));
    }

    void contents()
    {
        m_out += QStringLiteral("<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">Indhold</h2>\n<ol>\n");
        int depth = 0;
        bool open = false;
        for (const OutlineEntry &e : m_in.document.outline) {
            if (e.section.kind == SectionKind::PageBreak || e.depth > 1)
                continue;
            if (e.depth > depth) {
                m_out += QStringLiteral("\n<ol>\n");
            } else {
                if (e.depth < depth)
                    m_out += QStringLiteral("</li>\n</ol>\n");
                if (open)
                    m_out += QStringLiteral("</li>\n");
            }
            depth = e.depth;
            m_out += QStringLiteral("<li><a href=\"#%1\">%2 %3</a>")
                         .arg(anchor(e.section.id), esc(e.number), esc(e.section.title));
            open = true;
        }
        if (depth > 0)
            m_out += QStringLiteral("</li>\n</ol>\n");
        if (open)
            m_out += QStringLiteral("</li>\n");
        m_out += QStringLiteral("<li><a href=\"#ledelsespaategning\">Ledelsespåtegning</a></li>\n</ol>\n</nav>\n");
    }

    void section(const OutlineEntry &e)
    {
        const int level = e.depth + 2; // h1 is the report's title; chapters are h2
        m_out += heading(level, anchor(e.section.id), esc(e.number + QLatin1Char(' ') + e.section.title));
        switch (e.section.kind) {
        case SectionKind::Text:
            m_out += text(e.section.body, level);
            break;
        case SectionKind::Statement:
            statement(e.section, level);
            break;
        case SectionKind::Chart:
            chart(e.section.chartKey, e.section.id);
            break;
        case SectionKind::Portfolio:
            portfolio();
            break;
        case SectionKind::Interview:
            interview(e.section.interview);
            break;
        case SectionKind::Members:
            members();
            break;
        case SectionKind::PageBreak:
            break;
        }
    }

    // The section's own text with its fields filled, through the sanitiser: its headings below
    // the section's, its pictures pointing at their files with their stored alternative text.
    QString text(const QString &body, int level) const
    {
        HtmlSanitiser::Options options;
        options.headingLevel = std::min(6, level + 1);
        options.picture = [this](const QString &address) -> std::optional<HtmlSanitiser::Picture> {
            for (const ReportPicture &p : m_in.pictures) {
                const QString file = QStringLiteral("pictures/") + ReportHtmlWriter::pictureFile(p);
                if (address == QStringLiteral("picture:%1").arg(p.id) || address == file)
                    return HtmlSanitiser::Picture{file, p.altText};
            }
            return std::nullopt; // a picture that is not in the ledger is left out rather than shown broken
        };
        return HtmlSanitiser::richText(LiveFields::fillHtml(body, m_in.fields), options) + QLatin1Char('\n');
    }

    void statement(const ReportSection &s, int level)
    {
        const bool budget = s.statementLayout == QLatin1String("budget");
        const StatementFormatter::Table t = StatementFormatter::table(
            m_in.statement, budget ? StatementFormatter::Layout::Budget : StatementFormatter::Layout::Published);
        Table table;
        table.caption = t.title + (m_in.association.profitCentre.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (profitcenter %1)").arg(m_in.association.profitCentre));
        table.header = t.header;
        table.rowHeaderColumn = 1;
        for (int c = 0; c < t.header.size(); ++c)
            table.amount << (c >= 2);
        QSet<int> notes;
        for (const Note &n : m_in.notes)
            notes.insert(n.number);
        for (const StatementFormatter::Row &row : t.rows) {
            QStringList cells;
            const bool linked = !row.note.isEmpty() && notes.contains(row.note.toInt());
            cells << (linked ? QStringLiteral("<a href=\"#note-%1-%2\" aria-label=\"Note %2\">%2</a>")
                                   .arg(s.id)
                                   .arg(esc(row.note))
                             : esc(row.note));
            cells << esc(row.text);
            for (const QString &a : row.amounts)
                cells << esc(a);
            table.rows << cells;
            table.emphasis << row.emphasis;
        }
        m_out += table.html();
        if (m_in.notes.isEmpty())
            return;
        m_out += heading(level + 1, QStringLiteral("noter-%1").arg(s.id), QStringLiteral("Noter"));
        m_out += QStringLiteral("<dl class=\"notes\">\n");
        for (const Note &n : m_in.notes)
            m_out += QStringLiteral("<dt id=\"note-%1-%2\">Note %2. %3</dt>\n<dd>%4</dd>\n")
                         .arg(s.id)
                         .arg(n.number)
                         .arg(esc(n.title), esc(LiveFields::fill(n.text, m_in.fields)));
        m_out += QStringLiteral("</dl>\n");
    }

    void chart(const QString &key, qint64 sectionId)
    {
        const ChartData *data = m_in.chart(key);
        if (!data)
            return;
        if (data->isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(data->emptyReason));
            return;
        }
        const QString id = QStringLiteral("diagram-%1").arg(sectionId);
        // Through the SVG cleaner too: the chart's labels are names from the ledger.
        const QString svg =
            SvgCleaner::inlineMarkup(ChartPainter::svg(*data, QSize(640, 400), 12), id,
                                     QStringLiteral("Tallene bag diagrammet står i tabellen herunder."));
        m_out += QStringLiteral("<figure class=\"chart\">\n%1\n").arg(svg.trimmed());
        if (!data->note.isEmpty())
            m_out += QStringLiteral("<figcaption>%1</figcaption>\n").arg(esc(data->note));
        m_out += QStringLiteral("</figure>\n");
        // The figures behind the chart, as a table.
        Table table;
        table.caption = QStringLiteral("Tallene bag diagrammet: %1").arg(data->title);
        table.header << QString();
        table.amount << false;
        table.header.first() = data->kind == ChartKind::Years ? QStringLiteral("År") : QStringLiteral("Kategori");
        const bool bySeries = data->kind == ChartKind::Portfolio;
        if (bySeries) {
            table.header = {QStringLiteral("Projekt"), QStringLiteral("Fase"), QStringLiteral("Forbrug")};
            table.amount = {false, false, true};
            for (const ChartSeries &s : data->series)
                for (int c = 0; c < data->categories.size(); ++c)
                    if (!s.values.value(c).isZero())
                        table.rows << QStringList{esc(s.name), esc(data->categories.at(c)), s.values.at(c).toDanish()};
        } else {
            for (const ChartSeries &s : data->series) {
                table.header << s.name;
                table.amount << true;
            }
            if (data->kind == ChartKind::Projects) {
                table.header << data->budgetLabel << QStringLiteral("Afvigelse");
                table.amount << true << true;
            }
            for (int c = 0; c < data->categories.size(); ++c) {
                QStringList row{esc(data->categories.at(c))};
                for (const ChartSeries &s : data->series)
                    row << s.values.value(c).toDanish();
                if (data->kind == ChartKind::Projects)
                    row << data->budgets.value(c).toDanish()
                        << (data->series.value(0).values.value(c) - data->budgets.value(c)).toDanish();
                table.rows << row;
            }
        }
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            table.emphasis << false;
        m_out += table.html();
    }

    void portfolio()
    {
        Table table;
        table.caption = QStringLiteral("Projekterne fordelt på faser %1").arg(m_in.year);
        table.header = {QStringLiteral("Projekt"), QStringLiteral("Fase"), QStringLiteral("Styregruppe"),
                        QStringLiteral("Forbrug %1").arg(m_in.year)};
        table.amount = {false, false, false, true};
        Money total;
        for (Phase phase : MasterDataNames::phases()) {
            for (const Project &p : m_in.projects) {
                if (p.phase != phase)
                    continue;
                const StatementLine *line = m_in.statement.line(p.accountId);
                const Money spend = line ? line->actual : Money();
                total += spend;
                table.rows << QStringList{esc(p.name), esc(MasterDataNames::phaseInReport(phase)), esc(p.steeringGroup),
                                          spend.toDanish()};
                table.emphasis << false;
            }
        }
        table.rows << QStringList{Statement::totalLabel(), QString(), QString(), total.toDanish()};
        table.emphasis << true;
        m_out += table.html();
    }

    void members()
    {
        Table table;
        table.caption = QStringLiteral("Medlemskommunernes basistilskud %1").arg(m_in.year);
        table.header = {QStringLiteral("Kommune"), QStringLiteral("Basistilskud %1").arg(m_in.year)};
        table.amount = {false, true};
        Money total;
        for (const Contribution &c : m_in.contributions) {
            table.rows << QStringList{esc(c.municipality), c.amount.toDanish()};
            table.emphasis << false;
            total += c.amount;
        }
        table.rows << QStringList{Statement::totalLabel(), total.toDanish()};
        table.emphasis << true;
        m_out += table.html();
    }

    void interview(const Interview &interview)
    {
        m_out += QStringLiteral("<div class=\"interview\">\n");
        if (interview.portraitId) {
            const auto picture = m_in.pictures.constFind(*interview.portraitId);
            if (picture != m_in.pictures.cend())
                m_out += QStringLiteral("<img class=\"portrait\" src=\"pictures/%1\" alt=\"%2\">\n")
                             .arg(ReportHtmlWriter::pictureFile(*picture), esc(picture->altText));
        }
        QStringList about;
        for (const QString &part : {interview.title, interview.municipality})
            if (!part.isEmpty())
                about << esc(part);
        m_out += QStringLiteral("<p><strong>%1</strong><br>%2</p>\n")
                     .arg(esc(interview.name), about.join(QStringLiteral(", ")));
        m_out += QStringLiteral("<dl>\n");
        for (const InterviewAnswer &qa : interview.answers)
            m_out += QStringLiteral("<dt>%1</dt>\n<dd>%2</dd>\n")
                         .arg(esc(qa.question), esc(LiveFields::fill(qa.answer, m_in.fields)));
        m_out += QStringLiteral("</dl>\n</div>\n");
    }

    void signOff()
    {
        m_out += QStringLiteral("<section aria-labelledby=\"ledelsespaategning\">\n");
        m_out += heading(2, QStringLiteral("ledelsespaategning"), QStringLiteral("Ledelsespåtegning"));
        m_out +=
            QStringLiteral("<p>Bestyrelsen har dags dato behandlet og godkendt årsberetningen og regnskabet for %1 "
                           "for %2.</p>\n<ul class=\"signatories\">\n")
                .arg(m_in.year)
                .arg(esc(m_in.association.name));
        for (const Signatory &s : m_in.document.signatories)
            m_out +=
                QStringLiteral("<li>%1, %2%3</li>\n")
                    .arg(
                        esc(s.name), esc(s.role),
                        s.signedOn
                            ? QStringLiteral(" – underskrevet %1").arg(s.signedOn->toString(QStringLiteral("d.M.yyyy")))
                            : QString());
        m_out += QStringLiteral("</ul>\n");
        if (!m_in.auditHead.isEmpty())
            m_out += QStringLiteral("<p class=\"audit-head\">%1</p>\n").arg(esc(m_in.auditHeadLine()));
        m_out += QStringLiteral("</section>\n");
    }

    const ReportInput &m_in;
    QString m_out;
};

} // namespace

QString ReportHtmlWriter::pictureFile(const ReportPicture &picture)
{
    const QString suffix = picture.mimeType == QLatin1String("image/svg+xml") ? QStringLiteral("svg")
                           : picture.mimeType == QLatin1String("image/jpeg")  ? QStringLiteral("jpg")
                                                                              : QStringLiteral("png");
    return QStringLiteral("picture-%1.%2").arg(picture.id).arg(suffix);
}

QByteArray ReportHtmlWriter::pictureBytes(const ReportPicture &picture)
{
    if (!pictureFile(picture).endsWith(QLatin1String(".svg")))
        return picture.data; // a raster: served as an image, never run
    const QByteArray drawn = SvgCleaner::redrawn(picture.data, picture.altText);
    if (!drawn.isEmpty())
        return drawn;
    // A picture that cannot be redrawn is an empty one.
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
}

QString ReportHtmlWriter::page(const ReportInput &input)
{
    return Page(input).html();
}

QString ReportHtmlWriter::styleSheet()
{
    return QStringLiteral(
        "/* Annalist: the annual report for the web. Readable on a phone, at 200 % zoom and on paper. */\n"
        ":root { color: #1a1a1a; background: #ffffff; font-family: \"DejaVu Sans\", \"Segoe UI\", Arial, sans-serif;"
        " line-height: 1.5; }\n"
        "body { max-width: 46rem; margin: 0 auto; padding: 1rem; font-size: 1rem; }\n"
        "a { color: #1f4e79; }\n"
        "a:focus, .table:focus { outline: 3px solid #1f4e79; outline-offset: 2px; }\n"
        ".skip { position: absolute; left: -100rem; }\n"
        ".skip:focus { position: static; }\n"
        "header { border-bottom: 4px solid #1f4e79; margin-bottom: 1.5rem; }\n"
        ".association { margin: 0; font-size: 1.1rem; }\n"
        "h1 { font-size: 2.2rem; margin: 0.2rem 0; }\n"
        "h2 { font-size: 1.6rem; margin-top: 2.5rem; border-bottom: 1px solid #9aa5b1; }\n"
        "h3 { font-size: 1.25rem; margin-top: 1.8rem; }\n"
        "h4, h5, h6 { font-size: 1.05rem; }\n"
        "img { max-width: 100%; height: auto; }\n"
        "nav ol { list-style: none; padding-left: 0; }\n"
        "nav ol ol { padding-left: 1.5rem; }\n"
        "nav li { margin: 0.15rem 0; }\n"
        ".table { overflow-x: auto; margin: 1rem 0; }\n"
        "table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }\n"
        "caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }\n"
        "th, td { padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; border-bottom: 1px solid #d0d0d0; }\n"
        "thead th { border-bottom: 2px solid #1a1a1a; }\n"
        "tbody th { font-weight: normal; }\n"
        ".amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
        "tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }\n"
        "figure.chart { margin: 1rem 0; }\n"
        "figure.chart svg { width: 100%; height: auto; }\n"
        "figcaption { font-size: 0.9rem; }\n"
        ".interview { overflow: hidden; }\n"
        ".audit-head { font-size: 0.85rem; overflow-wrap: anywhere; }\n"
        ".portrait { float: left; width: 8rem; margin: 0 1rem 0.5rem 0; }\n"
        "dt { font-weight: bold; margin-top: 0.6rem; }\n"
        "dd { margin-left: 0; }\n"
        "footer { margin-top: 3rem; border-top: 1px solid #9aa5b1; font-size: 0.9rem; }\n"
        "@media (max-width: 30rem) { .portrait { float: none; } h1 { font-size: 1.7rem; } }\n"
        "@media print { body { max-width: none; } .skip { display: none; } a { color: inherit; }"
        " h2 { break-before: page; } table, figure { break-inside: avoid; } }\n");
}

namespace {

// Makes a folder in `parent` that no one else uses (mkdir gives it the user's umask, where
// QTemporaryDir makes it private); empty when none can be made.
QString makeWorkFolder(const QDir &parent)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = QStringLiteral(".annalist-web-%1")
                                 .arg(QRandomGenerator::global()->bounded(1u << 30), 6, 36, QLatin1Char('0'));
        if (!parent.exists(name) && parent.mkdir(name))
            return parent.filePath(name);
    }
    return {};
}

} // namespace

Status ReportHtmlWriter::write(const ReportInput &input, const QString &folder)
{
    const QFileInfo target(folder);
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return ioError(tr("%1 cannot be written: the folder %2 does not exist.").arg(folder, parent.path()));
    if (target.exists() && !target.isDir())
        return ioError(tr("%1 is a file, not a folder.").arg(folder));
    // Written in a folder beside the target, then moved into place once every file is complete; a
    // failure removes it and leaves the previous folder as it was.
    const QString work = makeWorkFolder(parent);
    if (work.isEmpty())
        return ioError(tr("%1 cannot be written: no folder can be made beside it in %2.").arg(folder, parent.path()));
    struct Discard
    {
        QString path;
        ~Discard()
        {
            if (!path.isEmpty())
                QDir(path).removeRecursively();
        }
    } discard{work};
    const auto writeFile = [&work, &folder](const QString &name, const QByteArray &bytes) -> Status {
        // Unbuffered: a write that fails fails here, and commit() cannot keep a file the disk did
        // not take (QSaveFile ignores a failed flush of its buffer when it commits).
        QSaveFile file(QDir(work).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() ||
            !file.flush() || !file.commit())
            return ioError(tr("%1 could not be written (%2): %3.").arg(folder, name, Platform::writeFailure(file)));
        return Done{};
    };
    if (auto ok = writeFile(QStringLiteral("index.html"), page(input).toUtf8()); !ok)
        return ok;
    if (auto ok = writeFile(QStringLiteral("style.css"), styleSheet().toUtf8()); !ok)
        return ok;
    if (!QDir(work).mkdir(QStringLiteral("pictures")))
        return ioError(tr("%1 cannot be written: no folder for the pictures.").arg(folder));
    for (const ReportPicture &p : input.pictures)
        if (auto ok = writeFile(QStringLiteral("pictures/") + pictureFile(p), pictureBytes(p)); !ok)
            return ok;
    // Replace the previous export only once the new one is complete.
    if (!Platform::replaceFolder(work, target.absoluteFilePath(),
                                 parent.filePath(QStringLiteral(".%1.previous").arg(target.fileName()))))
        return ioError(tr("%1 could not be replaced: %2.").arg(folder, Platform::errorText(errno)));
    // What is left at `work` now is the previous export (or nothing): removed by `discard`.
    return Done{};
}

} // namespace annalist
