#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace abonent {

// A telephone number as a person typed it or a PBX sent it, with its
// normalised forms. Parsing is delegated to libphonenumber, which knows every
// country's trunk and international prefixes; nothing outside PhoneNumber.cpp
// sees that library.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Parses `text` ("+7 (495) 123-45-67", "8 495 1234567", "tel:+74951234567",
    // "(555) 010-4477 ext. 12"). `defaultRegion` is an ISO 3166 code ("RU",
    // "UA", "US") used when the text carries no country code.
    static Result<PhoneNumber> parse(const QString& text, const QString& defaultRegion);

    // Key for matching numbers that arrive without country code or trunk
    // prefix: the digits reversed, so "ends with" becomes an indexable prefix.
    static QString trailingKeyOf(const QString& digits);
    static QString digitsOf(const QString& text);

    QString raw() const { return m_raw; }
    QString e164() const { return m_e164; }
    QString extension() const { return m_extension; }
    QString region() const { return m_region; }
    // National significant number: the digits after the country code, without trunk prefix.
    QString nationalNumber() const { return m_national; }
    QString trailingKey() const { return trailingKeyOf(m_national); }
    // "+7 495 123-45-67" — the international format for display.
    QString international() const { return m_international; }
    // How the number is shown to a person: a number of the office's country
    // in that country's national format ("8 (916) 555-12-34" in Russia),
    // any other in international format ("+1 212-555-0190").
    QString shownIn(const QString& officeCountry) const;
    // The number in `text` (a caller ID, a stored E.164 form) shown so; the
    // text itself when it holds no number.
    static QString shown(const QString& text, const QString& officeCountry);
    // True when the number belongs to an assigned range (libphonenumber's
    // IsValidNumber); a number can be well-formed yet unassigned.
    bool isAssigned() const { return m_assigned; }

private:
    PhoneNumber() = default;

    QString m_raw;
    QString m_e164;
    QString m_extension;
    QString m_region;
    QString m_national;
    QString m_international;
    QString m_home; // the country whose national format it is shown in there
    bool m_assigned = false;
};

} // namespace abonent
