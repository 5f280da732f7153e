#include "IndicatorService.h"

#include "CostModel.h"
#include "Economics.h"
#include "OfficeSettings.h"
#include "PlanFees.h"
#include "Rollups.h"
#include "ShippedTags.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace abonent {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

// Contacts the customer started count towards how often they call; our own
// calls, visits and letters do not.
bool startedByCustomer(Channel channel)
{
    return channel == Channel::PhoneIn || channel == Channel::Email || channel == Channel::Ticket
        || channel == Channel::Chat;
}

// Support over the three whole months before this one, as a month's
// average in whole minutes: the figure people are shown, and the one the
// allowance pattern is judged by, here and in candidates().
constexpr int kAllowanceMonths = 3;

int averageMinutes(qint64 seconds)
{
    return static_cast<int>(CostModel::wholeMinutes(seconds / kAllowanceMonths));
}

QString averageMinutesSql(const QString& seconds)
{
    return CostModel::wholeMinutesSql(QStringLiteral("%1 / %2").arg(seconds, QString::number(kAllowanceMonths)));
}

QString monthKey(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

int severityOf(Conduct conduct)
{
    return static_cast<int>(conduct); // declared from normal to threats
}

QString shippedName(const char* key)
{
    const ShippedTag* tag = ShippedTags::find(QLatin1String(key));
    return tag ? ShippedTags::name(*tag) : QString::fromLatin1(key);
}

struct ThresholdKey
{
    const char* key;
    int IndicatorThresholds::*field;
};

const ThresholdKey kThresholdKeys[] {
    {"indicator.incidents30", &IndicatorThresholds::incidents30},
    {"indicator.incidents90", &IndicatorThresholds::incidents90},
    {"indicator.peak_contacts_per_day", &IndicatorThresholds::peakContactsPerDay},
    {"indicator.contacts30", &IndicatorThresholds::contacts30},
    {"indicator.allowance_percent", &IndicatorThresholds::allowancePercent},
    {"indicator.cost_percent", &IndicatorThresholds::costPercent},
};

} // namespace

Result<IndicatorThresholds> IndicatorThresholds::load(const OfficeSettings& settings)
{
    IndicatorThresholds thresholds;
    for (const ThresholdKey& entry : kThresholdKeys) {
        auto value = settings.number(QLatin1String(entry.key), thresholds.*entry.field);
        if (!value) {
            return value.error();
        }
        thresholds.*entry.field = std::max(1, value.value());
    }
    return thresholds;
}

Status IndicatorThresholds::save(OfficeSettings& settings) const
{
    for (const ThresholdKey& entry : kThresholdKeys) {
        if (this->*entry.field < 1) {
            return makeError(Error::Code::Invalid, IndicatorService::tr("Every threshold must be at least 1."));
        }
        if (Status saved = settings.setNumber(QLatin1String(entry.key), this->*entry.field); !saved) {
            return saved;
        }
    }
    return {};
}

int CustomerIndicators::allowanceUsePercent() const
{
    if (!supportIncluded || includedMinutes <= 0) {
        return -1;
    }
    return minutesThisMonth * 100 / includedMinutes;
}

IndicatorService::IndicatorService(QSqlDatabase db, Clock clock, std::shared_ptr<const SupportEconomics> economics)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_economics(economics ? std::move(economics) : std::make_shared<EconomicsService>(db))
{
}

