#include "LetterPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace abonent {

namespace {

constexpr qreal kBodyPointSize = 10.5;
constexpr int kResolution = 300;

} // namespace

void LetterPdf::prepareDocument(QTextDocument& document, const QString& html, const QImage& logo)
{
    QFont font(LetterPdf::fontFamily());
    font.setPointSizeF(kBodyPointSize);
    // No ligatures: "fi" must stay two letters for search and copying in the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // Hinting fits glyphs to a screen's pixels; a PDF has none, and running
    // the fonts' hinting programs was the largest cost of a letter.
    font.setHintingPreference(QFont::PreferNoHinting);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 10px; }"
                                                 "p { margin-top: 0px; margin-bottom: 8px; }"
                                                 "td { padding: 2px; }"));
    if (!logo.isNull()) {
        document.addResource(QTextDocument::ImageResource, QUrl(LetterPdf::logoUrl()), logo);
    }
    document.setHtml(html);
}

void LetterPdf::useOffscreenPlatformWhenUnset()
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
}

QPageSize::PageSizeId LetterPdf::defaultPageSize()
{
    const QLocale::Territory territory = QLocale().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada
        || territory == QLocale::Mexico || territory == QLocale::Philippines || territory == QLocale::Chile
        || territory == QLocale::Colombia;
    return letter ? QPageSize::Letter : QPageSize::A4;
}

QString LetterPdf::fontFamily()
{
    static QMutex mutex;
    static QString family;
    QMutexLocker lock(&mutex);
    if (family.isEmpty()) {
        for (const char* file :
             {"AbonentLetterSans-Book.ttf", "AbonentLetterSans-Bold.ttf", "AbonentLetterSans-Oblique.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(file));
            if (id >= 0 && family.isEmpty()) {
                family = QFontDatabase::applicationFontFamilies(id).value(0);
            }
        }
        if (family.isEmpty()) {
            family = QStringLiteral("DejaVu Sans"); // the system's, if the bundled file could not be read
        }
    }
    return family;
}

Result<QByteArray> LetterPdf::render(const QString& html, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("Abonent"));
    writer.setTitle(options.title);
    if (options.pdfA) {
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    }
    writer.setPageLayout(QPageLayout(
        QPageSize(options.pageSize), QPageLayout::Portrait, QMarginsF(22, 16, 18, 18), QPageLayout::Millimeter));
    if (Status painted = paint(html, writer, options); !painted) {
        return painted.error();
    }
    return bytes;
}

Status LetterPdf::paint(const QString& html, QPagedPaintDevice& device, const Options& options)
{
    QTextDocument document;
    // Laid out at the device's resolution, so text measures as it will print.
    document.documentLayout()->setPaintDevice(&device);
    prepareDocument(document, html, options.logo);
    const int resolution = device.logicalDpiY();
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(resolution).size());
    const qreal footerHeight = options.footer ? resolution / 3.0 : 0;
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return makeError(Error::Code::Io, tr("The letter could not be started on the printer or in the file."));
    }
    const qreal bodyHeight = page.height() - footerHeight;
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(0, -index * bodyHeight);
        document.drawContents(&painter, QRectF(0, index * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        if (pages > 1 && options.footer) {
            QFont font(fontFamily());
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.drawText(QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             options.footer(index + 1, pages));
        }
    }
    if (!painter.end()) {
        return makeError(Error::Code::Io, tr("The letter could not be finished on the printer or in the file."));
    }
    return {};
}

QString LetterPdf::plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace abonent
