#pragma once

#include "CustomerCardReader.h"
#include "ProblemSummary.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace abonent {

// One earlier contact as the call console lists it.
struct RecentContact
{
    QDateTime at;
    Channel channel = Channel::PhoneIn;
    QString operatorName;
    Outcome outcome = Outcome::Resolved;
    QString topic;
};

// Everything an operator needs while the phone rings, about one customer:
// who it is, the warnings with their handling guidance, the support
// allowance as one sentence every operator reads the same, the last
// contacts, whom they spoke to last, and who takes difficult callers.
struct CallScreen
{
    CustomerCard card;
    ProblemSummary problems;
    QList<ActiveTag> warnings; // problem tags in force
    // The other tags in force (VIP, needs patience, prefers writing): what to
    // keep in mind on this call, shown after the warnings.
    QList<ActiveTag> otherTags;
    QString allowanceRule; // "Plan Home 300 includes 30 min a month; 41 min used; beyond that, …"
    QList<RecentContact> recent; // newest first, at most three
    QString lastSpokeWith; // the operator of the latest call or chat
    QDateTime lastSpokeAt;
    // With a warning in force and an operator at the desk who does not take
    // difficult callers: the active operators who do, to transfer the call to.
    bool deskTakesDifficultCallers = false;
    QStringList difficultCallerOperators;
};

class CallScreenReader
{
    Q_DECLARE_TR_FUNCTIONS(CallScreenReader)

public:
    explicit CallScreenReader(QSqlDatabase db, Clock clock = systemClock());
    Result<CallScreen> read(qint64 customerId, std::optional<qint64> deskOperator) const;

    // The allowance in one sentence, from the plan and this month's minutes.
    static QString allowanceRule(const std::optional<Plan>& plan, int minutesUsed, const QLocale& locale);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace abonent
