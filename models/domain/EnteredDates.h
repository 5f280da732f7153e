#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace abonent {

// Whether a date a person entered makes sense: nothing a provider records
// is older than 1990, and what has already happened (a payment received, a
// call taken) is not in the future. A contract may begin a little ahead.
class EnteredDates
{
    Q_DECLARE_TR_FUNCTIONS(EnteredDates)

public:
    enum class Kind {
        Happened, // a payment, a contact: today at the latest
        ContractStart, // up to a year ahead
    };

    static Status check(const QDate& date, Kind kind, const QString& what, const QDate& today = QDate::currentDate());
    static QDate earliest() { return QDate(1990, 1, 1); }
    static QDate latest(Kind kind, const QDate& today = QDate::currentDate());
};

} // namespace abonent
