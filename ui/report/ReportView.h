#pragma once

#include "Finding.h"
#include "ReportDocument.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace annalist {

class ChoiceSectionEditor;
class InfoSectionEditor;
class InterviewEditor;
class LedgerSession;
class MessageBar;
class ReportPreview;
class ReportTreeModel;
class SectionEditor;
class TextSectionEditor;

// The report editors' page: the annual report's chapters and sections as a tree (added, removed,
// renamed, moved by keyboard or drag and drop, each one undo step), the selected section's editor
// beside it, and the real pages of the printed report beside that, following every change.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(LedgerSession *session, QWidget *parent = nullptr);

    ReportTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    ReportPreview *preview() const { return m_preview; }
    TextSectionEditor *textEditor() const { return m_textEditor; }
    InterviewEditor *interviewEditor() const { return m_interviewEditor; }
    ChoiceSectionEditor *choiceEditor() const { return m_choiceEditor; }
    // The editor shown now, or null when no section is selected.
    SectionEditor *currentEditor() const;
    QMenu *addChapterMenu() const { return m_chapterMenu; }
    QMenu *addSubsectionMenu() const { return m_subsectionMenu; }
    // Why the last edit was refused; empty when it went through.
    QString message() const;

    bool selectSection(qint64 sectionId);
    qint64 currentSectionId() const;

    // Adds a section like `content` (kind, chart, layout, title) as a chapter after the current
    // one, or as the last subsection of the current section; gives its id, 0 when refused.
    qint64 addSection(const ReportSection &content, bool chapter);
    void removeCurrent();
    void moveCurrentUp();
    void moveCurrentDown();
    void indentCurrent();
    void outdentCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *name, const QKeySequence &key);
    void fillKindMenu(QMenu *menu, bool chapter);
    void retranslate();
    void showCurrent();
    void ledgerChanged();
    void reveal(const FindingLocation &location);
    void showRefusal(const QString &reason);
    void popupMenu(QMenu *menu);
    void updateActions();

    LedgerSession *m_session;
    ReportTreeModel *m_model;
    QLabel *m_heading;
    MessageBar *m_message;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QMenu *m_chapterMenu;
    QMenu *m_subsectionMenu;
    QLabel *m_sectionTitle;
    QStackedWidget *m_editors;
    QLabel *m_noSection;
    TextSectionEditor *m_textEditor;
    ChoiceSectionEditor *m_choiceEditor;
    InterviewEditor *m_interviewEditor;
    InfoSectionEditor *m_infoEditor;
    ReportPreview *m_preview;
};

} // namespace annalist
