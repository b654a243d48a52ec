#pragma once

#include <QLabel>

namespace annalist {

// A line above a list that says why an edit was refused; hidden while there is nothing to say.
class MessageBar : public QLabel
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showRefusal(const QString &reason);
    void clearMessage();
};

} // namespace annalist
