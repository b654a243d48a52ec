#pragma once

#include "Entities.h"
#include "LedgerTableModel.h"

namespace annalist {

// The chart of accounts in statement order, edited in place.
class AccountsModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, SectionColumn, NoteColumn, ActiveColumn, ContributionsColumn, ColumnCount };

    explicit AccountsModel(LedgerSession *session, QObject *parent = nullptr);

    void reload() override;
    qint64 keyAt(int row) const override { return m_accounts.at(row).id; }
    const Account &account(int row) const { return m_accounts.at(row); }
    const QList<Account> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Account> m_accounts;
    QList<Project> m_projects;
    QList<Note> m_notes; // the year's, for naming an account's note
};

} // namespace annalist
