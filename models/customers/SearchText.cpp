#include "SearchText.h"

#include "PhoneNumber.h"

namespace abonent {

QString SearchText::fold(const QString& text)
{
    QString folded = text.toLower();
    folded.replace(QChar(u'ё'), QChar(u'е'));
    return folded;
}

QString SearchText::wordsOf(const Customer& customer)
{
    return fold(
        QStringList {customer.name, customer.contractNumber, customer.address, customer.email, customer.notes}.join(
            QLatin1Char(' ')));
}

QString SearchText::digitsOf(const Customer& customer)
{
    QStringList parts {PhoneNumber::digitsOf(customer.contractNumber)};
    for (const CustomerPhone& phone : customer.phones) {
        QString national = phone.tailKey;
        std::reverse(national.begin(), national.end());
        parts << national << PhoneNumber::digitsOf(phone.e164) << PhoneNumber::digitsOf(phone.raw);
    }
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QLatin1Char(' '));
}

} // namespace abonent
