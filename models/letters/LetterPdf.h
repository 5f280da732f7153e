#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace abonent {

// Turns a letter's HTML into PDF with the fonts Abonent bundles (DejaVu
// Sans cut to the characters letters use, named Abonent Letter Sans;
// embedded, so Cyrillic prints the same on every machine). Needs a
// QGuiApplication: fonts live there.
class LetterPdf
{
    Q_DECLARE_TR_FUNCTIONS(LetterPdf)

public:
    struct Options
    {
        QString title; // the PDF's title
        QImage logo; // what the letterhead's image shows, if any
        bool pdfA = false; // PDF/A-1b (Qt 6.4: QPdfWriter::setPdfVersion)
        QPageSize::PageSizeId pageSize = defaultPageSize();
        // Printed under every page when the document runs to more than one:
        // the line for a page (from 1) of so many.
        std::function<QString(int page, int pages)> footer;
        // Carry a table row that would break across pages over whole (a
        // letter's tables); each row moved lays the document out again, so
        // long internal documents (the case file) leave it off.
        bool keepTableRowsWhole = false;
    };

    // For programs that only write files (a command, a benchmark): without a
    // platform chosen, run on the offscreen one, so no display is needed.
    // Call before the QGuiApplication exists. Windows' own platform needs no
    // display, so it is left alone there.
    static void useOffscreenPlatformWhenUnset();
    // A4, or US Letter where the locale's country uses it.
    static QPageSize::PageSizeId defaultPageSize();
    // The family name letters are set in; registers the bundled fonts once.
    static QString fontFamily();
    // The URL letter HTML uses for the letterhead's logo.
    static QString logoUrl() { return QStringLiteral("abonent-letterhead:logo"); }

    static Result<QByteArray> render(const QString& html, const Options& options);
    // Lays the letter out on any paged device (a printer) with its own page
    // layout; render() does the same into a PDF.
    static Status paint(const QString& html, QPagedPaintDevice& device, const Options& options);
    // The letter as a document for a screen preview (fonts, logo, styles as printed).
    static void prepareDocument(QTextDocument& document, const QString& html, const QImage& logo);
    // The letter's text as the PDF will carry it (what the politeness check reads).
    static QString plainText(const QString& html);
};

} // namespace abonent
