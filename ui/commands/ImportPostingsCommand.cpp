#include "ImportPostingsCommand.h"

#include "LedgerSession.h"

#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

namespace annalist {
namespace {

// Redo and undo of a large import take a second or two without a dialog of their own.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ImportPostingsCommand::ImportPostingsCommand(LedgerSession *session, const QString &path, const ImportOptions &options,
                                             ImportOutcome *outcome)
    : LedgerCommand(session), m_path(path), m_options(options), m_outcome(outcome)
{
    m_options.dryRun = false;
    setText(tr("Import postings from %1").arg(QFileInfo(path).fileName()));
}

Status ImportPostingsCommand::apply()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    if (m_summary)
        return importAgain();

    m_yearBefore = session()->year();
    PostingImporter importer(*ledger);
    auto summary = importer.run(m_path, m_options);
    if (m_outcome) {
        m_outcome->summary = summary ? std::optional<ImportSummary>(*summary) : std::nullopt;
        m_outcome->issues = importer.issues();
        m_outcome->issueCount = importer.issueCount();
        m_outcome->duplicateCount = importer.duplicateCount();
    }
    // The progress callback and the outcome belong to the assistant, which is gone by a redo.
    m_outcome = nullptr;
    m_options.progress = nullptr;
    if (!summary)
        return summary.error();
    m_summary = *summary;
    m_inLedger = true;
    setText(
        tr("Import %1 postings from %2").arg(QLocale().toString(m_summary->imported), QFileInfo(m_path).fileName()));
    return Done{};
}

// A redo: the same file and choices against the ledger as it was before the first import.
Status ImportPostingsCommand::importAgain()
{
    const QFileInfo info(m_path);
    if (!info.isFile() || info.size() != m_summary->fileSize) {
        // Nothing can bring it back: the stack lets go of it.
        setObsolete(true);
        return badInput(tr("%1 has changed or is gone since it was imported; it cannot be imported again. Import "
                           "it anew with File > Import Postings.")
                            .arg(m_path));
    }
    ImportOptions options = m_options;
    options.expectedHash = m_summary->fileHash;
    const WaitCursor waiting;
    auto summary = PostingImporter(*session()->ledger()).run(m_path, options);
    if (!summary) {
        // With the ledger as it was the first time, only a changed file makes the import fail.
        if (summary.error().kind == ErrorKind::BadInput)
            setObsolete(true);
        return summary.error();
    }
    m_summary = *summary;
    m_inLedger = true;
    return Done{};
}

Status ImportPostingsCommand::revert()
{
    const Ledger *ledger = session()->ledger();
    if (!ledger)
        return usageError(tr("No ledger is open."));
    // A redo that failed left nothing to take back.
    if (!m_summary || !m_inLedger)
        return Done{};
    const WaitCursor waiting;
    if (auto undone = PostingImporter(*ledger).undo(*m_summary); !undone)
        return undone;
    m_inLedger = false;
    // The desktop cannot stay in a year the import created and its undo removed.
    const QList<int> years = session()->years();
    if (!years.contains(session()->year()) && !years.isEmpty())
        session()->setYear(years.contains(m_yearBefore) ? m_yearBefore : years.last());
    return Done{};
}

} // namespace annalist
