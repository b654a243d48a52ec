#include "MenuTexts.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

namespace annalist {

void MenuTexts::apply(QWidget *window)
{
    const auto setText = [window](const char *name, const QString &text) {
        if (QAction *action = window->findChild<QAction *>(QLatin1String(name)))
            action->setText(text);
    };
    const auto setTitle = [window](const char *name, const QString &text) {
        if (QMenu *menu = window->findChild<QMenu *>(QLatin1String(name)))
            menu->setTitle(text);
    };
    setTitle("fileMenu", tr("&File"));
    setTitle("editMenu", tr("&Edit"));
    setTitle("viewMenu", tr("&View"));
    setTitle("settingsMenu", tr("&Settings"));
    setTitle("languageMenu", tr("&Language"));
    setTitle("helpMenu", tr("&Help"));
    setTitle("recentMenu", tr("Open Recen&t"));
    setText("newLedger", tr("&New Ledger..."));
    setText("openLedger", tr("&Open..."));
    setText("openReadOnly", tr("Open &Read-Only..."));
    setText("connectToServer", tr("Connect to &Server..."));
    setText("exportExcel", tr("&Excel Workbook..."));
    setText("exportWebPage", tr("&Web Page..."));
    setText("closeYear", tr("C&lose Year..."));
    setText("reopenYear", tr("Reopen &Year..."));
    setText("importPostings", tr("&Import Postings..."));
    setTitle("exportMenu", tr("&Export"));
    setText("exportPdf", tr("&PDF..."));
    setText("printPreview", tr("Print Pre&view..."));
    setText("print", tr("&Print..."));
    setText("saveCopy", tr("Save a Copy &As..."));
    setText("restoreBackup", tr("&Backups..."));
    setText("closeLedger", tr("&Close"));
    setText("quit", tr("&Quit"));
    setText("trialBalance", tr("&Trial Balance..."));
    setText("auditTrail", tr("&Audit Trail..."));
    setText("chooseYear", tr("Choose Fiscal &Year"));
    setText("language_system", tr("&Follow the System"));
    setText("language_en", QStringLiteral("&English"));
    setText("language_da", QStringLiteral("&Dansk"));
    setText("about", tr("&About Annalist"));
    setText("userGuide", tr("&User Guide"));
    setText("whatsThis", tr("&What's This?"));
    const auto setTip = [window](const char *name, const QString &tip) {
        if (QAction *action = window->findChild<QAction *>(QLatin1String(name))) {
            action->setStatusTip(tip);
            action->setToolTip(tip);
        }
    };
    setTip("exportPdf", tr("Write the year's annual report as a PDF file"));
    setTip("printPreview", tr("Show the year's annual report as the printer will print it"));
    setTip("print", tr("Print the year's annual report"));
    setTip("connectToServer", tr("Open a ledger shared on a PostgreSQL server, where several people work at once"));
    setTip("openReadOnly", tr("Open a ledger to read it without changing it, also while someone else writes to it"));
    setTip("exportExcel", tr("Write the year's statement, budget and postings as an Excel workbook"));
    setTip("exportWebPage", tr("Write the year's annual report as an accessible web page in a folder of its own"));
    setTip("closeYear", tr("Close the fiscal year: carry its result over, sign the report and lock the year"));
    setTip("restoreBackup", tr("List the ledger's backups, restore one, and choose how many are kept"));
    setTip("reopenYear", tr("Open a closed fiscal year again for corrections, giving the reason"));
    setTip("newLedger", tr("Start a new, empty ledger file with its first fiscal year"));
    setTip("openLedger", tr("Open another ledger file"));
    setTip("importPostings", tr("Import a year's postings from an ERP's CSV export, all or nothing"));
    setTip("saveCopy", tr("Write a consistent copy of the open ledger to another file"));
    setTip("closeLedger", tr("Close the open ledger"));
    setTip("quit", tr("Close the window and quit Annalist"));
    setTip("chooseYear", tr("Choose the fiscal year that every page shows"));
    setTip("trialBalance", tr("Show the balance of every account for a range of dates"));
    setTip("auditTrail", tr("List every recorded change to the books and check the trail's hash chain"));
    setTip("about", tr("Show Annalist's version and licence"));
    setTip("whatsThis", tr("Click a field or button afterwards to have it explained"));
    setTip("userGuide", tr("Open the user guide at the part about the page shown"));
    const QStringList pageTips{tr("Show the key figures, the income statement and the charts"),
                               tr("Show, type and search the year's postings"),
                               tr("Show the budget against the actual figures, with budget changes"),
                               tr("Show and edit the chart of accounts"),
                               tr("Show and edit the projects"),
                               tr("Show and edit the members and their contributions"),
                               tr("Show and edit the notes of the income statement"),
                               tr("Show and edit the control totals the statement is checked against"),
                               tr("Show what validation finds in the year's books"),
                               tr("Edit the annual report's chapters and see its pages")};
    for (int i = 0; i < pageTips.size(); ++i)
        if (QAction *go = window->findChild<QAction *>(QStringLiteral("page%1").arg(i))) {
            go->setStatusTip(pageTips.at(i));
            go->setToolTip(pageTips.at(i));
        }
    if (QAction *undo = window->findChild<QAction *>(QStringLiteral("undo"))) {
        undo->setToolTip(tr("Undo (%1)").arg(undo->shortcut().toString(QKeySequence::NativeText)));
        undo->setStatusTip(tr("Take back the last change"));
    }
    if (QAction *redo = window->findChild<QAction *>(QStringLiteral("redo"))) {
        redo->setToolTip(tr("Redo (%1)").arg(redo->shortcut().toString(QKeySequence::NativeText)));
        redo->setStatusTip(tr("Make the last change taken back again"));
    }
}

} // namespace annalist
