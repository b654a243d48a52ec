#include "ImportCheckPage.h"

#include "AmountFormat.h"
#include "ImportAssistant.h"
#include "ImportIssuesModel.h"
#include "ImportTotalsModel.h"
#include "LedgerSession.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {
namespace {

QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportAssistant *assistant)
    : QWizardPage(assistant)
    , m_assistant(assistant)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_lists(new QStackedWidget(this))
    , m_issues(new ImportIssuesModel(this))
    , m_totals(new ImportTotalsModel(this))
    , m_refuse(new QRadioButton(this))
    , m_skip(new QRadioButton(this))
    , m_force(new QRadioButton(this))
    , m_check(new QPushButton(this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check and Import"));
    setSubTitle(tr("Every row is checked against the chart of accounts and the fiscal year before anything is "
                   "written. The import is all or nothing, and Edit > Undo takes it back as a whole."));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issuesTable = listView(m_issues, QStringLiteral("issues"), this);
    m_issuesTable->setColumnWidth(ImportIssuesModel::LineColumn, 60);
    m_issuesTable->setColumnWidth(ImportIssuesModel::ColumnColumn, 110);
    m_issuesTable->setColumnWidth(ImportIssuesModel::ValueColumn, 130);
    m_totalsTable = listView(m_totals, QStringLiteral("totals"), this);
    m_totalsTable->setColumnWidth(ImportTotalsModel::NumberColumn, 80);
    m_totalsTable->setColumnWidth(ImportTotalsModel::NameColumn, 300);
    m_totalsTable->setColumnWidth(ImportTotalsModel::CountColumn, 90);
    m_lists->addWidget(m_issuesTable);
    m_lists->addWidget(m_totalsTable);
    auto *listLabel = new QLabel(tr("&Found:"), this);
    listLabel->setBuddy(m_lists);
    m_lists->setFocusPolicy(Qt::NoFocus);
    connect(m_lists, &QStackedWidget::currentChanged, this,
            [listLabel, this] { listLabel->setBuddy(m_lists->currentWidget()); });

    m_refuse->setObjectName(QStringLiteral("refuseDuplicates"));
    m_refuse->setText(tr("&Refuse the file"));
    m_refuse->setChecked(true);
    m_skip->setObjectName(QStringLiteral("skipDuplicates"));
    m_skip->setText(tr("S&kip postings already in the year"));
    m_force->setObjectName(QStringLiteral("forceDuplicates"));
    m_force->setText(tr("Import them &anyway"));
    auto *duplicates = new QButtonGroup(this);
    duplicates->addButton(m_refuse);
    duplicates->addButton(m_skip);
    duplicates->addButton(m_force);
    connect(duplicates, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        // Another choice gives another result: checked again at once.
        if (checked && m_assistant->currentPage() == this)
            check();
    });
    auto *duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(
        new QLabel(tr("Postings already in the year (same voucher, date, account and amount):"), this));
    duplicateRow->addWidget(m_refuse);
    duplicateRow->addWidget(m_skip);
    duplicateRow->addWidget(m_force);
    duplicateRow->addStretch(1);

    m_check->setObjectName(QStringLiteral("checkAgain"));
    m_check->setText(tr("&Check Again"));
    m_check->setAutoDefault(false);
    m_check->setToolTip(tr("Reads the file again, for example after correcting it"));
    connect(m_check, &QPushButton::clicked, this, &ImportCheckPage::check);
    auto *checkRow = new QHBoxLayout;
    checkRow->addStretch(1);
    checkRow->addWidget(m_check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(listLabel);
    layout->addWidget(m_lists, 1);
    layout->addLayout(duplicateRow);
    layout->addLayout(checkRow);
}

void ImportCheckPage::applyTo(ImportOptions *options) const
{
    options->skipExisting = m_skip->isChecked();
    options->force = m_force->isChecked();
}

void ImportCheckPage::initializePage()
{
    check();
}

void ImportCheckPage::check()
{
    setReady(false);
    m_headline->setText(tr("Checking..."));
    m_details->clear();
    PostingImporter importer(*m_assistant->session()->ledger());
    bool cancelled = false;
    auto summary = m_assistant->check(importer, &cancelled);
    if (cancelled) {
        m_issues->setIssues({});
        m_lists->setCurrentWidget(m_issuesTable);
        m_headline->setText(tr("The check was cancelled; nothing was imported."));
        m_details->setText(tr("Check Again reads the whole file."));
        return;
    }
    if (!summary) {
        showProblems(summary.error(), importer.issues(), importer.issueCount(), importer.duplicateCount());
        return;
    }
    showReady(*summary);
}

void ImportCheckPage::showReady(const ImportSummary &summary)
{
    m_totals->setTotals(summary.totals);
    m_lists->setCurrentWidget(m_totalsTable);
    const QString year = QString::number(summary.year);
    QStringList details;
    details.append(tr("%1 rows read from %2 (%3, %4 as delimiter).")
                       .arg(QLocale().toString(summary.rows), QFileInfo(summary.file).fileName(),
                            CsvReader::encodingName(summary.encoding), CsvReader::delimiterName(summary.delimiter)));
    if (summary.skipped > 0)
        details.append(tr("%1 postings already in %2 are left out.").arg(QLocale().toString(summary.skipped), year));
    if (summary.yearCreated)
        details.append(tr("The fiscal year %1 is not in the books; it will be created, open.").arg(year));
    m_details->setText(details.join(QLatin1Char(' ')));
    if (summary.imported == 0) {
        m_headline->setText(tr("Nothing to import: every posting in the file is already in %1.").arg(year));
        return;
    }
    m_headline->setText(tr("%1 postings, total %2, ready to import into %3.")
                            .arg(QLocale().toString(summary.imported), AmountFormat::format(summary.total), year));
    setReady(true);
}

void ImportCheckPage::showProblems(const Error &error, const QList<ImportIssue> &issues, qint64 count,
                                   qint64 duplicates)
{
    m_issues->setIssues(issues);
    m_lists->setCurrentWidget(m_issuesTable);
    if (issues.isEmpty()) {
        // Refused as a whole, or the ledger could not be read: the reason is all there is.
        m_headline->setText(error.message);
        m_details->clear();
        return;
    }
    m_headline->setText(tr("%n problem(s) found; nothing can be imported until they are fixed.", nullptr, int(count)));
    QStringList details;
    if (count > issues.size())
        details.append(tr("The first %1 are listed.").arg(QLocale().toString(issues.size())));
    if (duplicates > 0)
        details.append(tr("%1 rows are postings already in %2: skip them or import them anyway below.")
                           .arg(QLocale().toString(duplicates), QString::number(m_assistant->options().year)));
    details.append(tr("Correct the file and choose Check Again, or go Back to change how it is read."));
    m_details->setText(details.join(QLatin1Char(' ')));
}

void ImportCheckPage::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_ready;
}

bool ImportCheckPage::validatePage()
{
    if (!m_ready)
        return false;
    ImportOutcome outcome;
    auto imported = m_assistant->import(&outcome);
    if (imported)
        return true;
    if (outcome.cancelled) {
        // The check still holds: Import may be chosen again.
        m_headline->setText(tr("The import was cancelled; the ledger is as it was."));
        m_details->setText(tr("Nothing was written. Import starts it again."));
        return false;
    }
    setReady(false);
    showProblems(imported.error(), outcome.issues, outcome.issueCount, outcome.duplicateCount);
    return false;
}

} // namespace annalist
