#include "InputParsing.h"

#include "Money.h"

#include <QRegularExpression>
#include <QStringList>

namespace abonent {

namespace {

std::optional<qint64> wholeNumber(const QString& digits)
{
    if (digits.isEmpty() || digits.size() > 15) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const QChar ch : digits) {
        if (!ch.isDigit()) {
            return std::nullopt;
        }
        value = value * 10 + ch.digitValue();
    }
    return value;
}

} // namespace

std::optional<int> InputParsing::duration(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3) {
        return std::nullopt;
    }
    qint64 seconds = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const auto value = wholeNumber(parts.at(i).trimmed());
        // After the first part, minutes and seconds stay below 60.
        if (!value || (i > 0 && *value >= 60)) {
            return std::nullopt;
        }
        seconds = seconds * 60 + *value;
    }
    if (seconds > 24 * 3600) {
        return std::nullopt; // no contact lasts more than a day
    }
    return static_cast<int>(seconds);
}

std::optional<qint64> InputParsing::amount(const QString& text, const QString& currency, const QLocale& locale)
{
    // The currency's sign or code, before or after the number.
    QString typed = text.trimmed();
    for (const QString& mark : {Money::symbol(currency, locale), currency}) {
        if (mark.isEmpty()) {
            continue;
        }
        if (typed.startsWith(mark, Qt::CaseInsensitive)) {
            typed = typed.mid(mark.size()).trimmed();
        } else if (typed.endsWith(mark, Qt::CaseInsensitive)) {
            typed = typed.left(typed.size() - mark.size()).trimmed();
        }
    }
    // Spaces (also no-break ones) and apostrophes group thousands in some
    // locales; they are read as group separators like '.' and ',' below.
    const auto spacesAsOne = [](const QString& from) {
        QString to;
        for (const QChar ch : from) {
            const bool groups = ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0x202F) || ch == QChar(u'\'');
            to += groups ? QChar(u' ') : ch;
        }
        return to;
    };
    const QString cleaned = spacesAsOne(typed);
    if (cleaned.isEmpty()) {
        return std::nullopt;
    }
    // The last '.' or ',' separates the decimals when it is the locale's
    // decimal point, or when it is not followed by exactly three digits;
    // otherwise every '.' and ',' groups thousands, in groups of three.
    // Anything else is refused rather than read wrongly.
    const int digits = Money::minorDigits(currency);
    const qsizetype lastPoint = std::max(cleaned.lastIndexOf(QLatin1Char('.')), cleaned.lastIndexOf(QLatin1Char(',')));
    QString whole = cleaned;
    QString fraction;
    if (lastPoint >= 0) {
        const QString after = cleaned.mid(lastPoint + 1);
        const bool decimal = cleaned.at(lastPoint) == locale.decimalPoint().front() || after.size() != 3;
        if (decimal) {
            whole = cleaned.left(lastPoint);
            fraction = after;
            if (fraction.isEmpty() || fraction.size() > digits) {
                return std::nullopt;
            }
        }
    }
    // Compiled once: building it for every amount took longer than all the rest.
    static const QRegularExpression separators(QStringLiteral("[., ]"));
    const QStringList groups = whole.split(separators);
    bool grouped = true;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || groups.first().isEmpty() || groups.first().size() > 3
            || groups.first().startsWith(QLatin1Char('0'))) {
            grouped = false;
        }
    }
    // The locale's own grouping is read too where it differs (Qt writes
    // "1234 567" in Polish).
    if (!grouped && spacesAsOne(locale.toString(groups.join(QString()).toLongLong())) != whole) {
        return std::nullopt;
    }
    whole = groups.join(QString());
    const auto major = wholeNumber(whole.isEmpty() && !fraction.isEmpty() ? QStringLiteral("0") : whole);
    if (!major) {
        return std::nullopt;
    }
    qint64 minor = 0;
    if (!fraction.isEmpty()) {
        const auto parsed = wholeNumber(fraction);
        if (!parsed) {
            return std::nullopt;
        }
        minor = *parsed;
        for (qsizetype i = fraction.size(); i < digits; ++i) {
            minor *= 10;
        }
    }
    return *major * Money::minorPerMajor(currency) + minor;
}

} // namespace abonent
