#pragma once

#include "Finding.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace annalist {

class LedgerSession;
class SearchIndexer;
class ReadOnlyGuard;
class ValidationMonitor;
struct ValidationReport;

// The finance officer's desktop: navigation between the views, the fiscal year, the File and
// Edit menus, and a status bar with the year's figures and validation state.
class HelpWindow;
class LedgerFiles;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        Overview,
        Postings,
        Budget,
        Accounts,
        Projects,
        Members,
        Notes,
        ControlTotals,
        Validation,
        Report,
        PageCount
    };

    explicit MainWindow(LedgerSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    ValidationMonitor *validationMonitor() const { return m_monitor; }
    SearchIndexer *searchIndexer() const { return m_indexer; }
    QString statusText() const;
    bool isDemoHintVisible() const;
    bool isReadOnlyBarVisible() const;
    ReadOnlyGuard *readOnlyGuard() const { return m_guard; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void ledgerOpened();
    void ledgerClosed();
    void refreshYears();
    void refreshTitle();
    void showReport(const ValidationReport &report);
    void reveal(const FindingLocation &location);
    void restoreBackup();
    void importPostings();
    void exportPdf();
    void exportExcel();
    void exportWebPage();
    // Help > User Guide (F1): the guide at the part about the page shown.
    void showUserGuide();
    void closeYear();
    void reopenYear();
    void setLanguage(const QString &language);
    void about();

    LedgerSession *m_session;
    std::unique_ptr<LedgerFiles> m_files; // File > New, Open, Recent, Save a Copy
    ValidationMonitor *m_monitor;
    SearchIndexer *m_indexer;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QComboBox *m_years;
    QLabel *m_demoHint;
    QWidget *m_demoBar;
    QLabel *m_readOnlyHint;
    QWidget *m_readOnlyBar;
    ReadOnlyGuard *m_guard;
    QToolButton *m_totals;
    QToolButton *m_validationState;
    QMenu *m_recentMenu = nullptr;
    HelpWindow *m_help = nullptr; // made when first asked for
};

} // namespace annalist
