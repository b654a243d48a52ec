#include "LedgerTableModel.h"

#include "LedgerCommand.h"
#include "LedgerSession.h"

namespace annalist {

LedgerTableModel::LedgerTableModel(LedgerSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int LedgerTableModel::rowOfKey(qint64 key) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (keyAt(row) == key)
            return row;
    return -1;
}

bool LedgerTableModel::execute(std::unique_ptr<LedgerCommand> command)
{
    if (auto done = m_session->execute(std::move(command)); !done)
        return refuse(done.error().message);
    m_lastError.clear();
    emit edited();
    return true;
}

bool LedgerTableModel::refuse(const QString &reason)
{
    m_lastError = reason;
    emit editRefused(reason);
    return false;
}

void LedgerTableModel::replaceRows(const QList<qint64> &oldKeys, const QList<qint64> &newKeys,
                                   const std::function<void()> &assign)
{
    if (oldKeys != newKeys) {
        beginResetModel();
        assign();
        endResetModel();
        return;
    }
    assign();
    if (!newKeys.isEmpty())
        emit dataChanged(index(0, 0), index(int(newKeys.size()) - 1, columnCount() - 1));
}

} // namespace annalist
