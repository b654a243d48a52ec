#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace annalist {

// File > Connect to Server: where a ledger on a PostgreSQL server is (server, port, database),
// who connects (login, password) and whether to open it read-only. The password goes to the
// server for this connection only: it is never part of the address the window shows or keeps.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // postgresql://LOGIN@SERVER:PORT/DATABASE, without the password.
    QString address() const;
    // The address with the password, to open the connection with.
    QString addressWithPassword() const;
    bool readOnly() const;
    // Fills the fields from an address (the last server used).
    void setAddress(const QString &address);

private:
    void updateButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_readOnly;
};

} // namespace annalist
