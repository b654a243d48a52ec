#include "ServerConnectDialog.h"

#include "Platform.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace annalist {

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Open &read-only"), this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("serverConnectDialog"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_login->setObjectName(QStringLiteral("serverLogin"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_readOnly->setObjectName(QStringLiteral("serverReadOnly"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_login->setText(Platform::userName());
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));

    auto *intro = new QLabel(tr("A ledger shared on a PostgreSQL server. The server decides what your login may do: "
                                "the finance officer writes the ledger, report editors the report, and the board "
                                "signs off the year."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field, const QString &name) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        field->setAccessibleName(name);
        form->addRow(l, field);
    };
    row(tr("&Server:"), m_host, tr("Server"));
    row(tr("&Port:"), m_port, tr("Port"));
    row(tr("&Database:"), m_database, tr("Database"));
    row(tr("&Login:"), m_login, tr("Login"));
    row(tr("Pass&word:"), m_password, tr("Password"));
    form->addRow(QString(), m_readOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButton();
}

void ServerConnectDialog::updateButton()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                         !m_login->text().trimmed().isEmpty());
}

QString ServerConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_login->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

QString ServerConnectDialog::addressWithPassword() const
{
    QUrl url(address());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

bool ServerConnectDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

void ServerConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_login->setText(url.userName());
}

} // namespace annalist
