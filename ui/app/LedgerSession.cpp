#include "LedgerSession.h"

#include "AssociationRepository.h"
#include "DefaultLedger.h"
#include "LedgerCommand.h"
#include "ReportRepository.h"

#include "Settings.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace annalist {

LedgerSession::LedgerSession(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

LedgerSession::~LedgerSession()
{
    // Commands refer to the ledger: they go first.
    m_undoStack->clear();
    removeUnusedPictures();
}

void LedgerSession::removeUnusedPictures()
{
    // Only once the undo stack is empty: until then a step may show a picture again that nothing
    // shows now (the undo of a removed section, say).
    if (!m_ledger || m_ledger->isReadOnly() || m_damaged || m_undoStack->count() > 0)
        return;
    if (auto removed = ReportRepository(*m_ledger).removeUnusedPictures(); !removed)
        qWarning("The pictures no section shows could not be removed from %s: %s", qPrintable(m_ledger->path()),
                 qPrintable(removed.error().message));
}

Status LedgerSession::open(const QString &path, Ledger::Access access)
{
    // Reading a large file through to check it would hold the window up; it is checked in the
    // background instead, and closed with a message if it turns out damaged.
    auto ledger = path.isEmpty() ? DefaultLedger::open(access, Ledger::Integrity::CheckLater)
                                 : Ledger::open(path, access, Ledger::Integrity::CheckLater);
    if (!ledger)
        return ledger.error();
    adopt(std::move(ledger).value());
    checkIntegrityLater();
    return Done{};
}

void LedgerSession::checkIntegrityLater()
{
    const QString path = m_ledger->path();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Status checked = watcher->result();
        // Only damage closes the ledger; a file that another program held locked for the moment
        // is checked again the next time it is opened.
        if (checked || checked.error().kind != ErrorKind::BadInput || generation != m_generation || !m_ledger)
            return;
        m_damaged = true; // nothing more is written to it
        close();
        emit errorReported(checked.error().message);
    });
    watcher->setFuture(QtConcurrent::run([path] { return Ledger::checkIntegrity(path); }));
}

Status LedgerSession::create(const QString &path, int year)
{
    auto ledger = Ledger::create(path);
    if (!ledger)
        return ledger.error();
    if (auto added = AssociationRepository(**ledger).addYear({year, QDate(year, 1, 1), QDate(year, 12, 31), false, {}});
        !added)
        return added;
    adopt(std::move(ledger).value());
    return Done{};
}

QString LedgerSession::backupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

// A ledger's backups are named after its file and a short hash of its full path, so that two
// ledgers of the same name in different folders keep their own: NAME-HASH-yyyyMMdd-HHmmsszzz.annalist.
QString LedgerSession::backupPrefix() const
{
    const QString absolute = QFileInfo(m_ledger->path()).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QFileInfo(absolute).completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash) + QLatin1Char('-');
}

