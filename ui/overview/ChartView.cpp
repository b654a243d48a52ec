#include "ChartView.h"

#include "ChartFactory.h"
#include "ChartPainter.h"
#include "Settings.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

#include <cmath>

namespace annalist {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent), m_savePng(new QAction(this)), m_saveSvg(new QAction(this)), m_copy(new QAction(this))
{
    m_savePng->setObjectName(QStringLiteral("saveChartPng"));
    m_saveSvg->setObjectName(QStringLiteral("saveChartSvg"));
    m_copy->setObjectName(QStringLiteral("copyChart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(420, 340);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_copy);
    connect(m_savePng, &QAction::triggered, this, [this] { askAndSave(QStringLiteral("png")); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { askAndSave(QStringLiteral("svg")); });
    connect(m_copy, &QAction::triggered, this, &ChartView::copyToClipboard);
    retranslate();
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void ChartView::retranslate()
{
    m_savePng->setText(tr("Save as &PNG..."));
    m_saveSvg->setText(tr("Save as &SVG..."));
    m_copy->setText(tr("&Copy"));
    m_copy->setStatusTip(tr("Copy the chart to the clipboard as a picture and as SVG"));
    m_copy->setToolTip(m_copy->statusTip());
    m_savePng->setStatusTip(tr("Save the chart as a PNG picture"));
    m_savePng->setToolTip(m_savePng->statusTip());
    m_saveSvg->setStatusTip(tr("Save the chart as an SVG drawing, sharp at any size"));
    m_saveSvg->setToolTip(m_saveSvg->statusTip());
}

qreal ChartView::textSize() const
{
    return QFontInfo(font()).pixelSize();
}

void ChartView::setData(const ChartData &data)
{
    m_data = data;
    m_tip.clear();
    QChart *old = chart();
    QChart *fresh = ChartFactory::create(data, textSize(), width());
    connectTips(fresh);
    setChart(fresh); // the view owns the new chart; the old one is ours to delete
    delete old;
    // Bar charts need a line of text per row, or QtCharts shows their labels as "...".
    const bool rows = data.kind == ChartKind::Projects || data.kind == ChartKind::Members;
    const int lineHeight = QFontMetrics(font()).height();
    setMinimumHeight(std::max(340, rows ? 190 + int(data.categories.size()) * lineHeight * 3 / 2 : 0));
    setAccessibleName(data.title);
    setToolTip(data.isEmpty() ? data.emptyReason : QString());
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    ChartFactory::fitToWidth(chart(), m_data, width());
}

void ChartView::connectTips(QChart *chart)
{
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            connect(pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
                slice->setExploded(state);
                showTip(state ? slice->property("annalistTip").toString() : QString());
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
                showTip(state ? set->property("annalistTips").toStringList().value(index) : QString());
            });
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
                const QStringList tips = line->property("annalistTips").toStringList();
                // Years: one point per category; a budget mark: the same tip along the mark.
                const int index = tips.size() == 2 && tips.at(0) == tips.at(1) ? 0 : int(std::lround(point.x()));
                showTip(state ? tips.value(index) : QString());
            });
        }
    }
}

void ChartView::showTip(const QString &tip)
{
    m_tip = tip;
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), tip, this);
}

QSize ChartView::exportSize() const
{
    return size().expandedTo(QSize(480, 320));
}

Status ChartView::savePng(const QString &path) const
{
    return ChartPainter::savePng(m_data, path, exportSize(), textSize());
}

Status ChartView::saveSvg(const QString &path) const
{
    return ChartPainter::saveSvg(m_data, path, exportSize(), textSize());
}

void ChartView::copyToClipboard() const
{
    auto *mime = new QMimeData;
    mime->setImageData(ChartPainter::image(m_data, exportSize(), textSize()));
    mime->setData(QStringLiteral("image/svg+xml"), ChartPainter::svg(m_data, exportSize(), textSize()));
    QApplication::clipboard()->setMimeData(mime);
}

void ChartView::askAndSave(const QString &suffix)
{
    const QString folder = Settings::chartFolder();
    const QString name = QStringLiteral("%1-%2.%3").arg(chartKindKey(m_data.kind)).arg(m_data.year).arg(suffix);
    const QString filter = suffix == QLatin1String("png") ? tr("PNG pictures (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    Settings::setChartFolder(QFileInfo(path).absolutePath());
    const Status saved = suffix == QLatin1String("png") ? savePng(path) : saveSvg(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save Chart"), saved.error().message);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_savePng);
    menu.addAction(m_saveSvg);
    menu.addSeparator();
    menu.addAction(m_copy);
    menu.exec(event->globalPos());
}

} // namespace annalist
