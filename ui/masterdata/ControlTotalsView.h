#pragma once

#include "Finding.h"
#include "MasterDataPage.h"

namespace annalist {

class ControlTotalsModel;

// The chosen year's control totals from the ERP system beside the ledger's figures and the
// difference; amounts and sources are edited in place, Insert adds one, Delete removes one.
class ControlTotalsView : public MasterDataPage
{
    Q_OBJECT

public:
    explicit ControlTotalsView(LedgerSession *session, QWidget *parent = nullptr);

    ControlTotalsModel *model() const { return m_model; }

protected:
    void addItem() override;
    void deleteRow(int row) override;
    void afterReload() override;
    void retranslate() override;

private:
    void reveal(const FindingLocation &location);

    ControlTotalsModel *m_model;
};

} // namespace annalist
