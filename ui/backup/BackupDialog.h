#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace annalist {

class LedgerSession;

// File > Backups: the open ledger's backups, newest first, one of them restored after
// confirmation, and how many are kept (Settings::backupCount()).
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(LedgerSession *session, QWidget *parent = nullptr);

    // The file name of the backup restored; empty when none was.
    QString restored() const { return m_restored; }

private:
    void fill();
    void restoreSelected();
    void updateButtons();

    LedgerSession *m_session;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QSpinBox *m_keep;
    QPushButton *m_restore;
    QString m_restored;
};

} // namespace annalist
