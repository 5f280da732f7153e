#include "TextEncoding.h"

#include <array>

namespace abonent {

namespace {

using HighHalf = std::array<char16_t, 128>;

// Bytes 0x80–0xFF of Windows-1251; 0x98 is unassigned.
constexpr HighHalf kWindows1251 = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

// Windows-1252 is Latin-1 except for 0x80–0x9F; five of those are unassigned.
constexpr std::array<char16_t, 32> kWindows1252Low = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

char16_t fromHighByte(unsigned char byte, TextEncoding encoding)
{
    if (encoding == TextEncoding::Windows1251) {
        return kWindows1251[byte - 0x80];
    }
    return byte < 0xA0 ? kWindows1252Low[byte - 0x80] : char16_t(byte);
}

std::optional<QStringConverter::Encoding> unicodeOf(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringConverter::Utf8;
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncoding::Windows1251:
    case TextEncoding::Windows1252:
        break;
    }
    return std::nullopt;
}

// Whether `head` is UTF-8, forgiving a character cut off at its end.
bool isUtf8(const QByteArray& head)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    qsizetype end = head.size();
    // Drop a last character that is incomplete: at most three bytes back.
    for (qsizetype back = 1; back <= 3 && back <= head.size(); ++back) {
        const auto byte = static_cast<unsigned char>(head.at(head.size() - back));
        if (byte >= 0xC0) {
            const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            if (length > back) {
                end = head.size() - back;
            }
            break;
        }
        if (byte < 0x80) {
            break;
        }
    }
    // The text is decoded only when converted to a QString.
    const QString decoded = decoder.decode(QByteArrayView(head.constData(), end));
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// How many bytes at the end of `bytes` start a character that the next
// bytes may finish: an odd byte of UTF-16; in UTF-8 a lead byte followed
// only by fewer continuation bytes than it announces (as Qt's decoder
// waits for them: a lead byte that can start no character, C0, C1 or F5
// to FF, is invalid at once).
qsizetype unfinishedTail(const QByteArray& bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        return bytes.size() % 2;
    }
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if (byte >= 0x80 && byte <= 0xBF) {
            continue; // a continuation byte
        }
        if (byte < 0xC2 || byte > 0xF4) {
            return 0;
        }
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return back < length ? back : 0;
    }
    return 0;
}

} // namespace

DetectedEncoding TextEncodings::detect(const QByteArray& head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        return {TextEncoding::Utf8, 3};
    }
    if (head.startsWith("\xFF\xFE")) {
        return {TextEncoding::Utf16LE, 2};
    }
    if (head.startsWith("\xFE\xFF")) {
        return {TextEncoding::Utf16BE, 2};
    }
    // UTF-16 without a mark: ASCII text has a zero byte beside every character.
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '\0') {
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
        }
    }
    const qsizetype pairs = head.size() / 2;
    if (pairs > 0 && zeroOdd * 3 > pairs && zeroEven * 10 < pairs) {
        return {TextEncoding::Utf16LE, 0};
    }
    if (pairs > 0 && zeroEven * 3 > pairs && zeroOdd * 10 < pairs) {
        return {TextEncoding::Utf16BE, 0};
    }
    if (isUtf8(head)) {
        return {TextEncoding::Utf8, 0};
    }
    // Cyrillic words are runs of bytes 0xC0–0xFF; Western text has an
    // accented letter here and there between ASCII ones.
    qsizetype high = 0;
    qsizetype together = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto byte = static_cast<unsigned char>(head.at(i));
        if (byte >= 0xC0) {
            ++high;
            if (i > 0 && static_cast<unsigned char>(head.at(i - 1)) >= 0xC0) {
                ++together;
            }
        }
    }
    return {high > 0 && together * 2 >= high ? TextEncoding::Windows1251 : TextEncoding::Windows1252, 0};
}

QString TextEncodings::nameOf(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1251:
        return QStringLiteral("windows-1251");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> TextEncodings::fromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (TextEncoding encoding : all()) {
        if (nameOf(encoding) == wanted) {
            return encoding;
        }
    }
    // The other names these go by.
    if (wanted == QLatin1String("utf8")) {
        return TextEncoding::Utf8;
    }
    if (wanted == QLatin1String("utf-16") || wanted == QLatin1String("utf16") || wanted == QLatin1String("unicode")) {
        return TextEncoding::Utf16LE;
    }
    if (wanted == QLatin1String("cp1251") || wanted == QLatin1String("win1251")) {
        return TextEncoding::Windows1251;
    }
    if (wanted == QLatin1String("cp1252") || wanted == QLatin1String("win1252") || wanted == QLatin1String("latin1")) {
        return TextEncoding::Windows1252;
    }
    return std::nullopt;
}

QString TextEncodings::labelOf(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 (Excel's Unicode text)");
    case TextEncoding::Utf16BE:
        return tr("UTF-16, big-endian");
    case TextEncoding::Windows1251:
        return tr("Windows-1251 (Cyrillic)");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 (Western European)");
    }
    return {};
}

QList<TextEncoding> TextEncodings::all()
{
    return {TextEncoding::Utf8,
            TextEncoding::Utf16LE,
            TextEncoding::Utf16BE,
            TextEncoding::Windows1251,
            TextEncoding::Windows1252};
}

QByteArray TextEncodings::encode(const QString& text, TextEncoding encoding)
{
    if (const auto unicode = unicodeOf(encoding)) {
        QStringEncoder encoder(*unicode);
        return encoder.encode(text);
    }
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
            continue;
        }
        char found = '?';
        for (int byte = 0x80; byte <= 0xFF; ++byte) {
            if (fromHighByte(static_cast<unsigned char>(byte), encoding) == c.unicode()) {
                found = char(byte);
                break;
            }
        }
        bytes.append(found);
    }
    return bytes;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
    if (const auto unicode = unicodeOf(encoding)) {
        // Stateless: the start of a character cut off at the end of a piece
        // is kept here, not in Qt's decoder, which in Qt 6.4 drops the byte
        // after it when that byte does not continue the character ("\xE2"
        // then "\"" reads as U+FFFD alone: a quote or a separator lost).
        // So the decoder only sees whole pieces of text, where invalid bytes
        // are invalid whatever follows. A leading BOM is skipped below.
        m_decoder.emplace(*unicode, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    }
}

QString TextDecoder::decode(const QByteArray& bytes)
{
    if (m_decoder) {
        QByteArray whole = m_unfinished + bytes;
        const qsizetype unfinished = unfinishedTail(whole, m_encoding);
        m_unfinished = whole.last(unfinished);
        whole.chop(unfinished);
        QString text = m_decoder->decode(whole);
        m_invalid = m_invalid || m_decoder->hasError();
        if (!m_started && !text.isEmpty()) {
            m_started = true;
            if (text.startsWith(QChar::ByteOrderMark)) {
                text.remove(0, 1);
            }
        }
        return text;
    }
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        const char16_t c = value < 0x80 ? char16_t(value) : fromHighByte(value, m_encoding);
        m_invalid = m_invalid || c == 0xFFFD;
        *out++ = QChar(c);
    }
    return text;
}

QString TextDecoder::finish()
{
    if (m_unfinished.isEmpty()) {
        return {};
    }
    m_unfinished.clear();
    m_invalid = true;
    m_started = true;
    return QString(QChar::ReplacementCharacter);
}

bool TextDecoder::hadInvalidBytes() const
{
    return m_invalid;
}

} // namespace abonent
