#pragma once

#include <QCoreApplication>

#include "Backend.h"
#include "LedgerNotifier.h"
#include "Result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace annalist {

// One open ledger: a checked, migrated connection to a SQLite file (foreign keys on) or to a
// database on a PostgreSQL server (see Backend).
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(annalist::Ledger)

public:
    enum class Access { ReadWrite, ReadOnly };
    // Whether open() reads the whole file to check it (PRAGMA quick_check) before it returns.
    // A window opening a large ledger defers that to checkIntegrity() in the background.
    enum class Integrity { CheckNow, CheckLater };

    // Opens an existing ledger, a file or a server's database (postgresql://user@host/database).
    // On a server the server enforces what the file's lock, triggers and checks enforce: roles,
    // closed years and the audit trail; read-only opening makes every transaction read-only.
    // For a file: refuses a missing file, a file that is not an Annalist ledger,
    // a damaged one and one written by a newer version; never creates a file. Opened for writing,
    // the ledger holds its writer's lock (FILE.lock) until it is closed: a second writer is
    // refused at once (ErrorKind::Locked) with who holds it; a lock left by a crashed process is
    // taken over. Read-only opening takes no lock. A change that a writer left unfinished (the
    // process was killed) is rolled back first, also when opening read-only: that takes the writer's
    // lock and a writable connection for a moment (recoveryNote() then says so); when the file may
    // not be written (ErrorKind::Io) or another writer holds it (ErrorKind::Locked), the ledger is
    // refused with how to recover it. A ledger that another program keeps locked through SQLite is
    // waited for a few seconds, then refused as in use (ErrorKind::Locked), never as damaged.
    static Result<std::unique_ptr<Ledger>> open(const QString &path, Access access = Access::ReadWrite,
                                                Integrity integrity = Integrity::CheckNow);
    // Reads the whole file through a connection of its own (any thread may call it) and says
    // whether SQLite finds it damaged.
    static Status checkIntegrity(const QString &path);
    // Creates a new, empty ledger; refuses when the file exists, or when the server's database
    // holds a ledger already (the database itself is made by the server's administrator).
    static Result<std::unique_ptr<Ledger>> create(const QString &path);

    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    // The file, or the server's address without its password.
    QString path() const { return m_path; }
    Backend::Kind backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Kind::PostgreSQL; }
    // SQLite's own handle of the connection (for functions and the online backup); null when closed.
    sqlite3 *handle() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // One line for the user when opening rolled back a change left unfinished; empty otherwise.
    QString recoveryNote() const { return m_recoveryNote; }
    // Signals every change written through this ledger's repositories.
    LedgerNotifier *notifier() const { return m_notifier.get(); }

    // Writes a consistent copy of the ledger to `path` with SQLite's online backup API (through a
    // temporary file renamed into place, so that a failure leaves no partial file and the previous
    // `path` as it was), without touching the open file; refuses to write over the open ledger.
    Status saveCopy(const QString &path) const;
    // Replaces the whole contents of the open ledger with those of the ledger file `copy`, in one
    // transaction through SQLite's online backup: the file is never missing, and a failure (a full
    // disk) leaves it as it was. The caller reopens the ledger afterwards (the copy's schema may
    // be older).
    Status replaceWith(const QString &copy);

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails. Inside
    // another transaction `work` joins it, and its failure rolls back the outer one.
    Status transaction(const std::function<Status()> &work) const;

    // The file of the writer's lock beside a ledger.
    static QString lockPath(const QString &ledgerPath) { return ledgerPath + QStringLiteral(".lock"); }

    // The value PRAGMA application_id holds in every Annalist ledger.
    static constexpr int applicationId = 0x414E4C53;

    // Who the audit trail names for this session's changes: the system user ($USER, $USERNAME)
    // unless the session sets another name.
    QString auditUser() const { return m_auditUser; }
    // A server's trail names the login whatever the session says: ignored there.
    void setAuditUser(const QString &user)
    {
        if (!isServer())
            m_auditUser = user;
    }

private:
    Ledger(QString path, QString connection, Access access);
    static Result<std::unique_ptr<Ledger>> connect(const QString &path, Access access, bool creating,
                                                   Integrity integrity = Integrity::CheckNow, bool mayRecover = true);
    // Rolls back the change a killed writer left in the journal beside `path`, through a connection
    // that may write, while holding the writer's lock.
    static Status recoverInterruptedChange(const QString &path);
    // What to tell when such a change awaits recovery: that it does, and that the user may not do it.
    static QString awaitsRecovery(const QString &path);
    static Error mayNotRecover(const QString &path);
    static Result<std::unique_ptr<Ledger>> connectServer(const QString &url, Access access, bool creating);
    Status checkServer(bool creating);
    // Refuses a ledger of a schema newer than this build reads.
    Status checkNotNewer(int version, int latest) const;
    // Follows the server's notifications of changes made through other connections.
    void listenForChanges();
    Status checkAndMigrate(bool creating, Integrity integrity);
    // Takes the writer's lock of `path`, or says who holds it.
    static Result<std::unique_ptr<QLockFile>> lockForWriting(const QString &path);
    // Who holds the writer's lock of `path`, for a message: a user, computer and process, or only
    // that the lock file is held when it names no process.
    static QString holderOf(QLockFile &lock, const QString &path);

    QString m_path;
    QString m_connection;
    Access m_access;
    Backend::Kind m_backend = Backend::Kind::SQLite;
    std::unique_ptr<LedgerNotifier> m_notifier;
    std::unique_ptr<QLockFile> m_lock; // held while the ledger is open for writing
    mutable int m_transactionDepth = 0;
    QString m_auditUser;
    QString m_recoveryNote;
};

} // namespace annalist
