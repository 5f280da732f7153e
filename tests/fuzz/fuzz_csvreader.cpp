// CSV files brought in by the import (CsvReader): whatever a billing system,
// a spreadsheet, a broken export or a hostile sender wrote. The first byte
// chooses how the rest is read:
//
//   bits 0-1  the separator: ',' ';' tab, or (3) guessed from the text as the import does
//   bits 2-4  the encoding: UTF-8, UTF-16LE, UTF-16BE, Windows-1251, Windows-1252,
//             or (5-7) detected from the first bytes as the import does
//   bits 5-7  the pieces of the second and third readings: 1 to 8 bytes
//
// (so '@' 'A' 'B' 'C' read the rest as UTF-8 with ',' ';' tab or a guess).
// The rest is the file. It is read
//   - whole, as the import reads a file; then every record is well formed:
//     at least one field and at most the limit, no field over its limit, a
//     cut field marked by its index, no CR in a field (a line break inside
//     quotes is kept as one LF), lines from 1 and rising, never past the
//     text's last line, an unclosed quote only in the last record, the
//     whole file counted as read and no read error;
//   - in pieces of a few bytes (a character, a CR LF or a doubled quote
//     split between reads): the same records and the same invalid bytes;
//   - in such pieces, with limits of a few characters and fields (1 + size
//     % 7 and 1 + size % 5, size the file's): the same records cut to them,
//     each cut marked;
//   - against libcsv (when the build found it; see differFromLibcsv).
// Then a table made from the same bytes (records split at U+001E, fields
// at U+001F) is written as a simple correct writer does (every field
// quoted, quotes doubled, CR LF, LF or CR after each record) in the chosen
// encoding, and read back: the same table, with line breaks in fields as
// LF, characters the encoding lacks as it writes them, and each record on
// the line it was written on.
#include "CsvReader.h"
#include "FuzzSupport.h"
#include "TextEncoding.h"

#include <QBuffer>

#include <algorithm>
#include <array>
#include <optional>

#ifdef ABONENT_HAVE_LIBCSV
#include <csv.h>
#endif

using namespace abonent;

namespace {

using Sizes = CsvReader::Sizes;

struct Reading
{
    QList<CsvRecord> records;
    bool invalidBytes = false;
    qint64 bytesRead = 0;
    QString error;
};

Reading readBytes(QByteArray bytes, TextEncoding encoding, QChar separator, int skip, const Sizes& sizes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, separator, skip, sizes);
    Reading reading;
    CsvRecord record;
    while (reader.next(record)) {
        reading.records.append(record);
    }
    reading.invalidBytes = reader.hadInvalidBytes();
    reading.bytesRead = reader.bytesRead();
    reading.error = reader.errorString();
    return reading;
}

QString describe(const CsvRecord& record)
{
    // The first fields: enough to see, not a thousand.
    QStringList quoted;
    for (const QString& field : record.fields.first(std::min<qsizetype>(record.fields.size(), 12))) {
        quoted.append(QLatin1Char('[') + field.left(80) + QLatin1Char(']'));
    }
    // One arg() for all: a field's own "%1" stays text.
    return QStringLiteral("line %1, %2 field(s)%3%4%5: %6")
        .arg(QString::number(record.line),
             QString::number(record.fields.size()),
             record.tooLongField >= 0 ? QStringLiteral(", field %1 cut").arg(record.tooLongField) : QString(),
             record.tooManyFields ? QStringLiteral(", fields dropped") : QString(),
             record.unclosedQuote ? QStringLiteral(", quote unclosed") : QString(),
             quoted.join(QLatin1Char(' ')));
}

bool same(const CsvRecord& a, const CsvRecord& b)
{
    return a.line == b.line && a.fields == b.fields && a.tooLongField == b.tooLongField
        && a.tooManyFields == b.tooManyFields && a.unclosedQuote == b.unclosedQuote;
}

