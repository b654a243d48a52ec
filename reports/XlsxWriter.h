#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace annalist {

class Ledger;
struct StatementWorkbook;

struct XlsxOptions
{
    // From this many postings on, the workbook is written in constant-memory mode.
    qint64 constantMemoryFrom = 50000;
    // Postings per sheet; beyond it they go on in "Posteringer 2" and so on (Excel's limit is
    // 1,048,576 rows, the header and the total row included).
    qint64 postingsPerSheet = 1048574;
};

// Writes the statement workbook as an XLSX file with libxlsxwriter: formulas with their computed
// results stored, Danish labels, page set-up for A4, native charts. The file is written beside its
// place and renamed into place when complete, so a failure or a cancel leaves the previous file.
//
// Memory: libxlsxwriter keeps every cell of a sheet in memory until it closes the workbook (about
// 770 MB for a million postings), unless the workbook is in constant-memory mode, which 1.1.4 sets
// for the whole workbook: then each row goes to a temporary file when the next one starts, rows
// must come in order, and charts get no cached data (Excel and LibreOffice draw them from the
// cells; a viewer that draws only the cache shows them empty). Every sheet is written in row
// order either way, so the mode changes nothing but the charts' caches; it is used from
// XlsxOptions::constantMemoryFrom postings on.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(annalist::XlsxWriter)

public:
    // Called every few thousand postings with the postings written and those counted; returning
    // false cancels, leaving the previous file as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `constantMemory`, when given, tells whether the workbook went out in constant-memory mode.
    // A text longer than a cell holds (Excel's 32,767 characters) is cut, with a visible mark at its
    // end, and `warnings`, when given, gets a line naming the cell or posting.
    static Status write(const StatementWorkbook &workbook, const QString &path, const Progress &progress = {},
                        const XlsxOptions &options = {}, bool *constantMemory = nullptr,
                        QStringList *warnings = nullptr);

    // Builds the workbook of `year` from the ledger and writes it: what File > Export > Excel and
    // `annalist export-xlsx` call. Run it on the thread that owns the ledger's connection.
    static Status exportYear(const Ledger &ledger, int year, const QString &path, const Progress &progress = {},
                             QStringList *warnings = nullptr);

    // The most characters (UTF-16 code units, as Excel counts them) a cell holds, and the mark at
    // the end of a text cut to fit.
    static constexpr qsizetype maxCellText = 32767;
    static QString cutMark();
};

} // namespace annalist
