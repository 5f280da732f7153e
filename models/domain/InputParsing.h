#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace abonent {

// What people type into duration and amount fields, read exactly.
class InputParsing
{
public:
    // "4:30" (minutes:seconds), "1:02:05" (hours too) or "270" (seconds).
    static std::optional<int> duration(const QString& text);
    // "1234.5", "1 234,50", "1,234.50" in minor units of `currency`; no
    // floating point, no more decimals than the currency has. The currency's
    // sign or code beside it ("₽ 120.00", "120,00 RUB") is read past, so an
    // amount the program wrote can be typed back.
    static std::optional<qint64>
    amount(const QString& text, const QString& currency, const QLocale& locale = QLocale());
};

} // namespace abonent
