#include "Money.h"

#include <QStringList>

#include <functional>

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

namespace {

// The whole units as `whole` writes them, then the minor units after `mark`.
QString
digitsOf(qint64 minor, const QString& currency, const std::function<QString(qint64)>& whole, const QString& mark)
{
    const qint64 factor = Money::minorPerMajor(currency);
    const int digits = Money::minorDigits(currency);
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString number = whole(magnitude / factor);
    if (digits > 0) {
        number += mark + QStringLiteral("%1").arg(magnitude % factor, digits, 10, QLatin1Char('0'));
    }
    return number;
}

} // namespace

QString Money::plain(QChar mark) const
{
    const QString number = digitsOf(
        minor, currency, [](qint64 units) { return QString::number(units); }, QString(mark));
    return minor < 0 ? QLatin1Char('-') + number : number;
}

QString Money::number(const QLocale& locale) const
{
    return digitsOf(
        minor, currency, [&locale](qint64 units) { return locale.toString(units); }, locale.decimalPoint());
}

QString Money::format(const QLocale& locale) const
{
    const QString symbol = currency == locale.currencySymbol(QLocale::CurrencyIsoCode)
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : currency;
    return format(locale, symbol);
}

QString Money::format(const QLocale& locale, const QString& symbol) const
{
    const int digits = minorDigits(currency);
    // The locale decides where the symbol and the sign go; it is asked with a
    // template amount of one unit whose digits are then replaced, so the
    // amount itself never passes through a double.
    QString shaped = locale.toCurrencyString(minor < 0 ? -1.0 : 1.0, symbol, digits);
    return shaped.replace(locale.toString(1.0, 'f', digits), number(locale));
}

} // namespace abonent
