#include "XlsxWriter.h"

#include "Platform.h"
#include "StatementWorkbook.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <locale.h>
#include <string>

namespace annalist {
namespace {

// libxlsxwriter prints numbers with printf: under a Danish LC_NUMERIC it writes "1234,56" and
// Excel refuses the file. The writing thread uses the "C" numbers while it writes, whatever the
// process's locale, and gets its own back afterwards.
class CNumbers
{
public:
    CNumbers()
    {
        locale_t current = duplocale(LC_GLOBAL_LOCALE);
        m_c = current ? newlocale(LC_NUMERIC_MASK, "C", current) : nullptr;
        if (!m_c && current)
            freelocale(current);
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumbers()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumbers(const CNumbers &) = delete;
    CNumbers &operator=(const CNumbers &) = delete;

private:
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
};

// The header and footer codes treat "&" as a command.
QByteArray headerText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    return escaped.left(100).toUtf8();
}

// Excel's day number: days since 30 December 1899.
double serialDay(int year, int month, int day)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    return double(QDate(year, month, day).toJulianDay() - epoch);
}

// "2019-03-31" as an Excel day; -1 when it is not a date.
double serialDay(QByteArrayView iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return -1;
    const auto digits = [&iso](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = iso[i];
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 1900 || !QDate::isValid(y, m, d))
        return -1;
    return serialDay(y, m, d);
}

// `text` cut to what a cell holds, with the mark at its end; `text` itself when it fits.
QString fitted(const QString &text)
{
    if (text.size() <= XlsxWriter::maxCellText)
        return text;
    const QString mark = XlsxWriter::cutMark();
    qsizetype keep = XlsxWriter::maxCellText - mark.size();
    if (text.at(keep - 1).isHighSurrogate()) // never half a character
        --keep;
    return text.left(keep) + mark;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(annalist::XlsxWriter)

public:
    Writer(const StatementWorkbook &book, const XlsxWriter::Progress &progress, const XlsxOptions &options,
           QStringList *warnings)
        : m_book(book), m_progress(progress), m_options(options), m_warnings(warnings)
    {
    }

    // Writes the whole workbook to `file`; false with the reason in error() when it fails.
    bool write(const QString &file, bool constantMemory)
    {
        const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        const QByteArray name = QFile::encodeName(file);
        m_workbook = workbook_new_opt(name.constData(), &options);
        if (!m_workbook)
            return fail(tr("The workbook could not be started."));
        createFormats();
        if (!setProperties())
            return false;
        for (const WorkbookSheet &sheet : m_book.sheets)
            if (!writeSheet(sheet))
                return false;
        if (!writePostings())
            return false;
        if (!writeSheet(m_book.charts))
            return false;
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(closed)));
        return true;
    }

    ~Writer()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook); // without writing: the file is thrown away
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    bool fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return false;
    }
    bool check(lxw_error e, const QString &what)
    {
        return e == LXW_NO_ERROR || fail(tr("%1: %2").arg(what, QString::fromUtf8(lxw_strerror(e))));
    }

    lxw_format *format(const char *numberFormat, bool bold, bool wrap = false)
    {
        lxw_format *f = workbook_add_format(m_workbook);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        if (bold)
            format_set_bold(f);
        if (wrap) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        }
        return f;
    }

    void createFormats()
    {
        m_bold = format(nullptr, true);
        m_wrap = format(nullptr, false, true);
        m_amount = format("#,##0.00", false);
        m_amountBold = format("#,##0.00", true);
        m_percent = format("0.00%", false);
        m_percentBold = format("0.00%", true);
        m_date = format("dd-mm-yyyy", false);
        m_header = format(nullptr, true);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EEF4);
        m_headerRight = format(nullptr, true);
        format_set_bottom(m_headerRight, LXW_BORDER_THIN);
        format_set_bg_color(m_headerRight, 0xE8EEF4);
        format_set_align(m_headerRight, LXW_ALIGN_RIGHT);
    }

    bool setProperties()
    {
        m_title = m_book.title.toUtf8();
        m_subject = m_book.subject.toUtf8();
        m_author = m_book.author.toUtf8();
        m_comments = m_book.comments.toUtf8();
        lxw_doc_properties p{};
        p.title = m_title.data();
        p.subject = m_subject.data();
        p.author = m_author.data();
        p.company = m_author.data();
        p.comments = m_comments.data();
        p.created = (m_book.created.isValid() ? m_book.created : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
        return check(workbook_set_properties(m_workbook, &p), tr("Document properties"));
    }

    // `numeric`: the columns whose heading stands to the right, over numbers.
    lxw_worksheet *addSheet(const QString &name, const QStringList &header, const QList<double> &widths, bool landscape,
                            const QSet<int> &numeric)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!ws) {
            fail(tr("The sheet \"%1\" could not be added.").arg(name));
            return nullptr;
        }
        worksheet_set_paper(ws, 9); // A4
        if (landscape)
            worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0); // as wide as one page, as long as it takes
        const QByteArray top = "&L" + headerText(m_book.associationName) + "&R" +
                               headerText(QStringLiteral("%1 %2").arg(name).arg(m_book.year));
        const QByteArray bottom = "&CSide &P af &N";
        check(worksheet_set_header(ws, top.constData()), name);
        check(worksheet_set_footer(ws, bottom.constData()), name);
        for (int c = 0; c < widths.size(); ++c)
            check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr), name);
        if (!header.isEmpty()) {
            worksheet_freeze_panes(ws, 1, 0);
            check(worksheet_repeat_rows(ws, 0, 0), name);
            for (int c = 0; c < header.size(); ++c)
                if (!header.at(c).isEmpty())
                    check(worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(),
                                                 numeric.contains(c) ? m_headerRight : m_header),
                          name);
        }
        return m_error.isEmpty() ? ws : nullptr;
    }

    void warn(const QString &warning)
    {
        if (m_warnings)
            m_warnings->append(warning);
    }

    bool writeCell(lxw_worksheet *ws, const QString &sheet, lxw_row_t r, lxw_col_t c, const WorkbookCell &cell)
    {
        using Kind = WorkbookCell::Kind;
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case Kind::Empty:
            return true;
        case Kind::Text: {
            if (cell.text.isEmpty())
                return true;
            const QString text = fitted(cell.text);
            if (text.size() != cell.text.size())
                warn(tr("The text in cell %1 of the sheet \"%2\" has %3 characters, more than a cell holds; it was "
                        "cut to %4, ending in \"%5\".")
                         .arg(StatementWorkbook::cell(int(r), int(c)), sheet)
                         .arg(cell.text.size())
                         .arg(XlsxWriter::maxCellText)
                         .arg(XlsxWriter::cutMark()));
            e = worksheet_write_string(ws, r, c, text.toUtf8().constData(),
                                       cell.bold   ? m_bold
                                       : cell.wrap ? m_wrap
                                                   : nullptr);
            break;
        }
        case Kind::Amount:
        case Kind::Percent: {
            const bool amount = cell.kind == Kind::Amount;
            lxw_format *f = amount ? (cell.bold ? m_amountBold : m_amount) : (cell.bold ? m_percentBold : m_percent);
            e = cell.formula.isEmpty()
                    ? worksheet_write_number(ws, r, c, cell.value, f)
                    : worksheet_write_formula_num(ws, r, c, cell.formula.toUtf8().constData(), f, cell.value);
            break;
        }
        case Kind::Integer:
            e = worksheet_write_number(ws, r, c, cell.value, cell.bold ? m_bold : nullptr);
            break;
        case Kind::Date:
            e = worksheet_write_number(ws, r, c, serialDay(cell.date.year(), cell.date.month(), cell.date.day()),
                                       m_date);
            break;
        }
        return check(e, tr("Cell %1").arg(StatementWorkbook::cell(int(r), int(c))));
    }

    bool writeSheet(const WorkbookSheet &sheet)
    {
        QSet<int> numeric;
        for (const WorkbookRow &row : sheet.rows)
            for (int c = 0; c < row.cells.size(); ++c)
                if (row.cells.at(c).kind == WorkbookCell::Kind::Amount ||
                    row.cells.at(c).kind == WorkbookCell::Kind::Percent)
                    numeric.insert(c);
        lxw_worksheet *ws = addSheet(sheet.name, sheet.header, sheet.widths, sheet.landscape, numeric);
        if (!ws)
            return false;
        // Row by row, top to bottom: the order constant-memory mode requires.
        for (int i = 0; i < sheet.rows.size(); ++i)
            for (int c = 0; c < sheet.rows.at(i).cells.size(); ++c)
                if (!writeCell(ws, sheet.name, lxw_row_t(i + 1), lxw_col_t(c), sheet.rows.at(i).cells.at(c)))
                    return false;
        for (const WorkbookChart &chart : sheet.charts)
            if (!insertChart(ws, chart))
                return false;
        return true;
    }

    bool insertChart(lxw_worksheet *ws, const WorkbookChart &c)
    {
        const bool pie = c.type == WorkbookChart::Type::Pie;
        lxw_chart *chart = workbook_add_chart(m_workbook, pie ? LXW_CHART_PIE : LXW_CHART_COLUMN);
        if (!chart)
            return fail(tr("The chart \"%1\" could not be added.").arg(c.title));
        m_keep.append(c.title.toUtf8());
        chart_title_set_name(chart, m_keep.constLast().constData());
        const QByteArray categories = c.categories.toUtf8();
        for (const WorkbookChart::Series &s : c.series) {
            const QByteArray values = s.values.toUtf8();
            lxw_chart_series *series = chart_add_series(chart, categories.constData(), values.constData());
            if (!series)
                return fail(tr("The chart \"%1\" could not be given its data.").arg(c.title));
            m_keep.append(s.name.toUtf8());
            chart_series_set_name(series, m_keep.constLast().constData());
            if (pie)
                chart_series_set_labels_percentage(series);
        }
        if (!pie) {
            chart_axis_set_num_format(chart->y_axis, "#,##0");
        }
        chart_legend_set_position(chart, pie ? LXW_CHART_LEGEND_RIGHT : LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_options placing{};
        placing.x_scale = pie ? 1.5 : 2.0;
        placing.y_scale = 1.4;
        return check(worksheet_insert_chart_opt(ws, lxw_row_t(c.row), lxw_col_t(c.column), chart, &placing), c.title);
    }

    // The postings streamed from the ledger, sheet after sheet of at most postingsPerSheet rows.
    bool writePostings()
    {
        const PostingsSheet &p = m_book.postings;
        lxw_worksheet *ws = nullptr;
        int part = 0;
        qint64 row = 0; // in the current sheet, from 1
        qint64 done = 0;
        Money sheetSum;
        std::string buffer;
        QHash<QByteArray, QByteArray> names;
        for (auto it = p.accountNames.cbegin(); it != p.accountNames.cend(); ++it)
            names.insert(it.key().toUtf8(), it.value().toUtf8());
        const auto text = [&buffer](QByteArrayView v) {
            buffer.assign(v.data(), size_t(v.size()));
            return buffer.c_str();
        };
        const auto startSheet = [&]() {
            ++part;
            const QString name = part == 1 ? p.name : QStringLiteral("%1 %2").arg(p.name).arg(part);
            ws = addSheet(name, p.header, p.widths, true, {1, 6});
            row = 0;
            sheetSum = Money();
            return ws != nullptr;
        };
        const auto finishSheet = [&]() {
            const auto last = lxw_row_t(row);
            // Before the total row: in constant-memory mode nothing may reach back above the row
            // being written, and the filter ends on the last posting.
            bool ok = row == 0 || check(worksheet_autofilter(ws, 0, 0, last, lxw_col_t(p.header.size() - 1)), p.name);
            ok = ok && check(worksheet_write_string(ws, last + 1, 5, "I alt", m_bold), p.name);
            // The total follows the autofilter: SUBTOTAL leaves out the rows filtered away.
            if (row > 0) {
                const QByteArray formula = QStringLiteral("=SUBTOTAL(9,G2:G%1)").arg(row + 1).toLatin1();
                ok = ok && check(worksheet_write_formula_num(ws, last + 1, 6, formula.constData(), m_amountBold,
                                                             double(sheetSum.ore()) / 100.0),
                                 p.name);
            } else {
                ok = ok && check(worksheet_write_number(ws, last + 1, 6, 0, m_amountBold), p.name);
            }
            return ok;
        };
        if (!startSheet())
            return false;
        const auto writeRow = [&](const PostingExportRow &r) -> Status {
            if (row >= m_options.postingsPerSheet && !(finishSheet() && startSheet()))
                return ioError(m_error);
            const auto at = lxw_row_t(++row);
            const double day = serialDay(r.date);
            lxw_error e = day >= 0 ? worksheet_write_number(ws, at, 0, day, m_date)
                                   : worksheet_write_string(ws, at, 0, text(r.date), nullptr);
            if (e == LXW_NO_ERROR)
                e = worksheet_write_number(ws, at, 1, double(r.voucher), nullptr);
            if (e == LXW_NO_ERROR)
                e = worksheet_write_string(ws, at, 2, text(r.accountNumber), nullptr);
            if (e == LXW_NO_ERROR) {
                const auto name = names.constFind(r.accountNumber.toByteArray());
                if (name != names.cend() && !name->isEmpty())
                    e = worksheet_write_string(ws, at, 3, name->constData(), nullptr);
            }
            if (e == LXW_NO_ERROR && !r.projectName.isEmpty())
                e = worksheet_write_string(ws, at, 4, text(r.projectName), nullptr);
            if (e == LXW_NO_ERROR && !r.text.isEmpty()) {
                // A UTF-8 text of at most maxCellText bytes has at most as many characters.
                if (r.text.size() <= XlsxWriter::maxCellText) {
                    e = worksheet_write_string(ws, at, 5, text(r.text), nullptr);
                } else {
                    const QString whole = QString::fromUtf8(r.text);
                    const QString cut = fitted(whole);
                    if (cut.size() != whole.size())
                        warn(tr("The text of the posting with voucher %1 of %2 on account %3 has %4 characters, more "
                                "than a cell holds; in the sheet \"%5\", row %6, it was cut to %7, ending in "
                                "\"%8\".")
                                 .arg(r.voucher)
                                 .arg(QString::fromUtf8(r.date), QString::fromUtf8(r.accountNumber))
                                 .arg(whole.size())
                                 .arg(part == 1 ? p.name : QStringLiteral("%1 %2").arg(p.name).arg(part))
                                 .arg(row + 1)
                                 .arg(XlsxWriter::maxCellText)
                                 .arg(XlsxWriter::cutMark()));
                    e = worksheet_write_string(ws, at, 5, cut.toUtf8().constData(), nullptr);
                }
            }
            if (e == LXW_NO_ERROR)
                e = worksheet_write_number(ws, at, 6, double(r.amount) / 100.0, m_amount);
            if (!check(e, tr("Posting row %1").arg(row + 1)))
                return ioError(m_error);
            sheetSum += Money::fromOre(r.amount);
            if (++done % 10000 == 0 && m_progress && !m_progress(done, std::max(done, p.count))) {
                m_cancelled = true;
                return ioError(tr("cancelled"));
            }
            return Done{};
        };
        if (p.rows) {
            if (auto streamed = p.rows(writeRow); !streamed)
                return fail(streamed.error().message);
        }
        if (m_progress && !m_progress(done, done)) {
            m_cancelled = true;
            return fail(tr("cancelled"));
        }
        return finishSheet();
    }

    const StatementWorkbook &m_book;
    const XlsxWriter::Progress &m_progress;
    XlsxOptions m_options;
    QStringList *m_warnings;
    lxw_workbook *m_workbook = nullptr;
    QString m_error;
    bool m_cancelled = false;
    QByteArray m_title, m_subject, m_author, m_comments;
    QList<QByteArray> m_keep; // chart texts, which libxlsxwriter copies only when it closes
    lxw_format *m_bold = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_amount = nullptr;
    lxw_format *m_amountBold = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_percentBold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_headerRight = nullptr;
};

} // namespace

