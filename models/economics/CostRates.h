#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// The rates behind the support cost: the default hourly rate (for contacts
// nobody known handled, or whose operator has no rate), each operator's
// hourly cost, and each channel's fixed cost. All in minor units.
struct CostRates
{
    qint64 defaultPerHourMinor = 0;
    QHash<qint64, qint64> operatorPerHourMinor; // by operator id
    QHash<QString, qint64> channelMinor; // by channel code

    static Result<CostRates> read(const QSqlDatabase& db);
    QJsonObject asJson() const;
    friend bool operator==(const CostRates&, const CostRates&) = default;
};

// Changes the rates: managers and owners only, in one transaction with the
// recomputation of every month's support cost, so history always matches
// the rates in force, and with an audit entry.
class CostRatesService
{
    Q_DECLARE_TR_FUNCTIONS(CostRatesService)

public:
    explicit CostRatesService(QSqlDatabase db);
    Status save(const Actor& actor, const CostRates& rates);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
