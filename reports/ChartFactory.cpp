#include "ChartFactory.h"

#include "ChartPalette.h"
#include "ReportFont.h"
#include "Statement.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace annalist {
namespace {

double kroner(Money m)
{
    return double(m.ore()) / 100.0;
}

// A share in percent with one decimal, rounded, Danish: "12,4".
QString percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QString();
    const qint64 permille = std::llround(double(part) * 1000.0 / double(whole));
    return formatBasisPoints(permille * 10, QLatin1Char(',')).chopped(1);
}

// Horizontal bars are drawn from the bottom up: the first category goes in the top row.
int rowOf(int category, int count)
{
    return count - 1 - category;
}

QStringList topDown(const QStringList &labels)
{
    QStringList rows(labels.size());
    for (int i = 0; i < labels.size(); ++i)
        rows[rowOf(i, int(labels.size()))] = labels.at(i);
    return rows;
}

struct Fonts
{
    QFont text;
    QFont small;
    QFont title;
};

QValueAxis *amountAxis(const Fonts &fonts, const QString &unit, double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(fonts.small);
    axis->setLabelsColor(ChartPalette::text());
    axis->setGridLineColor(ChartPalette::grid());
    axis->setLinePenColor(ChartPalette::grid());
    axis->setTitleFont(fonts.small);
    axis->setTitleBrush(ChartPalette::text());
    axis->setTitleText(unit);
    axis->setRange(std::min(0.0, low), std::max(0.0, high));
    axis->setTickCount(4); // room for seven-digit labels on a narrow chart
    axis->applyNiceNumbers();
    return axis;
}

QBarCategoryAxis *categoryAxis(const Fonts &fonts, const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(fonts.small);
    axis->setLabelsColor(ChartPalette::text());
    axis->setGridLineVisible(false);
    axis->setLinePenColor(ChartPalette::grid());
    return axis;
}

QPen outline()
{
    QPen pen(Qt::white);
    pen.setWidthF(0.75);
    return pen;
}

