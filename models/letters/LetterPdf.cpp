#include "LetterPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace abonent {

namespace {

constexpr qreal kBodyPointSize = 10.5;
constexpr int kResolution = 300;

// Where a row's text starts and ends in the document, laid out in pages.
struct RowExtent
{
    qreal top = 0;
    qreal bottom = 0;
};

RowExtent extentOf(const QTextTable& table, int row, QAbstractTextDocumentLayout& layout)
{
    RowExtent extent {std::numeric_limits<qreal>::max(), 0};
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        extent.top = std::min(extent.top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top());
        extent.bottom = std::max(extent.bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return extent;
}

// Qt carries a table row over to the next page only when none of its
// cells' first lines fits; otherwise it breaks the cells line by line, and
// a row of the service report starts on one page and ends on the next.
// Padding the row above down to the page's end makes Qt carry the whole
// row over. A row taller than half a page is left to break.
void keepTableRowsWhole(QTextDocument& document, qreal deviceScale)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout& layout = *document.documentLayout();
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table) {
            continue;
        }
        const int firstBody = std::max(1, table->format().headerRowCount());
        for (int row = firstBody; row < table->rows(); ++row) {
            for (int attempt = 0; attempt < 3; ++attempt) {
                const RowExtent extent = extentOf(*table, row, layout);
                const qreal page = std::floor(extent.top / pageHeight);
                if (std::floor((extent.bottom - 1) / pageHeight) == page
                    || extent.bottom - extent.top > pageHeight / 2) {
                    break;
                }
                // One cell is enough: the row is as tall as its tallest cell.
                const qreal push = ((page + 1) * pageHeight - extent.top + 1) / deviceScale;
                QTextTableCell above = table->cellAt(row - 1, 0);
                QTextTableCellFormat format = above.format().toTableCellFormat();
                const qreal padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                    ? format.bottomPadding()
                    : table->format().cellPadding();
                format.setBottomPadding(padding + push);
                above.setFormat(format);
            }
        }
    }
}

// An e-mail address or a phone number broken over two lines is misread:
// the line breaks after a hyphen or at a space inside it. Qt's rich text
// keeps no inline text together ("white-space: nowrap" holds for a whole
// paragraph), so where a line would start inside one, the line is ended
// just before it instead, as a browser does with a word that does not fit.
// Each pass ends the line before the first such place in every paragraph,
// all in one edit: the document is laid out again once a pass, not once a
// break (a long table laid out again for each of its breaks took minutes).
void keepAddressesWhole(QTextDocument& document)
{
    static const QRegularExpression whole(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\+?\\d[\\d ()-]{5,}\\d"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QAbstractTextDocumentLayout& layout = *document.documentLayout();
    for (bool broke = true; broke;) {
        QList<int> breaks;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            layout.blockBoundingRect(block); // lays the block out
            const QTextLayout* lines = block.layout();
            const QString text = block.text();
            bool found = false;
            for (auto matches = whole.globalMatch(text); matches.hasNext() && !found;) {
                const auto match = matches.next();
                const qsizetype start = match.capturedStart();
                if (start > 0 && text.at(start - 1) == QChar::LineSeparator) {
                    continue; // already on a line of its own, and longer than it
                }
                for (int index = 1; index < lines->lineCount() && !found; ++index) {
                    const int lineStart = lines->lineAt(index).textStart();
                    if (lineStart > start && lineStart < match.capturedEnd()) {
                        breaks.append(block.position() + static_cast<int>(start));
                        found = true;
                    }
                }
            }
        }
        broke = !breaks.isEmpty();
        if (broke) {
            QTextCursor cursor(&document);
            cursor.beginEditBlock();
            for (auto at = breaks.crbegin(); at != breaks.crend(); ++at) { // later ones first: positions hold
                cursor.setPosition(*at);
                cursor.insertText(QString(QChar::LineSeparator));
            }
            cursor.endEditBlock();
        }
    }
}

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
    keepAddressesWhole(document);
    if (options.keepTableRowsWhole) {
        keepTableRowsWhole(document, resolution / 96.0); // paddings are given at 96 dots per inch
    }
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
