// The phone number wrapper: whatever a person types or a PBX sends, parsed
// with the default countries an office may set. A number it accepts must
// come back the same from its own E.164 and international forms and from
// the form it is shown in, as the caller lookup relies on.
#include "FuzzSupport.h"
#include "PhoneNumber.h"

#include <array>

using namespace abonent;

namespace {

void checkParsed(const PhoneNumber& number, const QString& region)
{
    const QString e164 = number.e164();
    fuzz::check(e164.startsWith(QLatin1Char('+')) && e164.size() > 1, "E.164 form without +digits", e164);
    fuzz::check(PhoneNumber::digitsOf(e164) == e164.mid(1), "E.164 form holds more than digits", e164);
    fuzz::check(e164.endsWith(number.nationalNumber()), "national number is not the end of E.164", e164);
    fuzz::check(number.trailingKey().size() == number.nationalNumber().size(), "trailing key length", e164);
    for (const QString& again : {e164, number.international(), number.shownIn(region)}) {
        const auto reparsed = PhoneNumber::parse(again, region);
        fuzz::check(reparsed.ok(), "own form refused", again + QLatin1String(": ") + reparsed.errorString());
        fuzz::check(reparsed->e164() == e164,
                    "own form parses to another number",
                    again + QLatin1String(" → ") + reparsed->e164());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::array<QString, 7> regions {QStringLiteral("RU"),
                                                 QStringLiteral("UA"),
                                                 QStringLiteral("US"),
                                                 QStringLiteral("DE"),
                                                 QStringLiteral("GB"),
                                                 QStringLiteral("ZZ"),
                                                 QString()};
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    const QString digits = PhoneNumber::digitsOf(text);
    fuzz::check(PhoneNumber::trailingKeyOf(text).size() == digits.size(), "trailing key length");
    for (const QString& region : regions) {
        const auto parsed = PhoneNumber::parse(text, region);
        if (!parsed) {
            fuzz::check(!parsed.errorString().isEmpty(), "refusal without a message");
            continue;
        }
        fuzz::check(!digits.isEmpty(), "a number without digits was accepted", text);
        fuzz::check(parsed->raw() == text, "raw text changed");
        checkParsed(parsed.value(), region);
    }
    return 0;
}
