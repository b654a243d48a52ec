#include "ReportOutput.h"

#include "LedgerSession.h"
#include "ReportInput.h"
#include "ReportLayout.h"
#include "ReportPdfWriter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace annalist {

Result<std::shared_ptr<const ReportLayout>> ReportOutput::layOut(const LedgerSession *session)
{
    if (!session->isOpen())
        return usageError(tr("No ledger is open."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto input = ReportInput::gather(*session->ledger(), session->year());
    std::shared_ptr<const ReportLayout> layout;
    if (input)
        layout = std::make_shared<const ReportLayout>(std::move(*input));
    QApplication::restoreOverrideCursor();
    if (!input)
        return input.error();
    return layout;
}

bool ReportOutput::exportPdf(QWidget *parent, LedgerSession *session)
{
    if (!session->isOpen())
        return false;
    const QString suggested = QDir::home().filePath(tr("Annual report %1.pdf").arg(session->year()));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report as PDF"), suggested,
                                                tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    auto layout = layOut(session);
    if (!layout) {
        QMessageBox::warning(parent, tr("Export Report as PDF"), layout.error().message);
        return false;
    }
    QProgressDialog progress(
        tr("Writing the annual report %1 to %2...").arg(session->year()).arg(QFileInfo(path).fileName()), tr("Cancel"),
        0, (*layout)->pageCount(), parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export Report as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const Status written = ReportPdfWriter::write(**layout, path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (cancelled)
        return false;
    if (!written) {
        QMessageBox::warning(parent, tr("Export Report as PDF"),
                             tr("The report could not be written to %1.\n\n%2").arg(path, written.error().message));
        return false;
    }
    return true;
}

void ReportOutput::preparePrinter(QPrinter *printer, const ReportLayout &layout)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    // The report draws its own margins, header and footer.
    printer->setFullPage(true);
    printer->setDocName(ReportPdfWriter::propertiesFor(layout).title);
    printer->setFromTo(0, 0);
}

Status ReportOutput::paint(QPrinter *printer, const ReportLayout &layout)
{
    QPainter painter;
    if (!painter.begin(printer))
        return ioError(tr("The printer could not be started."));
    int first = printer->fromPage();
    int last = printer->toPage();
    if (first <= 0 || printer->printRange() == QPrinter::AllPages)
        first = 1;
    if (last <= 0 || last > layout.pageCount() || printer->printRange() == QPrinter::AllPages)
        last = layout.pageCount();
    // The page as the paper has it: from 1200 units per inch to the printer's resolution, from
    // the paper's corner whatever margins the printer keeps.
    const qreal scale = qreal(printer->resolution()) / ReportLayout::resolution;
    const QRectF paper = printer->paperRect(QPrinter::DevicePixel);
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    for (int p = first; p <= last; ++p) {
        if (p > first && !printer->newPage())
            return ioError(tr("The printer refused page %1.").arg(p));
        painter.save();
        painter.translate(paper.left() - page.left(), paper.top() - page.top());
        painter.scale(scale, scale);
        layout.paintPage(&painter, p);
        painter.restore();
    }
    if (!painter.end())
        return ioError(tr("The printer could not finish the report."));
    return Done{};
}

void ReportOutput::printPreview(QWidget *parent, LedgerSession *session)
{
    auto layout = layOut(session);
    if (!layout) {
        QMessageBox::warning(parent, tr("Print Preview"), layout.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, **layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview: Annual Report %1").arg(session->year()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&dialog, &layout](QPrinter *to) {
        if (auto done = paint(to, **layout); !done)
            QMessageBox::warning(&dialog, tr("Print"), done.error().message);
    });
    dialog.resize(900, 760);
    dialog.exec();
}

void ReportOutput::print(QWidget *parent, LedgerSession *session)
{
    auto layout = layOut(session);
    if (!layout) {
        QMessageBox::warning(parent, tr("Print"), layout.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, **layout);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Annual Report %1").arg(session->year()));
    dialog.setMinMax(1, (*layout)->pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = paint(&printer, **layout); !done)
        QMessageBox::warning(parent, tr("Print"), done.error().message);
}

} // namespace annalist
