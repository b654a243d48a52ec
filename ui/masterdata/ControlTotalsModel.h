#pragma once

#include "Entities.h"
#include "LedgerTableModel.h"

namespace annalist {

// The control totals of the session's year from the ERP system, each beside the ledger's own
// figure and the difference: the operating result first, then per account.
class ControlTotalsModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, AmountColumn, SourceColumn, LedgerColumn, DifferenceColumn, ColumnCount };

    explicit ControlTotalsModel(LedgerSession *session, QObject *parent = nullptr);

    // A row's key: its account id, or resultKey for the operating result.
    static constexpr qint64 resultKey = 0;

    void reload() override;
    qint64 keyAt(int row) const override { return m_rows.at(row).total.accountId.value_or(resultKey); }
    const ControlTotal &total(int row) const { return m_rows.at(row).total; }
    QString subject(int row) const { return m_rows.at(row).subject; }
    // What the ledger says for the row: the operating result or the account's actual.
    Money ledgerAmount(int row) const { return m_rows.at(row).ledger; }
    int year() const { return m_year; }
    // The accounts that have no control total yet in the year.
    QList<Account> accountsWithoutTotal() const;
    bool hasResultTotal() const { return rowOfKey(resultKey) >= 0; }
    int rowOfTotalId(qint64 id) const;
    int rowOfAccountNumber(const QString &number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        ControlTotal total;
        QString subject;
        QString accountNumber;
        Money ledger;
    };

    QList<Row> m_rows;
    QList<Account> m_accounts;
    int m_year = 0;
};

} // namespace annalist
