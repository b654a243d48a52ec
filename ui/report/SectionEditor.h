#pragma once

#include "ReportDocument.h"
#include "Result.h"
#include "SectionEditCommand.h"

#include <QWidget>

namespace annalist {

class LedgerSession;

// What the editors of the different kinds of report section share: the section as stored when
// it was last read or written, and one undoable command per edit.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(LedgerSession *session, QWidget *parent = nullptr);

    // Shows the section; `stored` is what the ledger holds now.
    virtual void load(const ReportSection &stored) = 0;
    // The ledger changed (an undo, say): shows what it holds if that differs from what is shown.
    virtual void refresh(const ReportSection &stored);
    // Writes what was typed and not written yet.
    virtual void commit() {}
    const ReportSection &section() const { return m_section; }

signals:
    void refused(const QString &reason);

protected:
    LedgerSession *session() const { return m_session; }
    void setSection(const ReportSection &section) { m_section = section; }
    // Writes `after` as one undo step (merged with the edits of the same sitting); false when refused.
    bool write(const ReportSection &after, SectionEditCommand::Part part, quint64 sitting = 0);

private:
    LedgerSession *m_session;
    ReportSection m_section;
};

} // namespace annalist
