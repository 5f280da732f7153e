#include "ChartSupport.h"

#include "FileOutput.h"
#include "Money.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <memory>

namespace abonent::ChartSupport {

namespace {

struct ChartTexts
{
    Q_DECLARE_TR_FUNCTIONS(ChartSupport)
};

} // namespace

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QChart* newChart(bool dark, bool forPrint)
{
    auto* chart = new QChart;
    chart->setTheme(dark && !forPrint ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(forPrint); // on screen the window's own background shows
    if (forPrint) {
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundRoundness(0);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true); // "1,500,000" / "1 500 000", as figures read elsewhere
    return chart;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

double major(qint64 minor, const QString& currency)
{
    return double(minor) / double(Money::minorPerMajor(currency));
}

QString monthTitle(const QDate& month)
{
    const QLocale locale;
    return locale.standaloneMonthName(month.month(), QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(month.year());
}

QStringList monthCategories(const QList<QDate>& months)
{
    const QLocale locale;
    QStringList categories;
    // A bar axis drops repeated names: past twelve months every month carries its year.
    const bool everyYear = months.size() > 12;
    for (const QDate& month : months) {
        QString label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
        if (categories.isEmpty() || month.month() == 1 || everyYear) {
            label += QLatin1String("<br>") + QString::number(month.year()); // axis labels are rich text
        }
        // The month under way has only some of its days: its dip is no collapse.
        if (month == QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1)) {
            label += QLatin1String("<br><i>") + ChartTexts::tr("so far").toHtmlEscaped() + QLatin1String("</i>");
        }
        categories << label;
    }
    return categories;
}

QColor costColour(bool dark)
{
    return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
}

QColor ink(bool dark)
{
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

bool usesLetterPaper()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada || territory == QLocale::Mexico
        || territory == QLocale::Philippines || territory == QLocale::Chile || territory == QLocale::Colombia;
}

QString save(const ExportableChart& exportable, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = exportable.chartSize().expandedTo(QSize(640, 400));
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.setChart(exportable.createChart(true));
    view.resize(size);
    view.chart()->resize(size);
    const QRect source(QPoint(0, 0), size);

    // Drawn in memory, then written whole (FileOutput): a failed write leaves
    // no half a picture, and a file already there stays as it was.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        }
        if (!image.save(&buffer, "PNG")) {
            return ChartTexts::tr("The picture could not be written to %1.").arg(path);
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(source);
        generator.setTitle(exportable.chartTitle());
        QPainter painter;
        if (!painter.begin(&generator)) {
            return ChartTexts::tr("The drawing could not be written to %1.").arg(path);
        }
        view.render(&painter, QRectF(source), source);
        if (!painter.end()) {
            return ChartTexts::tr("The drawing could not be written to %1.").arg(path);
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(&buffer);
        writer.setTitle(exportable.chartTitle());
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(usesLetterPaper() ? QPageSize::Letter : QPageSize::A4),
                                         QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return ChartTexts::tr("The PDF could not be written to %1.").arg(path);
        }
        // The chart scaled to the page's width, or height, whichever is reached first.
        const QRect page = writer.pageLayout()
                               .paintRectPixels(writer.resolution())
                               .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
        QSizeF target = QSizeF(size).scaled(QSizeF(page.size()), Qt::KeepAspectRatio);
        view.render(&painter, QRectF(QPointF(0, 0), target), source);
        if (!painter.end()) {
            return ChartTexts::tr("The PDF could not be written to %1.").arg(path);
        }
    } else {
        return ChartTexts::tr("Charts are saved as PNG, SVG or PDF; \"%1\" is none of them.").arg(suffix);
    }
    buffer.close();
    const Status written = FileOutput::write(path, bytes);
    return written ? QString() : written.errorString();
}

} // namespace abonent::ChartSupport
