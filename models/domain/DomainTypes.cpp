#include "DomainTypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace abonent {

namespace {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

constexpr CodeTable<CustomerStatus, 5> statusCodes {{
    {CustomerStatus::Active, "active"},
    {CustomerStatus::Suspended, "suspended"},
    {CustomerStatus::NoticeGiven, "notice_given"},
    {CustomerStatus::Terminated, "terminated"},
    {CustomerStatus::Archived, "archived"},
}};
constexpr CodeTable<CustomerKind, 2> kindCodes {{
    {CustomerKind::Person, "person"},
    {CustomerKind::Company, "company"},
}};
constexpr CodeTable<Role, 3> roleCodes {{
    {Role::Operator, "operator"},
    {Role::Manager, "manager"},
    {Role::Owner, "owner"},
}};
constexpr CodeTable<Channel, 7> channelCodes {{
    {Channel::PhoneIn, "phone_in"},
    {Channel::PhoneOut, "phone_out"},
    {Channel::Email, "email"},
    {Channel::Ticket, "ticket"},
    {Channel::Chat, "chat"},
    {Channel::Visit, "visit"},
    {Channel::Letter, "letter"},
}};
constexpr CodeTable<Conduct, 5> conductCodes {{
    {Conduct::Normal, "normal"},
    {Conduct::RaisedVoice, "raised_voice"},
    {Conduct::Profanity, "profanity"},
    {Conduct::Insults, "insults"},
    {Conduct::Threats, "threats"},
}};
constexpr CodeTable<Outcome, 4> outcomeCodes {{
    {Outcome::Resolved, "resolved"},
    {Outcome::FollowUp, "follow_up"},
    {Outcome::Escalated, "escalated"},
    {Outcome::Unresolved, "unresolved"},
}};
constexpr CodeTable<NoConversation, 3> noConversationCodes {{
    {NoConversation::HungUp, "hung_up"},
    {NoConversation::WrongNumber, "wrong_number"},
    {NoConversation::SilentLine, "silent_line"},
}};
constexpr CodeTable<PaymentKind, 4> paymentKindCodes {{
    {PaymentKind::Fee, "fee"},
    {PaymentKind::PaidSupport, "paid_support"},
    {PaymentKind::Refund, "refund"},
    {PaymentKind::Compensation, "compensation"},
}};

constexpr CodeTable<Severity, 3> severityCodes {{
    {Severity::Info, "info"},
    {Severity::Caution, "caution"},
    {Severity::Serious, "serious"},
}};
constexpr CodeTable<CaseStep, 4> caseStepCodes {{
    {CaseStep::Reminder, "reminder"},
    {CaseStep::Offer, "offer"},
    {CaseStep::Notice, "notice"},
    {CaseStep::Terminated, "terminated"},
}};
constexpr CodeTable<ExitReason, 7> exitReasonCodes {{
    {ExitReason::Moved, "moved"},
    {ExitReason::Price, "price"},
    {ExitReason::ServiceQuality, "service_quality"},
    {ExitReason::Competitor, "competitor"},
    {ExitReason::NoLongerNeeded, "no_longer_needed"},
    {ExitReason::TerminatedByProvider, "terminated_by_provider"},
    {ExitReason::Other, "other"},
}};
constexpr CodeTable<LetterKind, 5> letterKindCodes {{
    {LetterKind::SupportReminder, "support_reminder"},
    {LetterKind::PlanOffer, "plan_offer"},
    {LetterKind::TerminationNotice, "termination_notice"},
    {LetterKind::TerminationConfirmation, "termination_confirmation"},
    {LetterKind::ServiceReport, "service_report"},
}};

template <typename Enum, std::size_t N>
QString codeIn(const CodeTable<Enum, N>& table, Enum value)
{
    // Built once: codes are written for every stored row, so no allocation per call.
    static const std::array<QString, N> codes = [&table] {
        std::array<QString, N> built;
        for (std::size_t i = 0; i < N; ++i) {
            built[i] = QString::fromLatin1(table[i].second);
        }
        return built;
    }();
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].first == value) {
            return codes[i];
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [candidate, text] : table) {
        if (code == QLatin1String(text)) {
            return candidate;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList codesIn(const CodeTable<Enum, N>& table)
{
    QStringList codes;
    for (const auto& entry : table) {
        codes << QString::fromLatin1(entry.second);
    }
    return codes;
}

// Gives lupdate and QTranslator one context for every label below.
struct DomainTypes
{
    Q_DECLARE_TR_FUNCTIONS(DomainTypes)
};

} // namespace

QString codeOf(CustomerStatus value)
{
    return codeIn(statusCodes, value);
}
QString codeOf(CustomerKind value)
{
    return codeIn(kindCodes, value);
}
QString codeOf(Role value)
{
    return codeIn(roleCodes, value);
}
QString codeOf(Channel value)
{
    return codeIn(channelCodes, value);
}
QString codeOf(Conduct value)
{
    return codeIn(conductCodes, value);
}
QString codeOf(Outcome value)
{
    return codeIn(outcomeCodes, value);
}
QString codeOf(NoConversation value)
{
    return codeIn(noConversationCodes, value);
}
QString codeOf(PaymentKind value)
{
    return codeIn(paymentKindCodes, value);
}
QString codeOf(Severity value)
{
    return codeIn(severityCodes, value);
}
QString codeOf(CaseStep value)
{
    return codeIn(caseStepCodes, value);
}
QString codeOf(ExitReason value)
{
    return codeIn(exitReasonCodes, value);
}
QString codeOf(LetterKind value)
{
    return codeIn(letterKindCodes, value);
}

template <>
std::optional<CustomerStatus> fromCode<CustomerStatus>(const QString& code)
{
    return valueIn(statusCodes, code);
}
template <>
std::optional<CustomerKind> fromCode<CustomerKind>(const QString& code)
{
    return valueIn(kindCodes, code);
}
template <>
std::optional<Role> fromCode<Role>(const QString& code)
{
    return valueIn(roleCodes, code);
}
template <>
std::optional<Channel> fromCode<Channel>(const QString& code)
{
    return valueIn(channelCodes, code);
}
template <>
std::optional<Conduct> fromCode<Conduct>(const QString& code)
{
    return valueIn(conductCodes, code);
}
template <>
std::optional<Outcome> fromCode<Outcome>(const QString& code)
{
    return valueIn(outcomeCodes, code);
}
template <>
std::optional<NoConversation> fromCode<NoConversation>(const QString& code)
{
    return valueIn(noConversationCodes, code);
}
template <>
std::optional<PaymentKind> fromCode<PaymentKind>(const QString& code)
{
    return valueIn(paymentKindCodes, code);
}

template <>
QStringList allCodes<CustomerStatus>()
{
    return codesIn(statusCodes);
}
template <>
QStringList allCodes<CustomerKind>()
{
    return codesIn(kindCodes);
}
template <>
QStringList allCodes<Role>()
{
    return codesIn(roleCodes);
}
template <>
QStringList allCodes<Channel>()
{
    return codesIn(channelCodes);
}
template <>
QStringList allCodes<Conduct>()
{
    return codesIn(conductCodes);
}
template <>
QStringList allCodes<Outcome>()
{
    return codesIn(outcomeCodes);
}
template <>
QStringList allCodes<NoConversation>()
{
    return codesIn(noConversationCodes);
}
template <>
QStringList allCodes<PaymentKind>()
{
    return codesIn(paymentKindCodes);
}
template <>
std::optional<Severity> fromCode<Severity>(const QString& code)
{
    return valueIn(severityCodes, code);
}
template <>
QStringList allCodes<Severity>()
{
    return codesIn(severityCodes);
}
template <>
std::optional<CaseStep> fromCode<CaseStep>(const QString& code)
{
    return valueIn(caseStepCodes, code);
}
template <>
QStringList allCodes<CaseStep>()
{
    return codesIn(caseStepCodes);
}
template <>
std::optional<LetterKind> fromCode<LetterKind>(const QString& code)
{
    return valueIn(letterKindCodes, code);
}
template <>
QStringList allCodes<LetterKind>()
{
    return codesIn(letterKindCodes);
}
template <>
std::optional<ExitReason> fromCode<ExitReason>(const QString& code)
{
    return valueIn(exitReasonCodes, code);
}
template <>
QStringList allCodes<ExitReason>()
{
    return codesIn(exitReasonCodes);
}

QString labelOf(CustomerStatus value)
{
    switch (value) {
    case CustomerStatus::Active:
        return DomainTypes::tr("Active");
    case CustomerStatus::Suspended:
        return DomainTypes::tr("Suspended");
    case CustomerStatus::NoticeGiven:
        return DomainTypes::tr("Notice given");
    case CustomerStatus::Terminated:
        return DomainTypes::tr("Terminated");
    case CustomerStatus::Archived:
        return DomainTypes::tr("Archived");
    }
    return {};
}

QString labelOf(CustomerKind value)
{
    switch (value) {
    case CustomerKind::Person:
        return DomainTypes::tr("Person");
    case CustomerKind::Company:
        return DomainTypes::tr("Company");
    }
    return {};
}

QString labelOf(Role value)
{
    switch (value) {
    case Role::Operator:
        return DomainTypes::tr("Operator");
    case Role::Manager:
        return DomainTypes::tr("Manager");
    case Role::Owner:
        return DomainTypes::tr("Owner");
    }
    return {};
}

QString labelOf(Channel value)
{
    switch (value) {
    case Channel::PhoneIn:
        return DomainTypes::tr("Incoming call");
    case Channel::PhoneOut:
        return DomainTypes::tr("Outgoing call");
    case Channel::Email:
        return DomainTypes::tr("E-mail");
    case Channel::Ticket:
        return DomainTypes::tr("Ticket");
    case Channel::Chat:
        return DomainTypes::tr("Chat");
    case Channel::Visit:
        return DomainTypes::tr("Site visit");
    case Channel::Letter:
        return DomainTypes::tr("Letter");
    }
    return {};
}

QString labelOf(Conduct value)
{
    switch (value) {
    case Conduct::Normal:
        return DomainTypes::tr("Normal");
    case Conduct::RaisedVoice:
        return DomainTypes::tr("Raised voice");
    case Conduct::Profanity:
        return DomainTypes::tr("Profanity");
    case Conduct::Insults:
        return DomainTypes::tr("Insults");
    case Conduct::Threats:
        return DomainTypes::tr("Threats");
    }
    return {};
}

QString labelOf(Outcome value)
{
    switch (value) {
    case Outcome::Resolved:
        return DomainTypes::tr("Resolved");
    case Outcome::FollowUp:
        return DomainTypes::tr("Follow-up needed");
    case Outcome::Escalated:
        return DomainTypes::tr("Escalated");
    case Outcome::Unresolved:
        return DomainTypes::tr("Unresolved");
    }
    return {};
}

QString labelOf(NoConversation value)
{
    switch (value) {
    case NoConversation::HungUp:
        return DomainTypes::tr("Hung up before speaking");
    case NoConversation::WrongNumber:
        return DomainTypes::tr("Wrong number");
    case NoConversation::SilentLine:
        return DomainTypes::tr("Silent line");
    }
    return {};
}

Outcome outcomeOf(NoConversation value)
{
    return value == NoConversation::WrongNumber ? Outcome::Resolved : Outcome::Unresolved;
}

namespace {
const QLatin1String kNoConversationChoice("no:");
}

QString outcomeChoiceOf(NoConversation value)
{
    return kNoConversationChoice + codeOf(value);
}

std::optional<NoConversation> noConversationOfChoice(const QString& choice)
{
    if (!choice.startsWith(kNoConversationChoice)) {
        return std::nullopt;
    }
    return fromCode<NoConversation>(choice.mid(kNoConversationChoice.size()));
}

QString labelOf(PaymentKind value)
{
    switch (value) {
    case PaymentKind::Fee:
        return DomainTypes::tr("Monthly fee");
    case PaymentKind::PaidSupport:
        return DomainTypes::tr("Paid support");
    case PaymentKind::Refund:
        return DomainTypes::tr("Refund");
    case PaymentKind::Compensation:
        return DomainTypes::tr("Compensation");
    }
    return {};
}

QString labelOf(Severity value)
{
    switch (value) {
    case Severity::Info:
        return DomainTypes::tr("Information");
    case Severity::Caution:
        return DomainTypes::tr("Caution");
    case Severity::Serious:
        return DomainTypes::tr("Serious");
    }
    return {};
}

QString labelOf(CaseStep value)
{
    switch (value) {
    case CaseStep::Reminder:
        return DomainTypes::tr("Reminder of the support limits");
    case CaseStep::Offer:
        return DomainTypes::tr("Offer of another plan or paid support");
    case CaseStep::Notice:
        return DomainTypes::tr("Notice of termination");
    case CaseStep::Terminated:
        // A step, not a status: "Next: End of the contract".
        return DomainTypes::tr("End of the contract");
    }
    return {};
}

QString labelOf(LetterKind value)
{
    switch (value) {
    case LetterKind::SupportReminder:
        return DomainTypes::tr("Reminder of the support limits");
    case LetterKind::PlanOffer:
        return DomainTypes::tr("Offer of another plan or paid support");
    case LetterKind::TerminationNotice:
        return DomainTypes::tr("Notice of termination");
    case LetterKind::TerminationConfirmation:
        return DomainTypes::tr("Confirmation of termination");
    case LetterKind::ServiceReport:
        return DomainTypes::tr("Service report");
    }
    return {};
}

QString labelOf(ExitReason value)
{
    switch (value) {
    case ExitReason::Moved:
        return DomainTypes::tr("Moved away");
    case ExitReason::Price:
        return DomainTypes::tr("Price");
    case ExitReason::ServiceQuality:
        return DomainTypes::tr("Quality of service");
    case ExitReason::Competitor:
        return DomainTypes::tr("Went to a competitor");
    case ExitReason::NoLongerNeeded:
        return DomainTypes::tr("No longer needs the service");
    case ExitReason::TerminatedByProvider:
        return DomainTypes::tr("Contract terminated by us");
    case ExitReason::Other:
        return DomainTypes::tr("Other");
    }
    return {};
}

bool isConversation(Channel channel)
{
    return channel == Channel::PhoneIn || channel == Channel::PhoneOut || channel == Channel::Chat;
}

QStringList conversationChannelCodes()
{
    QStringList codes;
    for (const QString& code : allCodes<Channel>()) {
        if (isConversation(fromCode<Channel>(code).value())) {
            codes << code;
        }
    }
    return codes;
}

bool isOutgoing(PaymentKind kind)
{
    return kind == PaymentKind::Refund || kind == PaymentKind::Compensation;
}

} // namespace abonent
