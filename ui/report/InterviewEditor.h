#pragma once

#include "SectionEditor.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace annalist {

// An interview: who was asked (name, title, municipality), a portrait with its alternative text,
// and the questions with their answers. Each finished field is one undoable edit.
class InterviewEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit InterviewEditor(LedgerSession *session, QWidget *parent = nullptr);

    void load(const ReportSection &stored) override;
    QTableWidget *answers() const { return m_answers; }
    // Stores the picture file in the ledger and makes it the portrait.
    bool setPortrait(const QString &path, const QString &altText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void writePerson();
    void writeAnswers();
    void writeAltText();
    void choosePortrait();
    void addAnswer();
    void removeAnswer();
    void showPortrait();

    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_municipality;
    QLabel *m_portrait;
    QPushButton *m_choosePortrait;
    QLineEdit *m_altText;
    QTableWidget *m_answers;
    QPushButton *m_addAnswer;
    QPushButton *m_removeAnswer;
    QString m_storedAlt;
    bool m_loading = false;
};

} // namespace annalist