void checkSame(const QList<CsvRecord>& got, const QList<CsvRecord>& expected, const char* what)
{
    for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
        if (i >= got.size() || i >= expected.size() || !same(got.at(i), expected.at(i))) {
            QString field;
            if (i < got.size() && i < expected.size()) {
                const QStringList& a = got.at(i).fields;
                const QStringList& b = expected.at(i).fields;
                qsizetype j = 0;
                while (j < a.size() && j < b.size() && a.at(j) == b.at(j)) {
                    ++j;
                }
                field =
                    QStringLiteral(" (field %1: [%2] against [%3])").arg(QString::number(j), a.value(j), b.value(j));
            }
            fuzz::fail(what,
                       QStringLiteral("record %1: read %2; expected %3%4")
                           .arg(QString::number(i),
                                i < got.size() ? describe(got.at(i)) : QStringLiteral("none"),
                                i < expected.size() ? describe(expected.at(i)) : QStringLiteral("none"),
                                field));
        }
    }
}

// Line ends as the reader counts them: CR LF, CR or LF.
int lineEndsIn(QStringView text)
{
    int ends = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n' || (text.at(i) == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n'))) {
            ++ends;
        }
    }
    return ends;
}

// Whether `bytes` are all valid in `encoding`: UTF-8 as a decoder that
// keeps nothing for later finds it (so a character cut off at the end is
// not); UTF-16 in whole code units (Qt's decoder, and so the reader, keeps
// an unpaired surrogate as it is, as Windows does); the bytes the
// Windows code pages leave unassigned.
bool validIn(const QByteArray& bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        Q_UNUSED(text);
        return !decoder.hasError();
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return bytes.size() % 2 == 0;
    case TextEncoding::Windows1251:
        return !bytes.contains('\x98');
    case TextEncoding::Windows1252:
        return std::none_of(bytes.cbegin(), bytes.cend(), [](char byte) {
            const auto value = static_cast<unsigned char>(byte);
            return value == 0x81 || value == 0x8D || value == 0x8F || value == 0x90 || value == 0x9D;
        });
    }
    return true;
}

// A line break inside a field, as the reader keeps it: one LF.
QString withLineFeeds(QString field)
{
    return field.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

// What a reader with `limits` reads of a record read whole: the first
// fields, each cut to the limit, and the first field cut marked.
CsvRecord cut(const CsvRecord& whole, const Sizes& limits)
{
    CsvRecord record = whole;
    if (record.fields.size() > limits.maxFields) {
        record.fields.resize(limits.maxFields);
        record.tooManyFields = true;
    }
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (record.fields.at(i).size() > limits.maxFieldLength) {
            record.fields[i].truncate(limits.maxFieldLength);
            if (record.tooLongField < 0 || record.tooLongField > i) {
                record.tooLongField = int(i);
            }
        }
    }
    return record;
}

QList<CsvRecord> cut(const QList<CsvRecord>& whole, const Sizes& limits)
{
    QList<CsvRecord> records;
    for (const CsvRecord& record : whole) {
        records.append(cut(record, limits));
    }
    return records;
}

// What holds for any file, whatever it holds.
void checkWellFormed(const QList<CsvRecord>& records, int lines, const Sizes& limits)
{
    int previousLine = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        const QString detail = QStringLiteral("record %1: %2").arg(QString::number(i), describe(record));
        fuzz::check(record.line > previousLine, "a record starts before or on the line of the one before", detail);
        fuzz::check(record.line <= lines, "a record starts after the last line", detail);
        previousLine = record.line;
        fuzz::check(!record.fields.isEmpty(), "a record without fields", detail);
        fuzz::check(record.fields.size() <= limits.maxFields, "more fields than the limit", detail);
        fuzz::check(!record.tooManyFields || record.fields.size() == limits.maxFields,
                    "fields dropped from a record under the limit",
                    detail);
        for (const QString& field : record.fields) {
            fuzz::check(field.size() <= limits.maxFieldLength, "a field longer than the limit", detail);
            fuzz::check(!field.contains(u'\r'), "a CR in a field", detail);
        }
        fuzz::check(record.tooLongField >= -1 && record.tooLongField < record.fields.size(),
                    "the field marked as cut is not one of the record's",
                    detail);
        fuzz::check(record.tooLongField < 0 || record.fields.at(record.tooLongField).size() == limits.maxFieldLength,
                    "a field marked as cut is not at the limit",
                    detail);
        fuzz::check(!record.unclosedQuote || i == records.size() - 1, "an unclosed quote before the end", detail);
    }
}

