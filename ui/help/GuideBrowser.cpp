#include "GuideBrowser.h"

#include "UserGuide.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace annalist {

GuideBrowser::GuideBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideText"));
    // Links are followed here: one into the guide shows its section's heading at the top (see
    // go()), any other address opens in the desktop's browser.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (UserGuide::languageOf(url))
            go(url);
        else
            QDesktopServices::openUrl(url);
    });
    document()->setDocumentMargin(16);
}

void GuideBrowser::go(const QUrl &url)
{
    // A followed link stays selected as the keyboard's focus mark, and the history would scroll
    // back to it on Forward; the cursor goes to the section's heading instead, which also makes
    // Tab continue from there. Moving the cursor must not scroll.
    QScrollBar *bar = verticalScrollBar();
    const auto placeCursor = [this, bar](const QTextCursor &cursor) {
        const int top = bar->value();
        setTextCursor(cursor);
        bar->setValue(top);
    };
    QTextCursor unmarked = textCursor();
    unmarked.clearSelection();
    placeCursor(unmarked);
    setSource(url, QTextDocument::HtmlResource);
    if (const QTextBlock heading = headingBlock(url.fragment()); heading.isValid())
        placeCursor(QTextCursor(heading));
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    if (const auto language = UserGuide::languageOf(name)) {
        const UserGuide guide(*language);
        if (guide.isValid())
            return html(guide);
    }
    return QTextBrowser::loadResource(type, name);
}

QString GuideBrowser::html(const UserGuide &guide)
{
    // Read as Markdown, then each section's id put on its heading as a named anchor, and handed
    // over as HTML: Qt 6.4's Markdown reader drops empty anchors, and gives headings their level
    // but not their look, which they get here as HTML's h1 to h3 have it.
    QTextDocument document;
    document.setMarkdown(guide.displayMarkdown());
    const QStringList ids = guide.headingIds();
    int heading = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat look;
        look.setFontWeight(QFont::Bold);
        look.setProperty(QTextFormat::FontSizeAdjustment, qMax(0, 4 - level));
        const QString id = ids.value(heading++);
        if (!id.isEmpty()) {
            look.setAnchor(true);
            look.setAnchorNames({id});
        }
        cursor.mergeCharFormat(look);
        QTextBlockFormat spacing;
        spacing.setTopMargin(level <= 2 ? 18 : 12);
        spacing.setBottomMargin(6);
        cursor.mergeBlockFormat(spacing);
    }
    // Tables with a thin rule under each row instead of a double frame round each cell.
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(4);
        table->setFormat(format);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat rule = cell.format().toTableCellFormat();
                rule.setBottomBorder(row == 0 ? 1.5 : 0.75);
                rule.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                rule.setBottomBorderBrush(QColor(0xA0, 0xA0, 0xA0));
                cell.setFormat(rule);
            }
        }
    }
    return document.toHtml();
}

QTextBlock GuideBrowser::headingBlock(const QString &id) const
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(id))
                return block;
    }
    return {};
}

QString GuideBrowser::sectionAt(int y) const
{
    QString section;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QString id;
        for (auto it = block.begin(); !it.atEnd() && id.isEmpty(); ++it)
            id = it.fragment().charFormat().anchorNames().value(0);
        if (id.isEmpty())
            continue;
        if (topOf(block) > y)
            break;
        section = id;
    }
    return section;
}

int GuideBrowser::topOf(const QTextBlock &block) const
{
    return qRound(document()->documentLayout()->blockBoundingRect(block).top());
}

} // namespace annalist
