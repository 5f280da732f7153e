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

} // namespace abonent
