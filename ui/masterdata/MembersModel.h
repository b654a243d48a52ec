#pragma once

#include "Entities.h"
#include "LedgerTableModel.h"

#include <optional>

namespace annalist {

// The member municipalities with what each pays in the session's year, and the contributions
// line those payments add up to.
class MembersModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column { MunicipalityColumn, ContributionColumn, ColumnCount };

    explicit MembersModel(LedgerSession *session, QObject *parent = nullptr);

    void reload() override;
    qint64 keyAt(int row) const override { return m_rows.at(row).member.id; }
    const Member &member(int row) const { return m_rows.at(row).member; }
    int rowOfMunicipality(const QString &municipality) const;

    // What the year's contributions add up to.
    Money sum() const;
    // The account marked as the contributions line, if any, and what it holds for the year as a
    // positive amount (the line itself is income, so negative).
    const std::optional<Account> &contributionsLine() const { return m_line; }
    Money lineAmount() const { return m_lineAmount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The sum or the line changed without the rows changing.
    void totalsChanged();

private:
    struct Row
    {
        Member member;
        std::optional<Money> contribution;
    };

    QList<Row> m_rows;
    std::optional<Account> m_line;
    Money m_lineAmount;
    int m_year = 0;
};

} // namespace annalist
