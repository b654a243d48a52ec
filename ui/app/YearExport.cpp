#include "YearExport.h"

#include "LedgerSession.h"
#include "ReportHtmlWriter.h"
#include "ReportInput.h"
#include "Settings.h"
#include "XlsxWriter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace annalist {

QString YearExport::webFolderName(int year)
{
    return QStringLiteral("aarsberetning-%1").arg(year);
}

QString YearExport::exportExcel(QWidget *parent, LedgerSession *session)
{
    if (!session->isOpen())
        return {};
    const int year = session->year();
    const QString suggested = QDir(Settings::exportFolder()).filePath(QStringLiteral("statement-%1.xlsx").arg(year));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Statement as Excel Workbook"), suggested,
                                                tr("Excel workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    Settings::setExportFolder(QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Writing the statement %1 to %2...").arg(year).arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("excelProgress"));
    progress.setWindowTitle(tr("Export Statement as Excel Workbook"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    // The counts may pass int's range for a very large ledger: the dialog counts in thousandths.
    QStringList warnings;
    const Status written = XlsxWriter::exportYear(
        *session->ledger(), year, path,
        [&progress](qint64 done, qint64 total) {
            progress.setMaximum(1000);
            progress.setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
            return !progress.wasCanceled();
        },
        &warnings);
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (cancelled)
        return {};
    if (!written) {
        QMessageBox::warning(parent, tr("Export Statement as Excel Workbook"),
                             tr("The workbook could not be written to %1.\n\n%2").arg(path, written.error().message));
        return {};
    }
    if (!warnings.isEmpty())
        QMessageBox::warning(parent, tr("Export Statement as Excel Workbook"),
                             tr("The workbook was written to %1, with texts cut to fit:\n\n%2")
                                 .arg(path, warnings.join(QLatin1Char('\n'))));
    return path;
}

QString YearExport::exportWebPage(QWidget *parent, LedgerSession *session)
{
    if (!session->isOpen())
        return {};
    const int year = session->year();
    // The user chooses where; the report gets a folder of its own there, named after the year, because
    // a save dialog cannot choose an existing folder to replace (it opens it instead).
    const QString where = QFileDialog::getExistingDirectory(
        parent, tr("Export Report as Web Page: Choose Where the Folder %1 Goes").arg(webFolderName(year)),
        Settings::exportFolder());
    if (where.isEmpty())
        return {};
    const QString folder = QDir(where).filePath(webFolderName(year));
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        QMessageBox::warning(
            parent, tr("Export Report as Web Page"),
            tr("%1 is a file. The web page needs a folder of its own: choose another place.").arg(folder));
        return {};
    }
    if (QDir(folder).exists() && !QDir(folder).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, tr("Export Report as Web Page"),
            tr("The folder %1 exists already. Replace what is in it with the report %2?").arg(folder).arg(year));
        if (answer != QMessageBox::Yes)
            return {};
    }
    Settings::setExportFolder(where);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto input = ReportInput::gather(*session->ledger(), year);
    const Status written = input ? ReportHtmlWriter::write(*input, folder) : Status(input.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("Export Report as Web Page"),
                             tr("The web page could not be written to %1.\n\n%2").arg(folder, written.error().message));
        return {};
    }
    return folder;
}

} // namespace annalist
