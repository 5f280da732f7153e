#pragma once

#include "DomainTypes.h"
#include "ImportMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace abonent {

// Values as spreadsheets and billing systems write them, read exactly or
// not at all: a row with a value that cannot be read is refused and the
// reason shown, never imported as a guess.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // "31.12.2025", "12/31/2025" or "2025-12-31" (a time after it is allowed
    // and left out); a year of two digits is refused as ambiguous.
    static std::optional<QDate> date(const QString& text, DateOrder order);
    // A date with an optional time "14:05" or "14:05:30", in this desk's time zone.
    static std::optional<QDateTime> dateTime(const QString& text, DateOrder order);
    // The same as a date and a time of day (midnight when none is written),
    // not yet placed in a time zone.
    static std::optional<std::pair<QDate, QTime>> dateAndTime(const QString& text, DateOrder order);
    static std::optional<QTime> time(const QString& text);
    // A signed amount in minor units: "-1 234,50" with a decimal comma.
    static std::optional<qint64> amount(const QString& text, const QString& currency, bool decimalComma);
    static std::optional<bool> yesNo(const QString& text);

    static std::optional<CustomerKind> customerKind(const QString& text);
    static std::optional<CustomerStatus> customerStatus(const QString& text);
    static std::optional<Channel> channel(const QString& text);
    static std::optional<Outcome> outcome(const QString& text);
    static std::optional<Conduct> conduct(const QString& text);
    static std::optional<PaymentKind> paymentKind(const QString& text);

    // Day-first or month-first, from values such as "13/01/2025" in the
    // file; `fallback` when none of them tells.
    static DateOrder guessDateOrder(const QStringList& samples, DateOrder fallback);
    // Whether amounts such as "12,50" use a decimal comma.
    static bool guessDecimalComma(const QStringList& samples, bool fallback);
};

// Times of this desk's time zone in UTC, as QDateTime(date, time,
// Qt::LocalTime).toUTC() gives them, for a file's worth of times: the
// offset from UTC is worked out once for each hour the clocks do not change
// in, and reused. QDateTime asks the C library for every conversion, and
// the C library looks at the time zone file on disk each time (a system
// call: 8 % of the time a million contacts took to import).
// The same to the second for every time, checked against QDateTime in ten
// time zones over 37 years of changes of the clocks, except in the hour the
// clocks pass twice in autumn: there QDateTime answers either way, depending
// on the conversion before; here the whole hour is answered alike.
class LocalTimes
{
public:
    struct Converted
    {
        QDateTime utc;
        bool valid = false; // false for a time the clocks skip, as QDateTime has it
    };
    Converted toUtc(const QDate& date, const QTime& time);

private:
    // The offset throughout one hour (the Julian day × 24 + the hour),
    // nullopt for an hour in which the clocks change.
    QHash<qint64, std::optional<int>> m_offsets;
};

} // namespace abonent