#ifdef ABONENT_HAVE_LIBCSV

// libcsv (Robert Gamble's C library, Debian's libcsv-dev) reading the same
// bytes, with the options closest to the reader's rules:
//   - CSV_STRICT: libcsv refuses a quote inside an unquoted field and
//     anything but a separator, a line end or a doubled quote after a
//     closing quote. Outside that (malformed quoting) the two differ on
//     purpose: libcsv reads "ab"c as ab"c, the reader as abc (the quote
//     closes and the rest is text, as Excel reads it); libcsv also takes a
//     quote followed by spaces and a separator as closing. So only files
//     libcsv accepts in strict mode are compared.
//   - no space characters (csv_set_space_func): libcsv trims spaces and
//     tabs around unquoted fields by default, the reader keeps them (a
//     spreadsheet does, and a tab may be the separator).
//   - line ends: libcsv ends a record at any CR or LF and skips the empty
//     records that follow (so CR LF and blank lines); the reader skips
//     blank lines: the same records. Inside quotes libcsv keeps the bytes,
//     the reader one LF for each CR LF, CR or LF: libcsv's fields are
//     compared with theirs made LF.
//   - an unclosed quote at the end: libcsv says so with CSV_STRICT_FINI
//     (set for csv_fini alone), then csv_fini again without it hands over
//     the field; the reader reads the same field and marks the record.
//   - libcsv has no limits; its records are cut to the reader's.
//   - libcsv reads bytes: only UTF-8 files that are valid UTF-8 are
//     compared, without the byte order mark the reader skips.
// libcsv tells no lines; they are counted here from the bytes fed to it one
// at a time: a record starts at the first byte that is not CR or LF after
// the one before ended.
struct LibcsvReading
{
    QList<CsvRecord> records;
    CsvRecord current;
    bool rowOpen = false;
    int line = 1;
};

// UTF-8 as it is: QString::fromUtf8 would drop a U+FEFF starting a field.
QString fromUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

void libcsvField(void* bytes, size_t size, void* data)
{
    auto* reading = static_cast<LibcsvReading*>(data);
    reading->current.fields.append(
        withLineFeeds(fromUtf8(QByteArrayView(static_cast<const char*>(bytes), static_cast<qsizetype>(size)))));
}

void libcsvRecord(int, void* data)
{
    auto* reading = static_cast<LibcsvReading*>(data);
    reading->records.append(reading->current);
    reading->current = CsvRecord {};
    reading->rowOpen = false;
}

int noSpaces(unsigned char)
{
    return 0;
}

// The records libcsv reads, or nothing when it refuses the file.
std::optional<QList<CsvRecord>> readWithLibcsv(const QByteArray& bytes, char separator)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT) != 0) {
        fuzz::fail("csv_init failed");
    }
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&parser, noSpaces);
    LibcsvReading reading;
    bool refused = false;
    char previous = 0;
    for (const char byte : bytes) {
        if (!reading.rowOpen && byte != '\r' && byte != '\n') {
            reading.rowOpen = true;
            reading.current.line = reading.line;
        }
        if (csv_parse(&parser, &byte, 1, libcsvField, libcsvRecord, &reading) != 1) {
            refused = true;
            break;
        }
        if (byte == '\r' || (byte == '\n' && previous != '\r')) {
            ++reading.line;
        }
        previous = byte;
    }
    if (!refused) {
        csv_set_opts(&parser, CSV_STRICT | CSV_STRICT_FINI);
        if (csv_fini(&parser, libcsvField, libcsvRecord, &reading) != 0) {
            reading.current.unclosedQuote = true;
            csv_set_opts(&parser, CSV_STRICT);
            csv_fini(&parser, libcsvField, libcsvRecord, &reading);
        }
    }
    csv_free(&parser);
    if (refused) {
        return std::nullopt;
    }
    return reading.records;
}

