#include "ProjectsView.h"

#include "LedgerSession.h"
#include "ProjectDialog.h"
#include "ProjectRemoveCommand.h"
#include "ProjectsModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

ProjectsView::ProjectsView(LedgerSession *session, QWidget *parent)
    : MasterDataPage(session, parent), m_model(new ProjectsModel(session, this))
{
    setObjectName(QStringLiteral("ProjectsView"));
    table()->setObjectName(QStringLiteral("projectsTable"));
    table()->setAccessibleName(tr("Projects"));
    pageLayout()->addWidget(table(), 1);
    setModel(m_model);
    table()->horizontalHeader()->setSectionResizeMode(ProjectsModel::DescriptionColumn, QHeaderView::Stretch);
}

void ProjectsView::retranslate()
{
    MasterDataPage::retranslate();
    setHeading(tr("Projects"));
    addItemAction()->setText(tr("&Add Project..."));
    deleteItemAction()->setText(tr("&Delete Project"));
}

void ProjectsView::afterReload()
{
    for (int column : {ProjectsModel::NameColumn, ProjectsModel::AccountColumn, ProjectsModel::PhaseColumn,
                       ProjectsModel::SteeringGroupColumn})
        table()->resizeColumnToContents(column);
}

void ProjectsView::addItem()
{
    reloadNow();
    auto *dialog = new ProjectDialog(session(), m_model->freeProjectAccounts(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadNow();
        selectKey(dialog->projectId());
    });
    dialog->open();
}

void ProjectsView::deleteRow(int row)
{
    const Project project = m_model->project(row);
    if (!confirm(tr("Delete Project"),
                 tr("Delete the project %1? Its account stays in the chart of accounts.").arg(project.name)))
        return;
    if (auto done = session()->execute(std::make_unique<ProjectRemoveCommand>(session(), project)); !done)
        showRefusal(done.error().message);
    else
        clearMessage();
}

} // namespace annalist
