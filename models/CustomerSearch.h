#pragma once

#include <QString>
#include <QVariantList>

namespace abonent {

// Turns what a person types into the search box into SQL over the customer
// indexes (schema v3): words match by prefix (name, contract, address,
// e-mail, notes), digit runs of three or more also match anywhere inside a
// contract or phone number, and a query that looks like a phone number is
// matched as one number, also in its national form.
class CustomerSearch
{
public:
    // SQL pieces for a query over `customers c`; values bind in order.
    struct Sql
    {
        QString join; // joins the word index when results are ranked by it
        QVariantList joinValues;
        QString condition; // "1" when the query is empty
        QVariantList conditionValues;
        QString order; // best match first
        QVariantList orderValues;
    };

    static Sql build(const QString& text, const QString& defaultCountry);
    // Whether the text holds anything to search for (one letter is not enough).
    static bool isSearch(const QString& text);
};

} // namespace abonent
