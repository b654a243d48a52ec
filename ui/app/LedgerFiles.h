#pragma once

#include <QCoreApplication>

class QMainWindow;
class QMenu;
class QString;

namespace annalist {

class LedgerSession;

// The window's ledgers: File > New, Open, Open Read-Only, Connect to Server, Open Recent and Save a Copy As,
// with their file dialogs, the offer to read a ledger another writer holds, and their messages.
class LedgerFiles
{
    Q_DECLARE_TR_FUNCTIONS(annalist::LedgerFiles)

public:
    LedgerFiles(LedgerSession *session, QMainWindow *window) : m_session(session), m_window(window) {}

    void newLedger();
    void open();
    void openPath(const QString &path);
    void openReadOnlyFile();
    void openPathReadOnly(const QString &path);
    // File > Connect to Server: asks where the server's ledger is and who connects, and opens it.
    void connectToServer();
    void fillRecentMenu(QMenu *menu);
    void saveCopy();

private:
    static QString ledgerFilter();

    LedgerSession *m_session;
    QMainWindow *m_window;
};

} // namespace annalist
