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

    CallerLookup(QSqlDatabase db, QString defaultCountry);

    Result<CallerLookupResult> lookup(const QString& callerId) const;
    // The number in a caller ID: the user part of a SIP address, else the text.
    static QString numberIn(const QString& callerId);
    // "anonymous", "Restricted", "<unknown>", "" and other IDs without a number.
    static bool isWithheld(const QString& callerId);

private:
    Result<QList<CallerMatch>> matchesWhere(const QString& condition, const QVariantList& values, bool exact) const;

    QSqlDatabase m_db;
    QString m_defaultCountry;
};

} // namespace abonent
