#pragma once

#include "LedgerCommand.h"
#include "Money.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Sets or clears what one member pays in one year; repeated edits of the same amount merge.
class ContributionCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ContributionCommand)

public:
    // No amount: the member has no contribution that year.
    ContributionCommand(LedgerSession *session, qint64 memberId, const QString &municipality, int year,
                        std::optional<Money> before, std::optional<Money> after);

    Status apply() override;
    Status revert() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status set(std::optional<Money> amount) const;

    qint64 m_memberId;
    int m_year;
    std::optional<Money> m_before;
    std::optional<Money> m_after;
};

} // namespace annalist
