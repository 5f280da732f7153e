#include "Currency.h"

#include <algorithm>
#include <iterator>

namespace abonent {

namespace {

struct Entry
{
    const char* code;
    const char* symbol; // UTF-8
    int decimals;
};

// The currencies offices are likely to bill in, and those whose minor unit is
// not cents (ISO 4217). A symbol several currencies use ("kr") is left out:
// the code is clearer. "$" is the US dollar's; where a locale's own currency
// writes "$" too, Money writes the code instead.
// clang-format off
constexpr Entry kTable[] = {
    {"BHD", "BHD", 3}, // Bahraini dinar
    {"BYN", "Br", 2}, // Belarusian rouble
    {"CHF", "CHF", 2}, // Swiss franc
    {"CLP", "CLP", 0}, // Chilean peso
    {"CZK", "Kč", 2}, // Czech koruna
    {"EUR", "€", 2}, // euro
    {"GBP", "£", 2}, // pound sterling
    {"GEL", "₾", 2}, // Georgian lari
    {"INR", "₹", 2}, // Indian rupee
    {"ISK", "ISK", 0}, // Icelandic króna
    {"JOD", "JOD", 3}, // Jordanian dinar
    {"JPY", "¥", 0}, // yen
    {"KRW", "₩", 0}, // won
    {"KWD", "KWD", 3}, // Kuwaiti dinar
    {"KZT", "₸", 2}, // tenge
    {"LYD", "LYD", 3}, // Libyan dinar
    {"OMR", "OMR", 3}, // Omani rial
    {"PLN", "zł", 2}, // złoty
    {"RUB", "₽", 2}, // rouble
    {"TND", "TND", 3}, // Tunisian dinar
    {"UAH", "₴", 2}, // hryvnia
    {"UGX", "UGX", 0}, // Ugandan shilling
    {"USD", "$", 2}, // US dollar
    {"VND", "₫", 0}, // dong
};
// clang-format on

} // namespace

Currency Currency::of(const QString& code)
{
    const QByteArray key = code.toLatin1();
    const auto found =
        std::find_if(std::begin(kTable), std::end(kTable), [&key](const Entry& entry) { return key == entry.code; });
    if (found == std::end(kTable)) {
        return Currency {code, code, 2};
    }
    return Currency {code, QString::fromUtf8(found->symbol), found->decimals};
}

} // namespace abonent
