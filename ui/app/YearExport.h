#pragma once

#include <QCoreApplication>

class QWidget;

namespace annalist {

class LedgerSession;

// The session's year out of the application besides the PDF (ReportOutput): the statement
// workbook for Excel and the annual report as a web page. Each asks where to write, shows a
// failure in a message box and leaves what was there before when it fails or is cancelled.
class YearExport
{
    Q_DECLARE_TR_FUNCTIONS(annalist::YearExport)

public:
    // Asks for the .xlsx file and writes it with a progress dialog that can cancel; returns the
    // file written, empty when nothing was (cancelled or failed).
    static QString exportExcel(QWidget *parent, LedgerSession *session);
    // Asks for a folder and writes the report into a folder of its own there (webFolderName:
    // index.html, style.css and the pictures), asking before it replaces an earlier export;
    // returns the folder written, empty when nothing was.
    static QString exportWebPage(QWidget *parent, LedgerSession *session);
    // "aarsberetning-2019": the web page's folder, named in the report's language.
    static QString webFolderName(int year);
};

} // namespace annalist
