#include "MainWindow.h"

#include "AccountsView.h"
#include "AmountFormat.h"
#include "AssociationRepository.h"
#include "AuditTrailDialog.h"
#include "BackupDialog.h"
#include "BudgetView.h"
#include "ControlTotalsView.h"
#include "HelpWindow.h"
#include "ImportAssistant.h"
#include "LedgerFiles.h"
#include "LedgerSession.h"
#include "MembersView.h"
#include "MenuTexts.h"
#include "NotesView.h"
#include "OverviewView.h"
#include "PostingsView.h"
#include "ProjectsView.h"
#include "ReadOnlyGuard.h"
#include "ReportOutput.h"
#include "ReportView.h"
#include "SearchIndexer.h"
#include "Settings.h"
#include "ValidationMonitor.h"
#include "ValidationView.h"
#include "YearClosing.h"
#include "YearClosingDialog.h"
#include "YearExport.h"
#include "YearReopening.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace annalist {

MainWindow::MainWindow(LedgerSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_files(std::make_unique<LedgerFiles>(session, this))
    , m_monitor(new ValidationMonitor(session, this))
    , m_indexer(new SearchIndexer(session, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_years(new QComboBox(this))
    , m_demoHint(new QLabel(this))
    , m_demoBar(new QWidget(this))
    , m_readOnlyHint(new QLabel(this))
    , m_readOnlyBar(new QWidget(this))
    , m_guard(new ReadOnlyGuard(this))
    , m_totals(new QToolButton(this))
    , m_validationState(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->addWidget(new OverviewView(session, m_monitor, this));
    m_pages->addWidget(new PostingsView(session, this));
    m_pages->addWidget(new BudgetView(session, this));
    m_pages->addWidget(new AccountsView(session, this));
    m_pages->addWidget(new ProjectsView(session, this));
    m_pages->addWidget(new MembersView(session, this));
    m_pages->addWidget(new NotesView(session, this));
    m_pages->addWidget(new ControlTotalsView(session, this));
    m_pages->addWidget(new ValidationView(session, m_monitor, this));
    m_pages->addWidget(new ReportView(session, this));
    for (int i = 0; i < PageCount; ++i)
        m_navigation->addItem(QString());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // The demo hint: visible while the ledger holds illustrative demo data.
    auto *demoLayout = new QHBoxLayout(m_demoBar);
    m_demoHint->setWordWrap(true);
    demoLayout->addWidget(m_demoHint, 1);
    auto *newButton = new QPushButton(m_demoBar);
    newButton->setObjectName(QStringLiteral("demoNewLedger"));
    demoLayout->addWidget(newButton);
    connect(newButton, &QPushButton::clicked, this, [this] { m_files->newLedger(); });
    m_demoBar->setAutoFillBackground(true);
    QPalette hintPalette = m_demoBar->palette();
    hintPalette.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE));
    hintPalette.setColor(QPalette::WindowText, QColor(0x3B, 0x2F, 0x00));
    m_demoBar->setPalette(hintPalette);

    // The read-only bar: visible while the ledger is open read-only, with the way to write.
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyHint->setObjectName(QStringLiteral("readOnlyHint"));
    m_readOnlyHint->setWordWrap(true);
    auto *readOnlyLayout = new QHBoxLayout(m_readOnlyBar);
    readOnlyLayout->addWidget(m_readOnlyHint, 1);
    m_readOnlyBar->setAutoFillBackground(true);
    QPalette readOnlyPalette = m_readOnlyBar->palette();
    readOnlyPalette.setColor(QPalette::Window, QColor(0xDD, 0xEB, 0xF7));
    readOnlyPalette.setColor(QPalette::WindowText, QColor(0x0B, 0x2A, 0x4A));
    m_readOnlyBar->setPalette(readOnlyPalette);
    m_readOnlyBar->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBar);
    layout->addWidget(m_demoBar);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_years->setObjectName(QStringLiteral("yearSelector"));
    m_years->setWhatsThis(tr("<p>The fiscal year every page shows and every edit goes into. A closed year is "
                             "shown but cannot be changed until it is reopened (File > Reopen Year).</p>"));
    m_years->setMinimumContentsLength(6);
    connect(m_years, &QComboBox::activated, this,
            [this](int index) { m_session->setYear(m_years->itemData(index).toInt()); });

    m_totals->setAutoRaise(true);
    m_totals->setObjectName(QStringLiteral("statusTotals"));
    connect(m_totals, &QToolButton::clicked, this, [this] {
        PostingFilter filter;
        filter.year = m_session->year();
        m_session->showPostings(filter);
    });
    m_validationState->setAutoRaise(true);
    m_validationState->setObjectName(QStringLiteral("statusValidation"));
    connect(m_validationState, &QToolButton::clicked, this, [this] { showPage(Validation); });
    statusBar()->addWidget(m_totals, 1);
    statusBar()->addPermanentWidget(m_validationState);

    createMenus();
    retranslate();

    connect(session, &LedgerSession::ledgerOpened, this, &MainWindow::ledgerOpened);
    connect(session, &LedgerSession::ledgerClosed, this, &MainWindow::ledgerClosed);
    connect(session, &LedgerSession::yearChanged, this, [this](int year) {
        const int index = m_years->findData(year);
        if (index >= 0)
            m_years->setCurrentIndex(index);
        refreshTitle();
    });
    connect(session, &LedgerSession::dataChanged, this, &MainWindow::refreshYears);
    // Queued: an error may be reported from inside the undo stack's undo() or redo(), which must
    // finish before a message box runs an event loop of its own.
    connect(
        session, &LedgerSession::errorReported, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Annalist"), message); }, Qt::QueuedConnection);
    connect(session, &LedgerSession::postingsRequested, this, [this] { showPage(Postings); });
    connect(session, &LedgerSession::revealRequested, this, &MainWindow::reveal);
    connect(m_monitor, &ValidationMonitor::reportChanged, this, &MainWindow::showReport);

    m_navigation->setCurrentRow(Overview);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    if (session->isOpen())
        ledgerOpened();
    else
        ledgerClosed();
    if (Settings::windowGeometry().isEmpty())
        resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(QString(), this, [this] { m_files->newLedger(); });
    newAction->setObjectName(QStringLiteral("newLedger"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QString(), this, [this] { m_files->open(); });
    openAction->setObjectName(QStringLiteral("openLedger"));
    openAction->setShortcut(QKeySequence::Open);
    QAction *openReadOnlyAction = file->addAction(QString(), this, [this] { m_files->openReadOnlyFile(); });
    openReadOnlyAction->setObjectName(QStringLiteral("openReadOnly"));
    openReadOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *connectAction = file->addAction(QString(), this, [this] { m_files->connectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectToServer"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_files->fillRecentMenu(m_recentMenu); });
    file->addSeparator();
    QAction *importAction = file->addAction(QString(), this, &MainWindow::importPostings);
    importAction->setObjectName(QStringLiteral("importPostings"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu *exportMenu = file->addMenu(QString());
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *pdfAction = exportMenu->addAction(QString(), this, &MainWindow::exportPdf);
    pdfAction->setObjectName(QStringLiteral("exportPdf"));
    pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *excelAction = exportMenu->addAction(QString(), this, &MainWindow::exportExcel);
    excelAction->setObjectName(QStringLiteral("exportExcel"));
    excelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction *webAction = exportMenu->addAction(QString(), this, &MainWindow::exportWebPage);
    webAction->setObjectName(QStringLiteral("exportWebPage"));
    webAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction *previewAction = file->addAction(QString(), this, [this] {
        if (m_session->isOpen())
            ReportOutput::printPreview(this, m_session);
    });
    previewAction->setObjectName(QStringLiteral("printPreview"));
    QAction *printAction = file->addAction(QString(), this, [this] {
        if (m_session->isOpen())
            ReportOutput::print(this, m_session);
    });
    printAction->setObjectName(QStringLiteral("print"));
    printAction->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *closeYearAction = file->addAction(QString(), this, &MainWindow::closeYear);
    closeYearAction->setObjectName(QStringLiteral("closeYear"));
    closeYearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *reopenYearAction = file->addAction(QString(), this, &MainWindow::reopenYear);
    reopenYearAction->setObjectName(QStringLiteral("reopenYear"));
    file->addSeparator();
    QAction *copyAction = file->addAction(QString(), this, [this] { m_files->saveCopy(); });
    copyAction->setObjectName(QStringLiteral("saveCopy"));
    QAction *restoreAction = file->addAction(QString(), this, &MainWindow::restoreBackup);
    restoreAction->setObjectName(QStringLiteral("restoreBackup"));
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *closeAction = file->addAction(QString(), m_session, &LedgerSession::close);
    closeAction->setObjectName(QStringLiteral("closeLedger"));
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(QString(), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quit"));
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_session->undoStack()->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redo"));
    // The platform's Redo as well, unless it is Ctrl+Y, which chooses the fiscal year here.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (key != QKeySequence(Qt::CTRL | Qt::Key_Y) && !redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    for (QAction *action : {importAction, closeYearAction, reopenYearAction, undo, redo})
        ReadOnlyGuard::markEdit(action);

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go = view->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        go->setObjectName(QStringLiteral("page%1").arg(i));
        // Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth.
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    view->addSeparator();
    QAction *yearAction = view->addAction(QString(), this, [this] {
        m_years->setFocus();
        m_years->showPopup();
    });
    yearAction->setObjectName(QStringLiteral("chooseYear"));
    yearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QAction *trialAction = view->addAction(QString(), this, [this] {
        if (m_session->isOpen())
            static_cast<BudgetView *>(page(Budget))->showTrialBalance();
    });
    trialAction->setObjectName(QStringLiteral("trialBalance"));
    trialAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *auditAction = view->addAction(QString(), this, [this] {
        if (!m_session->isOpen())
            return;
        auto *dialog = new AuditTrailDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auditAction->setObjectName(QStringLiteral("auditTrail"));
    auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    QMenu *settings = menuBar()->addMenu(QString());
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    for (const QString &code : {QString(), QStringLiteral("en"), QStringLiteral("da")}) {
        QAction *choice = language->addAction(QString());
        choice->setCheckable(true);
        choice->setChecked(Settings::language() == code);
        choice->setData(code);
        choice->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guideAction = help->addAction(QString(), this, &MainWindow::showUserGuide);
    guideAction->setObjectName(QStringLiteral("userGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThis"));
    help->addAction(whatsThis);
    QAction *aboutAction = help->addAction(QString(), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("about"));

    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto *yearLabel = new QLabel(bar);
    yearLabel->setObjectName(QStringLiteral("yearLabel"));
    yearLabel->setBuddy(m_years);
    yearLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(yearLabel);
    bar->addWidget(m_years);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
}

// Every visible text, so that a change of language takes effect at once.
void MainWindow::retranslate()
{
    const QStringList pageNames{tr("Overview"), tr("Postings"), tr("Budget"),         tr("Accounts"),   tr("Projects"),
                                tr("Members"),  tr("Notes"),    tr("Control totals"), tr("Validation"), tr("Report")};
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(pageNames.at(i));
        if (QAction *go = findChild<QAction *>(QStringLiteral("page%1").arg(i)))
            go->setText(pageNames.at(i));
    }
    MenuTexts::apply(this);
    if (auto *yearLabel = findChild<QLabel *>(QStringLiteral("yearLabel")))
        yearLabel->setText(tr("Fiscal &year:"));
    if (auto *button = findChild<QPushButton *>(QStringLiteral("demoNewLedger")))
        button->setText(tr("New Ledger..."));
    m_demoHint->setText(tr("<b>Demo data.</b> This ledger holds the published 2019 statement with illustrative "
                           "postings, budgets and contributions. To keep your own books, start a new ledger "
                           "(File > New Ledger, Ctrl+N)."));
    m_readOnlyHint->setText(tr("<b>Read-only.</b> This ledger is open read-only: you can read, search, print and "
                               "export, but not change anything. To make changes, open it with File > Open "
                               "when nobody else writes to it."));
    m_validationState->setToolTip(tr("Show the findings"));
    m_totals->setToolTip(tr("Show the year's postings"));
    refreshTitle();
    showReport(m_monitor->report());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
    m_pages->currentWidget()->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

QString MainWindow::statusText() const
{
    return m_totals->text() + QLatin1String(" | ") + m_validationState->text();
}

bool MainWindow::isDemoHintVisible() const
{
    return !m_demoBar->isHidden();
}

bool MainWindow::isReadOnlyBarVisible() const
{
    return !m_readOnlyBar->isHidden();
}

void MainWindow::ledgerOpened()
{
    refreshYears();
    refreshTitle();
    bool demo = false;
    if (auto provenance = AssociationRepository(*m_session->ledger()).provenance())
        for (const Provenance &p : *provenance)
            demo = demo || p.illustrative;
    m_demoBar->setVisible(demo);
    m_readOnlyBar->setVisible(m_session->isReadOnly());
    m_guard->setReadOnly(m_session->isReadOnly());
    // Opening rolled back a change that a stopped program left unfinished: say so until the next message.
    if (const QString note = m_session->ledger()->recoveryNote(); !note.isEmpty())
        statusBar()->showMessage(note);
    m_pages->setEnabled(true);
    Settings::setLastLedger(m_session->isDefaultLedger() ? QString() : m_session->path());
    Settings::addRecentLedger(m_session->path());
}

void MainWindow::ledgerClosed()
{
    m_years->clear();
    m_demoBar->hide();
    m_readOnlyBar->hide();
    m_guard->setReadOnly(false);
    m_pages->setEnabled(false);
    m_totals->setText(tr("No ledger is open. Open one with File > Open or start one with File > New Ledger."));
    m_validationState->setText(QString());
    refreshTitle();
}

void MainWindow::refreshYears()
{
    const QList<int> years = m_session->years();
    if (m_years->count() == years.size()) {
        bool same = true;
        for (int i = 0; i < years.size(); ++i)
            same = same && m_years->itemData(i).toInt() == years.at(i);
        if (same)
            return;
    }
    m_years->clear();
    for (int year : years)
        m_years->addItem(QString::number(year), year);
    m_years->setCurrentIndex(m_years->findData(m_session->year()));
}

void MainWindow::refreshTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(QStringLiteral("Annalist"));
        return;
    }
    QString name;
    if (auto association = AssociationRepository(*m_session->ledger()).association())
        name = association->name;
    setWindowFilePath(m_session->path());
    QString title = QStringLiteral("%1 %2 – %3 – Annalist")
                        .arg(name.isEmpty() ? QFileInfo(m_session->path()).fileName() : name)
                        .arg(m_session->year())
                        .arg(QFileInfo(m_session->path()).fileName());
    if (m_session->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
}

void MainWindow::showReport(const ValidationReport &report)
{
    if (!m_session->isOpen())
        return;
    if (!report.error.isEmpty()) {
        m_validationState->setText(tr("Validation failed"));
        m_validationState->setToolTip(report.error);
        return;
    }
    if (report.year == 0) {
        m_totals->setText(QString());
        m_validationState->setText(tr("Checking..."));
        return;
    }
    const Statement &s = report.statement;
    m_totals->setText(tr("%1:  Income %2   Expenses %3   Operating result %4")
                          .arg(report.year)
                          .arg(AmountFormat::format(s.incomeTotal()), AmountFormat::format(s.expensesTotal()),
                               AmountFormat::format(s.operatingResult())));
    const FindingCounts counts = countFindings(report.findings);
    if (counts.errors == 0 && counts.warnings == 0)
        m_validationState->setText(tr("No errors"));
    else
        m_validationState->setText(tr("%1 errors, %2 warnings").arg(counts.errors).arg(counts.warnings));
}

void MainWindow::reveal(const FindingLocation &location)
{
    switch (location.kind) {
    case FindingLocation::Kind::Posting:
        showPage(Postings);
        break;
    case FindingLocation::Kind::Account:
        showPage(Accounts);
        break;
    case FindingLocation::Kind::Note:
        showPage(Notes);
        break;
    case FindingLocation::Kind::Member:
        showPage(Members);
        break;
    case FindingLocation::Kind::Control:
        showPage(ControlTotals);
        break;
    case FindingLocation::Kind::ReportSection: // the Report page selects the section itself
        showPage(Report);
        break;
    case FindingLocation::Kind::Year:
    case FindingLocation::Kind::Statement:
        showPage(Overview);
        break;
    }
}

void MainWindow::importPostings()
{
    if (!m_session->isOpen())
        return;
    auto *assistant = new ImportAssistant(m_session, this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QDialog::accepted, this, [this, assistant] {
        const auto &summary = assistant->imported();
        if (!summary)
            return;
        // The imported year, on the page that lists its postings.
        PostingFilter filter;
        filter.year = summary->year;
        m_session->showPostings(filter);
        statusBar()->showMessage(tr("Imported %1 postings from %2 into %3; Edit > Undo takes them out again.")
                                     .arg(QLocale().toString(summary->imported), QFileInfo(summary->file).fileName(),
                                          QString::number(summary->year)),
                                 10000);
    });
    assistant->open();
}

void MainWindow::exportPdf()
{
    if (m_session->isOpen() && ReportOutput::exportPdf(this, m_session))
        statusBar()->showMessage(tr("The annual report %1 was exported as a PDF.").arg(m_session->year()), 8000);
}

void MainWindow::exportExcel()
{
    const QString path = YearExport::exportExcel(this, m_session);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("The statement %1 was exported as %2.").arg(m_session->year()).arg(path), 8000);
}

void MainWindow::exportWebPage()
{
    const QString folder = YearExport::exportWebPage(this, m_session);
    if (!folder.isEmpty())
        statusBar()->showMessage(
            tr("The annual report %1 was exported as a web page in %2.").arg(m_session->year()).arg(folder), 8000);
}

void MainWindow::closeYear()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    YearClosingDialog dialog(m_session, m_session->year(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.receipt())
        statusBar()->showMessage(tr("%1 is closed; its result is carried over into %2.")
                                     .arg(dialog.receipt()->year)
                                     .arg(dialog.receipt()->nextYear),
                                 10000);
}

void MainWindow::reopenYear()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    const int year = m_session->year();
    if (YearReopening::ask(this, m_session, year))
        statusBar()->showMessage(tr("%1 is open again for corrections.").arg(year), 10000);
}

void MainWindow::restoreBackup()
{
    if (!m_session->isOpen())
        return;
    BackupDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.restored().isEmpty())
        statusBar()->showMessage(tr("Restored %1").arg(dialog.restored()), 8000);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    QMessageBox::information(this, tr("Language"), tr("The language changes when Annalist starts the next time."));
}

void MainWindow::showUserGuide()
{
    // The guide's section for each page, in the order of Page.
    static const char *const sections[PageCount] = {"overview", "postings", "budget",         "accounts",   "projects",
                                                    "members",  "notes",    "control-totals", "validation", "report"};
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showSection(QLatin1String(sections[currentPage()]));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Annalist"),
                       tr("<h3>Annalist %1</h3><p>A budget ledger and annual-report tool for member associations.</p>"
                          "<p>Built with Qt %2 and SQLite.</p><p>Free software under the GNU General Public "
                          "License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}

} // namespace annalist
