#pragma once

#include "UserGuide.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace annalist {

class GuideBrowser;

// The user guide in a window of its own, beside the main window: the contents on the left, the
// text on the right, with Back, Forward and Home (Alt+Left, Alt+Right, Alt+Home), Find (Ctrl+F,
// F3) and the guide's language. Opens in the language of the interface, else in English.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Scrolls to the section whose anchor is `id` (e.g. "postings"), its heading at the top; an
    // unknown id shows the beginning. Returns whether the section exists. Does not show the window.
    bool showSection(const QString &id);
    // Shows the guide in "en" or "da" at the same section.
    void setLanguage(const QString &language);
    QString language() const { return m_guide.language(); }
    // The section at the top of the text now; empty above the first.
    QString currentSection() const;
    // Selects the next (or previous) place where `text` occurs, from the cursor on, wrapping around.
    bool find(const QString &text, bool backward = false);

    GuideBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillContents();
    void trackSection();
    void findFromField(bool backward);

    UserGuide m_guide;
    GuideBrowser *m_browser;
    QTreeWidget *m_contents;
    QToolBar *m_toolBar;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_home;
    QAction *m_findAction;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QLineEdit *m_findField;
    QLabel *m_findResult;
    QLabel *m_languageLabel;
    QComboBox *m_languages;
    QSplitter *m_splitter;
};

} // namespace annalist
