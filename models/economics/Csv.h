#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace abonent {

// Comma- or semicolon-separated values as RFC 4180 writes them: a field with
// the separator, a quote or a line break is quoted, quotes doubled; lines end
// with CR LF. Excel in many locales wants ';' and, to read UTF-8, a byte order mark.
struct CsvFormat
{
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;
    // For spreadsheets: a text that starts like a formula (=, +, -, @, a tab
    // or a carriage return) gets a leading apostrophe, so a customer named
    // "=HYPERLINK(…)" stays text; numbers such as -12.50 stay numbers.
    bool guardFormulas = false;
};

class Csv
{
public:
    static QString field(const QString& text, QChar separator);
    static QString line(const QStringList& fields, QChar separator);
    // `text`, with an apostrophe in front when a spreadsheet would take it for a formula.
    static QString guarded(const QString& text);
    // What guarded() was given, for a text it wrote; any other text as it is.
    static QString unguarded(const QString& text);
    // One line of a file in `format` (formulas guarded if it says so), for
    // files written a line at a time.
    static QString record(QStringList fields, const CsvFormat& format);
    // What the file starts with: the byte order mark, if the format has one.
    static QByteArray start(const CsvFormat& format);
    // The whole file, UTF-8.
    static QByteArray document(const QStringList& header, const QList<QStringList>& rows, const CsvFormat& format);
    // A table model's rows in its order (a sorting proxy's, say): values and
    // headers under `role` where the model gives them, else as displayed.
    static QByteArray fromModel(const QAbstractItemModel& model, int role, const CsvFormat& format);
};

} // namespace abonent