QStringList LedgerSession::backups() const
{
    if (!m_ledger)
        return {};
    const QString prefix = backupPrefix();
    static const QRegularExpression stamp(QStringLiteral("^\\d{8}-\\d{9}(-\\d+)?\\.annalist$"));
    QStringList found;
    // Newest first: the time stamps sort as text.
    for (const QString &name : QDir(backupFolder()).entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (name.startsWith(prefix) && stamp.match(QStringView(name).mid(prefix.size())).hasMatch())
            found << QDir(backupFolder()).filePath(name);
    return found;
}

Result<QString> LedgerSession::backUp(bool retire)
{
    if (!QDir().mkpath(backupFolder()))
        return ioError(tr("The folder %1 cannot be created.").arg(backupFolder()));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    QString path = QDir(backupFolder()).filePath(backupPrefix() + stamp + QStringLiteral(".annalist"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(backupFolder()).filePath(backupPrefix() + stamp + QStringLiteral("-%1.annalist").arg(n));
    if (auto saved = m_ledger->saveCopy(path); !saved)
        return saved.error();
    if (retire)
        retireOldBackups();
    return path;
}

void LedgerSession::retireOldBackups()
{
    const QStringList all = backups();
    for (qsizetype i = Settings::backupCount(); i < all.size(); ++i)
        QFile::remove(all.at(i));
}

Status LedgerSession::restoreBackup(const QString &backup)
{
    if (!m_ledger)
        return usageError(tr("No ledger is open."));
    if (m_ledger->isReadOnly())
        return badInput(tr("%1 is open read-only: a backup cannot be restored over it.").arg(m_ledger->path()));
    if (auto sound = Ledger::checkIntegrity(backup); !sound)
        return sound;
    const QString path = m_ledger->path();
    // The ledger as it is becomes a backup first; the oldest backups are retired only after the
    // restore, which may be of one of them.
    if (auto kept = backUp(false); !kept)
        return kept.error();
    // In place, in one transaction, while the ledger stays open and locked: never a moment without
    // the file, and a failure leaves it as it was.
    const Status replaced = m_ledger->replaceWith(backup);
    retireOldBackups();
    if (!replaced)
        return replaced;
    // Opened again: the backup may be of an earlier schema, which opening upgrades.
    close();
    return open(path);
}

void LedgerSession::adopt(std::unique_ptr<Ledger> ledger)
{
    close();
    ++m_generation;
    m_backedUp = false;
    m_damaged = false;
    m_ledger = std::move(ledger);
    connect(m_ledger->notifier(), &LedgerNotifier::changed, this, [this] { emit dataChanged(); });
    connect(m_ledger->notifier(), &LedgerNotifier::everythingChanged, this, [this] { emit dataChanged(); });
    const QList<int> all = years();
    m_year = all.isEmpty() ? 0 : all.last();
    emit ledgerOpened();
    emit yearChanged(m_year);
}

void LedgerSession::close()
{
    if (!m_ledger)
        return;
    m_undoStack->clear();
    removeUnusedPictures();
    m_ledger.reset();
    m_year = 0;
    emit ledgerClosed();
}

bool LedgerSession::isDefaultLedger() const
{
    return m_ledger &&
           QFileInfo(m_ledger->path()).absoluteFilePath() == QFileInfo(DefaultLedger::path()).absoluteFilePath();
}

void LedgerSession::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    emit yearChanged(year);
}

QList<int> LedgerSession::years() const
{
    QList<int> result;
    if (!m_ledger)
        return result;
    if (auto list = AssociationRepository(*m_ledger).years())
        for (const FiscalYear &y : *list)
            result.append(y.year);
    return result;
}

Status LedgerSession::execute(std::unique_ptr<LedgerCommand> command)
{
    if (!m_ledger)
        return usageError(tr("No ledger is open."));
    if (m_ledger->isReadOnly())
        return badInput(tr("%1 is open read-only: nothing can be changed. Open it for writing (File > Open) to "
                           "make changes.")
                            .arg(QFileInfo(m_ledger->path()).fileName()));
    // A server's ledger is backed up by the server's administrator, not by each client.
    if (!m_backedUp && !m_ledger->isServer()) {
        // Before the first change of the session; a failed backup is reported, and the edit goes on.
        if (auto saved = backUp(); !saved)
            emit errorReported(tr("No backup could be made before the first change: %1").arg(saved.error().message));
        m_backedUp = true;
    }
    if (auto applied = command->apply(); !applied)
        return applied;
    m_undoStack->push(command.release());
    return Done{};
}

void LedgerSession::stepFailed(bool undoing, const QString &step, const Error &error)
{
    const QString what = undoing ? tr("\"%1\" could not be undone: %2").arg(step, error.message)
                                 : tr("\"%1\" could not be redone: %2").arg(step, error.message);
    emit errorReported(what + QLatin1Char(' ') +
                       tr("The step is taken off the undo list, and the views show the ledger as it is now."));
    if (m_settling)
        return;
    m_settling = true;
    // The stack is still in the middle of its undo() or redo(), which drops the step once this
    // returns: the rest waits until it has.
    QMetaObject::invokeMethod(this, &LedgerSession::settleAfterFailedStep, Qt::QueuedConnection);
}

void LedgerSession::settleAfterFailedStep()
{
    m_settling = false;
    // A failed redo drops its step without the stack saying so: the Undo and Redo actions learn it here.
    emit m_undoStack->indexChanged(m_undoStack->index());
    emit m_undoStack->canUndoChanged(m_undoStack->canUndo());
    emit m_undoStack->undoTextChanged(m_undoStack->undoText());
    emit m_undoStack->canRedoChanged(m_undoStack->canRedo());
    emit m_undoStack->redoTextChanged(m_undoStack->redoText());
    // What the views show may be what the step expected rather than what the ledger holds.
    if (m_ledger)
        m_ledger->notifier()->notifyEverythingChanged();
}

} // namespace annalist
