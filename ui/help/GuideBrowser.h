#pragma once

#include <QTextBlock>
#include <QTextBrowser>

namespace annalist {

class UserGuide;

// The text pane of the help window: reads the user guide's pages from the program's resources,
// with an anchor on each section's heading, and finds where each heading is.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // Shows a place in the guide, e.g. qrc:/guide/en.md#postings, its heading at the top, and
    // records it in the history for Back and Forward.
    void go(const QUrl &url);
    // The guide as the browser shows it: HTML with a named anchor on each section's heading.
    static QString html(const UserGuide &guide);
    // The block of the heading whose anchor is `id`; an invalid block when there is none.
    QTextBlock headingBlock(const QString &id) const;
    // The section whose heading is the last one at or above `y` (in the document, in the units
    // of the vertical scroll bar); empty above the first.
    QString sectionAt(int y) const;
    // The top of a block in the document, in the units of the vertical scroll bar.
    int topOf(const QTextBlock &block) const;
};

} // namespace annalist
