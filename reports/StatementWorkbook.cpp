#include "StatementWorkbook.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ChartDataBuilder.h"
#include "MasterDataNames.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "StatementFormatter.h"

#include <QHash>

namespace annalist {
namespace {

using Cell = WorkbookCell;

double kroner(Money m)
{
    return double(m.ore()) / 100.0;
}

// The deviation over the absolute budget, as the sheet's formula computes it.
double deviationFraction(Money deviation, Money budget)
{
    return budget.isZero() ? 0.0 : double(deviation.ore()) / double(budget.abs().ore());
}

Cell noteCell(const std::optional<int> &note)
{
    return note ? Cell::integer(*note) : Cell();
}

QString sectionHeading(Section section)
{
    switch (section) {
    case Section::Income:
        return QStringLiteral("Indtægter");
    case Section::Operations:
        return QStringLiteral("Drift");
    case Section::Projects:
        return QStringLiteral("Projekter");
    case Section::CarryOver:
        return QStringLiteral("Overførsler");
    }
    return {};
}

// The row number a formula uses for the sheet's rows.at(index): the header is row 1.
int excelRow(qsizetype index)
{
    return int(index) + 2;
}

QString column(int c)
{
    return QString(QChar(u'A' + c));
}

// "=SUM(C2:C9)" over one column of consecutive rows, or "=C2+C5+..." over scattered ones.
QString sumOf(int col, const QList<int> &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("=0");
    bool consecutive = true;
    for (int i = 1; i < rows.size(); ++i)
        consecutive = consecutive && rows.at(i) == rows.at(i - 1) + 1;
    if (consecutive)
        return QStringLiteral("=SUM(%1%2:%1%3)").arg(column(col)).arg(rows.constFirst()).arg(rows.constLast());
    QStringList terms;
    for (int r : rows)
        terms.append(column(col) + QString::number(r));
    return QLatin1Char('=') + terms.join(QLatin1Char('+'));
}

// Row numbers of the published statement's lines, by account, and of its total.
struct StatementRows
{
    QHash<qint64, int> line;
    int total = 0;
};

WorkbookSheet publishedSheet(const Statement &s, StatementRows *where)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Resultatopgørelse");
    sheet.header = StatementFormatter::table(s, StatementFormatter::Layout::Published).header;
    sheet.widths = {6, 44, 17, 17, 17};
    QList<int> lineRows;
    bool headingDone = false;
    for (const StatementLine &line : s.lines) {
        if (line.section == Section::Projects && !headingDone) {
            sheet.rows.append({{noteCell(s.projectsNote), Cell::textCell(Statement::projectsHeading(), true)}});
            headingDone = true;
        }
        const int r = excelRow(sheet.rows.size());
        const bool income = line.section == Section::Income;
        sheet.rows.append(
            {{noteCell(line.note), Cell::textCell(line.text), income ? Cell::amount(line.income()) : Cell(),
              income ? Cell() : Cell::amount(line.expenses()),
              Cell::amountFormula(QStringLiteral("=C%1+D%1").arg(r), line.net())}});
        lineRows.append(r);
        where->line.insert(line.accountId, r);
    }
    // Over every row from the first line to the last: the heading between them holds no amounts.
    const QList<int> span = lineRows.isEmpty() ? QList<int>() : QList<int>{lineRows.constFirst(), lineRows.constLast()};
    const auto total = [&span](int col) {
        return span.isEmpty() ? QStringLiteral("=0")
                              : QStringLiteral("=SUM(%1%2:%1%3)").arg(column(col)).arg(span.at(0)).arg(span.at(1));
    };
    const int t = excelRow(sheet.rows.size());
    sheet.rows.append(
        {{Cell(), Cell::textCell(Statement::totalLabel(), true), Cell::amountFormula(total(2), s.incomeTotal(), true),
          Cell::amountFormula(total(3), s.expensesTotal(), true),
          Cell::amountFormula(total(4), s.operatingResult(), true)}});
    where->total = t;
    sheet.rows.append(WorkbookRow());
    sheet.rows.append({{noteCell(s.resultNote), Cell::textCell(Statement::resultLabel(s.year), true), Cell(), Cell(),
                        Cell::amountFormula(QStringLiteral("=C%1+D%1").arg(t), s.operatingResult(), true)}});
    return sheet;
}

WorkbookSheet notesSheet(const QList<Note> &notes)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Noter");
    sheet.header = {QStringLiteral("Note"), QStringLiteral("Overskrift"), QStringLiteral("Tekst")};
    sheet.widths = {6, 30, 90};
    for (const Note &n : notes) {
        Cell text = Cell::textCell(n.text);
        text.wrap = true;
        sheet.rows.append({{Cell::integer(n.number), Cell::textCell(n.title), text}});
    }
    return sheet;
}

