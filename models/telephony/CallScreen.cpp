#include "CallScreen.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

CallScreenReader::CallScreenReader(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

QString CallScreenReader::allowanceRule(const std::optional<Plan>& plan, int minutesUsed, const QLocale& locale)
{
    if (!plan) {
        return tr("No plan in force; %n min of support used this month.", nullptr, minutesUsed);
    }
    const Money rate {plan->paidSupportRatePerMinuteMinor, plan->monthlyFee.currency};
    const QString beyond = rate.minor > 0 ? tr("beyond that, support is paid at %1 a minute").arg(rate.format(locale))
                                          : tr("beyond that, support is offered as paid work");
    if (!plan->supportIncluded || plan->includedSupportMinutes <= 0) {
        return tr("Plan %1 includes no support; %n min used this month; %2.", nullptr, minutesUsed)
            .arg(plan->name,
                 rate.minor > 0 ? tr("support is paid at %1 a minute").arg(rate.format(locale))
                                : tr("support is offered as paid work"));
    }
    return tr("Plan %1 includes %2 min a month; %n min used; %3.", nullptr, minutesUsed)
        .arg(plan->name, QString::number(plan->includedSupportMinutes), beyond);
}

Result<CallScreen> CallScreenReader::read(qint64 customerId, std::optional<qint64> deskOperator) const
{
    CallScreen screen;
    auto card = CustomerCardReader(m_db).read(customerId);
    if (!card) {
        return card.error();
    }
    screen.card = std::move(card).value();
    auto problems = ProblemSummaryReader(m_db, m_clock).read(customerId);
    if (!problems) {
        return problems.error();
    }
    screen.problems = std::move(problems).value();
    for (const ActiveTag& tag : std::as_const(screen.problems.tags)) {
        (tag.tag.marksProblem ? screen.warnings : screen.otherTags).append(tag);
    }
    screen.allowanceRule = allowanceRule(screen.card.plan, screen.card.minutesThisMonth(), QLocale());

    // The last three contacts, and the last conversation: whom to route a repeat caller back to.
    auto recent = sql::select(m_db,
                              QStringLiteral("SELECT k.started_at, k.channel, o.name, k.outcome, k.topic"
                                             " FROM contacts k LEFT JOIN operators o ON o.id = k.operator_id"
                                             " WHERE k.customer_id = ? ORDER BY k.started_at DESC, k.id DESC"
                                             " LIMIT 20"),
                              {customerId});
    if (!recent) {
        return recent.error();
    }
    while (recent->next()) {
        RecentContact contact;
        contact.at = sql::fromEpoch(recent->value(0).toLongLong());
        contact.channel = fromCode<Channel>(recent->value(1).toString()).value_or(Channel::PhoneIn);
        contact.operatorName = recent->value(2).toString();
        contact.outcome = fromCode<Outcome>(recent->value(3).toString()).value_or(Outcome::Resolved);
        contact.topic = recent->value(4).toString();
        if (screen.recent.size() < 3) {
            screen.recent.append(contact);
        }
        if (!screen.lastSpokeAt.isValid() && isConversation(contact.channel) && !contact.operatorName.isEmpty()) {
            screen.lastSpokeWith = contact.operatorName;
            screen.lastSpokeAt = contact.at;
        }
        if (screen.recent.size() >= 3 && screen.lastSpokeAt.isValid()) {
            break;
        }
    }
    recent->finish();

    if (!screen.warnings.isEmpty()) {
        auto team = sql::select(m_db,
                                QStringLiteral("SELECT id, name, takes_difficult_callers FROM operators"
                                               " WHERE active = 1 ORDER BY name"));
        if (!team) {
            return team.error();
        }
        while (team->next()) {
            const bool takes = team->value(2).toBool();
            if (deskOperator && team->value(0).toLongLong() == *deskOperator) {
                screen.deskTakesDifficultCallers = takes;
            } else if (takes) {
                screen.difficultCallerOperators << team->value(1).toString();
            }
        }
        if (screen.deskTakesDifficultCallers) {
            screen.difficultCallerOperators.clear(); // no need to transfer
        }
    }
    return screen;
}

} // namespace abonent
