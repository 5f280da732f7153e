#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace abonent {

struct DemoOptions
{
    int customers = 2000;
    // Total contacts; a negative value means 50 per customer (the 100k/5M ratio).
    qint64 contacts = -1;
    quint64 seed = 1;
    QString language = QStringLiteral("en");
    // The "today" of the generated history: 24 months end here. Part of what
    // makes the output reproducible, together with the seed.
    QDate asOf;
    // Replace whatever the database holds instead of refusing.
    bool force = false;
    // Called now and then with customers written so far; returning false cancels.
    std::function<bool(int done, int total)> progress;

    qint64 totalContacts() const { return contacts >= 0 ? contacts : qint64(customers) * 50; }
};

struct DemoSummary
{
    qint64 operators = 0;
    qint64 plans = 0;
    qint64 customers = 0;
    qint64 phones = 0;
    qint64 planPeriods = 0;
    qint64 payments = 0;
    qint64 contacts = 0;
    // The customer who pays about one fee a month and costs about five in support.
    QString costlyCallerContract;
};

// Writes a deterministic, realistic demo customer base: the same options give
// the same content. Everything is one transaction; a failure or a cancel
// leaves the database as it was.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(QSqlDatabase db);

    Result<DemoSummary> generate(const DemoOptions& options);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
