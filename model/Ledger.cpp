#include "Ledger.h"

#include "AuditTrail.h"
#include "Migrator.h"
#include "Platform.h"
#include "Sql.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QVariant>

#include <cerrno>
#include <cstdio>

namespace annalist {
namespace {

// How long a connection waits for another program's lock on the file before it gives up.
constexpr int busyTimeoutMs = 2000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("annalist-ledger-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Everything that can be said of a file before SQLite touches it.
Status checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(Ledger::tr("There is no ledger at %1. Create one with \"annalist --db %1 init\".").arg(path));
    if (!info.isFile())
        return badInput(Ledger::tr("%1 is not a file.").arg(path));
    if (info.size() == 0)
        return badInput(Ledger::tr("%1 is empty: it is not an Annalist ledger.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(Ledger::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    static const QByteArray sqliteHeader("SQLite format 3\0", 16);
    if (file.read(16) != sqliteHeader)
        return badInput(Ledger::tr("%1 is not an Annalist ledger (it is not a SQLite database).").arg(path));
    return Done{};
}

// Opens the connection `add` adds under `name`; when it cannot be opened, removes it and says why.
Status openConnection(const QString &name, const QString &shown, const std::function<QSqlDatabase()> &add)
{
    QString why;
    {
        QSqlDatabase db = add();
        if (db.open())
            return Done{};
        why = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return ioError(Ledger::tr("%1 cannot be opened: %2").arg(shown, why));
}

} // namespace

Ledger::Ledger(QString path, QString connection, Access access)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_access(access)
    , m_notifier(std::make_unique<LedgerNotifier>())
{
    m_auditUser = Platform::userName();
}

Ledger::~Ledger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset(); // released only once the file is closed
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Access access, Integrity integrity)
{
    if (Backend::isServerAddress(path))
        return connectServer(path, access, false);
    if (auto checked = checkFile(path); !checked)
        return checked.error();
    return connect(path, access, false, integrity);
}

Status Ledger::checkIntegrity(const QString &path)
{
    if (Backend::isServerAddress(path))
        return Done{}; // the server keeps its own files whole
    auto ledger = open(path, Access::ReadOnly, Integrity::CheckNow);
    if (!ledger)
        return ledger.error();
    return Done{};
}

Result<std::unique_ptr<Ledger>> Ledger::create(const QString &path)
{
    if (Backend::isServerAddress(path))
        return connectServer(path, Access::ReadWrite, true);
    if (QFileInfo::exists(path))
        return badInput(tr("%1 exists already; a new ledger is never written over a file.").arg(path));
    auto ledger = connect(path, Access::ReadWrite, true);
    if (!ledger)
        QFile::remove(path);
    return ledger;
}

QString Ledger::holderOf(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString application;
    // A lock file that names no process: another program made it, or it is being written.
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return tr("another program holds its lock file %1").arg(lockPath(path));
    QString user = QFileInfo(lockPath(path)).owner();
    if (user.isEmpty())
        user = tr("another user");
    return tr("%1 on %2 has it open for writing (process %3)")
        .arg(user, host.isEmpty() ? tr("an unknown computer") : host, QString::number(pid));
}

Result<std::unique_ptr<QLockFile>> Ledger::lockForWriting(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it has been held
    if (lock->tryLock(0))
        return lock;
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        // A lock of a process that no longer runs on this host is taken over.
        if (lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
        return Error{
            ErrorKind::Locked,
            tr("%1 is in use: %2. Open it read-only, or wait until it is closed.").arg(path, holderOf(*lock, path))};
    case QLockFile::PermissionError:
        return ioError(tr("%1 cannot be locked for writing: permission denied for the lock file %2 in its folder.")
                           .arg(path, lockPath(path)));
    default:
        // QLockFile leaves the cause out; a full disk is the usual one.
        if (QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < 4096)
            return ioError(tr("%1 cannot be locked for writing: the disk is full.").arg(path));
        return ioError(
            tr("%1 cannot be locked for writing: the lock file %2 could not be written.").arg(path, lockPath(path)));
    }
}

Result<std::unique_ptr<Ledger>> Ledger::connect(const QString &path, Access access, bool creating, Integrity integrity,
                                                bool mayRecover)
{
    std::unique_ptr<QLockFile> lock;
    if (access == Access::ReadWrite) {
        auto locked = lockForWriting(path);
        if (!locked)
            return locked.error();
        lock = std::move(*locked);
    }
    const QString name = nextConnectionName();
    const Status opened = openConnection(name, path, [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A second writer waits briefly, then is told; the UI must not freeze for long.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        return db;
    });
    if (!opened)
        return opened.error();
    std::unique_ptr<Ledger> ledger(new Ledger(path, name, access));
    ledger->m_lock = std::move(lock);
    if (!creating) {
        // SQLite's first read of the file is where another program's lock, a change left
        // unfinished by a killed writer, or a file that is no database shows.
        sqlite3 *db = ledger->handle();
        if (const int rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
            const Error failed = Sql::sqliteFailure(db, rc);
            if (sqlite3_extended_errcode(db) != SQLITE_READONLY_ROLLBACK || !mayRecover)
                return failed;
            // Opened for writing, SQLite rolls such a change back itself, unless the file may not
            // be written; read-only, it cannot, and the change is rolled back here first.
            if (access == Access::ReadWrite)
                return mayNotRecover(path);
            ledger.reset();
            if (auto recovered = recoverInterruptedChange(path); !recovered)
                return recovered.error();
            auto reopened = connect(path, access, creating, integrity, false);
            if (reopened)
                (*reopened)->m_recoveryNote =
                    tr("%1: a change that was interrupted before it was finished (its program stopped) has been "
                       "rolled back; the ledger is as it was before that change.")
                        .arg(path);
            return reopened;
        }
    }
    if (auto checked = ledger->checkAndMigrate(creating, integrity); !checked)
        return checked.error();
    return ledger;
}

QString Ledger::awaitsRecovery(const QString &path)
{
    return tr("%1 holds a change that was interrupted before it was finished (its program stopped), and it cannot be "
              "read until SQLite has rolled that change back, which is a write.")
        .arg(path);
}

Error Ledger::mayNotRecover(const QString &path)
{
    return ioError(awaitsRecovery(path) + QLatin1Char(' ') +
                   tr("You may not write to the file or its folder: ask someone who may (its owner) to open it once, "
                      "e.g. with \"annalist --db %1 verify\", then try again.")
                       .arg(path));
}

Status Ledger::recoverInterruptedChange(const QString &path)
{
    const QString awaits = awaitsRecovery(path);
    // Rolling back rewrites the file and deletes the journal beside it.
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return mayNotRecover(path);
    auto lock = lockForWriting(path);
    if (!lock) {
        if (lock.error().kind != ErrorKind::Locked)
            return lock.error();
        QLockFile held(lockPath(path));
        return Error{ErrorKind::Locked,
                     awaits + QLatin1Char(' ') +
                         tr("It is in use (%1): the change is rolled back when the ledger is next opened while no "
                            "one writes to it. Try again once it is closed.")
                             .arg(holderOf(held, path))};
    }
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, busyTimeoutMs);
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    Status result = Done{};
    if (rc != SQLITE_OK) {
        const Error failed = Sql::sqliteFailure(db, rc);
        if (sqlite3_extended_errcode(db) == SQLITE_READONLY_ROLLBACK) // opened read-only after all
            result = mayNotRecover(path);
        else if (failed.kind == ErrorKind::Locked || failed.kind == ErrorKind::Io)
            result = Error{failed.kind, awaits + QLatin1Char(' ') + failed.message};
        else
            result = failed;
    }
    sqlite3_close(db);
    return result;
}

Result<std::unique_ptr<Ledger>> Ledger::connectServer(const QString &url, Access access, bool creating)
{
    auto server = Backend::parseAddress(url);
    if (!server)
        return server.error();
    const QString shown = Backend::displayAddress(url);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return ioError(tr("%1 cannot be opened: Qt's PostgreSQL driver is not installed (on Debian, the package "
                          "libqt6sql6-psql).")
                           .arg(shown));
    const QString name = nextConnectionName();
    if (auto opened = openConnection(name, shown, [&] { return Backend::addServerConnection(name, *server); }); !opened)
        return opened.error();
    std::unique_ptr<Ledger> ledger(new Ledger(shown, name, access));
    ledger->m_backend = Backend::Kind::PostgreSQL;
    if (auto checked = ledger->checkServer(creating); !checked)
        return checked.error();
    ledger->listenForChanges();
    return ledger;
}

Status Ledger::checkNotNewer(int version, int latest) const
{
    if (version <= latest)
        return Done{};
    return badInput(tr("%1 was written by a newer version of Annalist (schema %2; this version reads up to %3). "
                       "Update Annalist to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latest));
}

Status Ledger::checkServer(bool creating)
{
    const QSqlDatabase db = database();
    // Who the trail names is the server's word: the login.
    auto login = Sql::scalar(db, QStringLiteral("SELECT session_user"), {}, QString());
    if (!login)
        return login.error();
    m_auditUser = login->toString();
    auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    const int latest = Migrator::latestVersion(Backend::Kind::PostgreSQL);
    if (creating) {
        if (*version != 0)
            return badInput(
                tr("%1 holds an Annalist ledger already; a new ledger is never written over one.").arg(m_path));
    } else if (*version == 0) {
        return badInput(tr("There is no ledger at %1. Create one with \"annalist --db %1 init\".").arg(m_path));
    } else if (*version < 0) {
        return badInput(tr("The database at %1 is not an Annalist ledger.").arg(m_path));
    }
    if (auto readable = checkNotNewer(*version, latest); !readable)
        return readable;
    if (*version < latest) {
        if (m_access == Access::ReadOnly)
            return badInput(
                tr("%1 needs an upgrade to schema %2; open it once for writing as its owner.").arg(m_path).arg(latest));
        if (auto migrated = Migrator::migrate(db); !migrated)
            return migrated;
    }
    if (m_access == Access::ReadOnly)
        if (auto readOnly =
                Sql::executeDirect(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !readOnly)
            return readOnly;
    return Done{};
}

void Ledger::listenForChanges()
{
    QSqlDriver *driver = database().driver();
    if (!driver || !driver->subscribeToNotification(QStringLiteral("annalist_changes")))
        return;
    static const QHash<QString, LedgerNotifier::Table> tables{
        {QStringLiteral("association"), LedgerNotifier::Table::Association},
        {QStringLiteral("fiscal_years"), LedgerNotifier::Table::Years},
        {QStringLiteral("accounts"), LedgerNotifier::Table::Accounts},
        {QStringLiteral("projects"), LedgerNotifier::Table::Projects},
        {QStringLiteral("members"), LedgerNotifier::Table::Members},
        {QStringLiteral("member_contributions"), LedgerNotifier::Table::Contributions},
        {QStringLiteral("postings"), LedgerNotifier::Table::Postings},
        {QStringLiteral("budgets"), LedgerNotifier::Table::Budgets},
        {QStringLiteral("budget_changes"), LedgerNotifier::Table::Budgets},
        {QStringLiteral("budget_months"), LedgerNotifier::Table::Budgets},
        {QStringLiteral("notes"), LedgerNotifier::Table::Notes},
        {QStringLiteral("control_totals"), LedgerNotifier::Table::ControlTotals},
        {QStringLiteral("report_sections"), LedgerNotifier::Table::Report},
        {QStringLiteral("report_pictures"), LedgerNotifier::Table::Report},
        {QStringLiteral("report_signatories"), LedgerNotifier::Table::Report},
    };
    LedgerNotifier *notifier = m_notifier.get();
    QObject::connect(driver, &QSqlDriver::notification, notifier,
                     [notifier](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         // This connection's own changes were announced when they were made.
                         if (source == QSqlDriver::SelfSource)
                             return;
                         const auto table = tables.constFind(payload.toString());
                         if (table == tables.constEnd())
                             notifier->notifyChangedElsewhere(std::nullopt);
                         else
                             notifier->notifyChangedElsewhere(*table);
                     });
}

Status Ledger::checkAndMigrate(bool creating, Integrity integrity)
{
    const QSqlDatabase db = database();
    // Off by default and ignored inside a transaction: set on every connection, first.
    if (auto fk = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    // The audit triggers call these on every change: without them no audited table can change.
    if (m_access == Access::ReadWrite)
        if (auto installed = AuditTrail::installFunctions(*this); !installed)
            return installed;

    // Without the full check up front, every page is at least checked for sane cells as it is read.
    if (integrity == Integrity::CheckLater) {
        if (auto cells = Sql::exec(db, QStringLiteral("PRAGMA cell_size_check = ON")); !cells)
            return cells.error();
    }
    // A query that fails says why (damage, another program's lock, the disk); a check that runs
    // and finds fault says the file is damaged.
    if (integrity == Integrity::CheckNow) {
        auto quick = Sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
        if (!quick)
            return quick.error();
        if (quick->toString() != QLatin1String("ok"))
            return badInput(
                tr("%1 is damaged and cannot be used (%2). Restore it from a backup.").arg(m_path, quick->toString()));
    }

    auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    if (!creating) {
        auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
        if (!appId)
            return appId.error();
        if (appId->toInt() != applicationId)
            return badInput(tr("%1 is a SQLite database, but not an Annalist ledger.").arg(m_path));
    }
    const int latest = Migrator::latestVersion();
    if (auto readable = checkNotNewer(*version, latest); !readable)
        return readable;
    if (*version < latest) {
        if (m_access == Access::ReadOnly) {
            // A file from an earlier version is upgraded once, through a connection that may
            // write, before it is read; a file that cannot be written is refused.
            auto upgraded = open(m_path, Access::ReadWrite, integrity);
            if (!upgraded)
                return badInput(tr("%1 needs an upgrade to schema %2 and cannot be upgraded: %3")
                                    .arg(m_path)
                                    .arg(latest)
                                    .arg(upgraded.error().message));
            return Done{};
        }
        if (auto migrated = Migrator::migrate(db); !migrated)
            return migrated;
    }
    return Done{};
}

sqlite3 *Ledger::handle() const
{
    const QVariant handle = database().driver() ? database().driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

Status Ledger::saveCopy(const QString &path) const
{
    if (isServer())
        return badInput(
            tr("A ledger on a server is copied to a file with \"annalist --db %1 copy-to FILE\".").arg(m_path));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return badInput(tr("A copy cannot be written over the ledger itself."));
    sqlite3 *source = handle();
    if (!source)
        return ioError(tr("The ledger is not open."));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // SQLite's online backup copies the pages of the open database consistently, through SQLite
    // itself; never copy an open file.
    sqlite3 *target = nullptr;
    int rc =
        sqlite3_open_v2(partial.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
            else
                reason = Sql::sqliteCause(target, rc);
        } else {
            rc = sqlite3_errcode(target);
            reason = Sql::sqliteCause(target, rc);
        }
    } else {
        reason = Sql::sqliteCause(target, rc);
    }
    if (sqlite3_close(target) != SQLITE_OK && rc == SQLITE_OK) {
        rc = SQLITE_ERROR;
        reason = tr("the copy could not be closed");
    }
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return ioError(tr("The copy %1 could not be written: %2.").arg(path, reason));
    }
    // rename() replaces a previous copy in one step (QFile::rename refuses an existing target).
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = Platform::errorText(errno);
        QFile::remove(partial);
        return ioError(tr("The copy %1 could not be written: %2.").arg(path, why));
    }
    return Done{};
}

Status Ledger::replaceWith(const QString &copy)
{
    if (isServer())
        return badInput(tr("A ledger on a server is restored by the server's administrator."));
    sqlite3 *target = handle();
    if (!target)
        return ioError(tr("The ledger is not open."));
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(copy).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        // Every page in one step: one write transaction on the ledger, committed through its
        // journal, so that the file holds either the ledger as it was or the copy, whole.
        if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(target);
        }
        if (rc != SQLITE_OK)
            reason = Sql::sqliteCause(target, rc);
    } else {
        reason = Sql::sqliteCause(source, rc);
    }
    sqlite3_close(source);
    m_notifier->notifyEverythingChanged();
    if (rc != SQLITE_OK)
        return ioError(tr("%1 could not be replaced by %2: %3. The ledger is as it was.").arg(m_path, copy, reason));
    return Done{};
}

Status Ledger::transaction(const std::function<Status()> &work) const
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return ioError(tr("%1: a transaction could not be started: %2").arg(m_path, db.lastError().text()));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        m_notifier->notifyEverythingChanged();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        m_notifier->notifyEverythingChanged();
        return ioError(tr("%1: the changes could not be saved: %2").arg(m_path, why));
    }
    return result;
}

} // namespace annalist