QString XlsxWriter::cutMark()
{
    return QStringLiteral("\u2026[afkortet]"); // "…[cut]" in the workbook's language
}

Status XlsxWriter::write(const StatementWorkbook &workbook, const QString &path, const Progress &progress,
                         const XlsxOptions &options, bool *constantMemory, QStringList *warnings)
{
    const QFileInfo target(path);
    if (target.isDir())
        return ioError(tr("%1 cannot be written: it is a folder.").arg(path));
    // Beside its place, so that the rename into place stays on one file system.
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open())
        return ioError(tr("%1 cannot be written: %2").arg(path, partial.errorString()));
    const QString partialPath = partial.fileName();
    partial.close(); // libxlsxwriter opens it by name; the object removes it unless it is renamed

    const bool constant = workbook.postings.count >= options.constantMemoryFrom;
    if (constantMemory)
        *constantMemory = constant;
    {
        const CNumbers numbers;
        Writer writer(workbook, progress, options, warnings);
        if (!writer.write(partialPath, constant)) {
            if (writer.cancelled())
                return ioError(tr("The export was cancelled; %1 was left as it was.").arg(path));
            // libxlsxwriter reports a full disk as a failed zip operation.
            return ioError(
                tr("%1 could not be written: %2")
                    .arg(path, Platform::isDiskFull(partialPath) ? Platform::errorText(ENOSPC) : writer.error()));
        }
    }
    // Readable as the file it replaces was, or as a new file is (QTemporaryFile makes it private).
    const QFileDevice::Permissions permissions = target.exists() ? QFile::permissions(path)
                                                                 : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                       QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(partialPath, permissions);
    // rename() replaces the previous file in one step (QFile::rename refuses an existing target).
    if (std::rename(QFile::encodeName(partialPath).constData(), QFile::encodeName(path).constData()) != 0)
        return ioError(tr("%1 could not be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    partial.setAutoRemove(false);
    return Done{};
}

Status XlsxWriter::exportYear(const Ledger &ledger, int year, const QString &path, const Progress &progress,
                              QStringList *warnings)
{
    auto workbook = StatementWorkbook::build(ledger, year);
    if (!workbook)
        return workbook.error();
    return write(*workbook, path, progress, {}, nullptr, warnings);
}

} // namespace annalist
