#include "BackupDialog.h"

#include "LedgerSession.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace annalist {

BackupDialog::BackupDialog(LedgerSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_keep(new QSpinBox(this))
    , m_restore(new QPushButton(tr("&Restore..."), this))
{
    setWindowTitle(tr("Backups"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("File")});
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupDialog::updateButtons);
    // Enter reaches the dialog's default button (Restore); a double click does the same.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupDialog::restoreSelected);

    auto *keepLabel = new QLabel(tr("&Keep the newest:"), this);
    keepLabel->setBuddy(m_keep);
    m_keep->setObjectName(QStringLiteral("backupCount"));
    m_keep->setRange(1, 100);
    m_keep->setValue(Settings::backupCount());
    m_keep->setSuffix(tr(" backups"));
    m_keep->setAccessibleName(tr("Number of backups kept"));
    m_keep->setToolTip(tr("How many backups of each ledger are kept; older ones are removed when the next "
                          "backup is made."));
    m_keep->setWhatsThis(tr("<p>Annalist copies a ledger before the first change of each session. This is how "
                            "many of those copies are kept for each ledger; when a new one is made, the oldest "
                            "beyond this number are removed.</p>"));
    connect(m_keep, &QSpinBox::valueChanged, this, [](int count) { Settings::setBackupCount(count); });
    auto *keep = new QHBoxLayout;
    keep->addWidget(keepLabel);
    keep->addWidget(m_keep);
    keep->addStretch();

    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setDefault(true);
    m_restore->setToolTip(tr("Replace the open ledger with the selected backup; the ledger as it is now is kept "
                             "as a backup first."));
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(keep);
    layout->addWidget(buttons);
    resize(560, 360);
    fill();
}

void BackupDialog::fill()
{
    m_list->clear();
    const QString ledger = QFileInfo(m_session->path()).fileName();
    const QStringList backups = m_session->backups();
    if (backups.isEmpty())
        m_intro->setText(tr("There is no backup of %1 yet. One is made before the first change of each session, "
                            "in %2.")
                             .arg(ledger, LedgerSession::backupFolder()));
    else
        m_intro->setText(tr("Annalist copies %1 before the first change of each session, into %2. Restoring a "
                            "backup replaces the ledger with it.")
                             .arg(ledger, LedgerSession::backupFolder()));
    const QLocale locale;
    for (const QString &path : backups) {
        const QFileInfo info(path);
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(info.lastModified(), QLocale::ShortFormat),
                                                  locale.formattedDataSize(info.size()), info.fileName()});
        item->setData(0, Qt::UserRole, path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    updateButtons();
}

void BackupDialog::updateButtons()
{
    m_restore->setEnabled(!m_session->isReadOnly() && !m_list->selectedItems().isEmpty());
}

void BackupDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_session->isReadOnly())
        return;
    const QString path = selected.first()->data(0, Qt::UserRole).toString();
    const QString name = QFileInfo(path).fileName();
    if (QMessageBox::question(this, tr("Restore Backup"),
                              tr("Replace %1 with the backup %2? The ledger as it is now is kept as a backup "
                                 "first, and the undo history is cleared.")
                                  .arg(QFileInfo(m_session->path()).fileName(), name)) != QMessageBox::Yes)
        return;
    if (auto done = m_session->restoreBackup(path); !done) {
        QMessageBox::warning(this, tr("Restore Backup"), done.error().message);
        fill();
        return;
    }
    m_restored = name;
    accept();
}

} // namespace annalist
