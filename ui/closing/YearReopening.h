#pragma once

#include <QCoreApplication>

class QWidget;

namespace annalist {

class LedgerSession;

// File > Reopen Year: asks why a closed year is opened again, reopens it with that reason (recorded
// in the audit trail) and clears the undo history, which cannot take a reopening back.
class YearReopening
{
    Q_DECLARE_TR_FUNCTIONS(annalist::YearReopening)

public:
    // Gives whether the year was reopened; says why not when it was not.
    static bool ask(QWidget *parent, LedgerSession *session, int year);
};

} // namespace annalist
