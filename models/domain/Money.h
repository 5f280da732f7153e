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

    // Digits after the decimal point in the currency's minor unit (2 for most).
    static int minorDigits(const QString& currency);
    // Minor units in one major unit: 100 for RUB/USD/UAH, 1 for JPY.
    static qint64 minorPerMajor(const QString& currency);
    static Money fromMajor(qint64 major, const QString& currency);

    // "-1234.50": no grouping or symbol, for files; `mark` separates the minor units.
    QString plain(QChar mark = QLatin1Char('.')) const;
    // "1 234,50" / "1,234.50": the size of the amount with the locale's grouping; no sign or symbol.
    QString number(const QLocale& locale) const;
    // "1 234,50 ₽" / "$1,234.50" in the given locale's conventions.
    QString format(const QLocale& locale = QLocale()) const;
    // The same with a given symbol placed as the locale places its own.
    QString format(const QLocale& locale, const QString& symbol) const;

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace abonent
