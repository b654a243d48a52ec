#pragma once

#include "SectionEditor.h"

class QLabel;

namespace annalist {

// A section whose content comes from the ledger as it is (the portfolio overview, the members'
// contributions) or that only starts a new page: what it shows and where that comes from.
class InfoSectionEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit InfoSectionEditor(LedgerSession *session, QWidget *parent = nullptr);

    void load(const ReportSection &stored) override;
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace annalist
