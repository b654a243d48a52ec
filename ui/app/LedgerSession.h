#pragma once

#include "Finding.h"
#include "Ledger.h"
#include "PostingRepository.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace annalist {

class LedgerCommand;

// The open ledger, the chosen fiscal year and the undo stack that every view shares.
// Views ask it for the ledger, run their edits through execute(), and ask it to navigate.
class LedgerSession : public QObject
{
    Q_OBJECT

public:
    explicit LedgerSession(QObject *parent = nullptr);
    ~LedgerSession() override;

    // Opens `path` (the default ledger when empty) instead of the ledger open now; read-only, it
    // takes no writer's lock and every edit is refused. Closing a ledger, or this session, empties
    // the undo stack and then removes the report pictures that no section shows any more.
    Status open(const QString &path, Ledger::Access access = Ledger::Access::ReadWrite);
    // Creates a new ledger at `path`, empty but for one fiscal year (`year`), and opens it.
    Status create(const QString &path, int year);
    void close();

    bool isOpen() const { return m_ledger != nullptr; }
    const Ledger *ledger() const { return m_ledger.get(); }
    QString path() const { return m_ledger ? m_ledger->path() : QString(); }
    bool isDefaultLedger() const;
    bool isReadOnly() const { return m_ledger && m_ledger->isReadOnly(); }

    int year() const { return m_year; }
    void setYear(int year);
    QList<int> years() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    // Applies the command and, when that succeeds, puts it on the undo stack; a refused edit
    // returns the reason and leaves nothing behind.
    Status execute(std::unique_ptr<LedgerCommand> command);
    // Backups: one copy of the ledger is made before the first change of a session (SQLite writes a
    // consistent copy of the open file), in the data folder's "backups", the newest
    // Settings::backupCount() kept.
    static QString backupFolder();
    QStringList backups() const; // of the open ledger, newest first
    // Replaces the open ledger with a backup after checking it, in one step: the file is never
    // missing, and a restore that fails (a full disk) leaves it as it was. The ledger as it was
    // becomes a backup itself first, so a restore can be undone by restoring that one.
    Status restoreBackup(const QString &backup);

    // An undo (`undoing`) or redo of the step `step` failed and left the ledger as it was; the
    // step leaves the stack (LedgerCommand). Tells the user what could not be done and why, and
    // has every view read the ledger again.
    void stepFailed(bool undoing, const QString &step, const Error &error);

    // Navigation between views: drill-down and jumps from findings.
    void showPostings(const PostingFilter &filter) { emit postingsRequested(filter); }
    void showAccountStatement(qint64 accountId) { emit accountStatementRequested(accountId); }
    void reveal(const FindingLocation &location) { emit revealRequested(location); }

signals:
    void ledgerOpened();
    void ledgerClosed();
    void yearChanged(int year);
    // Something in the ledger changed; views re-read what they show.
    void dataChanged();
    void errorReported(const QString &message);
    void postingsRequested(const annalist::PostingFilter &filter);
    void accountStatementRequested(qint64 accountId);
    void revealRequested(const annalist::FindingLocation &location);

private:
    void adopt(std::unique_ptr<Ledger> ledger);

    void checkIntegrityLater();
    void settleAfterFailedStep();
    void removeUnusedPictures();

    std::unique_ptr<Ledger> m_ledger;
    int m_year = 0;
    bool m_backedUp = false; // the session's backup is made
    bool m_damaged = false;  // the check in the background found the open ledger damaged
    // Writes a backup of the open ledger; the oldest beyond Settings::backupCount() are removed
    // unless `retire` is false (retireOldBackups() does it later).
    Result<QString> backUp(bool retire = true);
    void retireOldBackups();
    QString backupPrefix() const;
    // Counts the ledgers opened, so that a late integrity check of a closed one is ignored.
    quint64 m_generation = 0;
    bool m_settling = false; // settleAfterFailedStep() is queued
    QUndoStack *m_undoStack;
};

} // namespace annalist
