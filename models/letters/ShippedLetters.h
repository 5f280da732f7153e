#pragma once

#include "DomainTypes.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace abonent {

// The letter templates and lists of words to avoid that Abonent ships, in
// every language it writes letters in. They live in resources/letters.
class ShippedLetters
{
public:
    // Languages letters are written in: English, Russian, Ukrainian.
    static QStringList languages();
    // The shipped HTML of a template; empty for a language not shipped.
    static QString body(LetterKind kind, const QString& language);
    // Words and phrases a courteous letter should not contain, one per line;
    // a line ending in * matches every word that starts with it.
    static QString wordsToAvoid(const QString& language);
    // Version 1 of every shipped template, for a new database.
    static Status insertInto(const QSqlDatabase& db);
    // A new version of every shipped template whose text this build revised,
    // where the office still uses the shipped text; an office's own edits stay.
    static Status reviseIn(const QSqlDatabase& db);
};

} // namespace abonent
