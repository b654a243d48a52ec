#include "ReportPreview.h"

#include "LedgerSession.h"
#include "PreviewCanvas.h"
#include "ReportInput.h"
#include "ReportLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace annalist {

ReportPreview::ReportPreview(LedgerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new PreviewCanvas(this))
    , m_pageLabel(new QLabel(this))
    , m_zoom(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("ReportPreview"));
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_zoom->setObjectName(QStringLiteral("previewZoom"));
    m_previous->setObjectName(QStringLiteral("previewPrevious"));
    m_next->setObjectName(QStringLiteral("previewNext"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel, 1);
    bar->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_scroll);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &ReportPreview::refreshNow);
    connect(session, &LedgerSession::dataChanged, this, &ReportPreview::scheduleRefresh);
    connect(session, &LedgerSession::yearChanged, this, &ReportPreview::scheduleRefresh);
    connect(session, &LedgerSession::ledgerOpened, this, &ReportPreview::scheduleRefresh);
    connect(session, &LedgerSession::ledgerClosed, this, &ReportPreview::scheduleRefresh);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &ReportPreview::updateScale);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportPreview::updatePageLabel);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(currentPage() + 1); });
    retranslate();
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::retranslate()
{
    const int zoom = m_zoom->currentIndex();
    m_zoom->blockSignals(true);
    m_zoom->clear();
    m_zoom->addItems({tr("Fit width"), tr("Fit page"), tr("50%"), tr("75%"), tr("100%"), tr("150%")});
    m_zoom->setCurrentIndex(zoom < 0 ? FitWidth : zoom);
    m_zoom->blockSignals(false);
    m_zoom->setToolTip(tr("Zoom"));
    m_zoom->setAccessibleName(tr("Zoom of the preview"));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_canvas->setAccessibleName(tr("Preview of the printed report"));
    m_scroll->setAccessibleName(tr("Report preview"));
    updatePageLabel();
}

void ReportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPreview::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refresh.start();
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refresh.start(0);
}

void ReportPreview::refreshNow()
{
    m_refresh.stop();
    m_stale = false;
    m_problem.clear();
    std::shared_ptr<const ReportLayout> layout;
    if (!m_session->isOpen()) {
        m_problem = tr("No ledger is open.");
    } else {
        auto input = ReportInput::gather(*m_session->ledger(), m_session->year());
        if (input)
            layout = std::make_shared<const ReportLayout>(std::move(*input));
        else
            m_problem = input.error().message;
    }
    const int keep = m_scroll->verticalScrollBar()->value();
    m_layout = layout;
    m_canvas->setMessage(m_problem);
    m_canvas->setReportLayout(layout);
    updateScale();
    m_scroll->verticalScrollBar()->setValue(keep);
    if (m_pendingSection != 0)
        showSection(m_pendingSection);
    updatePageLabel();
    emit laidOut(pageCount());
}

int ReportPreview::pageCount() const
{
    return m_layout ? m_layout->pageCount() : 0;
}

int ReportPreview::currentPage() const
{
    const int middle = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 3;
    return m_canvas->pageAt(middle);
}

void ReportPreview::showPage(int page)
{
    if (pageCount() == 0)
        return;
    page = qBound(1, page, pageCount());
    // The canvas may not have its final height yet.
    m_canvas->resize(m_canvas->width(), qMax(m_canvas->height(), m_canvas->minimumHeight()));
    m_scroll->verticalScrollBar()->setRange(
        0, qMax(m_scroll->verticalScrollBar()->maximum(), m_canvas->minimumHeight() - m_scroll->viewport()->height()));
    m_scroll->verticalScrollBar()->setValue(m_canvas->pageRect(page).top() - 6);
    updatePageLabel();
}

void ReportPreview::showSection(qint64 sectionId)
{
    m_pendingSection = sectionId;
    if (!m_layout || m_stale)
        return;
    const int page = m_layout->pageOf(sectionId);
    if (page > 0)
        showPage(page);
    m_pendingSection = 0;
}

void ReportPreview::setZoom(Zoom zoom)
{
    m_zoom->setCurrentIndex(zoom);
}

void ReportPreview::updateScale()
{
    const QSizeF inches = ReportLayout::pageSizePoints() / 72.0;
    const QSize room = m_scroll->viewport()->size() - QSize(PreviewCanvas::gap, PreviewCanvas::gap);
    const qreal fitWidth = qMax(20.0, room.width() / inches.width());
    const qreal screen = logicalDpiX();
    qreal ppi = fitWidth;
    switch (Zoom(m_zoom->currentIndex())) {
    case FitWidth:
        break;
    case FitPage:
        ppi = qMin(fitWidth, qMax(20.0, room.height() / inches.height()));
        break;
    case Percent50:
        ppi = screen * 0.5;
        break;
    case Percent75:
        ppi = screen * 0.75;
        break;
    case Percent100:
        ppi = screen;
        break;
    case Percent150:
        ppi = screen * 1.5;
        break;
    }
    const int page = currentPage();
    m_canvas->setPixelsPerInch(ppi);
    if (page > 1)
        showPage(page);
}

void ReportPreview::updatePageLabel()
{
    if (pageCount() == 0) {
        m_pageLabel->setText(m_problem.isEmpty() ? QString() : tr("No preview"));
        m_pageLabel->setToolTip(m_problem);
        return;
    }
    m_pageLabel->setText(tr("Page %1 of %2").arg(currentPage()).arg(pageCount()));
    m_pageLabel->setToolTip(QString());
}

bool ReportPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        const auto zoom = Zoom(m_zoom->currentIndex());
        if (zoom == FitWidth || zoom == FitPage)
            updateScale();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace annalist
