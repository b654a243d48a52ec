#pragma once

#include "LedgerCommand.h"
#include "Money.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// Adds a member municipality, with what it pays in one year if that is known.
class MemberAddCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::MemberAddCommand)

public:
    MemberAddCommand(LedgerSession *session, const QString &municipality, int year,
                     std::optional<Money> contribution = {});

    Status apply() override;
    Status revert() override;
    qint64 memberId() const { return m_id; }

private:
    Status add();

    qint64 m_id = 0;
    QString m_municipality;
    int m_year;
    std::optional<Money> m_contribution;
};

} // namespace annalist
