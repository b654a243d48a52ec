#pragma once

#include "ChartData.h"
#include "Entities.h"
#include "Result.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace annalist {

class Ledger;

// Computes the data of every chart from the statement and the project and member data. The
// static functions take the plain structures, so that each chart is tested on its own.
class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ChartDataBuilder)

public:
    explicit ChartDataBuilder(const Ledger &ledger, ChartLanguage language = ChartLanguage::Interface)
        : m_ledger(ledger), m_language(language)
    {
    }

    // Every chart of the statement's year, in the order of allChartKinds().
    Result<QList<ChartData>> build(const Statement &statement) const;
    Result<ChartData> build(ChartKind kind, const Statement &statement) const;

    // Where the money went: each operating line a slice, the projects together one slice; the
    // carry-over and any negative line are named under the chart instead.
    static ChartData spending(const Statement &statement, ChartLanguage language = ChartLanguage::Interface);
    // Actual against the corrected budget per project, in the statement's order.
    static ChartData projects(const Statement &statement, const QList<Project> &projects,
                              ChartLanguage language = ChartLanguage::Interface);
    // The projects' spend by phase: one series per project, its spend in its phase's column.
    static ChartData portfolio(const Statement &statement, const QList<Project> &projects,
                               ChartLanguage language = ChartLanguage::Interface);
    // What each member municipality paid in the year.
    static ChartData members(int year, const QList<Contribution> &contributions,
                             ChartLanguage language = ChartLanguage::Interface);
    // Income, expenses and operating result of every year with postings, oldest first.
    static ChartData years(int year, const QList<Statement> &statements,
                           ChartLanguage language = ChartLanguage::Interface);

    // The colour of each project, by id: its place among the projects in the statement's order.
    static QHash<qint64, QColor> projectColours(const Statement &statement, const QList<Project> &projects);

private:
    // The projects in the statement's order of their accounts.
    static QList<Project> inStatementOrder(const Statement &statement, const QList<Project> &projects);
    Result<QList<Statement>> statementsOfEveryYear(const Statement &current) const;
    // The interface's words, or the report's Danish ones.
    static QString say(ChartLanguage language, const QString &interfaceWords, const char16_t *danish);
    static void setUnits(ChartData &chart, ChartLanguage language);

    const Ledger &m_ledger;
    ChartLanguage m_language;
};

} // namespace annalist
