#pragma once

#include "ImportPostingsCommand.h"

#include <QWizard>

#include <optional>

namespace annalist {

class ImportCheckPage;
class ImportFilePage;
class LedgerSession;

// Imports the postings of an ERP's CSV export: choose the file and see how it is read, check
// it, then import it as one edit that Undo takes back. Checking and importing show their
// progress, and Cancel leaves the ledger as it was.
class ImportAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, CheckPageId };

    explicit ImportAssistant(LedgerSession *session, QWidget *parent = nullptr);

    LedgerSession *session() const { return m_session; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }

    // Every choice of both pages.
    ImportOptions options() const;
    // A dry run with the choices, its progress shown; the importer keeps the problems found.
    Result<ImportSummary> check(PostingImporter &importer, bool *cancelled);
    // The import as one undoable edit, its progress shown; what it found goes to `outcome`.
    Status import(ImportOutcome *outcome);
    // What was imported, once it was.
    const std::optional<ImportSummary> &imported() const { return m_imported; }

private:
    LedgerSession *m_session;
    ImportFilePage *m_filePage;
    ImportCheckPage *m_checkPage;
    std::optional<ImportSummary> m_imported;
};

} // namespace annalist
