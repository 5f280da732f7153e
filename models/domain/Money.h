#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace abonent {

// An amount in integer minor units (kopecks, cents) of a currency given by its
// ISO 4217 code. Arithmetic on money never goes through floating point.
struct Money
{
    qint64 minor = 0;
    QString currency;

    // Digits after the decimal point in the currency's minor unit (2 for most;
    // ISO 4217, from the Currency table).
    static int minorDigits(const QString& currency);
    // Minor units in one major unit: 100 for RUB/USD/UAH, 1 for JPY.
    static qint64 minorPerMajor(const QString& currency);
    static Money fromMajor(qint64 major, const QString& currency);

    // "-1234.50": no grouping or symbol, for files; `mark` separates the minor units.
    QString plain(QChar mark = QLatin1Char('.')) const;
    // "1 234,50" / "1,234.50": the size of the amount with the locale's grouping; no sign or symbol.
    QString number(const QLocale& locale) const;
    // "1 234,50 ₽" / "$1,234.50": the one way an amount is shown to a person.
    // The locale places the symbol and the sign and groups the digits. A
    // currency foreign to its language ("₽ 1,234.50" in English, "12,500 KWD"
    // in Russian) is set apart from the digits by a space.
    QString format(const QLocale& locale = QLocale()) const;
    // The symbol format() writes for `currency` in `locale` ("₽", "$", "KWD"):
    // for a chart's axis or a column's heading, so they read as the amounts do.
    static QString symbol(const QString& currency, const QLocale& locale = QLocale());

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace abonent
