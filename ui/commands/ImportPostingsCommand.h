#pragma once

#include "LedgerCommand.h"
#include "PostingImporter.h"

#include <QCoreApplication>

#include <optional>

namespace annalist {

// What the first run of an import found: its summary, or the problems that stopped it.
struct ImportOutcome
{
    std::optional<ImportSummary> summary;
    QList<ImportIssue> issues;
    qint64 issueCount = 0;
    qint64 duplicateCount = 0;
    bool cancelled = false;
};

// Imports a CSV file's postings as one edit. Undo removes exactly the postings it wrote (and the
// fiscal year it created); redo imports the same file with the same choices again, and refuses
// when the file is no longer the one it read.
class ImportPostingsCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ImportPostingsCommand)

public:
    // `outcome`, when given, receives what the first import found; it must outlive
    // LedgerSession::execute(). options.progress is called during the first import only.
    ImportPostingsCommand(LedgerSession *session, const QString &path, const ImportOptions &options,
                          ImportOutcome *outcome = nullptr);

    Status apply() override;
    Status revert() override;

    // What the import wrote, once applied.
    const std::optional<ImportSummary> &summary() const { return m_summary; }

private:
    Status importAgain();

    QString m_path;
    ImportOptions m_options;
    ImportOutcome *m_outcome;
    std::optional<ImportSummary> m_summary;
    bool m_inLedger = false;
    int m_yearBefore = 0;
};

} // namespace annalist
