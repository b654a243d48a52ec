#pragma once

#include "PostingRepository.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace annalist {

class LedgerSession;

// Narrows the postings down: free text, account, project and a date range. Typing waits for a
// short pause before it asks again; choosing from a list asks at once.
class PostingFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PostingFilterBar(LedgerSession *session, QWidget *parent = nullptr);

    PostingFilter filter() const;
    // Shows `filter` in the fields and announces it at once.
    void setFilter(const PostingFilter &filter);
    // Another year: the date range of the old one means nothing there.
    void setYear(int year);
    // Reads the accounts and projects to choose from again.
    void reloadChoices();
    void focusText();

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *accountBox() const { return m_account; }
    QComboBox *projectBox() const { return m_project; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    void filterChanged(const annalist::PostingFilter &filter);

private:
    void announce();
    void takeYear(int year);
    QDate readDate(QLineEdit *edit, QString *problem) const;

    LedgerSession *m_session;
    int m_year = 0;
    FiscalYear m_fiscalYear;
    QLineEdit *m_text;
    QComboBox *m_account;
    QComboBox *m_project;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_problem;
    QTimer m_typing;
    bool m_quiet = false;
};

} // namespace annalist
