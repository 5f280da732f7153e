#pragma once

#include "CaseService.h"
#include "Clock.h"
#include "IndicatorService.h"
#include "TagService.h"

#include <QSqlDatabase>

#include <optional>

namespace abonent {

// What a card (and later the call console) shows about a difficult
// customer, read in one go: the tags in force, the indicators' suggestions
// under the office's thresholds, and the open case with its next due date.
struct ProblemSummary
{
    QList<ActiveTag> tags;
    CustomerIndicators facts;
    QList<Suggestion> suggestions;
    std::optional<EscalationCase> openCase;
    QDate nextStepDue;
};

class ProblemSummaryReader
{
public:
    explicit ProblemSummaryReader(QSqlDatabase db, Clock clock = systemClock());
    Result<ProblemSummary> read(qint64 customerId) const;

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace abonent
