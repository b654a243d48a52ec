#pragma once

#include "Entities.h"
#include "PostingBulkWriter.h"
#include "Result.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace annalist {

class Ledger;

// One cell of a sheet. A formula carries its computed result in `value`, so that a reader that
// does not recalculate shows the right figure.
struct WorkbookCell
{
    enum class Kind { Empty, Text, Amount, Integer, Percent, Date };
    Kind kind = Kind::Empty;
    QString text;
    double value = 0; // Amount: kroner (øre / 100); Integer; Percent: a fraction (0.05 is 5 %)
    QDate date;
    QString formula; // "=SUM(C2:C9)"; empty for a plain value
    bool bold = false;
    bool wrap = false;

    static WorkbookCell textCell(const QString &text, bool bold = false);
    static WorkbookCell amount(Money money, bool bold = false);
    static WorkbookCell amountFormula(const QString &formula, Money result, bool bold = false);
    static WorkbookCell integer(qint64 value);
    static WorkbookCell percentFormula(const QString &formula, double result, bool bold = false);
};

struct WorkbookRow
{
    QList<WorkbookCell> cells;
};

// A native chart: its categories and each series' values are ranges of cells ("='Diagrammer'!$A$2:$A$7").
struct WorkbookChart
{
    enum class Type { Pie, Column };
    struct Series
    {
        QString name;
        QString values;
    };
    Type type = Type::Column;
    QString title;
    QString categories;
    QList<Series> series;
    int row = 0; // where its top left corner sits
    int column = 0;
};

struct WorkbookSheet
{
    QString name;
    QStringList header;      // row 1, bold, frozen and repeated on every printed page
    QList<double> widths;    // per column, in characters
    QList<WorkbookRow> rows; // from row 2
    QList<WorkbookChart> charts;
    bool landscape = false;
};

// The postings of the year: too many to hold, so the sheet holds how to read them and the
// writer streams them from the ledger in date order, one row at a time.
struct PostingsSheet
{
    QString name;
    QStringList header;
    QList<double> widths;
    int year = 0;
    qint64 count = 0; // as counted when the workbook was built; the total row counts what came
    // Calls `row` for each posting in date and voucher order, stopping at the first failure.
    std::function<Status(const std::function<Status(const PostingExportRow &)> &row)> rows;
    QHash<QString, QString> accountNames; // by account number
};

// The statement workbook of one year for the board, computed once from the ledger: every sheet
// as plain rows of cells, in Danish whatever the interface's language. The XLSX writer reads it.
struct StatementWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(annalist::StatementWorkbook)

public:
    int year = 0;
    QString associationName;
    // Document properties.
    QString title;
    QString subject;
    QString author;
    QString comments;
    QDateTime created; // now when not set

    // Resultatopgørelse, Noter, Budget, Projekter, Medlemmer: written before the postings.
    QList<WorkbookSheet> sheets;
    PostingsSheet postings;
    // Diagrammer: its data tables and the charts drawn from them, written last.
    WorkbookSheet charts;

    static Result<StatementWorkbook> build(const Ledger &ledger, int year);
    // The sheet names in the order of the workbook (Posteringer once, however many parts it takes).
    QStringList sheetNames() const;
    // "'Resultatopgørelse'!$C$2": an absolute reference with the sheet name quoted.
    static QString reference(const QString &sheet, int row, int column);
    static QString range(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);
    // "C2" (row and column from 0).
    static QString cell(int row, int column);
};

} // namespace annalist
