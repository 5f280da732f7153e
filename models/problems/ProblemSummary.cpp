#include "ProblemSummary.h"

#include "ProblemSettings.h"

#include <QSet>

namespace abonent {

ProblemSummaryReader::ProblemSummaryReader(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

Result<ProblemSummary> ProblemSummaryReader::read(qint64 customerId) const
{
    auto settings = ProblemSettings::load(m_db);
    if (!settings) {
        return settings.error();
    }
    ProblemSummary summary;
    auto tags = TagService(m_db, nullptr, m_clock).activeTagsOf(customerId);
    if (!tags) {
        return tags.error();
    }
    summary.tags = std::move(tags).value();
    auto facts = IndicatorService(m_db, m_clock).indicatorsFor(customerId);
    if (!facts) {
        return facts.error();
    }
    summary.facts = std::move(facts).value();
    QSet<QString> activeKeys;
    for (const ActiveTag& tag : std::as_const(summary.tags)) {
        activeKeys.insert(tag.tag.shippedKey);
    }
    summary.suggestions = IndicatorService::suggest(summary.facts, settings->thresholds, activeKeys);
    auto open = CaseService(m_db, nullptr, m_clock).openCaseOf(customerId);
    if (!open) {
        return open.error();
    }
    summary.openCase = std::move(open).value();
    if (summary.openCase) {
        summary.nextStepDue = summary.openCase->nextStepDue(settings->followUpDays);
    }
    return summary;
}

} // namespace abonent
