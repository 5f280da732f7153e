#pragma once

#include "DomainTypes.h"
#include "ImportMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

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

} // namespace abonent
