#include "PhoneNumber.h"

#include <algorithm>
#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace abonent {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    // libphonenumber logs parse failures to stderr by default; they are
    // reported to the caller as errors instead.
    static PhoneNumberUtil* instance = [] {
        PhoneNumberUtil* created = PhoneNumberUtil::GetInstance();
        created->SetLogger(new i18n::phonenumbers::NullLogger);
        return created;
    }();
    return *instance;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// The national format, if it reads back as the same number in `home`:
// shown, it must find the customer again when typed there.
QString domesticForm(const i18n::phonenumbers::PhoneNumber& number, const std::string& home)
{
    std::string formatted;
    util().Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    i18n::phonenumbers::PhoneNumber reread;
    std::string expected;
    std::string found;
    util().Format(number, PhoneNumberUtil::E164, &expected);
    if (util().Parse(formatted, home, &reread) == PhoneNumberUtil::NO_PARSING_ERROR) {
        util().Format(reread, PhoneNumberUtil::E164, &found);
    }
    return found == expected ? fromStd(formatted) : QString();
}

} // namespace

QString PhoneNumber::shownIn(const QString& officeCountry) const
{
    if (m_home.isEmpty() || officeCountry.trimmed().toUpper() != m_home) {
        return m_international;
    }
    // Formatted here rather than in parse(): most numbers parsed (the demo's,
    // a search's) are never shown.
    i18n::phonenumbers::PhoneNumber number;
    if (util().Parse(m_e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return m_international;
    }
    const QString national = domesticForm(number, m_home.toStdString());
    if (national.isEmpty()) {
        return m_international;
    }
    return m_extension.isEmpty() ? national : national + QLatin1String(" ext. ") + m_extension;
}

QString PhoneNumber::shown(const QString& text, const QString& officeCountry)
{
    const auto parsed = parse(text, officeCountry);
    return parsed ? parsed->shownIn(officeCountry) : text;
}

QString PhoneNumber::digitsOf(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.isDigit()) {
            digits += QChar(u'0' + ch.digitValue());
        }
    }
    return digits;
}

QString PhoneNumber::trailingKeyOf(const QString& digits)
{
    QString key = digitsOf(digits);
    std::reverse(key.begin(), key.end());
    return key;
}

Result<PhoneNumber> PhoneNumber::parse(const QString& text, const QString& defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (digitsOf(trimmed).isEmpty()) {
        return makeError(Error::Code::Invalid,
                         trimmed.isEmpty() ? tr("No phone number given.")
                                           : tr("\"%1\" holds no digits, so it is not a phone number.").arg(trimmed));
    }

    i18n::phonenumbers::PhoneNumber parsed;
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    const auto error = util().Parse(trimmed.toStdString(), region.empty() ? std::string("ZZ") : region, &parsed);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" has no known country code. Write it with + and the country code, "
                            "or set the default country.")
                             .arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return makeError(Error::Code::Invalid, tr("\"%1\" is too short for a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return makeError(Error::Code::Invalid, tr("\"%1\" is too long for a phone number.").arg(trimmed));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return makeError(Error::Code::Invalid, tr("\"%1\" is not a phone number.").arg(trimmed));
    }

    switch (util().IsPossibleNumberWithReason(parsed)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return makeError(
            Error::Code::Invalid,
            tr("\"%1\" is a local number; add the area code so it can be dialled from anywhere.").arg(trimmed));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return makeError(Error::Code::Invalid, tr("\"%1\" has an unknown country code.").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT:
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" has too few digits for a number in this country.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG:
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" has too many digits for a number in this country.").arg(trimmed));
    case PhoneNumberUtil::INVALID_LENGTH:
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" does not have a length used by numbers in this country.").arg(trimmed));
    }

    std::string formatted;
    util().Format(parsed, PhoneNumberUtil::E164, &formatted);
    // Digits that only look like a number in this country (a national number
    // beginning with the international prefix, say "000551…" in Germany) get
    // an E.164 form that reads back as another number: stored, it would never
    // match the caller again.
    i18n::phonenumbers::PhoneNumber reread;
    std::string rereadForm;
    if (util().Parse(formatted, "ZZ", &reread) == PhoneNumberUtil::NO_PARSING_ERROR) {
        util().Format(reread, PhoneNumberUtil::E164, &rereadForm);
    }
    if (rereadForm != formatted) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not a phone number.").arg(trimmed));
    }

    PhoneNumber number;
    number.m_raw = text;
    number.m_e164 = fromStd(formatted);
    formatted.clear();
    // The extension goes after " ext.": some countries' own style (" x" in
    // the United Kingdom) reads back fewer digits than libphonenumber takes,
    // and what Abonent shows must read as the same number when typed again.
    i18n::phonenumbers::PhoneNumber withoutExtension = parsed;
    withoutExtension.clear_extension();
    util().Format(withoutExtension, PhoneNumberUtil::INTERNATIONAL, &formatted);
    number.m_international = fromStd(formatted);
    if (parsed.has_extension()) {
        number.m_international += QLatin1String(" ext. ") + fromStd(parsed.extension());
    }
    std::string regionCode;
    util().GetRegionCodeForNumber(parsed, &regionCode);
    number.m_region = fromStd(regionCode);
    // A number in a range libphonenumber cannot place (unassigned) is the
    // home country's of its calling code: the United States' for +1.
    std::string home = regionCode;
    if (home.empty() || home == "ZZ") {
        util().GetRegionCodeForCountryCode(parsed.country_code(), &home);
    }
    number.m_home = fromStd(home);
    std::string national;
    util().GetNationalSignificantNumber(parsed, &national);
    number.m_national = fromStd(national);
    number.m_extension = parsed.has_extension() ? fromStd(parsed.extension()) : QString();
    number.m_assigned = util().IsValidNumber(parsed);
    return number;
}

} // namespace abonent
