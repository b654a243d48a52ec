#pragma once

#include "ChartData.h"
#include "Result.h"

#include <QChartView>

class QAction;

namespace annalist {

// One chart on the desktop: drawn from its data, the exact amount under the pointer as a tool
// tip, and a context menu (also Shift+F10 or the menu key) to save it as PNG or SVG or copy it.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Draws `data` in place of what was shown.
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // The tool tip last shown for a point of the chart (empty after the pointer left it).
    QString currentTip() const { return m_tip; }

    Status savePng(const QString &path) const;
    Status saveSvg(const QString &path) const;
    // The chart as a picture and as SVG on the clipboard.
    void copyToClipboard() const;

    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }
    QAction *copyAction() const { return m_copy; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void connectTips(QChart *chart);
    void showTip(const QString &tip);
    void askAndSave(const QString &suffix);
    QSize exportSize() const;
    qreal textSize() const;
    void retranslate();

    ChartData m_data;
    QString m_tip;
    QAction *m_savePng;
    QAction *m_saveSvg;
    QAction *m_copy;
};

} // namespace annalist
