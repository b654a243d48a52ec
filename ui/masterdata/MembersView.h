#pragma once

#include "Finding.h"
#include "MasterDataPage.h"

class QLabel;

namespace annalist {

class MembersModel;

// The member municipalities and what each pays in the chosen year, edited in place, with the sum
// of the contributions set against the contributions line below the list.
class MembersView : public MasterDataPage
{
    Q_OBJECT

public:
    explicit MembersView(LedgerSession *session, QWidget *parent = nullptr);

    MembersModel *model() const { return m_model; }
    QString summaryText() const;
    // Whether the sum and the contributions line disagree (the summary is marked).
    bool differenceMarked() const { return m_differs; }

protected:
    void addItem() override;
    void deleteRow(int row) override;
    void retranslate() override;

private:
    void showTotals();
    void reveal(const FindingLocation &location);

    MembersModel *m_model;
    QLabel *m_summary;
    bool m_differs = false;
};

} // namespace annalist
