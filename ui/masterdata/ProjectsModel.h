#pragma once

#include "Entities.h"
#include "LedgerTableModel.h"

namespace annalist {

// The projects with their account, phase, steering group and description, edited in place.
class ProjectsModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AccountColumn, PhaseColumn, SteeringGroupColumn, DescriptionColumn, ColumnCount };

    explicit ProjectsModel(LedgerSession *session, QObject *parent = nullptr);

    void reload() override;
    qint64 keyAt(int row) const override { return m_projects.at(row).id; }
    const Project &project(int row) const { return m_projects.at(row); }
    // Accounts in the projects section that no project uses yet.
    QList<Account> freeProjectAccounts() const;
    const QList<Account> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString accountText(qint64 accountId) const;

    QList<Project> m_projects;
    QList<Account> m_accounts;
};

} // namespace annalist
