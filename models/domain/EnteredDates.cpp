#include "EnteredDates.h"

#include <QLocale>

namespace abonent {

QDate EnteredDates::latest(Kind kind, const QDate& today)
{
    return kind == Kind::ContractStart ? today.addYears(1) : today;
}

Status EnteredDates::check(const QDate& date, Kind kind, const QString& what, const QDate& today)
{
    const QLocale locale;
    if (!date.isValid()) {
        return makeError(Error::Code::Invalid, tr("%1 needs a date.").arg(what));
    }
    if (date < earliest()) {
        return makeError(Error::Code::Invalid,
                         tr("%1 cannot be %2: dates before %3 are taken for a typing mistake.")
                             .arg(what,
                                  locale.toString(date, QLocale::LongFormat),
                                  locale.toString(earliest(), QLocale::LongFormat)));
    }
    if (date > latest(kind, today)) {
        return makeError(
            Error::Code::Invalid,
            kind == Kind::Happened
                ? tr("%1 cannot be %2, which is still ahead.").arg(what, locale.toString(date, QLocale::LongFormat))
                : tr("%1 cannot be %2: more than a year ahead is taken for a typing mistake.")
                      .arg(what, locale.toString(date, QLocale::LongFormat)));
    }
    return {};
}

} // namespace abonent
