#include "ImportAssistant.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportProgress.h"
#include "LedgerSession.h"

#include <QFileInfo>
#include <QLineEdit>

namespace annalist {
namespace {

// Every bad row is listed; beyond this many the rest are counted.
constexpr int listedIssues = 10000;

} // namespace

ImportAssistant::ImportAssistant(LedgerSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_filePage(new ImportFilePage(session, this))
    , m_checkPage(new ImportCheckPage(this))
{
    setObjectName(QStringLiteral("importAssistant"));
    setWindowTitle(tr("Import Postings"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePageId, m_filePage);
    setPage(CheckPageId, m_checkPage);
    setStartId(FilePageId);
    resize(960, 700);
    m_filePage->fileEdit()->setFocus();
}

ImportOptions ImportAssistant::options() const
{
    ImportOptions options = m_filePage->options();
    m_checkPage->applyTo(&options);
    options.maxIssues = listedIssues;
    return options;
}

Result<ImportSummary> ImportAssistant::check(PostingImporter &importer, bool *cancelled)
{
    const QString path = m_filePage->path();
    ImportOptions checking = options();
    checking.dryRun = true;
    ImportProgress progress(this, tr("Checking %1...").arg(QFileInfo(path).fileName()));
    checking.progress = progress.callback();
    auto summary = importer.run(path, checking);
    *cancelled = !summary && progress.wasCancelled();
    return summary;
}

Status ImportAssistant::import(ImportOutcome *outcome)
{
    const QString path = m_filePage->path();
    ImportOptions importing = options();
    ImportProgress progress(this, tr("Importing %1...").arg(QFileInfo(path).fileName()));
    importing.progress = progress.callback();
    auto done = m_session->execute(std::make_unique<ImportPostingsCommand>(m_session, path, importing, outcome));
    outcome->cancelled = !done && progress.wasCancelled();
    if (done)
        m_imported = outcome->summary;
    return done;
}

} // namespace annalist
