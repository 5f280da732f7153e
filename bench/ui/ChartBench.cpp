// abonent_chart_bench — the portfolio scatter on the large generated base,
// drawn with OpenGL (where a context can be made) and sampled without it.
//
//   xvfb-run -a abonent_chart_bench --db big.sqlite           (both ways)
//   QT_QPA_PLATFORM=offscreen abonent_chart_bench --db big.sqlite   (sampled only)
//
// One JSON line a way of drawing, like abonent_bench: "name", "n", and
// "show_ms" (points given to the chart until the first picture is drawn),
// "zoom_ms" (a rectangle zoomed into, drawn again), "repaint_ms".

#include "AbonentDatabase.h"
#include "BenchReport.h"
#include "PortfolioReport.h"
#include "PortfolioView.h"
#include "SqlSupport.h"

#include <QApplication>
#include <QChart>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace {

using namespace abonent;

double drawnWithin(PortfolioScatter& scatter, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QApplication::processEvents(); // the resample after a zoom, and layout
    const QPixmap picture = scatter.grab(); // drawn, OpenGL points included
    Q_UNUSED(picture);
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject measure(const PortfolioReport& report, bool openGL, int repeat)
{
    QList<double> shows;
    QList<double> zooms;
    QList<double> repaints;
    qsizetype drawn = 0;
    qsizetype points = 0;
    for (int round = 0; round < repeat; ++round) {
        PortfolioScatter scatter;
        scatter.setOpenGLAllowed(openGL);
        scatter.resize(900, 600);
        scatter.show();
        QApplication::processEvents();
        QVector<PortfolioScatter::Group> groups;
        QVector<ScatterPoint> all = PortfolioView::scatterPoints(report, PortfolioView::Colouring::ByPlan, &groups);
        points = all.size();
        shows << drawnWithin(scatter, [&] { scatter.setPoints(std::move(all), groups, report.portfolio.currency); });
        drawn = scatter.drawn().size();
        repaints << drawnWithin(scatter, [&] { scatter.viewport()->update(); });
        const QRectF plot = scatter.chart()->plotArea();
        zooms << drawnWithin(scatter, [&] {
            scatter.chart()->zoomIn(QRectF(plot.topLeft() + QPointF(0, plot.height() / 2), plot.size() / 2));
        });
    }
    return {{QStringLiteral("name"), QStringLiteral("portfolio_scatter")},
            {QStringLiteral("drawing"), openGL ? QStringLiteral("opengl") : QStringLiteral("sampled")},
            {QStringLiteral("platform"), QGuiApplication::platformName()},
            {QStringLiteral("n"), points},
            {QStringLiteral("drawn"), drawn},
            {QStringLiteral("show_ms"), bench::percentile(shows, 0.5)},
            {QStringLiteral("zoom_ms"), bench::percentile(zooms, 0.5)},
            {QStringLiteral("repaint_ms"), bench::percentile(repaints, 0.5)}};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abonent_chart_bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The portfolio scatter drawn with and without OpenGL."));
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("A database abonent_bench generated."), QStringLiteral("path"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QStringLiteral("Runs (default 3)."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({db, repeat});
    parser.process(app);
    auto database = openAbonentDatabase(parser.value(db), Database::Mode::ReadOnly);
    if (!database) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return 2;
    }
    const QSqlDatabase connection = database.value()->connection();
    const QDate newest =
        QDateTime::fromSecsSinceEpoch(
            sql::scalar(connection, QStringLiteral("SELECT max(started_at) FROM contacts")).value().toLongLong(),
            Qt::UTC)
            .date();
    QElapsedTimer timer;
    timer.start();
    const auto report = PortfolioReport::read(connection, EconomicsRange::lastTwelve(newest), systemClock());
    if (!report) {
        QTextStream(stderr) << report.errorString() << Qt::endl;
        return 2;
    }
    bench::print({{QStringLiteral("name"), QStringLiteral("portfolio_page_read")},
                  {QStringLiteral("n"), report->portfolio.customers.size()},
                  {QStringLiteral("seconds"), double(timer.nsecsElapsed()) / 1e9}});
    const int runs = std::max(1, parser.value(repeat).toInt());
    bench::print(measure(report.value(), false, runs));
    if (PortfolioScatter::openGLUsable()) {
        bench::print(measure(report.value(), true, runs));
    } else {
        QTextStream(stderr) << "OpenGL cannot be used on the " << QGuiApplication::platformName()
                            << " platform; measured sampled drawing only." << Qt::endl;
    }
    return 0;
}
