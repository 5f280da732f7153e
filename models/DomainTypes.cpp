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
constexpr CodeTable<PaymentKind, 4> paymentKindCodes {{
    {PaymentKind::Fee, "fee"},
    {PaymentKind::PaidSupport, "paid_support"},
    {PaymentKind::Refund, "refund"},
    {PaymentKind::Compensation, "compensation"},
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
QString codeOf(PaymentKind value)
{
    return codeIn(paymentKindCodes, value);
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
QStringList allCodes<PaymentKind>()
{
    return codesIn(paymentKindCodes);
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

bool isConversation(Channel channel)
{
    return channel == Channel::PhoneIn || channel == Channel::PhoneOut || channel == Channel::Chat;
}

bool isOutgoing(PaymentKind kind)
{
    return kind == PaymentKind::Refund || kind == PaymentKind::Compensation;
}

} // namespace abonent
