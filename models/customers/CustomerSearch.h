#pragma once

#include "Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace abonent {

class SqlDialect;

// Turns what a person types into the search box into SQL over the customer
// indexes (schema v3):
// - words match by prefix in name, contract, address, e-mail and notes, with
//   any numbers typed among them ("Lenina 12") as prefixes too; ranked by
//   relevance, or for thousands of matches in the order of the index;
// - four or more digits alone match anywhere inside contract and phone
//   numbers ("4571");
// - something shaped like a phone number matches as one number, also in its
//   national form ("8 (916) 555-12-34" finds +79165551234).
class CustomerSearch
{
public:
    // SQL pieces for a query over `customers c`; values bind in order.
    struct Sql
    {
        // join, condition and order, in that order, each with its values
        QString join; // joins the word index when results are ranked by it
        QVariantList joinValues;
        QString condition; // "1" when the query is empty
        QVariantList conditionValues;
        QString order; // best match first
        QVariantList orderValues;
        // The word query, to count its matches before choosing how to order them.
        QString wordMatch;
    };

    // Above this many word matches, ranking by relevance costs more than it
    // tells (MEASURED §7): such a broad search is listed in index order.
    static constexpr int kRankedMatchLimit = 1000;
    // Fewer digits than this are no search on their own.
    static constexpr int kMinimumDigits = 4;

    enum class Order { Relevance, Broad };
    static Sql build(const SqlDialect& dialect,
                     const QString& text,
                     const QString& defaultCountry,
                     Order order = Order::Relevance);
    // Whether the text holds anything to search for: two letters, or four
    // digits, or a whole phone number. (An exact contract number is looked up
    // by the list itself and shown first.)
    static bool isSearch(const QString& text);

    // Every customer the text finds, unordered: for views that filter their
    // own rows with the same search as the customer list.
    static Result<QSet<qint64>> matchingIds(const QSqlDatabase& db, const QString& text, const QString& defaultCountry);
};

} // namespace abonent
