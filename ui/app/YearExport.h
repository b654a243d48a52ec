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
    // Asks for the folder (index.html, style.css and the pictures go into it) and writes the
    // report there; returns the folder written, empty when nothing was.
    static QString exportWebPage(QWidget *parent, LedgerSession *session);
};

} // namespace annalist
