#pragma once

#include "SectionEditor.h"

#include <QHash>
#include <QTimer>

class QAction;
class QMenu;
class QTextEdit;
class QToolBar;
class QToolButton;

namespace annalist {

// A text section's body as rich text: bold, italic, headings, lists, links, pictures stored in
// the ledger, and live fields ({{result}}) picked from a list. What is typed is written after a
// short pause and when the editor loses the focus; the typing of one sitting is one undo step.
// Ctrl+Z and Ctrl+Shift+Z in the editor are the ledger's undo and redo.
class TextSectionEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit TextSectionEditor(LedgerSession *session, QWidget *parent = nullptr);

    void load(const ReportSection &stored) override;
    void commit() override;

    QTextEdit *textEdit() const { return m_edit; }
    QMenu *fieldMenu() const { return m_fieldMenu; }
    // The editor's body as the report stores it.
    QString html() const;
    // Inserts "{{name}}" at the cursor.
    void insertField(const QString &name);
    // Stores the picture file in the ledger and inserts it at the cursor with its alternative text.
    bool insertPicture(const QString &path, const QString &altText);

    static constexpr int commitDelayMs = 800;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *addAction(const char *name, const QKeySequence &key, bool checkable);
    void retranslate();
    void fillFieldMenu();
    void registerPictures(const QString &html);
    void updateActions();
    void toggleBold();
    void toggleItalic();
    void toggleHeading();
    void toggleList(int style);
    void editLink();
    void choosePicture();
    void popupFields();

    QToolBar *m_bar;
    QTextEdit *m_edit;
    QMenu *m_fieldMenu;
    QToolButton *m_fieldButton;
    QList<QAction *> m_actions;
    QTimer m_commitTimer;
    bool m_loading = false;
    bool m_dirty = false;
    quint64 m_sitting = 1;
};

} // namespace annalist
