#pragma once

#include "Entities.h"

#include <QAbstractTableModel>

namespace annalist {

class LedgerSession;

// The budget changes (tillægsbevillinger) of the session's year, in date order: date, account,
// amount and decision, each edited in place through an undoable command.
class BudgetChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, AccountColumn, AmountColumn, DecisionColumn, ColumnCount };

    explicit BudgetChangesModel(LedgerSession *session, QObject *parent = nullptr);

    void reload();
    const BudgetChange &changeAt(int row) const { return m_changes.at(row); }
    int rowOfChange(qint64 id) const;
    const QList<Account> &accounts() const { return m_accounts; }
    const FiscalYear &fiscalYear() const { return m_year; }
    QString loadError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Parses the typed value and runs a BudgetChangeEditCommand; refuses with editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);

private:
    QString accountLabel(qint64 accountId) const;
    Status parse(BudgetChange *change, int column, const QString &typed) const;

    LedgerSession *m_session;
    QList<BudgetChange> m_changes;
    QList<Account> m_accounts;
    FiscalYear m_year;
    QString m_error;
};

} // namespace annalist
