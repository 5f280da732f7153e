#pragma once

#include "DomainTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// A customer whose phone matches a caller ID.
struct CallerMatch
{
    qint64 customerId = 0;
    QString contract;
    QString name;
    CustomerStatus status = CustomerStatus::Active;
    QDateTime lastContactAt; // invalid: never contacted
    QString phone; // the stored number that matched, as typed
    bool exact = false; // the whole number, not only its last digits
};

struct CallerLookupResult
{
    // Withheld, anonymous or empty: nobody can be looked up, which is not an error.
    bool unknownCaller = false;
    // Longer than any phone number: nobody has it, and the database was not asked.
    bool tooLong = false;
    QList<CallerMatch> matches; // most recently contacted first
};

// Who is calling, from a number as the PBX or the operator gives it. The
// whole number in E.164 first; only when nothing matches, the trailing
// digits (numbers that arrive without country code or trunk prefix, or were
// stored that way). A shared number gives every customer who has it.
class CallerLookup
{
    Q_DECLARE_TR_FUNCTIONS(CallerLookup)

public:
    // Fewer trailing digits than this match too much to mean anything.
    static constexpr int kMinimumTrailingDigits = 7;
    // What may come in before a stored national number: an outside line, an
    // international prefix and a country code ("9", "0011", "380"). More
    // digits than this in front are another number run together with it
    // ("+1 212 555 0147 +7 495 123 45 67"), not the caller's prefix.
    static constexpr int kMaximumPrefixDigits = 9;
    // The longest number a caller ID can hold. E.164 allows 15 digits; a PBX
    // may add an international or outside-line prefix ("810", "0011", "9")
    // and an extension of up to 20 digits (libphonenumber's own limit after
    // "ext."), so 40 digits is generous. In characters, libphonenumber's input
    // limit, 250, leaves room for any punctuation between them. Anything
    // longer is no match, answered without the database: a PBX hook must
    // answer at once, and matching the trailing digits of a long text costs
    // time and memory in proportion to the square of its length.
    static constexpr int kMaximumDigits = 40;
    static constexpr int kMaximumLength = 250;

    CallerLookup(QSqlDatabase db, QString defaultCountry);

    Result<CallerLookupResult> lookup(const QString& callerId) const;
    // The number in a caller ID: the user part of a SIP address, else the text.
    static QString numberIn(const QString& callerId);
    // "anonymous", "Restricted", "<unknown>", "" and other IDs without a number.
    static bool isWithheld(const QString& callerId);
    // Whether the number in a caller ID is longer than any phone number.
    static bool isTooLong(const QString& callerId);

private:
    Result<QList<CallerMatch>> matchesWhere(const QString& condition, const QVariantList& values, bool exact) const;

    QSqlDatabase m_db;
    QString m_defaultCountry;
};

} // namespace abonent
