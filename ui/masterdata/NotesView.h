#pragma once

#include "Entities.h"
#include "Finding.h"
#include "MasterDataPage.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace annalist {

class NotesModel;

// The notes of the chosen year: the list (number, title, where each stands, the lines that refer
// to it) edited in place, and below it the chosen note's text. Insert adds the next number.
class NotesView : public MasterDataPage
{
    Q_OBJECT

public:
    explicit NotesView(LedgerSession *session, QWidget *parent = nullptr);

    NotesModel *model() const { return m_model; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QString linesText() const;

protected:
    void addItem() override;
    void deleteRow(int row) override;
    void afterReload() override;
    void retranslate() override;

private:
    // Shows the current note in the form; `force` also when it is shown already.
    void showCurrent(bool force = false);
    void formEdited();
    void applyForm();
    bool formModified() const;
    void updateButtons();
    void reveal(const FindingLocation &location);

    NotesModel *m_model;
    QLabel *m_formHeading;
    QLineEdit *m_title;
    QComboBox *m_attached;
    QPlainTextEdit *m_text;
    QLabel *m_lines;
    QPushButton *m_apply;
    QPushButton *m_revert;
    std::optional<Note> m_shown; // the note the form was filled from
    bool m_dirty = false;        // the form holds typing not saved yet
};

} // namespace annalist
