#include "YearReopening.h"

#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "YearClosing.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace annalist {

bool YearReopening::ask(QWidget *parent, LedgerSession *session, int year)
{
    auto fiscal = AssociationRepository(*session->ledger()).year(year);
    if (!fiscal || !fiscal->has_value() || !(*fiscal)->closed) {
        QMessageBox::information(parent, tr("Reopen Year"), tr("%1 is not closed.").arg(year));
        return false;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        parent, tr("Reopen Year %1").arg(year),
        tr("%1 was closed by %2. Why is it opened again? The reason is kept with the books, and reopening "
           "cannot be undone with Edit > Undo.")
            .arg(year)
            .arg((*fiscal)->closedBy),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(parent, tr("Reopen Year %1").arg(year),
                             tr("%1 stays closed: reopening a closed year needs a reason.").arg(year));
        return false;
    }
    if (auto reopened = YearClosing(*session->ledger()).reopen(year, reason); !reopened) {
        QMessageBox::warning(parent, tr("Reopen Year %1").arg(year), reopened.error().message);
        return false;
    }
    session->undoStack()->clear();
    return true;
}

} // namespace annalist
