#pragma once

#include "Actor.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// Who letters come from and how they are numbered and saved: office-wide
// settings, edited by the owner on the Letterhead page.
struct Letterhead
{
    QString companyName;
    QString address;
    QString registration; // registration and tax numbers, one per line
    QString phone;
    QString email;
    QString signatory;
    QString signatoryTitle;
    QByteArray logoPng; // flattened on white: PDF/A allows no transparency
    QString numberPrefix = QStringLiteral("L");
    bool pdfA = false; // save letters as PDF/A-1b
    QString defaultLanguage = QStringLiteral("en");

    // The logo as an image; null when there is none.
    QImage logo() const { return logoPng.isEmpty() ? QImage() : QImage::fromData(logoPng); }

    // Loads the settings; unset ones keep the defaults above.
    static Result<Letterhead> load(const QSqlDatabase& db);
    // Owner only; one transaction with its audit entry.
    static Status save(const QSqlDatabase& db, const Actor& actor, const Letterhead& letterhead);

    // The words a letter in `language` is checked against: the office's own
    // list if it has one, otherwise the shipped one.
    static Result<QString> wordsToAvoid(const QSqlDatabase& db, const QString& language);
    static Status
    setWordsToAvoid(const QSqlDatabase& db, const Actor& actor, const QString& language, const QString& words);
};

class LetterheadTexts
{
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
};

} // namespace abonent
