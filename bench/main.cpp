// abonent_bench — measurements named in the issues, run on generated data.
//
//   abonent_bench --db big.sqlite demo_generation        (writes the 100k/5M database)
//   abonent_bench --db big.sqlite search_keystroke card_load memory_rss problem_review
//   abonent_bench --db big.sqlite caller_lookup lookup_overlong screen_pop
//   abonent_bench --db big.sqlite letters_batch letters_contact_wait letters_two_desks rates_contact_wait
//   abonent_bench --db /tmp/any.sqlite import_customers   (its own files and databases, in a folder beside --db)
//   abonent_bench --db postgresql:///copy multiseat [--seats 20 --seconds 60]   (writes into --db)
//
// Each measurement prints one JSON object a line with at least "name" and "n",
// and either "p50_ms"/"p99_ms" or "seconds"/"rate".

#include "LetterPdf.h"
#include "Measurements.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

int main(int argc, char* argv[])
{
    // Letters are laid out with fonts, which need a QGuiApplication; no display is.
    abonent::LetterPdf::useOffscreenPlatformWhenUnset();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("abonent_bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ABONENT_VERSION));

    namespace bench = abonent::bench;
    // In the order a run of all of them takes: generation first, so the rest have data.
    const std::vector<std::pair<QString, std::function<int(const bench::Settings&)>>> measurements {
        {QStringLiteral("demo_generation"), bench::demoGeneration},
        {QStringLiteral("search_keystroke"), bench::searchKeystroke},
        {QStringLiteral("card_load"), bench::cardLoad},
        {QStringLiteral("memory_rss"), bench::memoryResident},
        {QStringLiteral("problem_review"), bench::problemReview},
        {QStringLiteral("caller_lookup"), bench::callerLookup},
        {QStringLiteral("lookup_overlong"), bench::lookupOverlong},
        {QStringLiteral("agi_route"), bench::agiRoute},
        {QStringLiteral("screen_pop"), bench::screenPop},
        {QStringLiteral("portfolio"), bench::portfolio},
        {QStringLiteral("card_chart"), bench::cardChart},
        {QStringLiteral("rollup_maintenance"), bench::rollupMaintenance},
        {QStringLiteral("letters_batch"), bench::lettersBatch},
        {QStringLiteral("letters_contact_wait"), bench::lettersContactWait},
        {QStringLiteral("letters_two_desks"), bench::lettersTwoDesks},
        {QStringLiteral("rates_contact_wait"), bench::ratesContactWait},
        {QStringLiteral("import_customers"), bench::importCustomers},
        // Writes into --db and needs a server: run on a copy, never by default.
        {QStringLiteral("multiseat"), bench::multiSeat},
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
    const QCommandLineOption seats(QStringLiteral("seats"),
                                   QStringLiteral("multiseat: desks, each a process (default 20)."),
                                   QStringLiteral("n"),
                                   QStringLiteral("20"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("multiseat: how long the desks work (default 60)."),
                                     QStringLiteral("s"),
                                     QStringLiteral("60"));
    // Given by multiseat to the desk processes it starts.
    QCommandLineOption seat(QStringLiteral("seat"), QStringLiteral("multiseat: be this desk."), QStringLiteral("k"));
    seat.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, customers, contacts, seed, repeat, replace, seats, seconds, seat});
    parser.addPositionalArgument(QStringLiteral("measurement"),
                                 QStringLiteral("Measurements to run (default: all)."),
                                 QStringLiteral("[measurement…]"));
    parser.process(app);

    bench::Settings settings;
    settings.database = parser.value(db);
    settings.customers = parser.value(customers).toInt();
    settings.contacts = parser.value(contacts).toLongLong();
    settings.seed = parser.value(seed).toULongLong();
    settings.repeat = std::max(1, parser.value(repeat).toInt());
    settings.replace = parser.isSet(replace);
    settings.seats = std::max(2, parser.value(seats).toInt());
    settings.seconds = std::max(1, parser.value(seconds).toInt());
    settings.seat = parser.isSet(seat) ? parser.value(seat).toInt() : -1;
    if (settings.database.isEmpty()) {
        QTextStream(stderr) << "abonent_bench needs --db PATH" << Qt::endl;
        return 2;
    }
    QStringList everyDefault = names;
    everyDefault.removeOne(QStringLiteral("multiseat"));
    const QStringList wanted = parser.positionalArguments().isEmpty() ? everyDefault : parser.positionalArguments();
    for (const QString& name : wanted) {
        const auto found = std::find_if(
            measurements.begin(), measurements.end(), [&](const auto& entry) { return entry.first == name; });
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
