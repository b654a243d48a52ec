#pragma once

#include <QCoreApplication>

#include "Finding.h"
#include "Result.h"
#include "Statement.h"

#include <QHash>

namespace annalist {

class Ledger;
struct PostingSample;

// Checks a year of the ledger against the rules the numbers must obey (PRODUCT.md).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(annalist::Validator)

public:
    explicit Validator(const Ledger &ledger) : m_ledger(ledger) {}

    // Every finding for the year, errors first. Fails only when the ledger cannot be read.
    Result<QList<Finding>> validate(int year) const;

    // The rule ids with a one-line description each, in the order they run.
    static QList<QPair<QString, QString>> rules();

    // How many postings per rule are named one by one before the rest are summed up.
    static constexpr int postingsNamed = 20;

private:
    Status checkStatement(const Statement &statement, QList<Finding> &out) const;
    Status checkPostings(const Statement &statement, QList<Finding> &out) const;
    Status checkControlTotals(const Statement &statement, QList<Finding> &out) const;
    Status checkCarryOver(const Statement &statement, QList<Finding> &out) const;
    Status checkMembers(const Statement &statement, QList<Finding> &out) const;
    Status checkNotes(const Statement &statement, QList<Finding> &out) const;
    Status checkBudgetDeviations(const Statement &statement, QList<Finding> &out) const;
    Status checkReport(const Statement &statement, QList<Finding> &out) const;
    Status checkAuditTrail(const Statement &statement, QList<Finding> &out) const;

    const Ledger &m_ledger;
};

} // namespace annalist
