// abonent_bench — measurements named in the issues, run on generated data.
//
//   abonent_bench --db big.sqlite demo_generation --customers 100000 --contacts 5000000
//
// Each measurement prints one JSON object a line with at least "name" and "n",
// and either "p50_ms"/"p99_ms" or "seconds"/"rate".

#include "BenchReport.h"
#include "Database.h"
#include "DemoGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

using abonent::Database;
using abonent::DemoGenerator;
using abonent::DemoOptions;
namespace bench = abonent::bench;

struct Settings
{
    QString database;
    int customers = 100000;
    qint64 contacts = 5000000;
    quint64 seed = 1;
    int repeat = 1;
    bool replace = false;
};

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

// demo_generation: a fresh database filled with the demo customer base, timed
// from opening the new file to the committed transaction.
int demoGeneration(const Settings& settings)
{
    if (QFileInfo::exists(settings.database) && !settings.replace) {
        QTextStream(stderr) << "demo_generation writes a new database; " << settings.database
                            << " exists (pass --replace to overwrite it)" << Qt::endl;
        return 2;
    }
    QList<double> seconds;
    QJsonArray runs;
    qint64 written = 0;
    for (int run = 0; run < settings.repeat; ++run) {
        removeDatabaseFiles(settings.database);
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(settings.database);
        if (!database) {
            QTextStream(stderr) << database.errorString() << Qt::endl;
            return 2;
        }
        DemoOptions options;
        options.customers = settings.customers;
        options.contacts = settings.contacts;
        options.seed = settings.seed;
        options.asOf = QDate(2026, 11, 25);
        auto summary = DemoGenerator(database.value()->connection()).generate(options);
        if (!summary) {
            QTextStream(stderr) << summary.errorString() << Qt::endl;
            return 2;
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        seconds.append(elapsed);
        runs.append(elapsed);
        written = summary->contacts;
    }
    const double median = bench::percentile(seconds, 0.5);
    bench::print(QJsonObject {
        {QStringLiteral("name"), QStringLiteral("demo_generation")},
        {QStringLiteral("n"), written},
        {QStringLiteral("customers"), settings.customers},
        {QStringLiteral("seconds"), median},
        {QStringLiteral("rate"), double(written) / median},
        {QStringLiteral("unit"), QStringLiteral("contacts/s")},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("database_bytes"), QFileInfo(settings.database).size()},
    });
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abonent_bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ABONENT_VERSION));

    const std::map<QString, std::function<int(const Settings&)>> measurements {
        {QStringLiteral("demo_generation"), demoGeneration},
    };
    QStringList names;
    for (const auto& entry : measurements) {
        names << entry.first;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Abonent benchmarks. Measurements: ")
                                     + names.join(QLatin1String(", ")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Database the measurements use."), QStringLiteral("path"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Customers to generate (default 100000)."),
                                       QStringLiteral("n"),
                                       QStringLiteral("100000"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
                                      QStringLiteral("Contacts to generate (default 5000000)."),
                                      QStringLiteral("n"),
                                      QStringLiteral("5000000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Demo seed (default 1)."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Runs per measurement (default 1)."),
                                    QStringLiteral("n"),
                                    QStringLiteral("1"));
    const QCommandLineOption replace(QStringLiteral("replace"), QStringLiteral("Let demo_generation overwrite --db."));
    parser.addOptions({db, customers, contacts, seed, repeat, replace});
    parser.addPositionalArgument(QStringLiteral("measurement"),
                                 QStringLiteral("Measurements to run (default: all)."),
                                 QStringLiteral("[measurement…]"));
    parser.process(app);

    Settings settings;
    settings.database = parser.value(db);
    settings.customers = parser.value(customers).toInt();
    settings.contacts = parser.value(contacts).toLongLong();
    settings.seed = parser.value(seed).toULongLong();
    settings.repeat = std::max(1, parser.value(repeat).toInt());
    settings.replace = parser.isSet(replace);
    if (settings.database.isEmpty()) {
        QTextStream(stderr) << "abonent_bench needs --db PATH" << Qt::endl;
        return 2;
    }
    const QStringList wanted = parser.positionalArguments().isEmpty() ? names : parser.positionalArguments();
    for (const QString& name : wanted) {
        const auto found = measurements.find(name);
        if (found == measurements.end()) {
            QTextStream(stderr) << "unknown measurement " << name << "; known: " << names.join(QLatin1String(", "))
                                << Qt::endl;
            return 2;
        }
        if (const int exit = found->second(settings); exit != 0) {
            return exit;
        }
    }
    return 0;
}
