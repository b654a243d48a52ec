#pragma once

#include "Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace annalist {

// A small form that writes its content when confirmed: Enter confirms, Escape cancels, and a
// refusal is shown in the dialog, which stays open with everything as typed.
class CommitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommitDialog(QWidget *parent = nullptr);

    void accept() override;
    QString message() const;

protected:
    // Writes what the form holds; a refusal keeps the dialog open.
    virtual Status commit() = 0;
    QFormLayout *form() const { return m_form; }
    void showMessage(const QString &message);

private:
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace annalist
