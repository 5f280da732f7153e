#include "CostRates.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "CostModel.h"
#include "OfficeSettings.h"
#include "Rollups.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace abonent {

Result<CostRates> CostRates::read(const QSqlDatabase& db)
{
    CostRates rates;
    auto fallback = sql::scalar(db,
                                QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM office_settings"
                                               " WHERE key = ?), 0)"),
                                {QLatin1String(CostModel::kDefaultRateKey)});
    if (!fallback) {
        return fallback.error();
    }
    rates.defaultPerHourMinor = fallback.value().toLongLong();
    auto operators = sql::select(db, QStringLiteral("SELECT id, cost_per_hour_minor FROM operators"));
    if (!operators) {
        return operators.error();
    }
    while (operators->next()) {
        rates.operatorPerHourMinor.insert(operators->value(0).toLongLong(), operators->value(1).toLongLong());
    }
    auto channels = sql::select(db, QStringLiteral("SELECT channel, cost_minor FROM channel_costs"));
    if (!channels) {
        return channels.error();
    }
    while (channels->next()) {
        rates.channelMinor.insert(channels->value(0).toString(), channels->value(1).toLongLong());
    }
    return rates;
}

QJsonObject CostRates::asJson() const
{
    QJsonObject operators;
    for (auto it = operatorPerHourMinor.cbegin(); it != operatorPerHourMinor.cend(); ++it) {
        operators.insert(QString::number(it.key()), it.value());
    }
    QJsonObject channels;
    for (auto it = channelMinor.cbegin(); it != channelMinor.cend(); ++it) {
        channels.insert(it.key(), it.value());
    }
    return {{QStringLiteral("default_per_hour"), defaultPerHourMinor},
            {QStringLiteral("operators_per_hour"), operators},
            {QStringLiteral("channels"), channels}};
}

CostRatesService::CostRatesService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status CostRatesService::save(const Actor& actor, const CostRates& rates)
{
    if (Status allowed =
            Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can change the rates."));
        !allowed) {
        return allowed;
    }
    const auto negative = [](qint64 value) { return value < 0; };
    if (negative(rates.defaultPerHourMinor)
        || std::any_of(rates.operatorPerHourMinor.cbegin(), rates.operatorPerHourMinor.cend(), negative)
        || std::any_of(rates.channelMinor.cbegin(), rates.channelMinor.cend(), negative)) {
        return makeError(Error::Code::Invalid, tr("A rate cannot be below zero."));
    }
    bool changed = false;
    Status saved = inTransaction(m_db, [&]() -> Status {
        auto before = CostRates::read(m_db);
        if (!before) {
            return before.error();
        }
        if (before.value() == rates) {
            return {};
        }
        changed = true;
        if (Status status = OfficeSettings(m_db).setText(QLatin1String(CostModel::kDefaultRateKey),
                                                         QString::number(rates.defaultPerHourMinor));
            !status) {
            return status;
        }
        QSqlQuery write(m_db);
        for (auto it = rates.operatorPerHourMinor.cbegin(); it != rates.operatorPerHourMinor.cend(); ++it) {
            if (Status status = sql::exec(write,
                                          QStringLiteral("UPDATE operators SET cost_per_hour_minor = ? WHERE id = ?"),
                                          {it.value(), it.key()});
                !status) {
                return status;
            }
        }
        for (auto it = rates.channelMinor.cbegin(); it != rates.channelMinor.cend(); ++it) {
            if (Status status = sql::exec(write,
                                          QStringLiteral("UPDATE channel_costs SET cost_minor = ? WHERE channel = ?"),
                                          {it.value(), it.key()});
                !status) {
                return status;
            }
        }
        return AuditLog(m_db).record(actor, 0, AuditLog::settingsChanged(), before->asJson(), rates.asJson());
    });
    if (!saved || !changed) {
        return saved;
    }
    // History follows the rates: every month's cost, recomputed with them,
    // after the rates are saved and outside their transaction (on a large
    // base this takes seconds, and other desks keep recording meanwhile).
    if (Status recomputed = Rollups::recomputeCosts(m_db); !recomputed) {
        return makeError(recomputed.error().code,
                         tr("The rates were saved, but the support cost of past months could not all be recomputed "
                            "with them (%1). \"abonent check --rebuild-rollups\" recounts them.")
                             .arg(recomputed.errorString()));
    }
    return {};
}

} // namespace abonent
