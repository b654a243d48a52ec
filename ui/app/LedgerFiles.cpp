#include "LedgerFiles.h"

#include "Backend.h"
#include "ServerConnectDialog.h"

#include "LedgerSession.h"
#include "Settings.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace annalist {

QString LedgerFiles::ledgerFilter()
{
    return tr("Annalist ledgers (*.annalist);;All files (*)");
}

void LedgerFiles::newLedger()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Ledger"), QString(), ledgerFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    const int year = QInputDialog::getInt(m_window, tr("New Ledger"), tr("First fiscal year:"),
                                          QDate::currentDate().year(), 1900, 2999, 1, &ok);
    if (!ok)
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".annalist");
    if (auto created = m_session->create(file, year); !created)
        QMessageBox::warning(m_window, tr("New Ledger"), created.error().message);
}

void LedgerFiles::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Ledger"), QString(), ledgerFilter());
    if (!path.isEmpty())
        openPath(path);
}

void LedgerFiles::openPath(const QString &path)
{
    // A ledger that cannot be opened leaves the one open now as it was.
    auto opened = m_session->open(path);
    if (opened)
        return;
    if (opened.error().kind != ErrorKind::Locked) {
        QMessageBox::warning(m_window, tr("Open Ledger"), opened.error().message);
        return;
    }
    // Someone else writes to it: the board may still read it.
    const auto answer = QMessageBox::question(
        m_window, tr("Open Ledger"), opened.error().message + QStringLiteral("\n\n") + tr("Open it read-only?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openPathReadOnly(path);
}

void LedgerFiles::openReadOnlyFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Ledger Read-Only"), QString(), ledgerFilter());
    if (!path.isEmpty())
        openPathReadOnly(path);
}

void LedgerFiles::openPathReadOnly(const QString &path)
{
    if (auto opened = m_session->open(path, Ledger::Access::ReadOnly); !opened)
        QMessageBox::warning(m_window, tr("Open Ledger Read-Only"), opened.error().message);
    else if (m_session->ledger()->recoveryNote().isEmpty()) // else the window shows that note
        m_window->statusBar()->showMessage(tr("%1 is open read-only.").arg(QFileInfo(path).fileName()), 8000);
}

void LedgerFiles::connectToServer()
{
    ServerConnectDialog dialog(m_window);
    // The server used last is where the next connection most likely goes.
    for (const QString &recent : Settings::recentLedgers())
        if (Backend::isServerAddress(recent)) {
            dialog.setAddress(recent);
            break;
        }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto access = dialog.readOnly() ? Ledger::Access::ReadOnly : Ledger::Access::ReadWrite;
    if (auto opened = m_session->open(dialog.addressWithPassword(), access); !opened)
        QMessageBox::warning(m_window, tr("Connect to Server"), opened.error().message);
    else
        m_window->statusBar()->showMessage(tr("Connected to %1.").arg(dialog.address()), 8000);
}

void LedgerFiles::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = Settings::recentLedgers();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path), m_window, [this, path] { openPath(path); });
        action->setEnabled(Backend::isServerAddress(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent ledgers"))->setEnabled(false);
}

void LedgerFiles::saveCopy()
{
    if (!m_session->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a Copy As"), QString(), ledgerFilter());
    if (path.isEmpty())
        return;
    if (auto saved = m_session->ledger()->saveCopy(path); !saved)
        QMessageBox::warning(m_window, tr("Save a Copy As"), saved.error().message);
    else
        m_window->statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
}

} // namespace annalist
