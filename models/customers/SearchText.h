#pragma once

#include "Entities.h"

#include <QString>
#include <QStringList>

namespace abonent {

// What the customer search indexes, and how text is folded so that a search
// finds "Ёлкин" as "елкин" (MEASURED §6: SQLite's tokenizer folds case and
// accents but keeps ё and е apart). Stored text and queries go through the
// same folding.
class SearchText
{
public:
    // Lower case, ё → е. Other letters, й included, stay as they are.
    static QString fold(const QString& text);

    // Words: name, contract number, address, e-mail and notes.
    static QString wordsOf(const Customer& customer);
    // Digit strings: the contract number's digits and every phone's national
    // and international digits, for "part of a number" search.
    static QString digitsOf(const Customer& customer);

    // The full-text indexes of the words and of the digits (schema version 3).
    static QString wordIndex() { return QStringLiteral("customer_words"); }
    static QString digitIndex() { return QStringLiteral("customer_digits"); }
};

} // namespace abonent
