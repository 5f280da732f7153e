#include "Money.h"

#include "Currency.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace abonent {

int Money::minorDigits(const QString& currency)
{
    return Currency::of(currency).decimals;
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

namespace {

// How a locale writes one currency: with which symbol, in which locale's
// pattern, and whether the pattern still needs a space before the digits.
struct Shape
{
    QLocale pattern;
    QString symbol;
    bool foreign = false;
};

Shape shapeFor(const QString& code, const QLocale& locale)
{
    if (code.isEmpty()) {
        return {locale, QString(), false};
    }
    const QString ownSymbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const QString tableSymbol = Currency::of(code).symbol;
    if (code == locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        return {locale, ownSymbol.isEmpty() ? tableSymbol : ownSymbol, false};
    }
    // A currency at home where the same language is written with the same
    // separators is written as there: English writes "$1,234.50" in
    // Britain as in the United States. A symbol that means the locale's own
    // currency (a US dollar in Canada) would mislead, so that one is not used.
    if (locale.language() != QLocale::C) {
        const QList<QLocale> siblings =
            QLocale::matchingLocales(locale.language(), QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& sibling : siblings) {
            const QString symbol = sibling.currencySymbol(QLocale::CurrencySymbol);
            if (sibling.currencySymbol(QLocale::CurrencyIsoCode) == code && !symbol.isEmpty() && symbol != ownSymbol
                && sibling.decimalPoint() == locale.decimalPoint()
                && sibling.groupSeparator() == locale.groupSeparator()) {
                return {sibling, symbol, false};
            }
        }
    }
    // The C locale has no currency of its own to tell a symbol from.
    const bool clear = locale.language() != QLocale::C && tableSymbol != ownSymbol;
    return {locale, clear ? tableSymbol : code, true};
}

// Looked up once per locale and currency: matchingLocales() walks every
// locale of the language, too much for every cell of a table.
Shape cachedShape(const QString& code, const QLocale& locale)
{
    thread_local QHash<QString, Shape> shapes;
    const QString key = QStringLiteral("%1 %2 %3 %4")
                            .arg(code)
                            .arg(int(locale.language()))
                            .arg(int(locale.script()))
                            .arg(int(locale.territory()));
    auto found = shapes.constFind(key);
    if (found == shapes.cend()) {
        found = shapes.insert(key, shapeFor(code, locale));
    }
    return found.value();
}

// Puts a no-break space between the symbol and the digits unless the
// pattern has some space there already ("RUB1.00" becomes "RUB 1.00").
QString spacedApart(QString shaped, const QString& symbol, const QString& digits)
{
    const qsizetype symbolAt = shaped.indexOf(symbol);
    const qsizetype digitsAt = shaped.indexOf(digits);
    if (symbol.isEmpty() || symbolAt < 0 || digitsAt < 0) {
        return shaped;
    }
    const bool symbolFirst = symbolAt < digitsAt;
    const qsizetype from = symbolFirst ? symbolAt + symbol.size() : digitsAt + digits.size();
    const qsizetype to = symbolFirst ? digitsAt : symbolAt;
    const QStringView between = QStringView(shaped).mid(from, to - from);
    if (std::none_of(between.begin(), between.end(), [](QChar ch) { return ch.isSpace(); })) {
        shaped.insert(symbolFirst ? from : to, QChar(0x00a0));
    }
    return shaped;
}

} // namespace

QString Money::symbol(const QString& currency, const QLocale& locale)
{
    return cachedShape(currency, locale).symbol;
}

QString Money::format(const QLocale& locale) const
{
    const Shape shape = cachedShape(currency, locale);
    const int digits = minorDigits(currency);
    // The locale decides where the symbol and the sign go; it is asked with a
    // template amount of one unit whose digits are then replaced, so the
    // amount itself never passes through a double.
    const QString one = shape.pattern.toString(1.0, 'f', digits);
    QString shaped = shape.pattern.toCurrencyString(minor < 0 ? -1.0 : 1.0, shape.symbol, digits);
    if (shape.foreign) {
        shaped = spacedApart(shaped, shape.symbol, one);
    }
    return shaped.replace(one, number(locale));
}

} // namespace abonent
