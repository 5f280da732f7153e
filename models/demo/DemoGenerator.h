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
    // The "today" of the generated history: its 24 months end here, with the
    // day before, so nothing in it is later than the clock of a demo made
    // today. Part of what makes the output reproducible, with the seed.
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
    static constexpr int kMaximumCustomers = 10'000'000;
    static constexpr qint64 kMaximumContacts = 1'000'000'000;
    // The "as of" dates a history can end on. The generator counts days from
    // 1970-01-01, so the whole history (customers joined up to six years
    // before) must come after that; SQLite's date functions end with 9999.
    static QDate earliestAsOf() { return QDate(1980, 1, 1); }
    static QDate latestAsOf() { return QDate(9999, 12, 31); }
    // The most contacts the generator writes for this many customers. Every
    // contact belongs to a customer; one of them is the costly caller, whose
    // contacts follow their story (about 1.3 calls a day), and the rest go to
    // the others, so one customer alone has only the costly caller's.
    static qint64 maximumContacts(int customers, const QDate& asOf);
    // Whether the options can be generated as asked; if not, what is wrong
    // and what would be possible. Checked before anything is written.
    static Status validate(const DemoOptions& options);

    explicit DemoGenerator(QSqlDatabase db);

    Result<DemoSummary> generate(const DemoOptions& options);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
