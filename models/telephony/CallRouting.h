#pragma once

#include "Actor.h"
#include "Result.h"
#include "TagService.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace abonent {

// Which tags send a caller to the calm operators, and which mark one to
// answer first. Office settings; without them every problem tag routes as
// difficult and the shipped VIP tag as VIP.
struct RoutingRules
{
    std::optional<QSet<qint64>> difficultTags; // unset: every tag that marks a problem
    QSet<qint64> vipTags;
};

// What the phone system is told about a caller before it picks a phone.
struct CallerRoute
{
    enum class Route { Normal, Difficult, Vip };

    Route route = Route::Normal;
    int matches = 0; // customers with this number; the first is described
    QString contract;
    QString name;
    QString status; // the status code, as `lookup` prints it
    QString lastOperator; // login of the operator they last spoke with

    static QString codeOf(Route route); // "normal", "difficult", "vip"
};

// Routing in the dialplan (`abonent agi`): who is calling and which queue
// suits them, from the tags in force and the office's rules.
class CallRouting
{
    Q_DECLARE_TR_FUNCTIONS(CallRouting)

public:
    explicit CallRouting(QSqlDatabase db);

    Result<CallerRoute> routeOf(const QString& callerId) const;

    static Result<RoutingRules> rules(const QSqlDatabase& db);
    // The operators who take difficult callers: named on the console, and
    // where a dialplan sends the callers routed as difficult.
    static Result<QSet<qint64>> calmOperators(const QSqlDatabase& db);
    // A manager's decision, audited; the rules and the operators change together.
    static Status
    saveRules(const Actor& actor, const QSqlDatabase& db, const RoutingRules& rules, const QSet<qint64>& calmOperators);
    // Difficult outranks VIP: the calm operator also answers an important caller well.
    static CallerRoute::Route routeFor(const QList<ActiveTag>& tags, const RoutingRules& rules);

    static constexpr char kDifficultTagsKey[] = "routing.difficult_tags";
    static constexpr char kVipTagsKey[] = "routing.vip_tags";

private:
    Result<QString> lastOperatorOf(qint64 customerId) const;

    QSqlDatabase m_db;
};

} // namespace abonent
