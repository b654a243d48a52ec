#pragma once

#include <QObject>

#include <optional>

namespace annalist {

// Announces changes to a ledger so that views and item models can follow them. Every write
// through a repository ends in one of these signals.
class LedgerNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Table {
        Association,
        Years,
        Accounts,
        Projects,
        Members,
        Contributions,
        Postings,
        Budgets,
        Notes,
        ControlTotals,
        Report // the annual report's sections, pictures and signatories
    };
    Q_ENUM(Table)

    using QObject::QObject;

    void notifyChanged(Table table) { emit changed(table); }
    void notifyPostingAdded(qint64 id)
    {
        emit postingAdded(id);
        emit changed(Table::Postings);
    }
    void notifyPostingChanged(qint64 id)
    {
        emit postingChanged(id);
        emit changed(Table::Postings);
    }
    void notifyPostingRemoved(qint64 id)
    {
        emit postingRemoved(id);
        emit changed(Table::Postings);
    }
    // Another client changed the server's ledger (a table, or something else when none is
    // named): views read again what they show.
    void notifyChangedElsewhere(std::optional<Table> table)
    {
        emit changedElsewhere();
        if (table)
            emit changed(*table);
        else
            emit everythingChanged();
    }
    // After a rolled-back transaction nobody knows what views showed: everything is new.
    void notifyEverythingChanged() { emit everythingChanged(); }

signals:
    void changed(annalist::LedgerNotifier::Table table);
    void postingAdded(qint64 id);
    void postingChanged(qint64 id);
    void postingRemoved(qint64 id);
    void everythingChanged();
    void changedElsewhere();
};

} // namespace annalist
