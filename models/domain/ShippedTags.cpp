#include "ShippedTags.h"

#include <QCoreApplication>

namespace abonent {

const std::vector<ShippedTag>& ShippedTags::all()
{
    // Guidance speaks to the operator who has the customer on the line.
    static const std::vector<ShippedTag> tags {
        {abusiveLanguage,
         QT_TRANSLATE_NOOP("ShippedTags", "Abusive language"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Stay calm and formal. Say once that you will help as soon as the conversation is "
                           "respectful; if the abuse goes on, end the call politely and offer a callback from "
                           "a senior colleague."),
         "#c62828",
         Severity::Serious,
         true,
         180},
        {threats,
         QT_TRANSLATE_NOOP("ShippedTags", "Threats"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Do not argue or promise anything. Write down the exact words, end the call politely "
                           "and tell the manager on duty the same day."),
         "#6a1b9a",
         Severity::Serious,
         true,
         365},
        {excessiveSupport,
         QT_TRANSLATE_NOOP("ShippedTags", "Excessive support use"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Help with the question at hand, then mention how many support minutes the plan "
                           "includes and how paid support works beyond them. The same rule for every operator."),
         "#ef6c00",
         Severity::Caution,
         true,
         90},
        {"unfounded_complaints",
         QT_TRANSLATE_NOOP("ShippedTags", "Repeated unfounded complaints"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Check the line and the history first, then explain the results plainly. Do not "
                           "promise dates; offer a callback from the duty engineer when a check is needed."),
         "#f9a825",
         Severity::Caution,
         true,
         180},
        {"payment_disputes",
         QT_TRANSLATE_NOOP("ShippedTags", "Payment disputes"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Do not discuss refunds or write-offs on the phone. Take the details and pass them to "
                           "the manager, who answers in writing."),
         "#6d4c41",
         Severity::Caution,
         true,
         180},
        {"vip",
         QT_TRANSLATE_NOOP("ShippedTags", "VIP"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "An important customer: answer first, and tell the manager about any outage or "
                           "complaint."),
         "#2e7d32",
         Severity::Info,
         false,
         0},
        {"needs_patience",
         QT_TRANSLATE_NOOP("ShippedTags", "Needs patience (elderly, hard of hearing)"),
         QT_TRANSLATE_NOOP("ShippedTags",
                           "Speak slowly and clearly, repeat the key steps, and confirm what was agreed at the "
                           "end. Take the time it takes."),
         "#1565c0",
         Severity::Info,
         false,
         0},
        {"prefers_writing",
         QT_TRANSLATE_NOOP("ShippedTags", "Prefers written contact"),
         QT_TRANSLATE_NOOP("ShippedTags", "Confirm by e-mail what was said on the phone."),
         "#00838f",
         Severity::Info,
         false,
         0},
    };
    return tags;
}

const ShippedTag* ShippedTags::find(const QString& key)
{
    for (const ShippedTag& tag : all()) {
        if (key == QLatin1String(tag.key)) {
            return &tag;
        }
    }
    return nullptr;
}

QString ShippedTags::name(const ShippedTag& tag)
{
    return QCoreApplication::translate("ShippedTags", tag.name);
}

QString ShippedTags::guidance(const ShippedTag& tag)
{
    return QCoreApplication::translate("ShippedTags", tag.guidance);
}

} // namespace abonent