void addSpending(QChart *chart, const ChartData &data, const Fonts &fonts)
{
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.62);
    const Money total = data.seriesTotal(0);
    for (int i = 0; i < data.categories.size(); ++i) {
        const Money value = data.series.at(0).values.at(i);
        const QString label = QStringLiteral("%1 %2 %").arg(data.categories.at(i), percent(value.ore(), total.ore()));
        QPieSlice *slice = pie->append(label, kroner(value));
        slice->setBrush(data.categoryColours.value(i, ChartPalette::actual()));
        slice->setPen(outline());
        // Slices big enough for a label carry one; every slice is in the legend with its share.
        slice->setLabelVisible(total.ore() > 0 && value.ore() * 20 >= total.ore());
        slice->setLabelFont(fonts.small);
        slice->setLabelColor(ChartPalette::text());
        slice->setLabelArmLengthFactor(0.12);
        slice->setProperty("annalistTip", data.describe(0, i));
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void addProjects(QChart *chart, const ChartData &data, const Fonts &fonts)
{
    const int n = int(data.categories.size());
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.6);
    double low = 0;
    double high = 0;
    // One set per project with its value in its own row only, so that each bar has the project's colour.
    for (int i = 0; i < n; ++i) {
        auto *set = new QBarSet(data.categories.at(i));
        QStringList tips;
        for (int row = 0; row < n; ++row) {
            *set << (row == rowOf(i, n) ? kroner(data.series.at(0).values.at(i)) : 0.0);
            tips << (row == rowOf(i, n) ? data.describe(0, i) : QString());
        }
        set->setColor(data.categoryColours.value(i, ChartPalette::actual()));
        set->setBorderColor(ChartPalette::text());
        set->setProperty("annalistTips", tips);
        bars->append(set);
        low = std::min({low, kroner(data.series.at(0).values.at(i)), kroner(data.budgets.value(i))});
        high = std::max({high, kroner(data.series.at(0).values.at(i)), kroner(data.budgets.value(i))});
    }
    chart->addSeries(bars);
    QValueAxis *x = amountAxis(fonts, data.valueAxisTitle, low, high);
    QBarCategoryAxis *y = categoryAxis(fonts, topDown(ChartFactory::categoryLabels(data)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // The budget: a black upright mark across each bar.
    QPen mark(ChartPalette::budgetMark());
    mark.setWidthF(std::max(1.5, fonts.small.pixelSize() / 4.0));
    for (int i = 0; i < n; ++i) {
        auto *line = new QLineSeries;
        line->setName(data.budgetLabel);
        line->setPen(mark);
        const double budget = kroner(data.budgets.value(i));
        line->append(budget, rowOf(i, n) - 0.42);
        line->append(budget, rowOf(i, n) + 0.42);
        line->setProperty("annalistTips", QStringList{data.describe(0, i), data.describe(0, i)});
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    const auto markers = chart->legend()->markers();
    bool budgetShown = false;
    for (QLegendMarker *marker : markers) {
        const bool isBudget = marker->type() == QLegendMarker::LegendMarkerTypeXY;
        marker->setVisible(isBudget && !budgetShown);
        budgetShown = budgetShown || isBudget;
    }
}

void addBars(QChart *chart, const ChartData &data, const Fonts &fonts, bool stacked)
{
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    bars->setBarWidth(0.65);
    double low = 0;
    double high = 0;
    QList<double> sums(data.categories.size(), 0.0);
    QList<double> negatives(data.categories.size(), 0.0);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        auto *set = new QBarSet(series.name);
        QStringList tips;
        const int n = int(data.categories.size());
        for (int row = 0; row < n; ++row) {
            const int c = rowOf(row, n);
            const double v = kroner(series.values.value(c));
            *set << v;
            tips << (series.values.value(c).isZero() ? QString() : data.describe(s, c));
            (v < 0 ? negatives[c] : sums[c]) += v;
            low = std::min(low, stacked ? negatives[c] : v);
            high = std::max(high, stacked ? sums[c] : v);
        }
        set->setColor(series.colour);
        set->setBorderColor(stacked ? QColor(Qt::white) : series.colour);
        set->setProperty("annalistTips", tips);
        bars->append(set);
    }
    chart->addSeries(bars);
    QValueAxis *x = amountAxis(fonts, data.valueAxisTitle, low, high);
    QBarCategoryAxis *y = categoryAxis(fonts, topDown(data.categories));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // Stacked: one entry per project, in the order of the stack, beside the bars where the names fit.
    chart->legend()->setVisible(stacked);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void addYears(QChart *chart, const ChartData &data, const Fonts &fonts)
{
    double low = 0;
    double high = 0;
    QBarCategoryAxis *x = categoryAxis(fonts, data.categories);
    x->setGridLineVisible(true);
    x->setGridLineColor(ChartPalette::grid());
    QList<QLineSeries *> lines;
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        auto *line = new QLineSeries;
        line->setName(series.name);
        QPen pen(series.colour);
        pen.setWidthF(std::max(1.5, fonts.small.pixelSize() / 4.0));
        pen.setStyle(series.lineStyle);
        line->setPen(pen);
        line->setPointsVisible(true);
        QStringList tips;
        for (int c = 0; c < data.categories.size(); ++c) {
            const double v = kroner(series.values.value(c));
            line->append(c, v);
            tips << data.describe(s, c);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        line->setProperty("annalistTips", tips);
        chart->addSeries(line);
        lines << line;
    }
    QValueAxis *y = amountAxis(fonts, data.valueAxisTitle, low, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

// The vertical category axis of a bar chart, whose labels may need shortening.
QBarCategoryAxis *rowAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    return nullptr;
}

// A label no wider than `width`: the name shortened in the middle, a deviation in brackets kept whole.
QString fitted(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    const qsizetype bracket = label.endsWith(QLatin1Char(')')) ? label.lastIndexOf(QLatin1String(" (")) : -1;
    const QString tail = bracket > 0 ? label.mid(bracket) : QString();
    const QString name = bracket > 0 ? label.left(bracket) : label;
    return metrics.elidedText(name, Qt::ElideMiddle, std::max<qreal>(0, width - metrics.horizontalAdvance(tail))) +
           tail;
}

// The note under the plot: wrapped to the chart's width, with room made for it below.
void addNote(QChart *chart, const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return;
    auto *note = new QGraphicsTextItem(chart);
    note->setObjectName(QStringLiteral("chartNote"));
    note->setFont(font);
    note->setDefaultTextColor(ChartPalette::text());
    note->document()->setDocumentMargin(0);
    note->setPlainText(text);
    const qreal pad = font.pixelSize() * 0.6;
    const auto place = [chart, note, pad] {
        const QSizeF size = chart->size();
        note->setTextWidth(std::max<qreal>(10, size.width() - 2 * pad));
        const qreal height = note->boundingRect().height();
        const QMargins margins(0, 0, 0, int(std::ceil(height + pad)));
        if (chart->margins() != margins)
            chart->setMargins(margins);
        note->setPos(pad, size.height() - height - pad);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace

QLocale ChartFactory::numberLocale()
{
    QLocale danish(QLocale::Danish, QLocale::Denmark);
    danish.setNumberOptions(QLocale::DefaultNumberOptions);
    return danish;
}

QStringList ChartFactory::categoryLabels(const ChartData &data)
{
    if (data.kind != ChartKind::Projects)
        return data.categories;
    QStringList labels;
    for (int i = 0; i < data.categories.size(); ++i) {
        const Money budget = data.budgets.value(i);
        const Money actual = data.series.value(0).values.value(i);
        if (budget.isZero()) {
            labels << data.categories.at(i);
            continue;
        }
        const Money deviation = actual - budget;
        const QString sign = deviation.ore() > 0 ? QStringLiteral("+") : QString();
        labels << QStringLiteral("%1 (%2%3 %)")
                      .arg(data.categories.at(i), sign, percent(deviation.ore(), budget.abs().ore()));
    }
    return labels;
}

void ChartFactory::fitToWidth(QChart *chart, const ChartData &data, qreal width)
{
    QBarCategoryAxis *axis = rowAxis(chart);
    if (!axis || width <= 0)
        return;
    // QtCharts gives the row labels at most 40 % of the width; keep clear of that.
    const QFontMetricsF metrics(axis->labelsFont());
    // A legend beside the plot takes its share of the width first.
    const bool legendBeside = chart->legend()->isVisible() && chart->legend()->alignment() == Qt::AlignRight;
    const qreal room = width * (legendBeside ? 0.6 : 1.0) * 0.37 - metrics.height() / 2;
    const QStringList full = topDown(categoryLabels(data));
    const QStringList shown = axis->categories();
    for (int i = 0; i < full.size() && i < shown.size(); ++i) {
        const QString label = fitted(full.at(i), metrics, room);
        if (label != shown.at(i))
            axis->replace(shown.at(i), label);
    }
}

QChart *ChartFactory::create(const ChartData &data, qreal textSize, qreal width)
{
    const Fonts fonts{ReportFont::at(textSize), ReportFont::at(textSize * 0.9), ReportFont::at(textSize * 1.25, true)};
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setLocale(numberLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(data.title);
    chart->setTitleFont(fonts.title);
    chart->setTitleBrush(ChartPalette::text());
    chart->legend()->setFont(fonts.small);
    chart->legend()->setLabelColor(ChartPalette::text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins());
    chart->setMinimumSize(1, 1); // drawn at the size asked for, never grown to fit every label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (!data.isEmpty()) {
        switch (data.kind) {
        case ChartKind::Spending:
            addSpending(chart, data, fonts);
            break;
        case ChartKind::Projects:
            addProjects(chart, data, fonts);
            break;
        case ChartKind::Portfolio:
            addBars(chart, data, fonts, true);
            break;
        case ChartKind::Members:
            addBars(chart, data, fonts, false);
            break;
        case ChartKind::Years:
            addYears(chart, data, fonts);
            break;
        }
    }
    addNote(chart, data.isEmpty() ? data.emptyReason : data.note, fonts.small);
    fitToWidth(chart, data, width);
    return chart;
}

} // namespace annalist
