#pragma once

#include "DomainTypes.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace abonent {

class PhoneNumber;

// Plain records as they are stored. Ids are 0 until the row exists.

struct Operator
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Operator;
    Money costPerHour;
    bool takesDifficultCallers = false;
    bool active = true;
};

struct Plan
{
    qint64 id = 0;
    QString name;
    Money monthlyFee;
    bool supportIncluded = true;
    int includedSupportMinutes = 0;
    // Price of one minute of support beyond the allowance, in the fee's currency.
    qint64 paidSupportRatePerMinuteMinor = 0;
    bool active = true;
};

// A customer's phone as stored: the text as typed plus the normalised forms
// PhoneNumber produced when it was saved.
struct CustomerPhone
{
    qint64 id = 0;
    QString raw;
    QString e164;
    QString extension;
    QString tailKey;
    QString label;

    static CustomerPhone from(const PhoneNumber& number, const QString& label = {});
    // As a person reads it (PhoneNumber::shownIn), from the stored E.164
    // form; what was typed when that does not read as a number.
    QString shownIn(const QString& officeCountry) const;
};

struct Customer
{
    qint64 id = 0;
    QString contractNumber;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString address;
    QString email;
    QString notes;
    CustomerStatus status = CustomerStatus::Active;
    QDate customerSince;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CustomerPhone> phones; // the first one is the main number
    QDateTime notesUpdatedAt; // invalid: never saved through the card
    std::optional<qint64> notesUpdatedBy;
    QDateTime lastContactAt; // invalid: no contact yet
    // When the person's data was erased on request (GDPR art. 17), and by
    // whom: the record then keeps a placeholder name and the economics only.
    QDateTime erasedAt; // invalid: not erased
    std::optional<qint64> erasedBy;
    // Raised by every save of what the editor changes, and of the notes: a
    // save from an older copy is refused rather than overwriting another's.
    qint64 detailsVersion = 1;
    qint64 notesVersion = 1;

    bool isErased() const { return erasedAt.isValid(); }
};

// Which plan a customer had over [startsOn, endsOn); an invalid endsOn means "still in force".
struct PlanPeriod
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 planId = 0;
    QDate startsOn;
    QDate endsOn;

    bool isOpen() const { return !endsOn.isValid(); }
};

// Amounts are positive; the kind says whether money came in or went back.
struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate paidOn;
    PaymentKind kind = PaymentKind::Fee;
    Money amount;
    QString note;
};

// Where a customer's account stood when the office's old system handed
// over: money prepaid (positive) or owed (negative) on `asOf`. Payments
// and fees count from that day on.
struct OpeningBalance
{
    QDate asOf;
    Money balance;
};

struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::PhoneIn;
    QDateTime startedAt; // UTC
    int durationSeconds = 0;
    std::optional<qint64> operatorId; // unknown for old imported history
    QString topic;
    QString summary;
    Outcome outcome = Outcome::Resolved;
    Conduct conduct = Conduct::Normal;
    // Set for a call that ended before anything was said; it stands in for the topic.
    std::optional<NoConversation> noConversation;
};

// A catalogue entry. For shipped entries name and guidance are the
// translated shipped text unless a manager rewrote them (customText).
struct Tag
{
    qint64 id = 0;
    QString shippedKey;
    QString name;
    QString guidance;
    bool customText = false;
    QString colour = QStringLiteral("#607d8b");
    Severity severity = Severity::Info;
    bool marksProblem = false;
    int defaultExpiryDays = 0; // 0: does not expire
    bool retired = false;
};

// A tag set on a customer: by whom, when, why, about which contacts, until
// when; and, once removed, by whom and why. Never deleted.
struct TagAssignment
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 tagId = 0;
    QString reason;
    QDateTime assignedAt;
    std::optional<qint64> assignedBy;
    QString assignedByName;
    QDateTime expiresAt; // invalid: does not expire
    QDateTime removedAt; // invalid: not removed
    std::optional<qint64> removedBy;
    QString removedByName;
    QString removalReason;
    QList<qint64> evidence; // contact ids

    bool isRemoved() const { return removedAt.isValid(); }
    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && expiresAt <= now; }
    bool isActive(const QDateTime& now) const { return !isRemoved() && !isExpired(now); }
};

} // namespace abonent
