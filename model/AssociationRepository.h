#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// The association, its fiscal years and where the data came from.
class AssociationRepository
{
public:
    explicit AssociationRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Result<Association> association() const;
    Status setAssociation(const Association &association) const;

    Result<QList<FiscalYear>> years() const;
    Result<std::optional<FiscalYear>> year(int year) const;
    Status addYear(const FiscalYear &year) const;
    // Marks an open year closed, signed by `signedBy` at `at`; YearClosing does the rest of a closing.
    Status closeYear(int year, const QString &signedBy, const QDateTime &at) const;
    // Opens a closed year again, keeping who signed it, with the reason and the moment.
    Status reopenYear(int year, const QString &reason, const QDateTime &at) const;
    // Whether nothing refers to the year: no postings, budgets, contributions, control totals, notes or report.
    Result<bool> yearIsUnused(int year) const;
    // Removes the fiscal year when nothing refers to it; whether it did.
    Result<bool> removeYearIfUnused(int year) const;

    Result<QList<Provenance>> provenance() const;
    Status setProvenance(const Provenance &provenance) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
