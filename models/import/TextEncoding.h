#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace abonent {

// The encodings spreadsheets and billing systems write text files in.
// Windows-1251 and -1252 are decoded from their own tables: Qt reaches
// them only through ICU, which Qt builds on Windows may lack.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1251, Windows1252 };

// What the first bytes of a file say about its encoding.
struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int byteOrderMarkLength = 0; // bytes to skip
};

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)

public:
    // A byte order mark decides; else valid UTF-8 is UTF-8, zero bytes in
    // every other place are UTF-16, and other 8-bit text is Windows-1251
    // when its letters stand together as Cyrillic words do, else -1252.
    static DetectedEncoding detect(const QByteArray& head);
    // Stable names, as a mapping file and the command line write them.
    static QString nameOf(TextEncoding encoding);
    static std::optional<TextEncoding> fromName(const QString& name);
    // As a person reads it in a list: "Windows-1251 (Cyrillic)".
    static QString labelOf(TextEncoding encoding);
    static QList<TextEncoding> all();
    // Whole text in an encoding: what tests and fixtures write.
    static QByteArray encode(const QString& text, TextEncoding encoding);
};

// Decodes a file piece by piece; a character split between two pieces is
// kept for the next one.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    QString decode(const QByteArray& bytes);
    // At the end of the file: a character cut off by it (bytes kept for a
    // next piece that never came) as U+FFFD, and counted as invalid.
    QString finish();
    // True once some bytes were not valid in the encoding (shown as U+FFFD).
    bool hadInvalidBytes() const;

private:
    TextEncoding m_encoding;
    std::optional<QStringDecoder> m_decoder; // the Unicode encodings
    QByteArray m_unfinished; // the start of a character, for the next piece
    bool m_started = false; // text decoded: a byte order mark now is a character
    bool m_invalid = false;
};

} // namespace abonent
