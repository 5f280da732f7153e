// Crash trials: runs Abonent on a database, kills it with SIGKILL at a
// random moment, and checks the file as the next start finds it (see
// Scenarios.h for what each scenario does and checks). tools/crash-trials
// runs it; CTest runs a short form (label "crash").
//
//   abonent_crash_trials [--trials N] [--seed S] [--scenario NAME]... [--work DIR] [--keep]
//
// Each scenario first runs once to its end; the kills then fall uniformly
// within the time that took. Exit 0 when every trial passed, 1 otherwise;
// a failed trial's folder is kept and named.

#include "Scenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace abonent;
using namespace abonent::trials;

namespace {

struct Tally
{
    int trials = 0;
    int failed = 0;
    int refused = 0;
    int rolledBack = 0;
    qint64 committedLost = 0;
    QMap<QString, int> states;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills Abonent at random moments and checks what it left."));
    parser.addHelpOption();
    const QCommandLineOption trialsOption(QStringLiteral("trials"),
                                          QStringLiteral("How many kills (default 20)."),
                                          QStringLiteral("n"),
                                          QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the kill moments (default: from the clock, printed)."),
                                        QStringLiteral("s"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("Only this scenario (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("Folder for the trials' files (default: a temporary one)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep every trial's files."));
    parser.addOptions({trialsOption, seedOption, scenarioOption, workOption, keepOption});
    parser.process(app);

    const int trials = parser.value(trialsOption).toInt();
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator random(seed);
    QTemporaryDir temporary;
    const QDir work(parser.isSet(workOption) ? parser.value(workOption) : temporary.path());
    work.mkpath(QStringLiteral("."));

    const Programs programs {QStringLiteral(ABONENT_EXECUTABLE), QStringLiteral(ABONENT_WINDOW_TRIAL)};
    std::vector<std::unique_ptr<Scenario>> scenarios;
    for (auto& scenario : allScenarios()) {
        if (!parser.isSet(scenarioOption) || parser.values(scenarioOption).contains(scenario->name())) {
            scenarios.push_back(std::move(scenario));
        }
    }
    if (scenarios.empty()) {
        out << "no such scenario\n";
        return 1;
    }
    out << "crash trials: " << trials << " trials, seed " << seed << ", in " << work.absolutePath() << Qt::endl;

    std::vector<qint64> spans;
    for (const auto& scenario : scenarios) {
        auto span = scenario->prepare(programs, work);
        if (!span) {
            out << "cannot prepare " << scenario->name() << ": " << span.errorString() << Qt::endl;
            temporary.setAutoRemove(false);
            return 1;
        }
        spans.push_back(span.value());
        out << "  " << scenario->name() << ": a run to the end takes " << span.value() << " ms" << Qt::endl;
    }

    QElapsedTimer clock;
    clock.start();
    Tally tally;
    QMap<QString, Tally> byScenario;
    for (int number = 1; number <= trials; ++number) {
        const std::size_t which = std::size_t(number - 1) % scenarios.size();
        Scenario& scenario = *scenarios[which];
        const qint64 killAfterMs = qint64(random.bounded(quint32(spans[which] + 1)));
        const QString folder = QStringLiteral("trial-%1").arg(number, 4, 10, QLatin1Char('0'));
        work.mkpath(folder);
        QDir trial(work.filePath(folder));
        const ChildRun run = scenario.run(trial, killAfterMs);
        const Verdict verdict = scenario.check(trial, run);

        for (Tally* counts : {&tally, &byScenario[scenario.name()]}) {
            ++counts->trials;
            counts->failed += verdict.passed() ? 0 : 1;
            counts->refused += verdict.refused ? 1 : 0;
            counts->rolledBack += verdict.rolledBack ? 1 : 0;
            counts->committedLost += verdict.committedLost;
            ++counts->states[verdict.state];
        }
        out << QStringLiteral("#%1 %2: %3 at %4 ms -> %5%6%7")
                   .arg(number, 3)
                   .arg(scenario.name(),
                        run.killed ? QStringLiteral("killed") : QStringLiteral("finished"),
                        QString::number(run.elapsedMs),
                        verdict.state,
                        verdict.rolledBack ? QStringLiteral(" (an unfinished change rolled back)") : QString(),
                        verdict.passed() ? QStringLiteral(", ok") : QStringLiteral(", FAILED"))
            << Qt::endl;
        if (!verdict.passed()) {
            for (const QString& problem : verdict.problems) {
                out << "     " << problem << Qt::endl;
            }
            out << "     kept in " << trial.absolutePath() << Qt::endl;
            temporary.setAutoRemove(false);
        } else if (!parser.isSet(keepOption)) {
            trial.removeRecursively();
        }
    }

    out << "\nscenario\ttrials\tfailed\tcommitted lost\trefused\trolled back\twhat the kills left\n";
    for (auto it = byScenario.cbegin(); it != byScenario.cend(); ++it) {
        QStringList states;
        for (auto state = it->states.cbegin(); state != it->states.cend(); ++state) {
            states << QStringLiteral("%1 x%2").arg(state.key()).arg(state.value());
        }
        out << it.key() << '\t' << it->trials << '\t' << it->failed << '\t' << it->committedLost << '\t' << it->refused
            << '\t' << it->rolledBack << '\t' << states.join(QStringLiteral("; ")) << '\n';
    }
    out << QStringLiteral("\n%1 trials in %2 s: %3 failed, %4 committed rows lost, %5 healthy files refused, "
                          "%6 unfinished changes rolled back (seed %7)")
               .arg(QString::number(tally.trials),
                    QString::number(clock.elapsed() / 1000),
                    QString::number(tally.failed),
                    QString::number(tally.committedLost),
                    QString::number(tally.refused),
                    QString::number(tally.rolledBack),
                    QString::number(seed))
        << Qt::endl;
    return tally.failed == 0 ? 0 : 1;
}
