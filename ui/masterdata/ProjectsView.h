#pragma once

#include "MasterDataPage.h"

namespace annalist {

class ProjectsModel;

// The projects: name, account, phase, steering group and description, edited in place; Insert adds
// a project (on a free project account or a new one), Delete removes one no posting carries.
class ProjectsView : public MasterDataPage
{
    Q_OBJECT

public:
    explicit ProjectsView(LedgerSession *session, QWidget *parent = nullptr);

    ProjectsModel *model() const { return m_model; }

protected:
    void addItem() override;
    void deleteRow(int row) override;
    void afterReload() override;
    void retranslate() override;

private:
    ProjectsModel *m_model;
};

} // namespace annalist
