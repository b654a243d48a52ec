#pragma once

#include "Finding.h"
#include "MasterDataPage.h"

namespace annalist {

class AccountsModel;

// The chart of accounts: number, name, section, note, active and the contributions line, edited
// in place; Insert adds an account, Delete removes one that nothing uses, Ctrl+K opens the
// account statement of the current one.
class AccountsView : public MasterDataPage
{
    Q_OBJECT

public:
    explicit AccountsView(LedgerSession *session, QWidget *parent = nullptr);

    AccountsModel *model() const { return m_model; }
    // Opens the account statement (kontokort) of the current account; Ctrl+K.
    QAction *statementAction() const { return m_statementAction; }

protected:
    void addItem() override;
    void deleteRow(int row) override;
    void afterReload() override;
    void retranslate() override;

private:
    void reveal(const FindingLocation &location);

    AccountsModel *m_model;
    QAction *m_statementAction;
};

} // namespace annalist
