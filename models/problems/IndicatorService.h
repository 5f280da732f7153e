#pragma once

#include "Clock.h"
#include "DomainTypes.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace abonent {

class OfficeSettings;
class SupportEconomics;

// Where a pattern starts. Office-wide settings, so every desk judges alike.
struct IndicatorThresholds
{
    int incidents30 = 3; // incidents (conduct other than normal) in 30 days
    int incidents90 = 5; // ... or in 90 days
    int peakContactsPerDay = 5; // contacts the customer started on one day
    int contacts30 = 30; // ... or in 30 days (one a day on average)
    int allowancePercent = 150; // 3-month average of support minutes against the plan's
    int costPercent = 200; // support cost against revenue over 3 months: "far beyond"

    static Result<IndicatorThresholds> load(const OfficeSettings& settings);
    Status save(OfficeSettings& settings) const;
};

// The facts that tell a bad day from a pattern, for one customer, now.
struct CustomerIndicators
{
    qint64 customerId = 0;
    int incidents30 = 0;
    int incidents90 = 0;
    QList<qint64> incidentContacts30;
    QList<qint64> incidentContacts90; // newest first
    Conduct worstConduct90 = Conduct::Normal;
    QDateTime lastIncidentAt;
    int contacts30 = 0;
    int peakContactsPerDay = 0;
    QDate peakDay;
    QList<qint64> peakDayContacts;
    int minutesThisMonth = 0;
    int averageMinutes3 = 0; // a month's, over the three whole months before this one (CostModel::wholeMinutes)
    qint64 conversationSeconds3 = 0; // the same three months, exactly
    int includedMinutes = 0;
    bool supportIncluded = false;
    std::optional<Money> revenue3;
    std::optional<Money> cost3;

    // This month's minutes as a share of the allowance, in percent; -1 without one.
    int allowanceUsePercent() const;
};

// "3 incidents in 30 days — consider tag 'Abusive language'": a fact, the
// contacts behind it and the tag a person may choose to set. Never applied
// automatically.
struct Suggestion
{
    enum class Kind { Incidents, Frequency, Allowance, Economics, OneOff };
    Kind kind = Kind::Incidents;
    QString text;
    QString tagKey; // shipped tag to consider; empty for a one-off
    QList<qint64> evidence;
};

class IndicatorService
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorService)

public:
    IndicatorService(QSqlDatabase db,
                     Clock clock = systemClock(),
                     std::shared_ptr<const SupportEconomics> economics = {});

    Result<CustomerIndicators> indicatorsFor(qint64 customerId) const;
    // What the thresholds make of the facts; tags already in force (by
    // shipped key) are not suggested again. One incident is a "one-off".
    static QList<Suggestion>
    suggest(const CustomerIndicators& facts, const IndicatorThresholds& thresholds, const QSet<QString>& activeTagKeys);
    // Customers whose figures may cross a threshold, found with a few
    // set-wide queries; indicatorsFor() decides for each of them.
    Result<QSet<qint64>> candidates(const IndicatorThresholds& thresholds) const;

private:
    QSqlDatabase m_db;
    Clock m_clock;
    std::shared_ptr<const SupportEconomics> m_economics;
};

} // namespace abonent