// Budget, actual, deviation and deviation % of one line or total; columns C to H.
QList<Cell> budgetColumns(int r, const QString &original, Money originalValue, const QString &changes,
                          Money changesValue, Money budget, const QString &actual, Money actualValue, bool bold)
{
    QList<Cell> cells;
    const auto value = [bold](const QString &formula, Money m) {
        return formula.isEmpty() ? Cell::amount(m, bold) : Cell::amountFormula(formula, m, bold);
    };
    cells << value(original, originalValue) << value(changes, changesValue);
    // The corrected budget is the sum of the two where it is (always, for a whole year).
    cells << (budget == originalValue + changesValue
                  ? Cell::amountFormula(QStringLiteral("=C%1+D%1").arg(r), budget, bold)
                  : Cell::amount(budget, bold));
    cells << value(actual, actualValue);
    const Money deviation = actualValue - budget;
    cells << Cell::amountFormula(QStringLiteral("=F%1-E%1").arg(r), deviation, bold);
    cells << (budget.isZero() ? Cell()
                              : Cell::percentFormula(QStringLiteral("=G%1/ABS(E%1)").arg(r),
                                                     deviationFraction(deviation, budget), bold));
    return cells;
}

WorkbookSheet budgetSheet(const Statement &s)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Budget");
    sheet.header = {QStringLiteral("Konto"),     QStringLiteral("Tekst"),        QStringLiteral("Opr. budget"),
                    QStringLiteral("Tillæg"),    QStringLiteral("Korr. budget"), QStringLiteral("Regnskab"),
                    QStringLiteral("Afvigelse"), QStringLiteral("Afvigelse %")};
    sheet.widths = {8, 40, 16, 16, 16, 16, 16, 12};
    sheet.landscape = true;
    QList<int> subtotals;
    Money original, changes, budget, actual;
    for (Section section : {Section::Income, Section::Operations, Section::Projects, Section::CarryOver}) {
        const QList<StatementLine> lines = s.linesIn(section);
        if (lines.isEmpty())
            continue;
        sheet.rows.append({{Cell(), Cell::textCell(sectionHeading(section), true)}});
        QList<int> rows;
        Money o, c, b, a;
        for (const StatementLine &line : lines) {
            const int r = excelRow(sheet.rows.size());
            rows.append(r);
            WorkbookRow row{{Cell::textCell(line.accountNumber), Cell::textCell(line.text)}};
            row.cells +=
                budgetColumns(r, {}, line.originalBudget, {}, line.budgetChanges, line.budget, {}, line.actual, false);
            sheet.rows.append(row);
            o += line.originalBudget;
            c += line.budgetChanges;
            b += line.budget;
            a += line.actual;
        }
        const int r = excelRow(sheet.rows.size());
        subtotals.append(r);
        WorkbookRow row{
            {Cell(), Cell::textCell(QStringLiteral("I alt %1").arg(sectionHeading(section).toLower()), true)}};
        row.cells += budgetColumns(r, sumOf(2, rows), o, sumOf(3, rows), c, b, sumOf(5, rows), a, true);
        // The corrected budget of a subtotal is the sum of its lines' too.
        row.cells[4] = Cell::amountFormula(sumOf(4, rows), b, true);
        sheet.rows.append(row);
        original += o;
        changes += c;
        budget += b;
        actual += a;
    }
    const int r = excelRow(sheet.rows.size());
    WorkbookRow total{{Cell(), Cell::textCell(Statement::totalLabel(), true)}};
    total.cells += budgetColumns(r, sumOf(2, subtotals), original, sumOf(3, subtotals), changes, budget,
                                 sumOf(5, subtotals), actual, true);
    total.cells[4] = Cell::amountFormula(sumOf(4, subtotals), budget, true);
    sheet.rows.append(total);
    return sheet;
}

