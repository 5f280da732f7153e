#include "CustomerSearch.h"

#include "PhoneNumber.h"
#include "SearchText.h"

#include <QRegularExpression>
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
    for (const QString& token : tokensOf(SearchText::fold(text))) {
        if (token.size() >= 2) {
            return true;
        }
    }
    return false;
}

CustomerSearch::Sql CustomerSearch::build(const QString& text, const QString& defaultCountry)
{
    Sql sql;
    sql.condition = QStringLiteral("1");
    sql.order = QStringLiteral("c.name, c.id");
    const QString trimmed = text.trimmed();
    if (!isSearch(trimmed)) {
        return sql;
    }
    // An exact contract number always comes first.
    const QString exactContract = QStringLiteral("(c.contract_number = ?) DESC, ");

    const QString digits = PhoneNumber::digitsOf(trimmed);
    if (phoneShape().match(trimmed).hasMatch() && digits.size() >= 5) {
        // One number, typed with spaces, brackets or dashes, perhaps with a
        // trunk or country prefix the stored number lacks.
        QStringList alternatives{digits};
        if (auto parsed = PhoneNumber::parse(trimmed, defaultCountry); parsed && !alternatives.contains(parsed->nationalNumber())) {
            alternatives << parsed->nationalNumber();
        }
        QStringList likes;
        for (const QString& alternative : alternatives) {
            likes << QStringLiteral("search_digits LIKE ?");
            sql.conditionValues << digitsLike(alternative);
        }
        sql.condition = QStringLiteral("c.id IN (SELECT rowid FROM customer_digits WHERE %1)").arg(likes.join(QLatin1String(" OR ")));
        sql.order = exactContract + QStringLiteral("c.name, c.id");
        sql.orderValues << trimmed;
        return sql;
    }

    QStringList wordTerms;
    QStringList conditions;
    int longestWord = 0;
    for (const QString& token : tokensOf(SearchText::fold(trimmed))) {
        if (token.size() < 2) {
            continue; // one letter would match half the base
        }
        if (isDigits(token) && token.size() >= 3) {
            // Part of a number (contract, phone) or a word starting with these digits.
            conditions << QStringLiteral("(c.id IN (SELECT rowid FROM customer_digits WHERE search_digits LIKE ?)"
                                         " OR c.id IN (SELECT rowid FROM customer_words WHERE customer_words MATCH ?))");
            sql.conditionValues << digitsLike(token) << prefixTerm(token);
            continue;
        }
        wordTerms << prefixTerm(token);
        longestWord = std::max(longestWord, static_cast<int>(token.size()));
    }

    if (!wordTerms.isEmpty()) {
        const QString match = wordTerms.join(QLatin1Char(' '));
        if (longestWord >= 3) {
            // Ranked by relevance; below three letters ranking would weigh
            // most of the base for little gain (MEASURED §7), so it is by name.
            sql.join = QStringLiteral(" JOIN customer_words w ON w.rowid = c.id AND customer_words MATCH ?");
            sql.joinValues << match;
            sql.order = exactContract + QStringLiteral("w.rank, c.name, c.id");
        } else {
            conditions.prepend(QStringLiteral("c.id IN (SELECT rowid FROM customer_words WHERE customer_words MATCH ?)"));
            sql.conditionValues.prepend(match);
            sql.order = exactContract + QStringLiteral("c.name, c.id");
        }
    } else {
        sql.order = exactContract + QStringLiteral("c.name, c.id");
    }
    sql.orderValues << trimmed;
    if (!conditions.isEmpty()) {
        sql.condition = conditions.join(QLatin1String(" AND "));
    }
    return sql;
}

} // namespace abonent
