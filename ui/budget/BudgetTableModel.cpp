#include "BudgetTableModel.h"

#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "BudgetInput.h"
#include "BudgetRepository.h"
#include "BudgetSetCommand.h"
#include "LedgerSession.h"
#include "MasterDataNames.h"
#include "StatementBuilder.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QtNumeric>

namespace annalist {

BudgetTableModel::BudgetTableModel(LedgerSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &LedgerSession::dataChanged, this, &BudgetTableModel::reload);
    connect(session, &LedgerSession::yearChanged, this, &BudgetTableModel::reload);
    connect(session, &LedgerSession::ledgerOpened, this, &BudgetTableModel::reload);
    connect(session, &LedgerSession::ledgerClosed, this, &BudgetTableModel::clear);
    reload();
}

// Each total its own sentence: languages do not build "Total income" the same way.
static QString sectionTotalName(Section section)
{
    switch (section) {
    case Section::Income:
        return BudgetTableModel::tr("Total income");
    case Section::Operations:
        return BudgetTableModel::tr("Total operations");
    case Section::Projects:
        return BudgetTableModel::tr("Total projects");
    case Section::CarryOver:
        return BudgetTableModel::tr("Total carry-over");
    }
    return {};
}

QString BudgetTableModel::sectionName(Section section)
{
    return MasterDataNames::section(section);
}

void BudgetTableModel::setThroughMonth(int month)
{
    month = qBound(1, month, 12);
    if (month == m_throughMonth)
        return;
    m_throughMonth = month;
    reload();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BudgetTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_statement = Statement();
    m_year = FiscalYear();
    m_error.clear();
    endResetModel();
}

QList<BudgetTableModel::Row> BudgetTableModel::rowsOf(const Statement &statement) const
{
    QList<Row> rows;
    Figures total;
    for (Section section : {Section::Income, Section::Operations, Section::Projects, Section::CarryOver}) {
        Figures subtotal;
        bool any = false;
        for (int i = 0; i < statement.lines.size(); ++i) {
            const StatementLine &line = statement.lines.at(i);
            if (line.section != section)
                continue;
            if (!any)
                rows.append({RowKind::Heading, section, -1, {}});
            any = true;
            const Figures f{line.originalBudget, line.budgetChanges, line.budget, line.actual};
            rows.append({RowKind::Line, section, i, f});
            subtotal.original += f.original;
            subtotal.changes += f.changes;
            subtotal.budget += f.budget;
            subtotal.actual += f.actual;
        }
        if (!any)
            continue;
        rows.append({RowKind::Subtotal, section, -1, subtotal});
        total.original += subtotal.original;
        total.changes += subtotal.changes;
        total.budget += subtotal.budget;
        total.actual += subtotal.actual;
    }
    rows.append({RowKind::Total, Section::CarryOver, -1, total});
    return rows;
}

void BudgetTableModel::reload()
{
    if (!m_session->isOpen() || m_session->year() == 0) {
        clear();
        return;
    }
    const Ledger &ledger = *m_session->ledger();
    const AssociationRepository associations(ledger);
    auto statement = StatementBuilder(ledger).build(m_session->year(), m_throughMonth);
    auto year = associations.year(m_session->year());
    auto association = associations.association();
    if (!statement || !year || !*year || !association) {
        clear();
        m_error = !statement ? statement.error().message
                  : !year    ? year.error().message
                  : !*year   ? tr("The year %1 is not in the books.").arg(m_session->year())
                             : association.error().message;
        return;
    }
    m_error.clear();
    m_year = **year;
    m_association = *association;
    const QList<Row> rows = rowsOf(*statement);

    bool sameShape = rows.size() == m_rows.size() && !m_rows.isEmpty();
    for (int i = 0; sameShape && i < rows.size(); ++i) {
        const Row &a = rows.at(i);
        const Row &b = m_rows.at(i);
        sameShape =
            a == b && (a.line < 0 || statement->lines.at(a.line).accountId == m_statement.lines.at(b.line).accountId);
    }
    if (!sameShape) {
        beginResetModel();
        m_statement = *statement;
        m_rows = rows;
        endResetModel();
        return;
    }
    // The same rows with new figures: updated in place, so that the current cell and an open
    // editor stay where they are.
    m_statement = *statement;
    m_rows = rows;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

BudgetTableModel::RowKind BudgetTableModel::rowKind(int row) const
{
    return m_rows.at(row).kind;
}

const StatementLine *BudgetTableModel::lineAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != RowKind::Line)
        return nullptr;
    return &m_statement.lines.at(m_rows.at(row).line);
}

