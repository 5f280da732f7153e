#include "Entities.h"

#include "PhoneNumber.h"

namespace abonent {

CustomerPhone CustomerPhone::from(const PhoneNumber& number, const QString& label)
{
    CustomerPhone phone;
    phone.raw = number.raw();
    phone.e164 = number.e164();
    phone.extension = number.extension();
    phone.tailKey = number.trailingKey();
    phone.label = label;
    return phone;
}

QString CustomerPhone::shownIn(const QString& officeCountry) const
{
    const QString stored = extension.isEmpty() ? e164 : e164 + QLatin1String(" ext. ") + extension;
    const auto number = PhoneNumber::parse(stored, officeCountry);
    return number ? number->shownIn(officeCountry) : raw;
}

} // namespace abonent
