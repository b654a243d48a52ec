#pragma once

#include "ImportPostingsCommand.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace annalist {

class ImportAssistant;
class ImportIssuesModel;
class ImportTotalsModel;

// The second step of the import: the file is checked without writing anything, and either every
// problem is listed by line, column and value, or what would be imported is summed up per
// account. Import writes it as one edit that Undo takes back.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportAssistant *assistant);

    QLabel *headline() const { return m_headline; }
    QLabel *details() const { return m_details; }
    QTableView *issuesTable() const { return m_issuesTable; }
    QTableView *totalsTable() const { return m_totalsTable; }
    ImportIssuesModel *issuesModel() const { return m_issues; }
    ImportTotalsModel *totalsModel() const { return m_totals; }
    QRadioButton *refuseDuplicatesButton() const { return m_refuse; }
    QRadioButton *skipDuplicatesButton() const { return m_skip; }
    QRadioButton *forceDuplicatesButton() const { return m_force; }
    QPushButton *checkButton() const { return m_check; }
    // Whether the last check found the file ready to import.
    bool isReady() const { return m_ready; }

    // What to do with postings already in the year.
    void applyTo(ImportOptions *options) const;
    // Checks the file as chosen, writing nothing, and shows what was found.
    void check();

    void initializePage() override;
    bool isComplete() const override;
    // Imports; a refusal or a Cancel keeps the assistant open with every choice as it was.
    bool validatePage() override;

private:
    void showReady(const ImportSummary &summary);
    void showProblems(const Error &error, const QList<ImportIssue> &issues, qint64 count, qint64 duplicates);
    void setReady(bool ready);

    ImportAssistant *m_assistant;
    QLabel *m_headline;
    QLabel *m_details;
    QStackedWidget *m_lists;
    QTableView *m_issuesTable;
    QTableView *m_totalsTable;
    ImportIssuesModel *m_issues;
    ImportTotalsModel *m_totals;
    QRadioButton *m_refuse;
    QRadioButton *m_skip;
    QRadioButton *m_force;
    QPushButton *m_check;
    bool m_ready = false;
};

} // namespace annalist