int BudgetTableModel::rowOfAccount(qint64 accountId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (const StatementLine *line = lineAt(row); line && line->accountId == accountId)
            return row;
    return -1;
}

QDate BudgetTableModel::periodEnd() const
{
    if (!m_year.start.isValid())
        return {};
    // As the statement counts it: the day before the month after the chosen one.
    return m_throughMonth >= 12 ? m_year.end : m_year.start.addMonths(m_throughMonth).addDays(-1);
}

PostingFilter BudgetTableModel::postingsFilter(int row) const
{
    PostingFilter filter;
    filter.year = m_statement.year;
    if (const StatementLine *line = lineAt(row))
        filter.accountId = line->accountId;
    if (m_throughMonth < 12)
        filter.to = periodEnd();
    return filter;
}

bool BudgetTableModel::isLarge(const Row &row) const
{
    if (row.kind != RowKind::Line || row.section == Section::CarryOver)
        return false; // carried over by decision, not budgeted
    // The validator's rule: at or above both the amount and the percentage of the budget.
    const Money deviation = row.figures.actual - row.figures.budget;
    if (deviation.isZero() || deviation.abs() < m_association.deviationWarnAmount)
        return false;
    if (row.figures.budget.isZero())
        return true;
    qint64 scaledDeviation = 0;
    qint64 scaledBudget = 0;
    if (qMulOverflow(deviation.abs().ore(), qint64(100), &scaledDeviation) ||
        qMulOverflow(row.figures.budget.abs().ore(), qint64(m_association.deviationWarnPercent), &scaledBudget))
        return true;
    return scaledDeviation >= scaledBudget;
}

