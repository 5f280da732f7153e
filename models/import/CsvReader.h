#pragma once

#include "TextEncoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace abonent {

// One record as read, with where it began in the file.
struct CsvRecord
{
    int line = 0; // the line the record starts on, from 1
    QStringList fields;
    int tooLongField = -1; // the first of `fields` cut at CsvReader::kMaxFieldLength
    bool tooManyFields = false; // fields after CsvReader::kMaxFields dropped
    bool unclosedQuote = false; // a quote still open at the end of the file
};

// Reads delimited text as spreadsheets write it (RFC 4180 and what Excel
// does beyond it): a field in double quotes may hold the separator, line
// breaks and doubled quotes; lines end in LF, CR LF or CR; blank lines are
// skipped. A quote inside an unquoted field, or text after a closing quote,
// is kept as text. The file is read and decoded in pieces, so its size
// does not matter; a field or a record that would not fit a person's
// screen is cut and marked instead of filling the memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxFieldLength = 1 << 20; // characters
    static constexpr int kMaxFields = 1000;
    static constexpr qint64 kPieceBytes = 1 << 20;

    // Smaller sizes than the reader's own, so that tests and the fuzz
    // target reach a limit, or the end of a piece, with a few bytes of text
    // (each at least 1).
    struct Sizes
    {
        qsizetype maxFieldLength = kMaxFieldLength;
        int maxFields = kMaxFields;
        qint64 pieceBytes = kPieceBytes;
    };

    // Reads `device` from its current position, after `skipBytes` (a byte order mark).
    CsvReader(QIODevice* device, TextEncoding encoding, QChar separator, int skipBytes = 0);
    CsvReader(QIODevice* device, TextEncoding encoding, QChar separator, int skipBytes, const Sizes& sizes);

    // The next record, or false at the end of the file or on a read error.
    bool next(CsvRecord& record);
    // Empty unless reading the device failed.
    QString errorString() const { return m_error; }
    // How far into the file, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    bool hadInvalidBytes() const { return m_decoder.hadInvalidBytes(); }

    // The separator the text's first lines use most consistently: ',' ';' or tab.
    static QChar guessSeparator(const QString& head);
    static QList<QChar> separators();

private:
    bool fill();
    // The next character, reading more when needed; 0 at the end.
    bool peekIs(QChar c);
    // Appends to the field what still fits in it, and marks the record when not all of it does.
    void append(CsvRecord& record, QString& field, QStringView text) const;
    // How many characters from the current position need no attention.
    qsizetype plainRun(bool inQuotes) const;
    void endField(CsvRecord& record, QString& field) const;

    QIODevice* m_device;
    TextDecoder m_decoder;
    QChar m_separator;
    int m_skip;
    qsizetype m_maxFieldLength;
    int m_maxFields;
    qint64 m_pieceBytes;
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_fieldsBefore = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace abonent
