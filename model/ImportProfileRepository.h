#pragma once

#include "ImportMapping.h"
#include "Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace annalist {

class Ledger;

// What the import was told about one kind of ERP export, saved under a name.
struct ImportProfile
{
    QString name;
    ImportMapping mapping;
    QString encoding;   // empty: detected
    char delimiter = 0; // 0: detected
    QDateTime savedAt;
};

// The named import profiles kept in the ledger.
class ImportProfileRepository
{
public:
    explicit ImportProfileRepository(const Ledger &ledger) : m_ledger(ledger) {}

    // By name.
    Result<QList<ImportProfile>> profiles() const;
    Result<std::optional<ImportProfile>> profile(const QString &name) const;
    // Adds the profile, or replaces the one of that name.
    Status save(const ImportProfile &profile) const;
    Status remove(const QString &name) const;

private:
    const Ledger &m_ledger;
};

} // namespace annalist
