#include "BenchSupport.h"

#include "BenchReport.h"
#include "DatabaseLocation.h"
#include "OfficeSettings.h"
#include "SqlSupport.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace abonent::bench {

double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printLatencies(const QString& name, const QList<double>& samples, QJsonObject extra)
{
    extra.insert(QStringLiteral("name"), name);
    extra.insert(QStringLiteral("n"), samples.size());
    extra.insert(QStringLiteral("p50_ms"), percentile(samples, 0.50));
    extra.insert(QStringLiteral("p99_ms"), percentile(samples, 0.99));
    extra.insert(QStringLiteral("max_ms"), percentile(samples, 1.0));
    print(extra);
}

// `count` ids from 1 to the largest of `table`, drawn the same way on
// either engine ("random() %" is SQLite's; PostgreSQL's random() is a
// fraction): "12, 9071, …" for an IN list. Some are gaps, as before.
QString sampledIds(const QSqlDatabase& db, const QString& table, int count)
{
    const auto highest = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table);
    const qint64 largest = highest ? highest->toLongLong() : 0;
    QStringList ids;
    for (int i = 0; i < count && largest > 0; ++i) {
        ids << QString::number(1 + QRandomGenerator::global()->bounded(largest));
    }
    return ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1String(", "));
}

std::unique_ptr<Database> openExisting(const Settings& settings)
{
    // A server's database (postgresql://…) is there when it answers.
    if (!DatabaseLocation::namesServer(settings.database) && !QFileInfo::exists(settings.database)) {
        QTextStream(stderr) << settings.database
                            << " does not exist; create it first with: abonent_bench --db PATH demo_generation"
                            << Qt::endl;
        return nullptr;
    }
    auto database = openAbonentDatabase(settings.database);
    if (!database) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return nullptr;
    }
    return std::move(database).value();
}

// The office's country, which numbers without a country code belong to;
// empty (and said why) when it cannot be read.
QString officeCountry(const QSqlDatabase& db)
{
    auto country = OfficeSettings(db).defaultCountry();
    if (!country) {
        QTextStream(stderr) << country.errorString() << Qt::endl;
        return {};
    }
    return country.value();
}

// Gives a trial copy a letterhead when it has none and picks the customers.
std::optional<LetterRun> prepareLetterRun(const QSqlDatabase& db, const QString& measurement)
{
    OfficeSettings office(db);
    if (office.text(QStringLiteral("letters.company.name"), {}).value_or({}).isEmpty()) {
        for (const auto& [key, value] : {std::pair {"letters.company.name", "Benchmark Broadband LLC"},
                                         std::pair {"letters.company.address", "1 Test Street, Testville"},
                                         std::pair {"letters.company.phone", "+1 555 0100"},
                                         std::pair {"letters.company.email", "care@benchmark.example"},
                                         std::pair {"letters.company.signatory", "Pat Owner"}}) {
            if (!office.setText(QLatin1String(key), QLatin1String(value))) {
                return std::nullopt;
            }
        }
    }
    auto ownerId = sql::scalar(db, QStringLiteral("SELECT id FROM operators WHERE role = 'owner' ORDER BY id LIMIT 1"));
    if (!ownerId) {
        QTextStream(stderr) << measurement << ": the database has no owner" << Qt::endl;
        return std::nullopt;
    }
    constexpr int kLetters = 500;
    QSqlQuery over(db);
    if (!over.exec(QStringLiteral("SELECT cm.customer_id FROM customer_months cm"
                                  " JOIN plan_periods pp ON pp.customer_id = cm.customer_id AND pp.ends_on IS NULL"
                                  " JOIN plans p ON p.id = pp.plan_id"
                                  " WHERE cm.month = (SELECT max(month) FROM customer_months)"
                                  " AND p.support_included = 1 AND p.included_support_minutes > 0"
                                  " AND cm.conversation_seconds > p.included_support_minutes * 60 + 30"
                                  " ORDER BY cm.customer_id LIMIT %1")
                       .arg(kLetters))) {
        QTextStream(stderr) << measurement << ": " << over.lastError().text() << Qt::endl;
        return std::nullopt;
    }
    LetterRun run {Actor {ownerId->toLongLong(), Role::Owner}, {}};
    while (over.next()) {
        run.customers.append(over.value(0).toLongLong());
    }
    return run;
}

} // namespace abonent::bench
