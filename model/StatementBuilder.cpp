#include "StatementBuilder.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "Ledger.h"
#include "NoteRepository.h"
#include "PostingRepository.h"

#include <QCoreApplication>

namespace annalist {

Result<Statement> StatementBuilder::build(int year, int throughMonth) const
{
    if (throughMonth < 1 || throughMonth > 12)
        return usageError(
            QCoreApplication::translate("StatementBuilder", "The month must be 1 to 12, not %1.").arg(throughMonth));
    const AssociationRepository associations(m_ledger);
    auto fiscalYear = associations.year(year);
    if (!fiscalYear)
        return fiscalYear.error();
    if (!fiscalYear->has_value())
        return badInput(QCoreApplication::translate("StatementBuilder", "The year %1 is not in the books of %2.")
                            .arg(year)
                            .arg(m_ledger.path()));
    auto association = associations.association();
    if (!association)
        return association.error();

    QDate through;
    if (throughMonth < 12) {
        const QDate start = (*fiscalYear)->start;
        through = start.addMonths(throughMonth).addDays(-1);
    }

    const PostingRepository postings(m_ledger);
    auto totals = postings.totalsByAccount(year, through);
    if (!totals)
        return totals.error();
    auto budgets = BudgetRepository(m_ledger).budgets(year);
    if (!budgets)
        return budgets.error();
    auto accounts = AccountRepository(m_ledger).accounts(year);
    if (!accounts)
        return accounts.error();
    auto notes = NoteRepository(m_ledger).notes(year);
    if (!notes)
        return notes.error();

    Statement statement;
    statement.year = year;
    statement.throughMonth = throughMonth;
    statement.associationName = association->name;
    statement.profitCentre = association->profitCentre;
    for (const Account &account : *accounts) {
        const bool posted = totals->contains(account.id);
        const bool budgeted = budgets->contains(account.id);
        // Carry-over lines belong to the year they carry into only; other active accounts always show.
        const bool shown = posted || budgeted || (account.active && account.section != Section::CarryOver);
        if (!shown)
            continue;
        StatementLine line;
        line.accountId = account.id;
        line.accountNumber = account.number;
        line.text = account.name;
        line.section = account.section;
        line.note = account.note;
        line.actual = totals->value(account.id);
        const AccountBudget budget = budgets->value(account.id);
        line.originalBudget = budget.original;
        line.budgetChanges = budget.changes;
        line.budget = budgeted ? budget.throughMonth(throughMonth) : Money();
        statement.lines.append(line);
    }
    for (const Note &note : *notes) {
        if (note.attached == NoteAttachment::Projects)
            statement.projectsNote = note.number;
        else if (note.attached == NoteAttachment::Result)
            statement.resultNote = note.number;
    }
    for (auto it = totals->cbegin(); it != totals->cend(); ++it)
        statement.postingsTotal += it.value();
    return statement;
}

} // namespace annalist
