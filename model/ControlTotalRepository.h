#pragma once

#include "Entities.h"
#include "Result.h"

namespace annalist {

class Ledger;

// Totals entered from the ERP system, to check the ledger against.
class ControlTotalRepository
{
public:
    explicit ControlTotalRepository(const Ledger &ledger) : m_ledger(ledger) {}

    Result<QList<ControlTotal>> controlTotals(int year) const;
    // The control total for the year's operating result (no account) or one account, if there is one.
    Result<std::optional<ControlTotal>> controlTotal(int year, std::optional<qint64> accountId) const;
    // Adds a control total; refuses one for a result or account that has one already.
    Status addControlTotal(const ControlTotal &total) const;
    // Adds or replaces the control total for the year's operating result or one account.
    Status setControlTotal(const ControlTotal &total) const;
    // Removes the control total for the year's operating result (no account) or one account.
    Status removeControlTotal(int year, std::optional<qint64> accountId) const;

private:
    Result<QList<ControlTotal>> selectTotals(const QString &where, const QVariantList &values) const;
    Status check(const ControlTotal &total) const;
    const Ledger &m_ledger;
};

} // namespace annalist
