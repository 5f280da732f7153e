#pragma once

// What the crash trials do to a database before they kill the program, and
// what they check afterwards, as the next start finds the file.

#include "Result.h"
#include "TrialFiles.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace abonent::trials {

struct Programs
{
    QString abonent; // the abonent executable
    QString windowTrial; // abonent_window_trial
};

// What one killed run left behind.
struct Verdict
{
    QString state; // "absent", "complete", "7 of 30 letters", …
    QStringList problems; // empty when the trial passed
    qint64 committedLost = 0; // rows the program said it committed that are not there
    bool refused = false; // the file did not open afterwards
    bool rolledBack = false; // opening it rolled back a change left unfinished
    bool passed() const { return problems.isEmpty(); }
};

class Scenario
{
public:
    virtual ~Scenario() = default;

    virtual QString name() const = 0;
    // Makes the files every trial starts from (in `work`) and runs the
    // scenario once to its end, which must pass its own check; returns how
    // long that run took, the span the kills fall in.
    Result<qint64> prepare(const Programs& programs, const QDir& work);
    // Sets `trial` up, runs the program there and kills it `killAfterMs`
    // after its start (lets it finish when negative).
    virtual ChildRun run(const QDir& trial, qint64 killAfterMs) = 0;
    // Opens what the run left as the next start would and checks it.
    virtual Verdict check(const QDir& trial, const ChildRun& run) = 0;

protected:
    virtual Status setUp(const QDir& work) = 0;
    // After the full run of prepare(): what a complete run leaves, for check().
    virtual Status learnFromCompleteRun(const QDir&) { return {}; }

    Programs m_programs;
};

// Every scenario: demo, upgrades from each older schema version (version 1
// in rollback-journal mode, later ones in WAL mode with a committed change
// still in the log), a letter batch, contacts recorded through the window.
std::vector<std::unique_ptr<Scenario>> allScenarios();

} // namespace abonent::trials
