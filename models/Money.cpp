#include "Money.h"

#include <QStringList>

namespace abonent {

int Money::minorDigits(const QString& currency)
{
    static const QStringList zeroDecimal {QStringLiteral("JPY"),
                                          QStringLiteral("KRW"),
                                          QStringLiteral("VND"),
                                          QStringLiteral("CLP"),
                                          QStringLiteral("ISK"),
                                          QStringLiteral("UGX")};
    static const QStringList threeDecimal {QStringLiteral("BHD"),
                                           QStringLiteral("KWD"),
                                           QStringLiteral("OMR"),
                                           QStringLiteral("JOD"),
                                           QStringLiteral("TND"),
                                           QStringLiteral("LYD")};
    if (zeroDecimal.contains(currency)) {
        return 0;
    }
    if (threeDecimal.contains(currency)) {
        return 3;
    }
    return 2;
}

qint64 Money::minorPerMajor(const QString& currency)
{
    qint64 factor = 1;
    for (int i = 0; i < minorDigits(currency); ++i) {
        factor *= 10;
    }
    return factor;
}

Money Money::fromMajor(qint64 major, const QString& currency)
{
    return Money {major * minorPerMajor(currency), currency};
}

QString Money::format(const QLocale& locale) const
{
    const qint64 factor = minorPerMajor(currency);
    const int digits = minorDigits(currency);
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString number = locale.toString(magnitude / factor);
    if (digits > 0) {
        number += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % factor, digits, 10, QLatin1Char('0'));
    }
    // The locale decides where the symbol and the sign go; it is asked with a
    // template amount of one unit whose digits are then replaced, so the
    // amount itself never passes through a double.
    const QString symbol = currency == locale.currencySymbol(QLocale::CurrencyIsoCode)
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : currency;
    QString shaped = locale.toCurrencyString(minor < 0 ? -1.0 : 1.0, symbol, digits);
    return shaped.replace(locale.toString(1.0, 'f', digits), number);
}

} // namespace abonent
