#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace annalist {

class LedgerCommand;
class LedgerSession;

// The base of the master-data lists: rows read from the ledger, edits run as undoable commands
// through the session, and a refused edit announced with its reason.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // A cell edited by choosing: the texts to show and the values they stand for.
        ChoiceTextsRole = Qt::UserRole + 100,
        ChoiceValuesRole,
        // The row's key (an id, a note number): what selection and reveal follow.
        KeyRole,
    };

    explicit LedgerTableModel(LedgerSession *session, QObject *parent = nullptr);

    // Reads the rows again from the session's ledger and year.
    virtual void reload() = 0;
    virtual qint64 keyAt(int row) const = 0;
    // The row with this key, or -1.
    int rowOfKey(qint64 key) const;

    QString lastError() const { return m_lastError; }

signals:
    // An edit was refused and nothing was written.
    void editRefused(const QString &reason);
    // An edit went through.
    void edited();

protected:
    LedgerSession *session() const { return m_session; }
    // Runs the edit; a refusal is announced and gives false.
    bool execute(std::unique_ptr<LedgerCommand> command);
    bool refuse(const QString &reason);
    // Puts new rows in: changed cells only when the keys are the same (open editors and the
    // selection survive), otherwise a reset.
    void replaceRows(const QList<qint64> &oldKeys, const QList<qint64> &newKeys, const std::function<void()> &assign);

private:
    LedgerSession *m_session;
    QString m_lastError;
};

} // namespace annalist
