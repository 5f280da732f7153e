#include "CallerLookup.h"

#include "PhoneNumber.h"
#include "SqlSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace abonent {

CallerLookup::CallerLookup(QSqlDatabase db, QString defaultCountry)
    : m_db(std::move(db))
    , m_defaultCountry(std::move(defaultCountry))
{
}

bool CallerLookup::isWithheld(const QString& callerId)
{
    // PBXs say it in words ("anonymous", "Restricted", "<unknown>", "Private")
    // or not at all; either way there are no digits to look up.
    return PhoneNumber::digitsOf(callerId).size() < 3;
}

bool CallerLookup::isTooLong(const QString& callerId)
{
    const QString number = numberIn(callerId);
    return number.size() > kMaximumLength || PhoneNumber::digitsOf(number).size() > kMaximumDigits;
}

Result<QList<CallerMatch>>
CallerLookup::matchesWhere(const QString& condition, const QVariantList& values, bool exact) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT c.id, c.contract_number, c.name, c.status, c.last_contact_at,"
                                            " p.raw FROM phones p JOIN customers c ON c.id = p.customer_id"
                                            " WHERE ")
                                 + condition,
                             values);
    if (!query) {
        return query.error();
    }
    QList<CallerMatch> matches;
    QHash<qint64, qsizetype> seen; // a customer with the number twice is listed once
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (seen.contains(id)) {
            continue;
        }
        CallerMatch match;
        match.customerId = id;
        match.contract = query->value(1).toString();
        match.name = query->value(2).toString();
        match.status = fromCode<CustomerStatus>(query->value(3).toString()).value_or(CustomerStatus::Active);
        if (!query->value(4).isNull()) {
            match.lastContactAt = sql::fromEpoch(query->value(4).toLongLong());
        }
        match.phone = query->value(5).toString();
        match.exact = exact;
        seen.insert(id, matches.size());
        matches.append(match);
    }
    // Most recently contacted first; never contacted last; then by contract, for a stable order.
    std::sort(matches.begin(), matches.end(), [](const CallerMatch& a, const CallerMatch& b) {
        if (a.lastContactAt.isValid() != b.lastContactAt.isValid()) {
            return a.lastContactAt.isValid();
        }
        if (a.lastContactAt != b.lastContactAt) {
            return a.lastContactAt > b.lastContactAt;
        }
        return a.contract < b.contract;
    });
    return matches;
}

QString CallerLookup::numberIn(const QString& callerId)
{
    // SIP gives '"Name" <sip:+74951234567@pbx>': the number is the user part.
    static const QRegularExpression sipUser(QStringLiteral("sips?:([^@;>]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = sipUser.match(callerId);
    return match.hasMatch() ? match.captured(1) : callerId;
}

Result<CallerLookupResult> CallerLookup::lookup(const QString& given) const
{
    const QString callerId = numberIn(given);
    CallerLookupResult result;
    if (isWithheld(callerId)) {
        result.unknownCaller = true;
        return result;
    }
    if (isTooLong(callerId)) {
        result.tooLong = true;
        return result;
    }
    // 1. The whole number, normalised as the phones were when stored.
    if (auto parsed = PhoneNumber::parse(callerId, m_defaultCountry); parsed) {
        auto exact = matchesWhere(QStringLiteral("p.e164 = ?"), {parsed->e164()}, true);
        if (!exact) {
            return exact.error();
        }
        if (!exact->isEmpty()) {
            result.matches = std::move(exact).value();
            return result;
        }
    }
    // 2. Trailing digits, both ways: a stored number ending with the digits
    // that came in, or digits that came in ending with a stored (shorter,
    // local) number after no more than a dialling prefix. Keys are reversed
    // digits, so both are index lookups.
    const QString digits = PhoneNumber::digitsOf(callerId);
    if (digits.size() < kMinimumTrailingDigits) {
        return result;
    }
    const QString key = PhoneNumber::trailingKeyOf(digits);
    QStringList conditions {QStringLiteral("(p.tail_key >= ? AND p.tail_key < ?)")};
    QVariantList values {key, QString(key + QLatin1Char(':'))}; // ':' sorts right after '9'
    QStringList shorter;
    const qsizetype shortest = std::max<qsizetype>(kMinimumTrailingDigits, key.size() - kMaximumPrefixDigits);
    for (qsizetype length = shortest; length < key.size(); ++length) {
        shorter << QStringLiteral("?");
        values << key.left(length);
    }
    if (!shorter.isEmpty()) {
        conditions << QStringLiteral("p.tail_key IN (%1)").arg(shorter.join(QLatin1Char(',')));
    }
    auto trailing = matchesWhere(conditions.join(QLatin1String(" OR ")), values, false);
    if (!trailing) {
        return trailing.error();
    }
    result.matches = std::move(trailing).value();
    return result;
}

} // namespace abonent
