#include "Csv.h"

#include <QAbstractItemModel>
#include <QRegularExpression>

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

QString Csv::guarded(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
    static const QString starts = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !starts.contains(text.front()) || number.match(text).hasMatch()) {
        return text;
    }
    return QLatin1Char('\'') + text;
}

QString Csv::unguarded(const QString& text)
{
    if (text.size() < 2 || text.front() != QLatin1Char('\'')) {
        return text;
    }
    const QString original = text.mid(1);
    return guarded(original) == text ? original : text;
}

QString Csv::record(QStringList fields, const CsvFormat& format)
{
    if (format.guardFormulas) {
        for (QString& field : fields) {
            field = guarded(field);
        }
    }
    return line(fields, format.separator);
}

QByteArray Csv::start(const CsvFormat& format)
{
    return format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray Csv::document(const QStringList& header, const QList<QStringList>& rows, const CsvFormat& format)
{
    QString text = line(header, format.separator);
    for (const QStringList& row : rows) {
        text += record(row, format);
    }
    return start(format) + text.toUtf8();
}

QByteArray Csv::fromModel(const QAbstractItemModel& model, int role, const CsvFormat& format)
{
    const auto valueOf = [](const QVariant& special, const QVariant& shown) {
        return (special.isValid() ? special : shown).toString();
    };
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        header << valueOf(model.headerData(column, Qt::Horizontal, role), model.headerData(column, Qt::Horizontal));
    }
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            fields << valueOf(index.data(role), index.data(Qt::DisplayRole));
        }
        rows << fields;
    }
    return document(header, rows, format);
}

} // namespace abonent
