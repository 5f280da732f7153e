#include "LetterOutput.h"

#include "ExportFile.h"
#include "FileOutput.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace abonent {

namespace {

void setUpPrinter(QPrinter& printer, const QString& title)
{
    printer.setDocName(title);
    printer.setPageLayout(QPageLayout(QPageSize(LetterPdf::defaultPageSize()),
                                      QPageLayout::Portrait,
                                      QMarginsF(22, 16, 18, 18),
                                      QPageLayout::Millimeter));
}

} // namespace

LetterOutput::LetterOutput(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<LetterOutput::Printable> LetterOutput::printable(const IssuedLetter& letter) const
{
    auto content = LetterService(m_db).contentOf(letter.id);
    if (!content) {
        return content.error();
    }
    auto letterhead = Letterhead::load(m_db);
    if (!letterhead) {
        return letterhead.error();
    }
    const QString title = QStringLiteral("%1 %2").arg(labelOf(letter.kind), letter.number);
    return Printable {content.value(), LetterService::pdfOptions(letterhead.value(), title, letter.number)};
}

Status LetterOutput::print(QWidget* parent, const IssuedLetter& letter) const
{
    auto source = printable(letter);
    if (!source) {
        return source.error();
    }
    return printDocument(parent, source->content, source->options);
}

Status LetterOutput::printDocument(QWidget* parent, const QString& html, const LetterPdf::Options& options)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, options.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(options.title));
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return LetterPdf::paint(html, printer, options);
}

Status LetterOutput::preview(QWidget* parent, const IssuedLetter& letter) const
{
    auto source = printable(letter);
    if (!source) {
        return source.error();
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, source->options.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Letter %1").arg(letter.number));
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        painted = LetterPdf::paint(source->content, *target, source->options);
    });
    dialog.exec();
    return painted;
}

Status LetterOutput::savePdf(QWidget* parent, const IssuedLetter& letter) const
{
    auto pdf = LetterService(m_db).pdfOf(letter.id);
    if (!pdf) {
        return pdf.error();
    }
    saveDocument(parent, pdf.value(), letter.fileName());
    return {};
}

void LetterOutput::saveDocument(QWidget* parent, const QByteArray& pdf, const QString& fileName)
{
    ExportFile::save(parent, tr("Save as PDF"), fileName, tr("PDF documents (*.pdf)"), [&pdf](const QString& path) {
        const Status written = FileOutput::write(path, pdf);
        return written ? QString() : written.errorString();
    });
}

} // namespace abonent
