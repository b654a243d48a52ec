#pragma once

#include "Entities.h"
#include "PostingRepository.h"
#include "Statement.h"

#include <QAbstractTableModel>

namespace annalist {

class LedgerSession;

// The budget of the session's year as a table: the accounts by section, each with its original
// budget, changes, corrected budget, actual and deviation, for the whole year or the year to
// date; a subtotal per section and a total. It follows the ledger: every change is read back.
// The original budget is edited in place through an undoable command; a refused edit says why
// (editRefused).
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        NameColumn,
        OriginalColumn,
        ChangesColumn,
        CorrectedColumn,
        PeriodBudgetColumn, // the corrected budget's share of the period; the same as corrected for the year
        ActualColumn,
        DeviationColumn,
        PercentColumn,
        ColumnCount
    };
    enum class RowKind { Heading, Line, Subtotal, Total };
    enum Role {
        AmountRole = Qt::UserRole + 1, // the cell's amount in øre (qint64), for amount columns
        LargeDeviationRole,            // true where the deviation is at or above the association's limits
    };

    explicit BudgetTableModel(LedgerSession *session, QObject *parent = nullptr);

    // 12: the whole year; 1-11: January up to and including that month.
    void setThroughMonth(int month);
    int throughMonth() const { return m_throughMonth; }
    // Reads the year's figures again; rows that stay keep their place, so editing goes on.
    void reload();

    const Statement &statement() const { return m_statement; }
    QString loadError() const { return m_error; }
    bool isYearClosed() const { return m_year.closed; }
    const Association &association() const { return m_association; }

    RowKind rowKind(int row) const;
    // The statement line shown in `row`, or none for headings and totals.
    const StatementLine *lineAt(int row) const;
    int rowOfAccount(qint64 accountId) const;
    bool isLargeDeviation(int row) const;
    // The postings behind a row's actual: the account's (every account's for totals) in the period.
    PostingFilter postingsFilter(int row) const;
    // The period shown: the fiscal year's start, and its end or the end of the chosen month.
    QDate periodStart() const { return m_year.start; }
    QDate periodEnd() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Parses the typed original budget and runs a BudgetSetCommand; refuses with editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString sectionName(Section section);

signals:
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);

private:
    struct Figures
    {
        Money original;
        Money changes;
        Money budget; // for the period
        Money actual;
    };
    struct Row
    {
        RowKind kind = RowKind::Line;
        Section section = Section::Operations;
        int line = -1; // index into m_statement.lines
        Figures figures;
        bool operator==(const Row &o) const { return kind == o.kind && section == o.section && line == o.line; }
    };
    QList<Row> rowsOf(const Statement &statement) const;
    std::optional<Money> amountAt(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    bool isLarge(const Row &row) const;
    void clear();

    LedgerSession *m_session;
    int m_throughMonth = 12;
    Statement m_statement;
    FiscalYear m_year;
    Association m_association;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace annalist
