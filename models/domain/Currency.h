#pragma once

#include <QString>

namespace abonent {

// What Abonent knows of an ISO 4217 currency: the symbol people read for it
// and the digits of its minor unit. Money reads both from here.
struct Currency
{
    QString code;
    QString symbol; // the code itself when the currency has no symbol of its own
    int decimals = 2;

    // The table's entry; a code not on it is its own symbol, with two decimals.
    static Currency of(const QString& code);
};

} // namespace abonent
