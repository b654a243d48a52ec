#include "LedgerSession.h"

#include "AssociationRepository.h"
#include "DefaultLedger.h"
#include "LedgerCommand.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace annalist {

LedgerSession::LedgerSession(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

LedgerSession::~LedgerSession()
{
    // Commands refer to the ledger: they go first.
    m_undoStack->clear();
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
        if (checked || generation != m_generation || !m_ledger)
            return;
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

void LedgerSession::adopt(std::unique_ptr<Ledger> ledger)
{
    close();
    ++m_generation;
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
    if (auto applied = command->apply(); !applied)
        return applied;
    m_undoStack->push(command.release());
    return Done{};
}

void LedgerSession::reportError(const Error &error)
{
    emit errorReported(error.message);
}

} // namespace annalist
