#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>

namespace abonent {

namespace {

constexpr QChar kQuote = u'"';

} // namespace

CsvReader::CsvReader(QIODevice* device, TextEncoding encoding, QChar separator, int skipBytes)
    : CsvReader(device, encoding, separator, skipBytes, Sizes {})
{
}

CsvReader::CsvReader(QIODevice* device, TextEncoding encoding, QChar separator, int skipBytes, const Sizes& sizes)
    : m_device(device)
    , m_decoder(encoding)
    , m_separator(separator)
    , m_skip(skipBytes)
    , m_maxFieldLength(std::max<qsizetype>(sizes.maxFieldLength, 1))
    , m_maxFields(std::max(sizes.maxFields, 1))
    , m_pieceBytes(std::max<qint64>(sizes.pieceBytes, 1))
{
}

QList<QChar> CsvReader::separators()
{
    return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
}

bool CsvReader::fill()
{
    if (m_atEnd) {
        return false;
    }
    QByteArray bytes = m_device->read(m_pieceBytes);
    QString text;
    if (bytes.isEmpty()) {
        // Nothing read before the end: the device failed.
        if (!m_device->atEnd()) {
            m_error = m_device->errorString();
        }
        m_atEnd = true;
        // A last character cut off.
        text = m_decoder.finish();
        if (text.isEmpty()) {
            return false;
        }
    } else {
        m_bytesRead += bytes.size();
        if (m_skip > 0) {
            const int skipped = std::min<int>(m_skip, bytes.size());
            bytes.remove(0, skipped);
            m_skip -= skipped;
        }
        text = m_decoder.decode(bytes);
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += text;
    return true;
}

bool CsvReader::peekIs(QChar c)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill()) {
            return false;
        }
    }
    return m_buffer.at(m_pos) == c;
}

void CsvReader::append(CsvRecord& record, QString& field, QStringView text) const
{
    const qsizetype room = m_maxFieldLength - field.size();
    if (text.size() > room) {
        // Only a field the record keeps is named: one past the last kept is dropped whole.
        if (record.tooLongField < 0 && record.fields.size() < m_maxFields) {
            record.tooLongField = int(record.fields.size());
        }
        text = text.first(std::max<qsizetype>(room, 0));
    }
    field.append(text);
}

qsizetype CsvReader::plainRun(bool inQuotes) const
{
    // Characters that mean nothing but themselves, up to the next one that
    // may: a quote, a line break, or outside quotes the separator.
    qsizetype end = m_pos;
    const QChar* text = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (end < size) {
        const QChar c = text[end];
        if (c == kQuote || c == u'\r' || c == u'\n' || (!inQuotes && c == m_separator)) {
            break;
        }
        ++end;
    }
    return end - m_pos;
}

void CsvReader::endField(CsvRecord& record, QString& field) const
{
    if (record.fields.size() >= m_maxFields) {
        record.tooManyFields = true;
    } else {
        record.fields.append(field);
    }
    field.clear();
}

bool CsvReader::next(CsvRecord& record)
{
    record = CsvRecord {};
    record.fields.reserve(m_fieldsBefore); // most records have as many fields as the one before
    record.line = m_line;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false; // the field began with a quote
    bool started = false; // anything of this record read
    while (true) {
        // A piece may add no text (a byte order mark alone, half a character).
        while (m_pos >= m_buffer.size() && fill()) { }
        if (m_pos >= m_buffer.size()) {
            if (!started) {
                return false;
            }
            record.unclosedQuote = inQuotes;
            endField(record, field);
            m_fieldsBefore = record.fields.size();
            return true;
        }
        // Text in one piece rather than a character at a time (most of a file).
        if (const qsizetype run = plainRun(inQuotes); run > 0) {
            append(record, field, QStringView(m_buffer).sliced(m_pos, run));
            m_pos += run;
            started = true;
            continue;
        }
        const QChar c = m_buffer.at(m_pos++);
        started = true;
        if (inQuotes) {
            if (c == kQuote) {
                if (peekIs(kQuote)) {
                    ++m_pos;
                    append(record, field, QStringView(&kQuote, 1));
                } else {
                    inQuotes = false;
                }
            } else {
                // A line break inside a field is kept as one LF.
                if (c == u'\r' && peekIs(u'\n')) {
                    ++m_pos;
                }
                ++m_line;
                append(record, field, u"\n");
            }
            continue;
        }
        if (c == m_separator) {
            endField(record, field);
            fieldQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && peekIs(u'\n')) {
                ++m_pos;
            }
            ++m_line;
            if (record.fields.isEmpty() && field.isEmpty() && !fieldQuoted) {
                // A blank line.
                record.line = m_line;
                started = false;
                continue;
            }
            endField(record, field);
            m_fieldsBefore = record.fields.size();
            return true;
        } else if (field.isEmpty() && !fieldQuoted) {
            inQuotes = true; // a quote opening the field
            fieldQuoted = true;
        } else {
            append(record, field, QStringView(&c, 1)); // a quote inside the text is text
        }
    }
}

QChar CsvReader::guessSeparator(const QString& head)
{
    // Separators per line outside quotes, over the first lines; the last
    // line may be cut short and is left out.
    constexpr int kLines = 20;
    QChar best = QLatin1Char(',');
    int bestConsistent = 0;
    int bestCount = 0;
    for (const QChar separator : separators()) {
        QList<int> counts {0};
        bool inQuotes = false;
        for (qsizetype i = 0; i < head.size() && counts.size() <= kLines; ++i) {
            const QChar c = head.at(i);
            if (c == kQuote) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == separator) {
                ++counts.last();
            } else if (!inQuotes && c == u'\n') {
                counts.append(0);
            }
        }
        if (counts.size() > 1) {
            counts.removeLast();
        }
        const int header = counts.first();
        if (header == 0) {
            continue;
        }
        const int consistent = int(std::count(counts.cbegin(), counts.cend(), header));
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestCount)) {
            best = separator;
            bestConsistent = consistent;
            bestCount = header;
        }
    }
    return best;
}

} // namespace abonent
