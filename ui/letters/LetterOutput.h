#pragma once

#include "LetterService.h"

#include <QCoreApplication>

class QWidget;

namespace abonent {

// A registered letter on its way out: to a printer (its frozen content laid
// out as in the PDF), to a print preview, or saved as the very PDF the
// register holds, so the file's SHA-256 is the one on record.
class LetterOutput
{
    Q_DECLARE_TR_FUNCTIONS(LetterOutput)

public:
    explicit LetterOutput(const QSqlDatabase& db);

    // Each returns an error to show, or nothing (also when the person cancels).
    // Saving says itself where a file cannot be written, and asks again.
    Status print(QWidget* parent, const IssuedLetter& letter) const;
    Status preview(QWidget* parent, const IssuedLetter& letter) const;
    Status savePdf(QWidget* parent, const IssuedLetter& letter) const;

    // Any document Abonent lays out the way it lays out letters (the case file).
    static Status printDocument(QWidget* parent, const QString& html, const LetterPdf::Options& options);
    static void saveDocument(QWidget* parent, const QByteArray& pdf, const QString& fileName);

private:
    struct Printable
    {
        QString content;
        LetterPdf::Options options;
    };
    Result<Printable> printable(const IssuedLetter& letter) const;

    QSqlDatabase m_db;
};

} // namespace abonent