WorkbookSheet projectsSheet(const Statement &s, const QList<Project> &projects, QHash<qint64, int> *projectRows)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Projekter");
    sheet.header = {QStringLiteral("Projekt"),    QStringLiteral("Konto"),  QStringLiteral("Styregruppe"),
                    QStringLiteral("Regnskab"),   QStringLiteral("Budget"), QStringLiteral("Afvigelse"),
                    QStringLiteral("Afvigelse %")};
    sheet.widths = {36, 8, 30, 16, 16, 16, 12};
    sheet.landscape = true;
    const auto money = [](const QString &formula, Money m, bool bold) {
        return formula.isEmpty() ? Cell::amount(m, bold) : Cell::amountFormula(formula, m, bold);
    };
    const auto tail = [&](int r, const QString &actualFormula, Money actual, const QString &budgetFormula, Money budget,
                          bool bold) {
        QList<Cell> cells{money(actualFormula, actual, bold), money(budgetFormula, budget, bold),
                          Cell::amountFormula(QStringLiteral("=D%1-E%1").arg(r), actual - budget, bold)};
        cells << (budget.isZero() ? Cell()
                                  : Cell::percentFormula(QStringLiteral("=F%1/ABS(E%1)").arg(r),
                                                         deviationFraction(actual - budget, budget), bold));
        return cells;
    };
    QList<int> subtotals;
    Money actualAll, budgetAll;
    for (Phase phase : MasterDataNames::phases()) {
        QList<const Project *> inPhase;
        for (const Project &p : projects)
            if (p.phase == phase && s.line(p.accountId))
                inPhase.append(&p);
        if (inPhase.isEmpty())
            continue;
        sheet.rows.append({{Cell::textCell(MasterDataNames::phaseInReport(phase), true)}});
        QList<int> rows;
        Money actual, budget;
        for (const Project *p : inPhase) {
            const StatementLine *line = s.line(p->accountId);
            const int r = excelRow(sheet.rows.size());
            rows.append(r);
            projectRows->insert(p->id, r);
            WorkbookRow row{
                {Cell::textCell(p->name), Cell::textCell(line->accountNumber), Cell::textCell(p->steeringGroup)}};
            row.cells += tail(r, {}, line->actual, {}, line->budget, false);
            sheet.rows.append(row);
            actual += line->actual;
            budget += line->budget;
        }
        const int r = excelRow(sheet.rows.size());
        subtotals.append(r);
        WorkbookRow row{{Cell::textCell(QStringLiteral("I alt %1").arg(MasterDataNames::phaseInReport(phase)), true),
                         Cell(), Cell()}};
        row.cells += tail(r, sumOf(3, rows), actual, sumOf(4, rows), budget, true);
        sheet.rows.append(row);
        actualAll += actual;
        budgetAll += budget;
    }
    const int r = excelRow(sheet.rows.size());
    WorkbookRow total{{Cell::textCell(Statement::totalLabel(), true), Cell(), Cell()}};
    total.cells += tail(r, sumOf(3, subtotals), actualAll, sumOf(4, subtotals), budgetAll, true);
    sheet.rows.append(total);
    return sheet;
}

WorkbookSheet membersSheet(const Statement &s, const QList<Contribution> &contributions,
                           const std::optional<qint64> &contributionsAccount, const StatementRows &statementRows,
                           const QString &statementSheet)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Medlemmer");
    sheet.header = {QStringLiteral("Kommune"), QStringLiteral("Basistilskud")};
    sheet.widths = {44, 17};
    QList<int> rows;
    Money paid;
    for (const Contribution &c : contributions) {
        rows.append(excelRow(sheet.rows.size()));
        sheet.rows.append({{Cell::textCell(c.municipality), Cell::amount(c.amount)}});
        paid += c.amount;
    }
    const int t = excelRow(sheet.rows.size());
    sheet.rows.append(
        {{Cell::textCell(Statement::totalLabel(), true), Cell::amountFormula(sumOf(1, rows), paid, true)}});
    const StatementLine *line = contributionsAccount ? s.line(*contributionsAccount) : nullptr;
    if (line && statementRows.line.contains(line->accountId)) {
        // The line's income is negative; the members pay positive amounts.
        sheet.rows.append(WorkbookRow());
        const int l = excelRow(sheet.rows.size());
        const QString ref = StatementWorkbook::reference(statementSheet, statementRows.line.value(line->accountId), 2);
        sheet.rows.append({{Cell::textCell(QStringLiteral("Resultatopgørelsen: %1").arg(line->text)),
                            Cell::amountFormula(QStringLiteral("=-%1").arg(ref), -line->actual)}});
        sheet.rows.append({{Cell::textCell(QStringLiteral("Forskel"), true),
                            Cell::amountFormula(QStringLiteral("=B%1-B%2").arg(t).arg(l), paid + line->actual, true)}});
    }
    return sheet;
}

