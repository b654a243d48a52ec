#include "MembersModel.h"

#include "AccountRepository.h"
#include "AmountFormat.h"
#include "ContributionCommand.h"
#include "LedgerSession.h"
#include "MemberRenameCommand.h"
#include "MemberRepository.h"
#include "StatementBuilder.h"

namespace annalist {

MembersModel::MembersModel(LedgerSession *session, QObject *parent) : LedgerTableModel(session, parent) {}

void MembersModel::reload()
{
    QList<Row> rows;
    std::optional<Account> line;
    Money lineAmount;
    const int year = session()->year();
    if (const Ledger *ledger = session()->ledger()) {
        const MemberRepository members(*ledger);
        QList<Contribution> contributions;
        if (auto list = members.contributions(year))
            contributions = *list;
        if (auto list = members.members())
            for (const Member &m : *list) {
                Row row{m, std::nullopt};
                for (const Contribution &c : std::as_const(contributions))
                    if (c.memberId == m.id)
                        row.contribution = c.amount;
                rows.append(row);
            }
        if (auto accounts = AccountRepository(*ledger).accounts())
            for (const Account &a : *accounts)
                if (a.isContributions && !line)
                    line = a;
        if (line)
            if (auto statement = StatementBuilder(*ledger).build(year))
                if (const StatementLine *l = statement->line(line->id))
                    lineAmount = -l->actual;
    }
    QList<qint64> oldKeys;
    for (const Row &r : std::as_const(m_rows))
        oldKeys.append(r.member.id);
    QList<qint64> newKeys;
    for (const Row &r : std::as_const(rows))
        newKeys.append(r.member.id);
    const bool yearChanged = year != m_year;
    replaceRows(oldKeys, newKeys, [&] {
        m_rows = rows;
        m_line = line;
        m_lineAmount = lineAmount;
        m_year = year;
    });
    if (yearChanged)
        emit headerDataChanged(Qt::Horizontal, ContributionColumn, ContributionColumn);
    emit totalsChanged();
}

int MembersModel::rowOfMunicipality(const QString &municipality) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).member.municipality == municipality)
            return row;
    return -1;
}

Money MembersModel::sum() const
{
    Money total;
    for (const Row &r : m_rows)
        if (r.contribution)
            total += *r.contribution;
    return total;
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.member.id;
    if (index.column() == MunicipalityColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return r.member.municipality;
    if (index.column() == ContributionColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.contribution ? AmountFormat::format(*r.contribution) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && !r.contribution)
            return tr("%1 has no contribution in %2; type an amount to record one.")
                .arg(r.member.municipality)
                .arg(m_year);
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == ContributionColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case ContributionColumn:
        return tr("Contribution %1").arg(m_year);
    default:
        return {};
    }
}

Qt::ItemFlags MembersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool MembersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row r = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    if (index.column() == MunicipalityColumn) {
        if (text == r.member.municipality)
            return true;
        if (!execute(std::make_unique<MemberRenameCommand>(session(), r.member.id, r.member.municipality, text)))
            return false;
        m_rows[index.row()].member.municipality = text;
    } else if (index.column() == ContributionColumn) {
        std::optional<Money> amount;
        if (!text.isEmpty()) {
            auto parsed = AmountFormat::parse(text);
            if (!parsed)
                return refuse(parsed.error().message);
            amount = *parsed;
        }
        if (amount == r.contribution)
            return true;
        if (!execute(std::make_unique<ContributionCommand>(session(), r.member.id, r.member.municipality, m_year,
                                                           r.contribution, amount)))
            return false;
        m_rows[index.row()].contribution = amount;
        emit totalsChanged();
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace annalist
