#pragma once

#include <QColor>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

namespace abonent {

// A chart that can be drawn again for a file: on screen it follows the
// palette, in a file it is always dark on white so it prints, in black and
// white too (patterns, dash styles and marker shapes tell series apart).
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;
    virtual QChart* createChart(bool forPrint) const = 0;
    // The chart's title, for a file name.
    virtual QString chartTitle() const = 0;
    // The size it is shown at.
    virtual QSize chartSize() const = 0;
};

namespace ChartSupport {

bool darkPalette(const QWidget* widget);
// A chart with the house style: the palette's theme on screen, light and
// white for print.
QChart* newChart(bool dark, bool forPrint);
// Puts a new chart in the view and deletes the one it showed.
void replaceChart(QChartView* view, QChart* chart);
// Money is drawn in major units; the figures shown in words stay exact.
double major(qint64 minor, const QString& currency);
// "November 2026" / "ноябрь 2026": the month's own name, not the form a date uses.
QString monthTitle(const QDate& month);
// Month categories of a chart: "Nov", with the year under the first month and each January.
QStringList monthCategories(const QList<QDate>& months);
// Support cost's colour, hatched, beside revenue's solid bars.
QColor costColour(bool dark);
// Lines: dark on light, light on dark.
QColor ink(bool dark);

// Writes the chart to a file whose suffix says the format: .png (twice the
// shown size), .svg, or .pdf (one landscape page, the locale's paper size).
// An empty string on success, else what went wrong.
QString save(const ExportableChart& chart, const QString& path);
// "A4" or "Letter", from where the locale is.
bool usesLetterPaper();

} // namespace ChartSupport

} // namespace abonent
