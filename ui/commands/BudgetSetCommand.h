#pragma once

#include "Entities.h"
#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Sets, changes or removes one account's original budget for a year. Repeated edits of the same
// account's budget merge into one step, as retyping a cell is one change to the user.
class BudgetSetCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::BudgetSetCommand)

public:
    // `before` and `after` are none where the account has (or gets) no budget; `accountLabel`
    // names the account in the undo menu.
    BudgetSetCommand(LedgerSession *session, qint64 accountId, int year, const QString &accountLabel,
                     const std::optional<Budget> &before, const std::optional<Budget> &after);

    Status apply() override;
    Status revert() override;
    int id() const override { return 0x42534554; } // 'BSET'
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status write(const std::optional<Budget> &budget) const;
    static bool same(const std::optional<Budget> &a, const std::optional<Budget> &b);

    qint64 m_accountId;
    int m_year;
    std::optional<Budget> m_before;
    std::optional<Budget> m_after;
};

} // namespace annalist
