#pragma once

#include "Finding.h"
#include "PostingRepository.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace annalist {

class LedgerSession;
class PostingEntryForm;
class PostingFilterBar;
class LineEditDelegate;
class PostingTableModel;

// The year's postings: a filter bar, the table (read a page at a time, editable in place,
// Delete removes the selected rows), a count and sum of what the filter matches, and the entry
// form for the next posting. Drill-downs and jumps from findings land here.
class PostingsView : public QWidget
{
    Q_OBJECT

public:
    explicit PostingsView(LedgerSession *session, QWidget *parent = nullptr);

    PostingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PostingFilterBar *filterBar() const { return m_filterBar; }
    PostingEntryForm *entryForm() const { return m_form; }
    QLabel *summaryLabel() const { return m_summary; }
    // Why the last edit in the table was refused (empty when it was not).
    QLabel *editProblemLabel() const { return m_editProblem; }

    // Deletes the selected postings, asking first when there is more than one.
    void deleteSelected();
    // Shows the posting and selects it.
    void revealPosting(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void yearChanged(int year);
    void drillDown(const PostingFilter &filter);
    void showFilter(const PostingFilter &filter);
    void editRefused(const QModelIndex &index, const QString &reason, const QString &typed);
    void updateSummary();
    void selectPosting(qint64 id);

    LedgerSession *m_session;
    PostingTableModel *m_model;
    LineEditDelegate *m_delegate;
    PostingFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_editProblem;
    PostingEntryForm *m_form;
    QTimer m_summaryDelay;
    bool m_summaryStale = false;
};

} // namespace annalist
