#include "MessageBar.h"

namespace annalist {

MessageBar::MessageBar(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFD, 0xE7, 0xE9));
    p.setColor(QPalette::WindowText, QColor(0x70, 0x10, 0x18));
    setPalette(p);
    hide();
}

void MessageBar::showRefusal(const QString &reason)
{
    setText(reason);
    show();
}

void MessageBar::clearMessage()
{
    clear();
    hide();
}

} // namespace annalist
