#pragma once

#include "AbonentDatabase.h"
#include "Actor.h"
#include "Measurements.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

// What several measurements share: opening the database, drawing samples,
// printing latencies, and the letters' owner and customers.
namespace abonent::bench {

double millisecondsSince(const QElapsedTimer& timer);

// One JSON line with n, p50_ms, p99_ms and max_ms of the samples.
void printLatencies(const QString& name, const QList<double>& samples, QJsonObject extra = {});

// `count` ids from 1 to the largest of `table`, as an IN list: "12, 9071, …".
QString sampledIds(const QSqlDatabase& db, const QString& table, int count);

// The database --db names, opened; null (and said why) when it cannot be.
std::unique_ptr<Database> openExisting(const Settings& settings);

// The office's country, which numbers without a country code belong to;
// empty (and said why) when it cannot be read.
QString officeCountry(const QSqlDatabase& db);

// Whom the letters measurements write to, as the office's owner: up to 500
// customers over their allowance in the newest month.
struct LetterRun
{
    Actor owner;
    QList<qint64> customers;
};

// Gives the database a letterhead when it has none and picks the customers.
std::optional<LetterRun> prepareLetterRun(const QSqlDatabase& db, const QString& measurement);

} // namespace abonent::bench