Result<CustomerIndicators> IndicatorService::indicatorsFor(qint64 customerId) const
{
    const QDateTime now = m_clock();
    const qint64 nowSeconds = sql::toEpoch(now);
    CustomerIndicators facts;
    facts.customerId = customerId;

    // The last 90 days of contacts: incidents, frequency and the peak day.
    auto contacts = sql::select(m_db,
                                QStringLiteral("SELECT id, started_at, channel, conduct FROM contacts"
                                               " WHERE customer_id = ? AND started_at > ? AND started_at <= ?"
                                               " ORDER BY started_at DESC, id DESC"),
                                {customerId, nowSeconds - 90 * kDay, nowSeconds});
    if (!contacts) {
        return contacts.error();
    }
    QHash<QDate, QList<qint64>> perDay;
    while (contacts->next()) {
        const qint64 id = contacts->value(0).toLongLong();
        const qint64 at = contacts->value(1).toLongLong();
        const bool within30 = at > nowSeconds - 30 * kDay;
        const Conduct conduct = fromCode<Conduct>(contacts->value(3).toString()).value_or(Conduct::Normal);
        if (conduct != Conduct::Normal) {
            ++facts.incidents90;
            facts.incidentContacts90.append(id);
            if (!facts.lastIncidentAt.isValid()) {
                facts.lastIncidentAt = sql::fromEpoch(at);
            }
            if (severityOf(conduct) > severityOf(facts.worstConduct90)) {
                facts.worstConduct90 = conduct;
            }
            if (within30) {
                ++facts.incidents30;
                facts.incidentContacts30.append(id);
            }
        }
        const auto channel = fromCode<Channel>(contacts->value(2).toString());
        if (within30 && channel && startedByCustomer(*channel)) {
            ++facts.contacts30;
            perDay[sql::fromEpoch(at).toLocalTime().date()].append(id);
        }
    }
    contacts->finish();
    for (auto day = perDay.cbegin(); day != perDay.cend(); ++day) {
        const int count = static_cast<int>(day.value().size());
        if (count > facts.peakContactsPerDay || (count == facts.peakContactsPerDay && day.key() > facts.peakDay)) {
            facts.peakContactsPerDay = count;
            facts.peakDay = day.key();
            facts.peakDayContacts = day.value();
        }
    }

    // Support minutes: this month, and the three whole months before it.
    const QDate today = now.date();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto minutes = sql::select(
        m_db,
        QStringLiteral("SELECT"
                       " (SELECT coalesce(sum(conversation_seconds), 0) FROM %1 AS m"
                       "   WHERE customer_id = ? AND month = ?),"
                       " (SELECT coalesce(sum(conversation_seconds), 0) FROM %1 AS m"
                       "   WHERE customer_id = ? AND month >= ? AND month < ?),"
                       " p.support_included, p.included_support_minutes"
                       " FROM (SELECT 1) AS one LEFT JOIN plan_periods pp ON pp.customer_id = ? AND pp.ends_on IS NULL"
                       " LEFT JOIN plans p ON p.id = pp.plan_id")
            .arg(Rollups::monthRowsSql(SqlDialect::of(m_db))),
        {customerId,
         monthKey(thisMonth),
         customerId,
         monthKey(thisMonth.addMonths(-3)),
         monthKey(thisMonth),
         customerId});
    if (!minutes) {
        return minutes.error();
    }
    if (!minutes->next()) {
        return sql::queryError(minutes.value());
    }
    facts.minutesThisMonth = static_cast<int>(CostModel::wholeMinutes(minutes->value(0).toLongLong()));
    facts.conversationSeconds3 = minutes->value(1).toLongLong();
    facts.averageMinutes3 = averageMinutes(facts.conversationSeconds3);
    facts.supportIncluded = minutes->value(2).toBool();
    facts.includedMinutes = minutes->value(3).toInt();
    minutes->finish();

    auto economics = m_economics->estimate(customerId, thisMonth.addMonths(-3), thisMonth.addMonths(-1));
    if (!economics) {
        return economics.error();
    }
    facts.revenue3 = economics->revenue;
    facts.cost3 = economics->supportCost;
    return facts;
}

