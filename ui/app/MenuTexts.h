#pragma once

#include <QCoreApplication>

class QWidget;

namespace annalist {

// The main window's menu titles, action texts, tool tips and status tips, found by object name:
// one table to read when a menu entry is added, and applied again when the language changes.
class MenuTexts
{
    Q_DECLARE_TR_FUNCTIONS(annalist::MenuTexts)

public:
    static void apply(QWidget *window);
};

} // namespace annalist
