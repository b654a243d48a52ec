#pragma once

#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace annalist {

class LedgerSession;
class ReportLayout;
class PreviewCanvas;

// The printed report's real pages, laid out from the ledger as the PDF is, one below the other:
// scrolling, zoom (fit width, fit page, fixed sizes), the page number shown, and a jump to the
// page a section starts on. Laid out again a moment after the last change of the ledger.
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(LedgerSession *session, QWidget *parent = nullptr);
    ~ReportPreview() override;

    static constexpr int refreshDelayMs = 300;

    int pageCount() const;
    // The page in the middle of the view, from 1.
    int currentPage() const;
    void showPage(int page);
    // Shows the page the section starts on (now, or once the report is laid out).
    void showSection(qint64 sectionId);
    // The layout shown, or null when there is none (no report, or it could not be laid out).
    std::shared_ptr<const ReportLayout> layout() const { return m_layout; }
    // Why there is nothing to show; empty when there is.
    QString problem() const { return m_problem; }
    // Lays the report out now instead of after the pause.
    void refreshNow();

    enum Zoom { FitWidth, FitPage, Percent50, Percent75, Percent100, Percent150 };
    void setZoom(Zoom zoom);

signals:
    void laidOut(int pageCount);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void updateScale();
    void updatePageLabel();
    void retranslate();

    LedgerSession *m_session;
    QScrollArea *m_scroll;
    PreviewCanvas *m_canvas;
    QLabel *m_pageLabel;
    QComboBox *m_zoom;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTimer m_refresh;
    std::shared_ptr<const ReportLayout> m_layout;
    QString m_problem;
    qint64 m_pendingSection = 0;
    bool m_stale = true;
};

} // namespace annalist
