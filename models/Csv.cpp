#include "Csv.h"

namespace abonent {

QString Csv::field(const QString& text, QChar separator)
{
    const bool quoted = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quoted) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::line(const QStringList& fields, QChar separator)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& text : fields) {
        escaped << field(text, separator);
    }
    return escaped.join(separator) + QLatin1String("\r\n");
}

QByteArray Csv::document(const QStringList& header, const QList<QStringList>& rows, const CsvFormat& format)
{
    QString text = line(header, format.separator);
    for (const QStringList& row : rows) {
        text += line(row, format.separator);
    }
    return (format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace abonent