QList<Suggestion> IndicatorService::suggest(const CustomerIndicators& facts,
                                            const IndicatorThresholds& thresholds,
                                            const QSet<QString>& activeTagKeys)
{
    QList<Suggestion> suggestions;
    const QLocale locale;
    const auto offer = [&](Suggestion::Kind kind, const char* tagKey, const QString& fact, QList<qint64> evidence) {
        if (activeTagKeys.contains(QLatin1String(tagKey))) {
            return;
        }
        suggestions.append(
            {kind, tr("%1 — consider tag \"%2\"").arg(fact, shippedName(tagKey)), QLatin1String(tagKey), evidence});
    };

    const char* incidentTag =
        facts.worstConduct90 == Conduct::Threats ? ShippedTags::threats : ShippedTags::abusiveLanguage;
    if (facts.incidents30 >= thresholds.incidents30) {
        offer(Suggestion::Kind::Incidents,
              incidentTag,
              tr("%n incident(s) in 30 days", nullptr, facts.incidents30),
              facts.incidentContacts30);
    } else if (facts.incidents90 >= thresholds.incidents90) {
        offer(Suggestion::Kind::Incidents,
              incidentTag,
              tr("%n incident(s) in 90 days", nullptr, facts.incidents90),
              facts.incidentContacts90);
    } else if (facts.incidents90 == 1) {
        // One raised voice is a bad day, not a label.
        suggestions.append({Suggestion::Kind::OneOff,
                            tr("One incident in 90 days (%1, %2) — a one-off, not a pattern")
                                .arg(labelOf(facts.worstConduct90),
                                     locale.toString(facts.lastIncidentAt.toLocalTime().date(), QLocale::ShortFormat)),
                            QString(),
                            facts.incidentContacts90});
    }

    if (facts.peakContactsPerDay >= thresholds.peakContactsPerDay) {
        offer(Suggestion::Kind::Frequency,
              ShippedTags::excessiveSupport,
              tr("%n contact(s) on %1", nullptr, facts.peakContactsPerDay)
                  .arg(locale.toString(facts.peakDay, QLocale::ShortFormat)),
              facts.peakDayContacts);
    } else if (facts.contacts30 >= thresholds.contacts30) {
        offer(Suggestion::Kind::Frequency,
              ShippedTags::excessiveSupport,
              tr("%n contact(s) in 30 days", nullptr, facts.contacts30),
              {});
    }

    if (facts.supportIncluded
        && facts.includedMinutes > 0
        // The minutes shown against the plan's: the candidates() test.
        && qint64(facts.averageMinutes3) * 100 >= qint64(facts.includedMinutes) * thresholds.allowancePercent) {
        offer(Suggestion::Kind::Allowance,
              ShippedTags::excessiveSupport,
              tr("%1 min of support a month over the last 3 months, %2 min included")
                  .arg(facts.averageMinutes3)
                  .arg(facts.includedMinutes),
              {});
    }

    if (facts.cost3 && facts.revenue3 && facts.cost3->minor > 0
        && facts.cost3->minor * 100 >= facts.revenue3->minor * thresholds.costPercent) {
        offer(Suggestion::Kind::Economics,
              ShippedTags::excessiveSupport,
              tr("support cost %1 against revenue %2 over the last 3 months")
                  .arg(facts.cost3->format(locale), facts.revenue3->format(locale)),
              {});
    }
    return suggestions;
}