// The charts' data tables (spending in A:B, projects in D:F) and the charts drawn from them. The
// tables refer to the statement and the projects sheet, so the charts follow any change there.
WorkbookSheet chartsSheet(const Statement &s, const QList<Project> &projects, const StatementRows &statementRows,
                          const QString &statementSheet, const QHash<qint64, int> &projectRows,
                          const QString &projectsSheet)
{
    WorkbookSheet sheet;
    sheet.name = QStringLiteral("Diagrammer");
    sheet.header = {QStringLiteral("Område"),  QStringLiteral("Udgifter"), QString(),
                    QStringLiteral("Projekt"), QStringLiteral("Regnskab"), QStringLiteral("Budget")};
    sheet.widths = {28, 16, 3, 36, 16, 16};
    const auto cellAt = [&sheet](int index, int col) -> Cell & {
        while (sheet.rows.size() <= index)
            sheet.rows.append(WorkbookRow());
        QList<Cell> &cells = sheet.rows[index].cells;
        while (cells.size() <= col)
            cells.append(Cell());
        return cells[col];
    };

    const ChartData spending = ChartDataBuilder::spending(s, ChartLanguage::Report);
    // The spending chart's categories: each operating line with expenses, then the projects together.
    QList<QString> formulas;
    for (const StatementLine &line : s.linesIn(Section::Operations))
        if (line.actual.ore() > 0)
            formulas.append(QLatin1Char('=') +
                            StatementWorkbook::reference(statementSheet, statementRows.line.value(line.accountId), 3));
    QList<int> projectLineRows;
    for (const StatementLine &line : s.linesIn(Section::Projects))
        projectLineRows.append(statementRows.line.value(line.accountId));
    if (!projectLineRows.isEmpty()) {
        QStringList terms;
        for (int r : projectLineRows)
            terms.append(StatementWorkbook::reference(statementSheet, r, 3));
        formulas.append(QStringLiteral("=SUM(%1)").arg(terms.join(QLatin1Char(','))));
    }
    if (!spending.isEmpty()) {
        const ChartSeries &series = spending.series.constFirst();
        for (int i = 0; i < spending.categories.size(); ++i) {
            cellAt(i, 0) = Cell::textCell(spending.categories.at(i));
            // Where the chart's own selection and the formulas part ways, the value stands alone.
            cellAt(i, 1) = i < formulas.size() ? Cell::amountFormula(formulas.at(i), series.values.at(i))
                                               : Cell::amount(series.values.at(i));
        }
        const int last = int(spending.categories.size());
        WorkbookChart chart;
        chart.type = WorkbookChart::Type::Pie;
        chart.title = spending.title;
        chart.categories = QLatin1Char('=') + StatementWorkbook::range(sheet.name, 1, 0, last, 0);
        chart.series.append({series.name, QLatin1Char('=') + StatementWorkbook::range(sheet.name, 1, 1, last, 1)});
        chart.row = 1;
        chart.column = 7;
        sheet.charts.append(chart);
    }

    const ChartData byProject = ChartDataBuilder::projects(s, projects, ChartLanguage::Report);
    if (!byProject.isEmpty()) {
        QHash<QString, qint64> idByName;
        for (const Project &p : projects)
            idByName.insert(p.name, p.id);
        const ChartSeries &actual = byProject.series.constFirst();
        for (int i = 0; i < byProject.categories.size(); ++i) {
            const QString &name = byProject.categories.at(i);
            cellAt(i, 3) = Cell::textCell(name);
            const int r = projectRows.value(idByName.value(name), 0);
            if (r > 0) {
                cellAt(i, 4) = Cell::amountFormula(QLatin1Char('=') + StatementWorkbook::reference(projectsSheet, r, 3),
                                                   actual.values.at(i));
                cellAt(i, 5) = Cell::amountFormula(QLatin1Char('=') + StatementWorkbook::reference(projectsSheet, r, 4),
                                                   byProject.budgets.at(i));
            } else {
                cellAt(i, 4) = Cell::amount(actual.values.at(i));
                cellAt(i, 5) = Cell::amount(byProject.budgets.at(i));
            }
        }
        const int last = int(byProject.categories.size());
        WorkbookChart chart;
        chart.type = WorkbookChart::Type::Column;
        chart.title = byProject.title;
        chart.categories = QLatin1Char('=') + StatementWorkbook::range(sheet.name, 1, 3, last, 3);
        chart.series.append({actual.name, QLatin1Char('=') + StatementWorkbook::range(sheet.name, 1, 4, last, 4)});
        chart.series.append(
            {byProject.budgetLabel, QLatin1Char('=') + StatementWorkbook::range(sheet.name, 1, 5, last, 5)});
        chart.row = 22;
        chart.column = 7;
        sheet.charts.append(chart);
    }
    return sheet;
}

} // namespace

