#include "CustomerSearch.h"

#include "PhoneNumber.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace abonent {

namespace {

// What may surround the digits of a phone number typed in full.
const QRegularExpression& phoneShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[\\d\\s().\\-/]+$"));
    return shape;
}

// The digits of contract and phone numbers, indexed for substring search.
const QString kDigitIndex = QStringLiteral("customer_digits");
const QString kDigitColumn = QStringLiteral("search_digits");

bool isDigits(const QString& token)
{
    for (const QChar ch : token) {
        if (!ch.isDigit()) {
            return false;
        }
    }
    return !token.isEmpty();
}

// Tokens as SQLite's unicode61 tokenizer sees them: runs of letters and digits.
QStringList tokensOf(const QString& folded)
{
    QStringList tokens;
    QString current;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            current += ch;
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        tokens << current;
    }
    return tokens;
}

QString digitsLike(const QString& digits)
{
    return QLatin1Char('%') + digits + QLatin1Char('%');
}

} // namespace

bool CustomerSearch::isSearch(const QString& text)
{
    const QStringList tokens = tokensOf(SearchText::fold(text));
    if (std::all_of(tokens.begin(), tokens.end(), isDigits)) {
        // Three digits are in thousands of phone numbers; four begin to tell.
        return std::any_of(
                   tokens.begin(), tokens.end(), [](const QString& token) { return token.size() >= kMinimumDigits; })
            || PhoneNumber::digitsOf(text).size() >= 5;
    }
    return std::any_of(tokens.begin(), tokens.end(), [](const QString& token) { return token.size() >= 2; });
}

CustomerSearch::Sql
CustomerSearch::build(const SqlDialect& dialect, const QString& text, const QString& defaultCountry, Order order)
{
    Sql sql;
    sql.condition = QStringLiteral("true");
    sql.order = QStringLiteral("c.contract_number");
    const QString trimmed = text.trimmed();
    if (!isSearch(trimmed)) {
        return sql;
    }
    const QStringList tokens = tokensOf(SearchText::fold(trimmed));
    const bool onlyDigits = std::all_of(tokens.begin(), tokens.end(), isDigits);

    if (onlyDigits) {
        const QString digits = PhoneNumber::digitsOf(trimmed);
        const bool anyLongRun = std::any_of(
            tokens.begin(), tokens.end(), [](const QString& token) { return token.size() >= kMinimumDigits; });
        // The same rule isSearch() applies: five digits in short runs ("12,345") are one number.
        if (digits.size() >= 5 && (phoneShape().match(trimmed).hasMatch() || !anyLongRun)) {
            // One number typed with spaces, brackets or dashes, perhaps with
            // a trunk or country prefix the stored number lacks.
            sql.conditionValues << digitsLike(digits);
            if (auto parsed = PhoneNumber::parse(trimmed, defaultCountry);
                parsed && parsed->nationalNumber() != digits) {
                sql.conditionValues << digitsLike(parsed->nationalNumber());
            }
            sql.condition = QStringLiteral("c.id IN (%1)")
                                .arg(dialect.substringMatchRows(kDigitIndex, kDigitColumn, sql.conditionValues.size()));
        } else {
            // Parts of numbers: each run of enough digits anywhere in a
            // contract or phone number.
            QStringList conditions;
            for (const QString& token : tokens) {
                if (token.size() >= kMinimumDigits) {
                    conditions
                        << QStringLiteral("c.id IN (%1)").arg(dialect.substringMatchRows(kDigitIndex, kDigitColumn));
                    sql.conditionValues << digitsLike(token);
                }
            }
            if (conditions.isEmpty()) {
                return sql; // "12": too short to mean anything on its own
            }
            sql.condition = conditions.join(QLatin1String(" AND "));
        }
        // Contract order, which the contract index gives without sorting.
        sql.order = QStringLiteral("c.contract_number");
        return sql;
    }

    // Words, with any numbers among them (a house or flat number), all by prefix.
    QStringList prefixes;
    for (const QString& token : tokens) {
        if (token.size() >= 2 || isDigits(token)) {
            prefixes << token;
        }
    }
    sql.wordMatch = dialect.wordPrefixQuery(prefixes);
    sql.join = dialect.wordIndexJoin(QStringLiteral("customer_words"), QStringLiteral("w"), QStringLiteral("c.id"));
    sql.joinValues << sql.wordMatch;
    if (order == Order::Broad) {
        // Thousands match: list them in the order the index holds them
        // (the order customers were added), which costs nothing to produce.
        sql.order = dialect.wordIndexOrder(QStringLiteral("w"));
        return sql;
    }
    // Ranked by relevance.
    sql.order = dialect.wordRankOrder(QStringLiteral("w")) + QStringLiteral(", c.name, c.id");
    sql.orderValues = dialect.wordRankValues(sql.wordMatch);
    return sql;
}

Result<QSet<qint64>>
CustomerSearch::matchingIds(const QSqlDatabase& db, const QString& text, const QString& defaultCountry)
{
    // Index order: nothing is ranked, so the word index need not be joined.
    const Sql search = build(SqlDialect::of(db), text, defaultCountry, Order::Broad);
    return sql::idSet(db,
                      QStringLiteral("SELECT c.id FROM customers c") + search.join + QStringLiteral(" WHERE ")
                          + search.condition,
                      search.joinValues + search.conditionValues);
}

} // namespace abonent
