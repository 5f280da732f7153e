#pragma once

// The database files the crash trials start from, and running the program
// on them until it finishes or is killed.

#include "Result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace abonent::trials {

// One run of a child program.
struct ChildRun
{
    QByteArray output; // standard output, all the child wrote before it ended
    QByteArray errors;
    int exitCode = -1;
    bool killed = false; // killed by the trial before it finished
    qint64 elapsedMs = 0;
};

// Runs `program` with `arguments`, `input` on its standard input, and kills
// it with SIGKILL `killAfterMs` after the start (never when negative; then
// it gets up to ten minutes).
ChildRun runChild(const QString& program,
                  const QStringList& arguments,
                  const QProcessEnvironment& environment,
                  const QByteArray& input = {},
                  qint64 killAfterMs = -1);

// An environment whose settings, data and runtime folders are under `home`,
// so the trials never meet the user's own Abonent.
QProcessEnvironment isolatedEnvironment(const QString& home);

// Copies a database with its log beside it. Only for files no connection of
// this process has open: copying then drops no lock (see DatabaseFile).
Status copyClosedDatabase(const QString& from, const QString& to);

// Runs `work` on a plain connection to `path`, closed again afterwards.
Status withConnection(const QString& path, const std::function<Status(const QSqlDatabase&)>& work);

// Applies the schema steps after the file's version up to `version`, each
// in its own transaction as a release of that version left it.
Status upgradeTo(const QSqlDatabase& db, int version);

// Adds `customers` customers with `contactsEach` contacts and a payment each
// to a version 1 file, so that upgrading it takes long enough to be killed
// in the middle.
Status enlargeVersionOne(const QSqlDatabase& db, int customers, int contactsEach);

// Leaves a committed change in the write-ahead log of `path`, as a program
// killed after its commit and before a checkpoint leaves it: sqlite3 adds the
// customer "Committed In The Log" with a payment and is killed.
Status commitIntoTheLog(const QString& path);

// How many rows `statement` counts, or -1.
qint64 count(const QSqlDatabase& db, const QString& statement);

} // namespace abonent::trials