bool BudgetTableModel::isLargeDeviation(int row) const
{
    return row >= 0 && row < m_rows.size() && isLarge(m_rows.at(row));
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> BudgetTableModel::amountAt(const Row &row, int column) const
{
    if (row.kind == RowKind::Heading)
        return std::nullopt;
    const Figures &f = row.figures;
    switch (column) {
    case OriginalColumn:
        return f.original;
    case ChangesColumn:
        return f.changes;
    case CorrectedColumn:
        return f.original + f.changes;
    case PeriodBudgetColumn:
        return f.budget;
    case ActualColumn:
        return f.actual;
    case DeviationColumn:
        return f.actual - f.budget;
    default:
        return std::nullopt;
    }
}

QVariant BudgetTableModel::display(const Row &row, int column) const
{
    if (const auto amount = amountAt(row, column))
        return AmountFormat::format(*amount);
    switch (row.kind) {
    case RowKind::Heading:
        return column == NameColumn ? QVariant(sectionName(row.section)) : QVariant();
    case RowKind::Subtotal:
        if (column == NameColumn)
            return sectionTotalName(row.section);
        break;
    case RowKind::Total:
        if (column == NameColumn)
            return tr("Total (operating result)");
        break;
    case RowKind::Line:
        if (column == NumberColumn)
            return m_statement.lines.at(row.line).accountNumber;
        if (column == NameColumn)
            return m_statement.lines.at(row.line).text;
        break;
    }
    if (column == PercentColumn && row.kind != RowKind::Heading) {
        StatementLine figures;
        figures.budget = row.figures.budget;
        figures.actual = row.figures.actual;
        const auto bp = figures.deviationBasisPoints();
        const QString point = QLocale().decimalPoint();
        return bp ? QVariant(formatBasisPoints(*bp, point.size() == 1 ? point.at(0) : QLatin1Char('.'))) : QVariant();
    }
    return {};
}

QString BudgetTableModel::toolTip(const Row &row, int column) const
{
    if ((column == DeviationColumn || column == PercentColumn) && isLarge(row))
        return tr("Large deviation: at least %1 % and %2 from the budget. Explain it in a note.")
            .arg(m_association.deviationWarnPercent)
            .arg(AmountFormat::format(m_association.deviationWarnAmount));
    if (row.kind != RowKind::Line)
        return {};
    if (column == OriginalColumn)
        return m_year.closed ? tr("The fiscal year %1 is closed; its budget cannot be changed.").arg(m_year.year)
                             : tr("Type the budget the year started with; empty text removes it.");
    if (column == ChangesColumn)
        return tr("Budget changes decided during the year; enter them below.");
    return tr("Press Enter or double-click to see the postings behind the figure.");
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool markedCell = (column == DeviationColumn || column == PercentColumn) && isLarge(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return column == OriginalColumn && row.kind == RowKind::Line
                   ? QVariant(AmountFormat::format(row.figures.original))
                   : display(row, column);
    case Qt::TextAlignmentRole:
        return column >= OriginalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind != RowKind::Line || markedCell) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // Readable without colour too: the cell is bold and carries a warning sign.
        return markedCell ? QVariant(QColor(0xFF, 0xD8, 0xA8)) : QVariant();
    case Qt::ForegroundRole:
        return markedCell ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::DecorationRole:
        if (markedCell && column == DeviationColumn && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case AmountRole: {
        const auto amount = amountAt(row, column);
        return amount ? QVariant(amount->ore()) : QVariant();
    }
    case LargeDeviationRole:
        return isLarge(row);
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString month = QLocale().monthName(m_throughMonth);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OriginalColumn:
            return tr("The budget the year started with.");
        case ChangesColumn:
            return tr("Budget changes decided during the year.");
        case CorrectedColumn:
            return tr("The original budget plus the changes, for the whole year.");
        case PeriodBudgetColumn:
            return tr("The corrected budget's share of January to %1, by the monthly spread.").arg(month);
        case DeviationColumn:
        case PercentColumn:
            return tr("Actual minus budget. Income is negative, so a negative deviation is always favourable.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool yearToDate = m_throughMonth < 12;
    switch (section) {
    case NumberColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case OriginalColumn:
        return tr("Original budget");
    case ChangesColumn:
        return tr("Changes");
    case CorrectedColumn:
        return tr("Corrected budget");
    case PeriodBudgetColumn:
        return yearToDate ? tr("Budget through %1").arg(month) : tr("Budget for the year");
    case ActualColumn:
        return yearToDate ? tr("Actual through %1").arg(month) : tr("Actual");
    case DeviationColumn:
        return tr("Deviation");
    case PercentColumn:
        return tr("Deviation %");
    default:
        return {};
    }
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == OriginalColumn && m_rows.at(index.row()).kind == RowKind::Line && !m_year.closed)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const StatementLine *line = lineAt(index.row());
    if (!line || index.column() != OriginalColumn)
        return false;
    const QString typed = value.toString();
    const qint64 accountId = line->accountId;
    const int year = m_statement.year;
    const QString label = line->accountNumber + QLatin1Char(' ') + line->text;

    auto refuse = [&](const QString &reason) {
        emit editRefused(index, reason, typed);
        return false;
    };
    auto amount = BudgetInput::budget(typed);
    if (!amount)
        return refuse(amount.error().message);
    auto before = BudgetRepository(*m_session->ledger()).budget(accountId, year);
    if (!before)
        return refuse(before.error().message);
    std::optional<Budget> after;
    if (*amount)
        after = Budget{accountId, year, **amount, *before ? (*before)->note : QString()};
    if (before->has_value() == after.has_value() && (!after || (*before)->amount == after->amount))
        return true;
    if (auto done =
            m_session->execute(std::make_unique<BudgetSetCommand>(m_session, accountId, year, label, *before, after));
        !done)
        return refuse(done.error().message);
    return true;
}

} // namespace annalist
