#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace abonent {

// Each enum has a stable code stored in the database (never translated) and a
// label for people (translated). Codes must not change once released.

enum class CustomerStatus { Active, Suspended, NoticeGiven, Terminated, Archived };
enum class CustomerKind { Person, Company };
enum class Role { Operator, Manager, Owner };
enum class Channel { PhoneIn, PhoneOut, Email, Ticket, Chat, Visit, Letter };
enum class Conduct { Normal, RaisedVoice, Profanity, Insults, Threats };
enum class Outcome { Resolved, FollowUp, Escalated, Unresolved };
// A call that ended before anything was talked about: it is recorded (the
// caller did ring) but needs no topic.
enum class NoConversation { HungUp, WrongNumber, SilentLine };
enum class PaymentKind { Fee, PaidSupport, Refund, Compensation };
enum class Severity { Info, Caution, Serious };
// The escalation steps of a case, in the order they are taken.
enum class CaseStep { Reminder, Offer, Notice, Terminated };
// Why a customer left: asked of everyone who leaves, not only after a case.
enum class ExitReason { Moved, Price, ServiceQuality, Competitor, NoLongerNeeded, TerminatedByProvider, Other };
// What a letter is for; each kind has a template per language.
enum class LetterKind { SupportReminder, PlanOffer, TerminationNotice, TerminationConfirmation, ServiceReport };

QString codeOf(CustomerStatus value);
QString codeOf(CustomerKind value);
QString codeOf(Role value);
QString codeOf(Channel value);
QString codeOf(Conduct value);
QString codeOf(Outcome value);
QString codeOf(NoConversation value);
QString codeOf(PaymentKind value);
QString codeOf(Severity value);
QString codeOf(CaseStep value);
QString codeOf(ExitReason value);
QString codeOf(LetterKind value);

QString labelOf(CustomerStatus value);
QString labelOf(CustomerKind value);
QString labelOf(Role value);
QString labelOf(Channel value);
QString labelOf(Conduct value);
QString labelOf(Outcome value);
QString labelOf(NoConversation value);
QString labelOf(PaymentKind value);
QString labelOf(Severity value);
QString labelOf(CaseStep value);
QString labelOf(ExitReason value);
QString labelOf(LetterKind value);

template <typename Enum>
std::optional<Enum> fromCode(const QString& code);

// All codes of an enum, in declaration order; used to build CHECK constraints
// and filters from the same list the C++ uses.
template <typename Enum>
QStringList allCodes();

// Whether a channel counts as live conversation time against the support allowance.
bool isConversation(Channel channel);
// The codes of those channels, in declaration order: what SQL filters on.
QStringList conversationChannelCodes();

// What a call without conversation counts as: a wrong number needed nothing,
// a hang-up or a silent line left the caller's matter, if any, untouched.
Outcome outcomeOf(NoConversation value);
// One list for a call's result: an Outcome code, or "no:" and a
// NoConversation code. Forms offer it and call drafts keep it.
QString outcomeChoiceOf(NoConversation value);
std::optional<NoConversation> noConversationOfChoice(const QString& choice);

// Refunds and compensation are money paid back to the customer.
bool isOutgoing(PaymentKind kind);

} // namespace abonent
