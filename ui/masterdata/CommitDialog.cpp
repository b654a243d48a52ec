#include "CommitDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

CommitDialog::CommitDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, QColor(0xA0, 0x10, 0x20));
    m_message->setPalette(p);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommitDialog::reject);
}

void CommitDialog::accept()
{
    if (auto done = commit(); !done) {
        showMessage(done.error().message);
        return;
    }
    QDialog::accept();
}

QString CommitDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CommitDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace annalist