void differFromLibcsv(const QByteArray& file, int skip, QChar separator, const Reading& whole)
{
    QByteArray bytes = file.mid(skip);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3); // the decoder skips a byte order mark too
    }
    if (!validIn(bytes, TextEncoding::Utf8)) {
        return;
    }
    const auto theirs = readWithLibcsv(bytes, char(separator.unicode()));
    if (!theirs) {
        return; // malformed quoting: read differently on purpose
    }
    checkSame(whole.records, cut(*theirs, Sizes {}), "the reader and libcsv differ");
}

#endif

TextEncoding encodingNumber(int n)
{
    static constexpr std::array<TextEncoding, 5> encodings {TextEncoding::Utf8,
                                                            TextEncoding::Utf16LE,
                                                            TextEncoding::Utf16BE,
                                                            TextEncoding::Windows1251,
                                                            TextEncoding::Windows1252};
    return encodings.at(n);
}

// Reads `file` whole, in pieces and with small limits, and checks each.
Reading readEveryWay(const QByteArray& file,
                     TextEncoding encoding,
                     QChar separator,
                     int skip,
                     qint64 piece,
                     const Sizes& small,
                     const QList<CsvRecord>* expected)
{
    TextDecoder decoder(encoding);
    const int lines = 1 + lineEndsIn(decoder.decode(file.mid(skip)));

    // In one piece, as the import reads a file of up to CsvReader::kPieceBytes
    // (without asking the buffer for a whole piece each time, which
    // AddressSanitizer makes slow).
    const Reading whole =
        readBytes(file, encoding, separator, skip, Sizes {.pieceBytes = std::max<qint64>(file.size(), 1)});
    fuzz::check(whole.error.isEmpty(), "a read error", whole.error);
    fuzz::check(whole.bytesRead == file.size(), "not every byte read", QString::number(whole.bytesRead));
    checkWellFormed(whole.records, lines, Sizes {});
    fuzz::check(whole.invalidBytes == !validIn(file.mid(skip), encoding),
                whole.invalidBytes ? "invalid bytes found in a valid file" : "invalid bytes not found");
    if (expected) {
        checkSame(whole.records, *expected, "read back other than written");
    }

    const Reading pieces = readBytes(file, encoding, separator, skip, Sizes {.pieceBytes = piece});
    checkSame(pieces.records, whole.records, "read in pieces other than whole");
    fuzz::check(pieces.invalidBytes == whole.invalidBytes, "invalid bytes found in pieces only, or whole only");

    const Reading limited = readBytes(file, encoding, separator, skip, small);
    fuzz::check(limited.invalidBytes == whole.invalidBytes, "invalid bytes found in pieces only, or whole only");
    checkWellFormed(limited.records, lines, small);
    checkSame(limited.records, cut(whole.records, small), "read with small limits other than cut");
    return whole;
}

// The table the fuzzer's bytes make: records at U+001E, fields at U+001F.
QList<QStringList> tableOf(const QByteArray& bytes)
{
    QList<QStringList> table;
    for (const QString& record : QString::fromUtf8(bytes).split(QChar(0x1E))) {
        table.append(record.split(QChar(0x1F)));
    }
    return table;
}

