#include "StandardTimeline.h"

#include "LetterTimelineSource.h"
#include "ProblemTimelineSources.h"

namespace abonent {

std::vector<std::unique_ptr<TimelineSource>> standardTimelineSources()
{
    std::vector<std::unique_ptr<TimelineSource>> sources;
    sources.push_back(std::make_unique<ContactTimelineSource>());
    sources.push_back(std::make_unique<PaymentTimelineSource>());
    sources.push_back(std::make_unique<PlanTimelineSource>());
    sources.push_back(std::make_unique<ChangeTimelineSource>());
    sources.push_back(std::make_unique<TagTimelineSource>());
    sources.push_back(std::make_unique<CaseTimelineSource>());
    sources.push_back(std::make_unique<LetterTimelineSource>());
    return sources;
}

} // namespace abonent