WorkbookCell WorkbookCell::textCell(const QString &text, bool bold)
{
    WorkbookCell c;
    c.kind = Kind::Text;
    c.text = text;
    c.bold = bold;
    return c;
}

WorkbookCell WorkbookCell::amount(Money money, bool bold)
{
    WorkbookCell c;
    c.kind = Kind::Amount;
    c.value = kroner(money);
    c.bold = bold;
    return c;
}

WorkbookCell WorkbookCell::amountFormula(const QString &formula, Money result, bool bold)
{
    WorkbookCell c = amount(result, bold);
    c.formula = formula;
    return c;
}

WorkbookCell WorkbookCell::integer(qint64 value)
{
    WorkbookCell c;
    c.kind = Kind::Integer;
    c.value = double(value);
    return c;
}

WorkbookCell WorkbookCell::percentFormula(const QString &formula, double result, bool bold)
{
    WorkbookCell c;
    c.kind = Kind::Percent;
    c.formula = formula;
    c.value = result;
    c.bold = bold;
    return c;
}

QString StatementWorkbook::cell(int row, int col)
{
    return column(col) + QString::number(row + 1);
}

QString StatementWorkbook::reference(const QString &sheet, int row, int col)
{
    // `row` here is the row number a formula uses (from 1).
    QString quoted = sheet;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("'%1'!$%2$%3").arg(quoted, column(col)).arg(row);
}

QString StatementWorkbook::range(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    // Rows from 0, as libxlsxwriter counts them.
    QString quoted = sheet;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("'%1'!$%2$%3:$%4$%5")
        .arg(quoted, column(firstColumn))
        .arg(firstRow + 1)
        .arg(column(lastColumn))
        .arg(lastRow + 1);
}

QStringList StatementWorkbook::sheetNames() const
{
    QStringList names;
    for (const WorkbookSheet &s : sheets)
        names.append(s.name);
    return names << postings.name << charts.name;
}

Result<StatementWorkbook> StatementWorkbook::build(const Ledger &ledger, int year)
{
    auto statement = StatementBuilder(ledger).build(year);
    if (!statement)
        return statement.error();
    auto association = AssociationRepository(ledger).association();
    if (!association)
        return association.error();
    auto notes = NoteRepository(ledger).notes(year);
    if (!notes)
        return notes.error();
    const AccountRepository accountRepository(ledger);
    auto projects = accountRepository.projects(year);
    if (!projects)
        return projects.error();
    auto accounts = accountRepository.accounts(year);
    if (!accounts)
        return accounts.error();
    auto contributions = MemberRepository(ledger).contributions(year);
    if (!contributions)
        return contributions.error();
    auto count = PostingRepository(ledger).count(year);
    if (!count)
        return count.error();

    StatementWorkbook book;
    book.year = year;
    book.associationName = association->name;
    book.title = QStringLiteral("Resultatopgørelse %1").arg(year);
    book.subject = QStringLiteral("Regnskab og budget %1 for %2").arg(year).arg(association->name);
    book.author = association->name;
    book.comments = QStringLiteral("Skrevet af Annalist %1").arg(QCoreApplication::applicationVersion());

    StatementRows statementRows;
    book.sheets.append(publishedSheet(*statement, &statementRows));
    book.sheets.append(notesSheet(*notes));
    book.sheets.append(budgetSheet(*statement));
    QHash<qint64, int> projectRows;
    book.sheets.append(projectsSheet(*statement, *projects, &projectRows));
    std::optional<qint64> contributionsAccount;
    for (const Account &a : *accounts) {
        book.postings.accountNames.insert(a.number, a.name);
        if (a.isContributions)
            contributionsAccount = a.id;
    }
    const QString statementSheet = book.sheets.constFirst().name;
    book.sheets.append(membersSheet(*statement, *contributions, contributionsAccount, statementRows, statementSheet));

    PostingsSheet &p = book.postings;
    p.name = QStringLiteral("Posteringer");
    p.header = {QStringLiteral("Dato"),      QStringLiteral("Bilag"),   QStringLiteral("Konto"),
                QStringLiteral("Kontonavn"), QStringLiteral("Projekt"), QStringLiteral("Tekst"),
                QStringLiteral("Beløb")};
    p.widths = {11, 9, 8, 30, 30, 44, 16};
    p.year = year;
    p.count = *count;
    p.rows = [&ledger, year](const std::function<Status(const PostingExportRow &)> &row) {
        return PostingBulkWriter::eachOfYear(ledger, year, row);
    };

    book.charts =
        chartsSheet(*statement, *projects, statementRows, statementSheet, projectRows, book.sheets.at(3).name);
    return book;
}

} // namespace annalist
