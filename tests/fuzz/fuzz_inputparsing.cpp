// What people type into duration and amount fields. A duration read is
// within a day; an amount read is what it says: shown back in the same
// locale, it reads as the same amount.
#include "FuzzSupport.h"
#include "InputParsing.h"
#include "Money.h"

#include <QLocale>

#include <array>

using namespace abonent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Currencies with 2, 0 and 3 decimals; the locales of the languages
    // Abonent speaks, and two whose groups are no-break spaces or dots.
    static const std::array<QString, 5> currencies {
        QStringLiteral("RUB"), QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("KWD"), QString()};
    static const std::array<QLocale, 6> locales {QLocale::c(),
                                                 QLocale(QLocale::English, QLocale::UnitedStates),
                                                 QLocale(QLocale::Russian, QLocale::Russia),
                                                 QLocale(QLocale::Ukrainian, QLocale::Ukraine),
                                                 QLocale(QLocale::German, QLocale::Germany),
                                                 QLocale(QLocale::French, QLocale::France)};
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));

    if (const auto seconds = InputParsing::duration(text)) {
        fuzz::check(*seconds >= 0 && *seconds <= 24 * 3600, "duration out of range", QString::number(*seconds));
    }
    for (const QString& currency : currencies) {
        for (const QLocale& locale : locales) {
            const auto minor = InputParsing::amount(text, currency, locale);
            if (!minor) {
                continue;
            }
            fuzz::check(*minor >= 0, "negative amount", QString::number(*minor));
            const QString shown = Money {*minor, currency}.number(locale);
            const auto again = InputParsing::amount(shown, currency, locale);
            fuzz::check(again == minor,
                        "an amount shown does not read back",
                        locale.name() + QLatin1Char(' ') + currency + QLatin1String(": ") + shown);
        }
    }
    return 0;
}
