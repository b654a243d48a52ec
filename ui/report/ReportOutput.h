#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

class QPrinter;
class QWidget;

namespace annalist {

class LedgerSession;
class ReportLayout;

// The annual report of the session's year out of the application: a PDF file written with a
// progress dialog that can cancel, and the printer with its preview. Each lays the report out
// from the ledger as it is now; a failure is shown in a message box.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportOutput)

public:
    // Asks for the file and writes it; false when nothing was written (cancelled or failed).
    static bool exportPdf(QWidget *parent, LedgerSession *session);
    static void printPreview(QWidget *parent, LedgerSession *session);
    static void print(QWidget *parent, LedgerSession *session);

    // Paints the printer's page range (all pages when none) of the report onto the printer.
    static Status paint(QPrinter *printer, const ReportLayout &layout);
    static void preparePrinter(QPrinter *printer, const ReportLayout &layout);
    static Result<std::shared_ptr<const ReportLayout>> layOut(const LedgerSession *session);
};

} // namespace annalist
