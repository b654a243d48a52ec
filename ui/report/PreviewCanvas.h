#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

#include <memory>

namespace annalist {

class ReportLayout;

// Paints the pages of a laid-out report one below the other on a grey desk, each with its number
// beneath, rendering only the pages in view and keeping them until the layout or the scale changes.
class PreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewCanvas(QWidget *parent = nullptr);

    void setReportLayout(std::shared_ptr<const ReportLayout> layout);
    // Screen pixels per inch of paper.
    void setPixelsPerInch(qreal ppi);
    qreal pixelsPerInch() const { return m_ppi; }
    void setMessage(const QString &message);

    QSize pageSize() const;
    // Where page `page` (from 1) sits on the canvas.
    QRect pageRect(int page) const;
    int pageAt(int y) const;
    int pageCount() const;
    // The page as painted, for tests and thumbnails.
    QImage pageImage(int page) const;

    static constexpr int gap = 28;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateSize();

    std::shared_ptr<const ReportLayout> m_layout;
    qreal m_ppi = 72;
    QString m_message;
    mutable QHash<int, QImage> m_cache;
};

} // namespace annalist