Result<QSet<qint64>> IndicatorService::candidates(const IndicatorThresholds& thresholds) const
{
    const QDateTime now = m_clock();
    const qint64 nowSeconds = sql::toEpoch(now);
    const QDate thisMonth(now.date().year(), now.date().month(), 1);
    QSet<qint64> found;
    const auto collect = [&](const QString& statement, const QVariantList& values) -> Status {
        auto query = sql::select(m_db, statement, values);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            found.insert(query->value(0).toLongLong());
        }
        return {};
    };
    // Incidents: a small partial index holds only them.
    if (Status status =
            collect(QStringLiteral("SELECT customer_id FROM contacts WHERE conduct <> 'normal'"
                                   " AND started_at > ? AND started_at <= ? GROUP BY customer_id"
                                   " HAVING count(*) >= ? OR sum(CASE WHEN started_at > ? THEN 1 ELSE 0 END) >= ?"),
                    {nowSeconds - 90 * kDay,
                     nowSeconds,
                     thresholds.incidents90,
                     nowSeconds - 30 * kDay,
                     thresholds.incidents30});
        !status) {
        return status.error();
    }
    // Frequency: contacts the customer started, per day, over the last 30 days.
    QStringList started;
    for (const QString& code : allCodes<Channel>()) {
        if (startedByCustomer(fromCode<Channel>(code).value())) {
            started << QStringLiteral("channel = '%1'").arg(code); // codes are fixed identifiers
        }
    }
    if (Status status =
            collect(QStringLiteral("SELECT customer_id FROM (SELECT customer_id, count(*) AS n FROM contacts"
                                   " WHERE started_at > ? AND started_at <= ? AND (%1)"
                                   " GROUP BY customer_id, %2) AS daily"
                                   " GROUP BY customer_id HAVING max(n) >= ? OR sum(n) >= ?")
                        .arg(started.join(QLatin1String(" OR ")),
                             SqlDialect::of(m_db).localDayOfTime(QStringLiteral("started_at"))),
                    {nowSeconds - 30 * kDay, nowSeconds, thresholds.peakContactsPerDay, thresholds.contacts30});
        !status) {
        return status.error();
    }
    // Allowance over the three whole months before this one.
    const QString from = monthKey(thisMonth.addMonths(-3));
    const QString to = monthKey(thisMonth);
    if (Status status =
            collect(QStringLiteral("SELECT m.customer_id FROM customer_months m"
                                   " JOIN plan_periods pp ON pp.customer_id = m.customer_id AND pp.ends_on IS NULL"
                                   " JOIN plans p ON p.id = pp.plan_id"
                                   " WHERE m.month >= ? AND m.month < ? AND p.support_included = 1"
                                   " AND p.included_support_minutes > 0 GROUP BY m.customer_id"
                                   " HAVING %1 * 100 >= max(p.included_support_minutes) * ?")
                        .arg(averageMinutesSql(QStringLiteral("sum(m.conversation_seconds)"))),
                    {from, to, thresholds.allowancePercent});
        !status) {
        return status.error();
    }
    // Economics from the roll-ups and the plans, for everyone at once. What
    // was charged is counted low (a plan's days at a 31-day month's share of
    // its fee, rounded down), so everyone whose cost might cross the line is
    // found; suggest() then has the exact figures.
    const SqlDialect dialect = SqlDialect::of(m_db);
    const QString starts = dialect.dayNumberOfDate(QStringLiteral("pp.starts_on"));
    const QString ends = dialect.dayNumberOfDate(QStringLiteral("pp.ends_on"));
    if (Status status =
            collect(QStringLiteral("SELECT customer_id FROM (SELECT customer_id, cost_minor AS cost,"
                                   " support_minor - compensation_minor AS charged FROM customer_months"
                                   " WHERE month >= ? AND month < ?"
                                   " UNION ALL SELECT pp.customer_id, 0, %3"
                                   " * ((CASE WHEN pp.ends_on IS NULL OR %2 > ? THEN ? ELSE %2 END)"
                                   " - (CASE WHEN %1 > ? THEN %1 ELSE ? END)) / 31"
                                   " FROM plan_periods pp JOIN plans p ON p.id = pp.plan_id"
                                   " WHERE pp.starts_on < ? AND (pp.ends_on IS NULL OR pp.ends_on > ?)) AS m"
                                   " GROUP BY customer_id HAVING sum(cost) > 0 AND sum(cost) * 100 >= sum(charged) * ?")
                        .arg(starts,
                             ends,
                             PlanFees::lowestFeeSql(QStringLiteral("p.id"), QStringLiteral("p.monthly_fee_minor"))),
                    {from,
                     to,
                     thisMonth.toJulianDay(),
                     thisMonth.toJulianDay(),
                     thisMonth.addMonths(-3).toJulianDay(),
                     thisMonth.addMonths(-3).toJulianDay(),
                     sql::toDateValue(thisMonth),
                     sql::toDateValue(thisMonth.addMonths(-3)),
                     thresholds.costPercent});
        !status) {
        return status.error();
    }
    // Contacts not folded into the roll-ups yet may tip anyone over: their
    // customers (a few) are candidates too, and indicatorsFor() counts exactly.
    if (Status status = collect(QStringLiteral("SELECT DISTINCT customer_id FROM (")
                                    + Rollups::pendingContactsSql(SqlDialect::of(m_db)) + QLatin1String(") AS pending"),
                                {});
        !status) {
        return status.error();
    }
    return found;
}

} // namespace abonent
