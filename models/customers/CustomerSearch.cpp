#include "CustomerSearch.h"

#include "PhoneNumber.h"
#include "SearchText.h"
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

QString prefixTerm(const QString& token)
{
    return QLatin1Char('"') + token + QLatin1String("\"*");
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

CustomerSearch::Sql CustomerSearch::build(const QString& text, const QString& defaultCountry, Order order)
{
    Sql sql;
    sql.condition = QStringLiteral("1");
    sql.order = QStringLiteral("c.contract_number");
    const QString trimmed = text.trimmed();
    if (!isSearch(trimmed)) {
        return sql;
    }
    const QStringList tokens = tokensOf(SearchText::fold(trimmed));
    const bool onlyDigits = std::all_of(tokens.begin(), tokens.end(), isDigits);

    if (onlyDigits) {
        QStringList likes;
        const QString digits = PhoneNumber::digitsOf(trimmed);
        const bool anyLongRun = std::any_of(
            tokens.begin(), tokens.end(), [](const QString& token) { return token.size() >= kMinimumDigits; });
        // The same rule isSearch() applies: five digits in short runs ("12,345") are one number.
        if (digits.size() >= 5 && (phoneShape().match(trimmed).hasMatch() || !anyLongRun)) {
            // One number typed with spaces, brackets or dashes, perhaps with
            // a trunk or country prefix the stored number lacks.
            likes << QStringLiteral("search_digits LIKE ?");
            sql.conditionValues << digitsLike(digits);
            if (auto parsed = PhoneNumber::parse(trimmed, defaultCountry);
                parsed && parsed->nationalNumber() != digits) {
                likes << QStringLiteral("search_digits LIKE ?");
                sql.conditionValues << digitsLike(parsed->nationalNumber());
            }
            sql.condition = QStringLiteral("c.id IN (SELECT rowid FROM customer_digits WHERE %1)")
                                .arg(likes.join(QLatin1String(" OR ")));
        } else {
            // Parts of numbers: each run of enough digits anywhere in a
            // contract or phone number.
            QStringList conditions;
            for (const QString& token : tokens) {
                if (token.size() >= kMinimumDigits) {
                    conditions << QStringLiteral(
                        "c.id IN (SELECT rowid FROM customer_digits WHERE search_digits LIKE ?)");
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
    QStringList terms;
    for (const QString& token : tokens) {
        if (token.size() >= 2 || isDigits(token)) {
            terms << prefixTerm(token);
        }
    }
    sql.wordMatch = terms.join(QLatin1Char(' '));
    if (order == Order::Broad) {
        // Thousands match: list them in the order the index holds them
        // (the order customers were added), which costs nothing to produce.
        sql.join = QStringLiteral(" JOIN customer_words w ON w.rowid = c.id AND customer_words MATCH ?");
        sql.joinValues << sql.wordMatch;
        sql.order = QStringLiteral("w.rowid");
        return sql;
    }
    // Ranked by relevance (bm25).
    sql.join = QStringLiteral(" JOIN customer_words w ON w.rowid = c.id AND customer_words MATCH ?");
    sql.joinValues << sql.wordMatch;
    sql.order = QStringLiteral("w.rank, c.name, c.id");
    return sql;
}

Result<QSet<qint64>>
CustomerSearch::matchingIds(const QSqlDatabase& db, const QString& text, const QString& defaultCountry)
{
    // Index order: nothing is ranked, so the word index need not be joined.
    const Sql search = build(text, defaultCountry, Order::Broad);
    auto query = sql::select(db,
                             QStringLiteral("SELECT c.id FROM customers c") + search.join + QStringLiteral(" WHERE ")
                                 + search.condition,
                             search.joinValues + search.conditionValues);
    if (!query) {
        return query.error();
    }
    QSet<qint64> ids;
    while (query->next()) {
        ids.insert(query->value(0).toLongLong());
    }
    return ids;
}

} // namespace abonent