void roundTrip(const QByteArray& body, int options, qint64 piece, const Sizes& small)
{
    const int encodingChoice = (options >> 2) & 7;
    // Detected: Unicode with a byte order mark.
    const TextEncoding encoding = encodingChoice < 5 ? encodingNumber(encodingChoice)
        : encodingChoice == 5                        ? TextEncoding::Utf8
        : encodingChoice == 6                        ? TextEncoding::Utf16LE
                                                     : TextEncoding::Utf16BE;
    const int separatorChoice = options & 3;
    const QChar separator = separatorChoice < 3 ? CsvReader::separators().at(separatorChoice) : QChar(u'\t');
    static const std::array<QString, 3> terminators {
        QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r")};

    const QList<QStringList> table = tableOf(body);
    QString text;
    QList<CsvRecord> expected;
    int line = 1;
    for (qsizetype i = 0; i < table.size(); ++i) {
        CsvRecord record;
        record.line = line;
        for (qsizetype j = 0; j < table.at(i).size(); ++j) {
            QString field = table.at(i).at(j);
            if (j > 0) {
                text += separator;
            }
            text += QLatin1Char('"') + QString(field).replace(QLatin1String("\""), QLatin1String("\"\""))
                + QLatin1Char('"');
            line += lineEndsIn(field);
            // A Windows code page writes '?' (or U+FFFD's byte) for a character it lacks.
            if (encoding == TextEncoding::Windows1251 || encoding == TextEncoding::Windows1252) {
                field = TextDecoder(encoding).decode(TextEncodings::encode(field, encoding));
            }
            record.fields.append(withLineFeeds(field));
        }
        expected.append(cut(record, Sizes {}));
        // The last line ends or not, as the body's length says.
        if (i + 1 < table.size() || body.size() % 2 == 0) {
            text += terminators.at((i + options) % 3);
            ++line;
        }
    }
    QByteArray file = TextEncodings::encode(text, encoding);
    if (encodingChoice >= 5) {
        static const std::array<QByteArray, 3> marks {
            QByteArray("\xEF\xBB\xBF"), QByteArray("\xFF\xFE"), QByteArray("\xFE\xFF")};
        file.prepend(marks.at(encodingChoice - 5));
    }
    const DetectedEncoding detected = TextEncodings::detect(file);
    const int skip = detected.encoding == encoding ? detected.byteOrderMarkLength : 0;
    if (encodingChoice >= 5) {
        fuzz::check(detected.encoding == encoding && skip > 0, "a byte order mark not recognised");
    }
    if (separatorChoice == 3 && table.first().size() > 1) {
        TextDecoder decoder(encoding);
        fuzz::check(CsvReader::guessSeparator(decoder.decode(file.mid(skip))) == separator,
                    "the separator of a written file guessed wrong");
    }
    readEveryWay(file, encoding, separator, skip, piece, small, &expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const int options = data[0];
    const QByteArray body = fuzz::bytesOf(data + 1, size - 1);
    const qint64 piece = 1 + (options >> 5);
    const Sizes small {
        .maxFieldLength = 1 + body.size() % 7, .maxFields = 1 + int(body.size() % 5), .pieceBytes = piece};

    // As the import chooses: a byte order mark is skipped when it belongs to the encoding read.
    const DetectedEncoding detected = TextEncodings::detect(body);
    const int encodingChoice = (options >> 2) & 7;
    const TextEncoding encoding = encodingChoice < 5 ? encodingNumber(encodingChoice) : detected.encoding;
    const int skip = detected.encoding == encoding ? detected.byteOrderMarkLength : 0;
    QChar separator;
    if ((options & 3) < 3) {
        separator = CsvReader::separators().at(options & 3);
    } else {
        TextDecoder decoder(encoding);
        separator = CsvReader::guessSeparator(decoder.decode(body.mid(skip)));
        fuzz::check(CsvReader::separators().contains(separator), "a separator guessed that is not one");
    }

    const Reading whole = readEveryWay(body, encoding, separator, skip, piece, small, nullptr);
#ifdef ABONENT_HAVE_LIBCSV
    if (encoding == TextEncoding::Utf8) {
        differFromLibcsv(body, skip, separator, whole);
    }
#else
    Q_UNUSED(whole);
#endif

    roundTrip(body, options, piece, small);
    return 0;
}
