#pragma once

#include "SectionEditor.h"

class QComboBox;
class QLabel;

namespace annalist {

// A section whose content comes from the ledger in one of several forms: a statement in the
// published or the budget layout, or one of the charts. The choice is one undoable edit.
class ChoiceSectionEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit ChoiceSectionEditor(LedgerSession *session, QWidget *parent = nullptr);

    void load(const ReportSection &stored) override;
    QComboBox *choice() const { return m_choice; }

private:
    void choose(int index);

    QLabel *m_explanation;
    QLabel *m_label;
    QComboBox *m_choice;
};

} // namespace annalist
