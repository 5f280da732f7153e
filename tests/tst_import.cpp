// Bringing an office in from CSV: encodings, the reader, headings, values,
// the dry run, all-or-nothing writing, re-imports and opening balances.
// Every file here is written by the test itself.
#include "CostModel.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "CustomerCardReader.h"
#include "CustomerRepository.h"
#include "Economics.h"
#include "ImportValues.h"
#include "IndicatorService.h"
#include "OfficeSettings.h"
#include "PlanRepository.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TerminationTerms.h"
#include "TestSupport.h"
#include "TextEncoding.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

namespace {

// Fields written as C strings, for short tables of expectations.
QStringList texts(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* field : fields) {
        list.append(QString::fromUtf8(field));
    }
    return list;
}

QList<CsvRecord> readAll(const QByteArray& bytes, QChar separator, TextEncoding encoding = TextEncoding::Utf8)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const DetectedEncoding detected = TextEncodings::detect(bytes);
    CsvReader reader(&buffer, encoding, separator, detected.encoding == encoding ? detected.byteOrderMarkLength : 0);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record)) {
        records.append(record);
    }
    return records;
}

QList<QStringList> fieldsOf(const QList<CsvRecord>& records)
{
    QList<QStringList> fields;
    for (const CsvRecord& record : records) {
        fields.append(record.fields);
    }
    return fields;
}

qint64 count(const QSqlDatabase& db, const QString& statement)
{
    auto value = sql::scalar(db, statement);
    if (!value) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(value.errorString()));
        return -1;
    }
    return value.value().toLongLong();
}

// A customers file as a Russian spreadsheet saves it: Windows-1251, ';',
// decimal commas, dates day first. `broken` rows carry one mistake each.
QString customersSheet(int rows, const QStringList& broken = {})
{
    QString text = QStringLiteral("Номер договора;ФИО;Телефон;Адрес;Тариф;Баланс;Дата подключения\r\n");
    for (int i = 1; i <= rows; ++i) {
        text +=
            QStringLiteral("И-%1;Абонент Номер %1;+7 912 %2;\"г. Вязьма, ул. Садовая, %3\";Дом;%4,50;%5.03.2024\r\n")
                .arg(i)
                .arg(1000000 + i, 7, 10, QLatin1Char('0'))
                .arg(i % 90 + 1)
                .arg(i % 7 == 0 ? -(i % 50) : i % 200)
                .arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
    }
    for (const QString& line : broken) {
        text += line + QStringLiteral("\r\n");
    }
    return text;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Text
    void encodingsAreDetected_data();
    void encodingsAreDetected();
    void windows1251IsReadFromItsOwnTable();
    void decodingSurvivesCharactersSplitBetweenPieces();
    void anUnfinishedCharacterAtAPieceEndLosesNothingAfterIt();
    void aCharacterCutOffAtTheEndIsReported_data();
    void aCharacterCutOffAtTheEndIsReported();

    // The reader
    void readerFollowsSpreadsheetQuoting_data();
    void readerFollowsSpreadsheetQuoting();
    void aHugeFieldIsCutAndMarked();
    void aFieldMarkedAsCutIsOneTheRecordKeeps();
    void separatorIsGuessed_data();
    void separatorIsGuessed();

    // Headings and values
    void headingsAreGuessedInThreeLanguages_data();
    void headingsAreGuessedInThreeLanguages();
    void valuesAreReadExactlyOrNotAtAll();
    void mappingIsSavedAndReadBack();

    // The import
    void dryRunExplainsEveryRefusedRowAndWritesNothing();
    void aWrongEncodingIsRefused();
    void importIsWholeAndCancelKeepsNothing();
    void reimportUpdatesByContractAndNeverDuplicates();
    void paymentsAndContactsMatchOnTheirIdOrTheirContent();
    void historyFeedsTheEconomicsAndTheIndicators();
    void openingBalanceSettlesTheRefund();
    void theHandOverMonthCountsFromTheBalanceDay();
    void aLaterFileWithIdsFindsWhatCameWithout();
    void planPeriodsNeverOverlapWhatIsRecorded();
    void notesWrittenHereSurviveAReimport();
    void eachBalanceKeepsTheDateItsRowGives();
    void rowsWithAndWithoutIdsInOneFileFindEachOther();
    void oddFilesAreReadOrRefusedWithoutHarm();
    void anOfficeOf20000CustomersInWindows1251();

private:
    QString write(const QString& name, const QByteArray& bytes) const;
    Result<ImportReport>
    import(ImportKind kind, const QString& path, bool dryRun = false, ImportProgress progress = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    OfficeSettings office(m_db);
    QVERIFY(office.setDefaultCountry(QStringLiteral("RU")).ok());
    QVERIFY(office.setCurrency(QStringLiteral("RUB")).ok());
    Plan home;
    home.name = QStringLiteral("Дом");
    home.monthlyFee = Money {50000, QStringLiteral("RUB")};
    home.includedSupportMinutes = 30;
    QVERIFY(PlanRepository(m_db).add(home).ok());
}

void TestImport::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_dir.reset();
}

QString TestImport::write(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, bytes);
    return path;
}

Result<ImportReport> TestImport::import(ImportKind kind, const QString& path, bool dryRun, ImportProgress progress)
{
    ImportMapping mapping;
    mapping.kind = kind;
    CsvImport importer(m_db, path, mapping);
    return dryRun ? importer.check(progress) : importer.run(Actor {}, progress);
}

void TestImport::encodingsAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("markLength");
    const QString russian = QStringLiteral("Договор;Абонент\r\n77-1;Щукина Юлия Сергеевна\r\n");
    const QString western = QStringLiteral("Contract;Name\r\n1;Jürgen Müller, café crème\r\n");
    QTest::newRow("utf-8") << russian.toUtf8() << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + russian.toUtf8() << int(TextEncoding::Utf8) << 3;
    // Excel's "Unicode text": UTF-16LE with a mark, tab-separated.
    QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE") + TextEncodings::encode(russian, TextEncoding::Utf16LE)
                                       << int(TextEncoding::Utf16LE) << 2;
    QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF") + TextEncodings::encode(russian, TextEncoding::Utf16BE)
                                       << int(TextEncoding::Utf16BE) << 2;
    QTest::newRow("utf-16le without BOM")
        << TextEncodings::encode(western, TextEncoding::Utf16LE) << int(TextEncoding::Utf16LE) << 0;
    QTest::newRow("windows-1251") << TextEncodings::encode(russian, TextEncoding::Windows1251)
                                  << int(TextEncoding::Windows1251) << 0;
    QTest::newRow("windows-1252") << TextEncodings::encode(western, TextEncoding::Windows1252)
                                  << int(TextEncoding::Windows1252) << 0;
}

void TestImport::encodingsAreDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(int, markLength);
    const DetectedEncoding detected = TextEncodings::detect(bytes);
    QCOMPARE(int(detected.encoding), encoding);
    QCOMPARE(detected.byteOrderMarkLength, markLength);
    TextDecoder decoder(detected.encoding);
    const QString text = decoder.decode(bytes.mid(markLength));
    QVERIFY(!decoder.hadInvalidBytes());
    QVERIFY(text.startsWith(QStringLiteral("Договор")) || text.startsWith(QStringLiteral("Contract")));
    QVERIFY(text.contains(QStringLiteral("Щукина")) || text.contains(QStringLiteral("Müller")));
}

void TestImport::windows1251IsReadFromItsOwnTable()
{
    // Letters and signs from the standard's table, byte by byte.
    const QList<std::pair<unsigned char, char16_t>> known {{0xC0, u'А'},
                                                           {0xFF, u'я'},
                                                           {0xA8, u'Ё'},
                                                           {0xB8, u'ё'},
                                                           {0xB9, u'№'},
                                                           {0x88, u'€'},
                                                           {0xA5, u'Ґ'},
                                                           {0xB4, u'ґ'},
                                                           {0xAA, u'Є'},
                                                           {0xBA, u'є'},
                                                           {0xAF, u'Ї'},
                                                           {0xBF, u'ї'},
                                                           {0xB2, u'І'},
                                                           {0xB3, u'і'},
                                                           {0xA1, u'Ў'},
                                                           {0x96, u'–'}};
    for (const auto& [byte, character] : known) {
        TextDecoder decoder(TextEncoding::Windows1251);
        QCOMPARE(decoder.decode(QByteArray(1, char(byte))), QString(QChar(character)));
    }
    // Every assigned byte reads and writes back as itself.
    QByteArray all;
    for (int byte = 0x20; byte <= 0xFF; ++byte) {
        if (byte != 0x7F && byte != 0x98) {
            all.append(char(byte));
        }
    }
    TextDecoder decoder(TextEncoding::Windows1251);
    const QString text = decoder.decode(all);
    QVERIFY(!decoder.hadInvalidBytes());
    QCOMPARE(TextEncodings::encode(text, TextEncoding::Windows1251), all);
    // 0x98 is not a character in Windows-1251.
    TextDecoder strict(TextEncoding::Windows1251);
    (void)strict.decode(QByteArray("\x98"));
    QVERIFY(strict.hadInvalidBytes());
}

void TestImport::decodingSurvivesCharactersSplitBetweenPieces()
{
    // A file larger than one piece, whose Cyrillic letters (two bytes each
    // in UTF-8) straddle every boundary, and a doubled quote at one.
    QString expected;
    QByteArray bytes;
    int rows = 0;
    while (bytes.size() < 3 * CsvReader::kPieceBytes) {
        const QString name = QStringLiteral("Ёлкин \"\"Ё\"\" %1").arg(rows);
        const QString line = QStringLiteral("%1,\"%2\",ж\n").arg(rows).arg(name);
        bytes += line.toUtf8();
        ++rows;
    }
    const QList<CsvRecord> records = readAll(bytes, QLatin1Char(','));
    QCOMPARE(records.size(), rows);
    for (int i = 0; i < rows; i += 997) {
        QCOMPARE(records.at(i).fields,
                 QStringList({QString::number(i), QStringLiteral("Ёлкин \"Ё\" %1").arg(i), QStringLiteral("ж")}));
        QCOMPARE(records.at(i).line, i + 1);
    }
    QCOMPARE(records.last().fields.at(2), QStringLiteral("ж"));
}

void TestImport::anUnfinishedCharacterAtAPieceEndLosesNothingAfterIt()
{
    // Found by fuzz_csvreader: the first byte of a three-byte character
    // ends the first piece, and a separator, not the rest of the character,
    // begins the next. Qt 6.4's decoder, keeping the byte for the next
    // piece, dropped the separator, and two fields read as one.
    QByteArray bytes = "a,";
    bytes += QByteArray(CsvReader::kPieceBytes - 3, 'x');
    bytes += "\xE2";
    QCOMPARE(bytes.size(), CsvReader::kPieceBytes);
    bytes += ",b\n\xE2\"c\"\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8, QLatin1Char(','));
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields.size(), 3);
    QCOMPARE(record.fields.at(1), QString(CsvReader::kPieceBytes - 3, u'x') + QChar::ReplacementCharacter);
    QCOMPARE(record.fields.at(2), QStringLiteral("b"));
    // The same within a piece.
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("\uFFFD\"c\"")}));
    QCOMPARE(record.line, 2);
    QVERIFY(!reader.next(record));
    QVERIFY(reader.hadInvalidBytes());
}

void TestImport::aCharacterCutOffAtTheEndIsReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::newRow("utf-8, one byte of two") << QByteArray("a,b\xD0") << int(TextEncoding::Utf8);
    QTest::newRow("utf-8, two bytes of three") << QByteArray("a,b\xE2\x82") << int(TextEncoding::Utf8);
    QTest::newRow("utf-16le, an odd byte") << TextEncodings::encode(QStringLiteral("a,b"), TextEncoding::Utf16LE)
            + QByteArray(1, 'c') << int(TextEncoding::Utf16LE);
    QTest::newRow("utf-16be, an odd byte") << TextEncodings::encode(QStringLiteral("a,b"), TextEncoding::Utf16BE)
            + QByteArray(1, '\0') << int(TextEncoding::Utf16BE);
}

void TestImport::aCharacterCutOffAtTheEndIsReported()
{
    // Found by fuzz_csvreader: the decoder kept the bytes of a last
    // character for a next piece, and the file ended; they were dropped
    // without a word, so the dry run did not warn of invalid bytes.
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding(encoding), QLatin1Char(','));
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("a"), QStringLiteral("b\uFFFD")}));
    QVERIFY(!reader.next(record));
    QVERIFY(reader.hadInvalidBytes());
}

void TestImport::readerFollowsSpreadsheetQuoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("CR LF") << QByteArray("a,b\r\nc,d\r\n") << QList<QStringList> {texts({"a", "b"}), texts({"c", "d"})}
                           << QList<int> {1, 2};
    QTest::newRow("CR alone") << QByteArray("a,b\rc,d") << QList<QStringList> {texts({"a", "b"}), texts({"c", "d"})}
                              << QList<int> {1, 2};
    QTest::newRow("no line end at the end")
        << QByteArray("a,b\nc,d") << QList<QStringList> {texts({"a", "b"}), texts({"c", "d"})} << QList<int> {1, 2};
    QTest::newRow("quoted separator and quotes")
        << QByteArray("\"Smith, John\",\"say \"\"hi\"\"\"\n")
        << QList<QStringList> {texts({"Smith, John", "say \"hi\""})} << QList<int> {1};
    QTest::newRow("line breaks inside quotes")
        << QByteArray("1,\"first\r\nsecond\rthird\"\n2,x\n")
        << QList<QStringList> {texts({"1", "first\nsecond\nthird"}), texts({"2", "x"})} << QList<int> {1, 4};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n")
                                         << QList<QStringList> {texts({"a"}), texts({"b"})} << QList<int> {1, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x\n")
                                  << QList<QStringList> {texts({"", "", ""}), texts({"", "x"})} << QList<int> {1, 2};
    QTest::newRow("stray quotes kept as text")
        << QByteArray("5\" screen,\"ab\"c\n") << QList<QStringList> {texts({"5\" screen", "abc"})} << QList<int> {1};
}

void TestImport::readerFollowsSpreadsheetQuoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);
    const QList<CsvRecord> records = readAll(bytes, QLatin1Char(','));
    QCOMPARE(fieldsOf(records), fields);
    QList<int> starts;
    for (const CsvRecord& record : records) {
        starts.append(record.line);
        QVERIFY(!record.unclosedQuote);
    }
    QCOMPARE(starts, lines);
}

void TestImport::aHugeFieldIsCutAndMarked()
{
    // A 10 MB field, as a broken export may write: cut at the limit and
    // marked, and the next record read as usual.
    QByteArray bytes = "1,\"";
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\",end\n2,next,row\n3,\"never closed\n";
    const QList<CsvRecord> records = readAll(bytes, QLatin1Char(','));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).tooLongField, 1);
    QCOMPARE(records.at(0).fields.at(1).size(), CsvReader::kMaxFieldLength);
    QCOMPARE(records.at(0).fields.at(2), QStringLiteral("end"));
    QCOMPARE(records.at(1).fields, texts({"2", "next", "row"}));
    QCOMPARE(records.at(1).tooLongField, -1);
    QVERIFY(records.at(2).unclosedQuote);

    // A line of nothing but separators does not become millions of fields.
    const QList<CsvRecord> commas = readAll(QByteArray(100000, ','), QLatin1Char(','));
    QCOMPARE(commas.size(), 1);
    QVERIFY(commas.first().tooManyFields);
    QCOMPARE(commas.first().fields.size(), CsvReader::kMaxFields);
}

void TestImport::aFieldMarkedAsCutIsOneTheRecordKeeps()
{
    // Found by fuzz_csvreader: a field past the last one kept is dropped
    // whole; if it was also too long, the record named it as cut, by an
    // index that is none of its fields (CsvImport then named the wrong column).
    QByteArray bytes(CsvReader::kMaxFields, ',');
    bytes += QByteArray(CsvReader::kMaxFieldLength + 10, 'x');
    bytes += ",\"";
    bytes += QByteArray(CsvReader::kMaxFieldLength + 10, 'y');
    bytes += "\"\n";
    const QList<CsvRecord> records = readAll(bytes, QLatin1Char(','));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields.size(), CsvReader::kMaxFields);
    QVERIFY(records.first().tooManyFields);
    QCOMPARE(records.first().tooLongField, -1);

    // A field kept and cut is still named, before those dropped.
    bytes = QByteArray(CsvReader::kMaxFields - 1, ',') + QByteArray(CsvReader::kMaxFieldLength + 1, 'x') + ",more\n";
    const QList<CsvRecord> kept = readAll(bytes, QLatin1Char(','));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().tooLongField, CsvReader::kMaxFields - 1);
    QCOMPARE(kept.first().fields.last().size(), CsvReader::kMaxFieldLength);
    QVERIFY(kept.first().tooManyFields);
}

void TestImport::separatorIsGuessed_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QStringLiteral("contract,name,amount\n1,\"Smith; John\",12.50\n2,Ann,3\n") << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("Договор;ФИО;Сумма\n1;Иванов;12,50\n2;Петров;1 000,00\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("contract\tname\tnote\n1\tAnn\ta, b; c\n") << QChar(u'\t');
}

void TestImport::separatorIsGuessed()
{
    QFETCH(QString, head);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::guessSeparator(head), separator);
}

void TestImport::headingsAreGuessedInThreeLanguages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("customers, English")
        << int(ImportKind::Customers)
        << texts({"Contract No", "Customer Name", "Phone", "E-mail", "Tariff", "Opening balance", "Comment"})
        << texts({"contract", "name", "phone", "email", "plan", "balance", "notes"});
    QTest::newRow("customers, Russian")
        << int(ImportKind::Customers)
        << texts({"№ договора", "ФИО", "Телефон", "Адрес", "Сальдо", "Дата подключения", "Лишняя колонка"})
        << texts({"contract", "name", "phone", "address", "balance", "since", ""});
    QTest::newRow("customers, Ukrainian")
        << int(ImportKind::Customers)
        << texts({"Номер договору", "ПІБ", "Телефон", "Адреса", "Тарифний план", "Залишок", "Дата підключення"})
        << texts({"contract", "name", "phone", "address", "plan", "balance", "since"});
    QTest::newRow("payments, Russian") << int(ImportKind::Payments)
                                       << texts({"Лицевой счёт", "Дата платежа", "Сумма", "Назначение", "Квитанция"})
                                       << texts({"contract", "date", "amount", "kind", "id"});
    QTest::newRow("contacts, Ukrainian")
        << int(ImportKind::Contacts)
        << texts({"Договір", "Дата і час", "Канал", "Тривалість", "Тема", "Опис", "Поведінка"})
        << texts({"contract", "started", "channel", "duration", "topic", "summary", "conduct"});
}

void TestImport::headingsAreGuessedInThreeLanguages()
{
    QFETCH(int, kind);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, fields);
    QCOMPARE(ImportSpec::guessFields(ImportKind(kind), headings), fields);
    // The headings also say what the file holds, so the wizard need not ask.
    QCOMPARE(ImportSpec::guessKind(headings), std::optional<ImportKind>(ImportKind(kind)));
    // A file that names only the contract, or nothing known, is not guessed.
    QVERIFY(!ImportSpec::guessKind(texts({"Договор"})));
    QVERIFY(!ImportSpec::guessKind(texts({"Колонка 1", "Колонка 2"})));
}

void TestImport::valuesAreReadExactlyOrNotAtAll()
{
    using V = ImportValues;
    QCOMPARE(V::date(QStringLiteral("31.12.2025"), DateOrder::DayMonthYear), QDate(2025, 12, 31));
    QCOMPARE(V::date(QStringLiteral("12/31/2025"), DateOrder::MonthDayYear), QDate(2025, 12, 31));
    QCOMPARE(V::date(QStringLiteral("2025-12-31"), DateOrder::MonthDayYear), QDate(2025, 12, 31));
    QCOMPARE(V::date(QStringLiteral("01.02.2024 14:05"), DateOrder::DayMonthYear), QDate(2024, 2, 1));
    QVERIFY(!V::date(QStringLiteral("12/31/2025"), DateOrder::DayMonthYear)); // no 31st month
    QVERIFY(!V::date(QStringLiteral("31.12.25"), DateOrder::DayMonthYear)); // which century?
    QVERIFY(!V::date(QStringLiteral("30.02.2024"), DateOrder::DayMonthYear));
    QVERIFY(!V::date(QStringLiteral("yesterday"), DateOrder::DayMonthYear));
    QCOMPARE(V::dateTime(QStringLiteral("01.02.2024 14:05:30"), DateOrder::DayMonthYear),
             QDateTime(QDate(2024, 2, 1), QTime(14, 5, 30), Qt::LocalTime));
    QCOMPARE(V::guessDateOrder({QStringLiteral("01/02/2024"), QStringLiteral("13/02/2024")}, DateOrder::MonthDayYear),
             DateOrder::DayMonthYear);
    QCOMPARE(V::guessDateOrder({QStringLiteral("01/02/2024"), QStringLiteral("02/13/2024")}, DateOrder::DayMonthYear),
             DateOrder::MonthDayYear);

    QCOMPARE(V::amount(QStringLiteral("1 234,50"), QStringLiteral("RUB"), true), 123450);
    QCOMPARE(V::amount(QStringLiteral("-20,00"), QStringLiteral("RUB"), true), -2000);
    QCOMPARE(V::amount(QStringLiteral("1,234.50"), QStringLiteral("USD"), false), 123450);
    QCOMPARE(V::amount(QStringLiteral("12.5 USD"), QStringLiteral("USD"), false), 1250);
    QCOMPARE(V::amount(QStringLiteral("−7,25"), QStringLiteral("EUR"), true), -725);
    QVERIFY(!V::amount(QStringLiteral("12,345"), QStringLiteral("RUB"), true)); // three decimals
    QVERIFY(!V::amount(QStringLiteral("1.2.3"), QStringLiteral("RUB"), false));
    QVERIFY(!V::amount(QStringLiteral("abc"), QStringLiteral("RUB"), false));
    QVERIFY(V::guessDecimalComma({QStringLiteral("100"), QStringLiteral("12,50")}, false));
    QVERIFY(!V::guessDecimalComma({QStringLiteral("1,000.50")}, true));

    QCOMPARE(V::yesNo(QStringLiteral("Да")), true);
    QCOMPARE(V::yesNo(QStringLiteral("ні")), false);
    QVERIFY(!V::yesNo(QStringLiteral("maybe")));
    QCOMPARE(V::channel(QStringLiteral("Входящий звонок")), Channel::PhoneIn);
    QCOMPARE(V::channel(QStringLiteral("e-mail")), Channel::Email);
    QCOMPARE(V::channel(QStringLiteral("ticket")), Channel::Ticket);
    QCOMPARE(V::conduct(QStringLiteral("Оскорбления")), Conduct::Insults);
    QCOMPARE(V::paymentKind(QStringLiteral("возврат")), PaymentKind::Refund);
    QCOMPARE(V::customerKind(QStringLiteral("юр. лицо")), CustomerKind::Company);
    QVERIFY(!V::channel(QStringLiteral("pigeon")));
}

void TestImport::mappingIsSavedAndReadBack()
{
    ImportMapping mapping;
    mapping.kind = ImportKind::Payments;
    mapping.encoding = TextEncoding::Windows1251;
    mapping.separator = QLatin1Char('\t');
    mapping.dateOrder = DateOrder::MonthDayYear;
    mapping.decimalComma = true;
    mapping.currency = QStringLiteral("UAH");
    mapping.columns = {{QStringLiteral("contract"), QStringLiteral("Договір")},
                       {QStringLiteral("amount"), QStringLiteral("Сума")}};
    const QString path = m_dir->filePath(QStringLiteral("payments.json"));
    QVERIFY(mapping.save(path).ok());
    auto loaded = ImportMapping::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded->toJson(), mapping.toJson());
    QCOMPARE(loaded->separator, QChar(u'\t'));

    // A mapping that names what the kind does not have is refused, not half read.
    QJsonObject wrong = mapping.toJson();
    wrong.insert(QStringLiteral("columns"), QJsonObject {{QStringLiteral("shoe_size"), QStringLiteral("x")}});
    QVERIFY(!ImportMapping::fromJson(wrong));
    QVERIFY(!ImportMapping::load(write(QStringLiteral("garbage.json"), "{not json")));
}

void TestImport::dryRunExplainsEveryRefusedRowAndWritesNothing()
{
    const qint64 before = count(m_db, QStringLiteral("SELECT count(*) FROM customers"));
    const QString sheet = customersSheet(5,
                                         {
                                             QStringLiteral("И-1;Повтор;+7 912 0000001;;Дом;0;01.01.2024"), // line 7
                                             QStringLiteral("И-8;Мало колонок;+7 912 0000008"), // line 8
                                             QStringLiteral("И-9;Плохая дата;+7 912 0000009;;Дом;0;31.02.2024"),
                                             QStringLiteral("И-10;Нет тарифа;+7 912 0000010;;Золото;0;01.01.2024"),
                                             QStringLiteral("И-11;Плохой телефон;12;;Дом;0;01.01.2024"),
                                             QStringLiteral(";Без договора;+7 912 0000012;;Дом;0;01.01.2024"),
                                         });
    const QString path =
        write(QStringLiteral("customers.csv"), TextEncodings::encode(sheet, TextEncoding::Windows1251));
    auto report = import(ImportKind::Customers, path, true);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->rows, 11);
    QCOMPARE(report->refusedRows(), 6);
    const auto problemAt = [&](int line) {
        for (const ImportProblem& problem : report->problems) {
            if (problem.line == line) {
                return problem;
            }
        }
        return ImportProblem {};
    };
    QCOMPARE(problemAt(7).column, QStringLiteral("Номер договора"));
    QVERIFY(problemAt(7).message.contains(QStringLiteral("Line 2")));
    QVERIFY(problemAt(8).message.contains(QStringLiteral("has 3 column")));
    QCOMPARE(problemAt(9).column, QStringLiteral("Дата подключения"));
    QCOMPARE(problemAt(9).value, QStringLiteral("31.02.2024"));
    QCOMPARE(problemAt(10).column, QStringLiteral("Тариф"));
    QVERIFY(problemAt(10).message.contains(QStringLiteral("Золото")));
    QCOMPARE(problemAt(11).column, QStringLiteral("Телефон"));
    QCOMPARE(problemAt(12).column, QStringLiteral("Номер договора"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), before);

    // The same file imported for real: refused whole.
    auto run = import(ImportKind::Customers, path);
    QVERIFY(run.ok());
    QVERIFY(!run->imported);
    QCOMPARE(run->refusedRows(), 6);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), before);

    // The list saved as CSV reads back with a row for each problem.
    const QList<CsvRecord> saved = readAll(run->problemsCsv(), QLatin1Char(','));
    QCOMPARE(saved.size(), run->problems.size() + 1);
    QCOMPARE(saved.at(1).fields.size(), 4);
}

void TestImport::aWrongEncodingIsRefused()
{
    // Windows-1251 text read as UTF-8 (a saved mapping that is wrong for
    // this file): refused, with the reason, instead of importing mojibake.
    const QString path =
        write(QStringLiteral("customers.csv"), TextEncodings::encode(customersSheet(3), TextEncoding::Windows1251));
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    mapping.encoding = TextEncoding::Utf8;
    mapping.separator = QLatin1Char(';');
    CsvImport importer(m_db, path, mapping);
    auto preview = importer.preview();
    QVERIFY(preview.ok());
    QVERIFY(preview->hadInvalidBytes);
    auto report = importer.run(Actor {});
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(QStringLiteral("not text in UTF-8")), qPrintable(report.errorString()));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), 0);

    // Bad bytes after the part the preview reads are found by the dry run.
    QByteArray late = customersSheet(16000).toUtf8();
    QVERIFY(late.size() > CsvReader::kPieceBytes);
    late += TextEncodings::encode(QStringLiteral("И-16001;Ёжик;+7 912 7000001;;Дом;0;01.01.2024\r\n"),
                                  TextEncoding::Windows1251);
    auto checked = import(ImportKind::Customers, write(QStringLiteral("late.csv"), late), true);
    QVERIFY2(checked.ok(), qPrintable(checked.errorString()));
    QCOMPARE(checked->problems.first().line, 0);
    QVERIFY(checked->problems.first().message.contains(QStringLiteral("encoding")));
}

void TestImport::importIsWholeAndCancelKeepsNothing()
{
    const QString path =
        write(QStringLiteral("customers.csv"), TextEncodings::encode(customersSheet(3000), TextEncoding::Windows1251));
    // Cancelled halfway through writing: nothing is kept.
    const qint64 size = QFileInfo(path).size();
    bool asked = false;
    auto cancelled = import(ImportKind::Customers, path, false, [&](qint64 done, qint64 total) {
        asked = true;
        return done < size + size / 2 && total == 2 * size;
    });
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorString()));
    QVERIFY(asked);
    QVERIFY(cancelled->cancelled);
    QVERIFY(!cancelled->imported);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM phones")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 0);

    qint64 lastDone = 0;
    auto whole = import(ImportKind::Customers, path, false, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(whole.ok(), qPrintable(whole.errorString()));
    QVERIFY(whole->imported);
    QCOMPARE(whole->added, 3000);
    QCOMPARE(lastDone, 2 * size);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), 3000);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM plan_periods WHERE ends_on IS NULL")), 3000);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM opening_balances")), 3000);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 1);
    // Found by the search as a person types.
    const SqlDialect dialect = SqlDialect::of(m_db);
    QCOMPARE(sql::scalar(m_db,
                         dialect.wordMatchCount(QStringLiteral("customer_words")),
                         {dialect.wordPrefixQuery({QStringLiteral("садовая")})})
                 .value_or(-1)
                 .toLongLong(),
             3000);
    auto stored = sql::select(m_db,
                              QStringLiteral("SELECT c.name, c.address, c.customer_since, p.e164, b.balance_minor"
                                             " FROM customers c JOIN phones p ON p.customer_id = c.id"
                                             " JOIN opening_balances b ON b.customer_id = c.id"
                                             " WHERE c.contract_number = 'И-14'"));
    QVERIFY(stored.ok());
    QVERIFY(stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("Абонент Номер 14"));
    QCOMPARE(stored->value(1).toString(), QStringLiteral("г. Вязьма, ул. Садовая, 15"));
    QCOMPARE(stored->value(2).toString(), QStringLiteral("2024-03-15"));
    QCOMPARE(stored->value(3).toString(), QStringLiteral("+79121000014"));
    QCOMPARE(stored->value(4).toLongLong(), -1450); // "-14,50": owed
}

void TestImport::reimportUpdatesByContractAndNeverDuplicates()
{
    const QString path = write(QStringLiteral("customers.csv"), customersSheet(20).toUtf8());
    QVERIFY(import(ImportKind::Customers, path)->imported);
    // The same file again changes nothing.
    auto again = import(ImportKind::Customers, path);
    QVERIFY(again->imported);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 20);
    // One customer moved and got a second number; another is new.
    QString sheet = customersSheet(20);
    sheet.replace(QStringLiteral("\"г. Вязьма, ул. Садовая, 4\""), QStringLiteral("\"г. Вязьма, ул. Новая, 1\""));
    sheet += QStringLiteral("И-21;Новый Абонент;+7 912 7654321;ул. Новая, 2;Дом;0;01.06.2025\r\n");
    auto changed = import(ImportKind::Customers, write(QStringLiteral("changed.csv"), sheet.toUtf8()));
    QVERIFY2(changed.ok(), qPrintable(changed.errorString()));
    QCOMPARE(changed->added, 1);
    QCOMPARE(changed->updated, 1);
    QCOMPARE(changed->unchanged, 19);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), 21);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE address LIKE '%Новая, 1'")), 1);

    // Phones: a second number for one customer, the first one again for another.
    const QString phones = QStringLiteral("contract,phone,label\nИ-3,+7 495 1234567,work\nИ-4,+7 912 1000004,\n");
    auto added = import(ImportKind::Phones, write(QStringLiteral("phones.csv"), phones.toUtf8()));
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QCOMPARE(added->added, 1);
    QCOMPARE(added->unchanged, 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM phones")), 22);
    QCOMPARE(
        count(m_db, QStringLiteral("SELECT count(*) FROM customer_digits WHERE search_digits LIKE '%4951234567%'")), 1);
    QCOMPARE(import(ImportKind::Phones, write(QStringLiteral("phones.csv"), phones.toUtf8()))->added, 0);
}

void TestImport::paymentsAndContactsMatchOnTheirIdOrTheirContent()
{
    QVERIFY(import(ImportKind::Customers, write(QStringLiteral("c.csv"), customersSheet(3).toUtf8()))->imported);
    // With ids: the second file repeats one payment and brings one more.
    const QString first = QStringLiteral("Договор;Дата;Сумма;Квитанция\nИ-1;01.11.2026;500,00;A-1\n"
                                         "И-1;01.11.2026;500,00;A-2\nИ-2;02.11.2026;-50,00;A-3\n");
    auto paid = import(ImportKind::Payments, write(QStringLiteral("p1.csv"), first.toUtf8()));
    QVERIFY2(paid.ok() && paid->imported, qPrintable(paid.errorString()));
    QCOMPARE(paid->added, 3);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund' AND amount_minor = 5000")),
             1);
    const QString second = QStringLiteral("Договор;Дата;Сумма;Квитанция\nИ-1;01.11.2026;500,00;A-2\n"
                                          "И-3;03.11.2026;500,00;A-4\n");
    auto more = import(ImportKind::Payments, write(QStringLiteral("p2.csv"), second.toUtf8()));
    QCOMPARE(more->added, 1);
    QCOMPARE(more->unchanged, 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments")), 4);

    // Without ids, by contract, date, kind and amount; the same payment
    // twice in one file cannot be told apart and is refused.
    const QString plain = QStringLiteral("Договор;Дата;Сумма\nИ-3;03.11.2026;500,00\nИ-2;04.11.2026;10,00\n");
    auto matched = import(ImportKind::Payments, write(QStringLiteral("p3.csv"), plain.toUtf8()));
    QCOMPARE(matched->added, 1);
    QCOMPARE(matched->unchanged, 1);
    const QString twice = QStringLiteral("Договор;Дата;Сумма\nИ-2;05.11.2026;10,00\nИ-2;05.11.2026;10,00\n");
    auto refused = import(ImportKind::Payments, write(QStringLiteral("p4.csv"), twice.toUtf8()));
    QCOMPARE(refused->refusedRows(), 1);
    QCOMPARE(refused->problems.first().line, 3);
    QVERIFY(!refused->imported);

    // Contacts: by id, else by contract, time and channel.
    const QString contacts = QStringLiteral("Договор;Дата и время;Канал;Длительность;Тема;Оператор\n"
                                            "И-1;10.11.2026 09:15;звонок;4:30;Нет связи;Пётр (старый офис)\n"
                                            "И-1;10.11.2026 09:15;e-mail;;Счёт;\n");
    auto talked = import(ImportKind::Contacts, write(QStringLiteral("k.csv"), contacts.toUtf8()));
    QVERIFY2(talked.ok() && talked->imported, qPrintable(talked.errorString()));
    QCOMPARE(talked->added, 2);
    QCOMPARE(import(ImportKind::Contacts, write(QStringLiteral("k.csv"), contacts.toUtf8()))->unchanged, 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM contacts")), 2);
    // Someone who never worked in Abonent is kept in the summary.
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT count(*) FROM contacts WHERE duration_s = 270 AND operator_id IS NULL"
                                  " AND summary LIKE '%Пётр (старый офис)%'")),
             1);
}

void TestImport::historyFeedsTheEconomicsAndTheIndicators()
{
    const QDate today = QDate::currentDate();
    const QString sheet = QStringLiteral("contract,name,phone,plan,since\nH-1,Hanna Heavy,+7 912 5550101,Дом,%1\n")
                              .arg(today.addYears(-1).toString(QStringLiteral("dd.MM.yyyy")));
    QVERIFY(import(ImportKind::Customers, write(QStringLiteral("c.csv"), sheet.toUtf8()))->imported);
    // Three incidents within the last month: a pattern, from day one.
    QString contacts = QStringLiteral("contract,date,channel,duration,conduct,topic\n");
    for (int daysAgo : {2, 9, 16}) {
        contacts += QStringLiteral("H-1,%1 10:00,call,20:00,insults,Outage\n")
                        .arg(today.addDays(-daysAgo).toString(QStringLiteral("dd.MM.yyyy")));
    }
    auto imported = import(ImportKind::Contacts, write(QStringLiteral("k.csv"), contacts.toUtf8()));
    QVERIFY2(imported.ok() && imported->imported, qPrintable(imported.errorString()));
    const qint64 id = count(m_db, QStringLiteral("SELECT id FROM customers WHERE contract_number = 'H-1'"));
    auto facts = IndicatorService(m_db).indicatorsFor(id);
    QVERIFY2(facts.ok(), qPrintable(facts.errorString()));
    QCOMPARE(facts->incidents30, 3);
    QCOMPARE(facts->worstConduct90, Conduct::Insults);
    const QList<Suggestion> suggestions = IndicatorService::suggest(facts.value(), IndicatorThresholds {}, {});
    QVERIFY(std::any_of(suggestions.cbegin(), suggestions.cend(), [](const Suggestion& suggestion) {
        return suggestion.kind == Suggestion::Kind::Incidents && suggestion.evidence.size() == 3;
    }));
    // The roll-ups hold the hour of support at once.
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT coalesce(sum(conversation_seconds), 0) FROM customer_months"
                                  " WHERE customer_id = %1")
                       .arg(id)),
             3600);
}

void TestImport::openingBalanceSettlesTheRefund()
{
    // On "Дом" (500.00 a month) since 2020, 300.00 prepaid on 1 November
    // 2026 when the old system handed over, and November's fee paid: by the
    // end of November 300.00 is still ahead, whatever happened before.
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    mapping.balanceOn = QDate(2026, 11, 1);
    const QString sheet = QStringLiteral("contract;name;phone;plan;since;balance\nB-1;Bella;+7 912 5550202;Дом;"
                                         "15.01.2020;300,00\nB-2;Boris;+7 912 5550203;Дом;15.01.2020;-500,00\n");
    CsvImport customers(m_db, write(QStringLiteral("c.csv"), sheet.toUtf8()), mapping);
    auto imported = customers.run(Actor {});
    QVERIFY2(imported.ok() && imported->imported, qPrintable(imported.errorString()));
    const QString payments = QStringLiteral("contract;date;amount\nB-1;01.11.2026;500,00\nB-2;01.11.2026;500,00\n");
    QVERIFY(import(ImportKind::Payments, write(QStringLiteral("p.csv"), payments.toUtf8()))->imported);

    const qint64 bella = count(m_db, QStringLiteral("SELECT id FROM customers WHERE contract_number = 'B-1'"));
    const qint64 boris = count(m_db, QStringLiteral("SELECT id FROM customers WHERE contract_number = 'B-2'"));
    auto settled = TerminationCalculator(m_db).settlement(bella, QDate(2026, 12, 1));
    QVERIFY2(settled.ok(), qPrintable(settled.errorString()));
    QCOMPARE(settled->feesDue.minor, 50000); // November alone
    QCOMPARE(settled->feesPaid.minor, 80000); // 300.00 ahead + 500.00
    QCOMPARE(settled->refund.minor, 30000);
    QCOMPARE(settled->owed.minor, 0);
    // Boris owed 500.00 at the hand-over and paid November: he still owes.
    auto owing = TerminationCalculator(m_db).settlement(boris, QDate(2026, 12, 1));
    QVERIFY(owing.ok());
    QCOMPARE(owing->refund.minor, 0);
    QCOMPARE(owing->owed.minor, 50000);

    // The portfolio's balances say the same over a year that began before
    // the hand-over: the months before it are taken as settled.
    auto portfolio = EconomicsService(m_db).portfolio({QDate(2026, 1, 1), QDate(2026, 11, 1), 0});
    QVERIFY2(portfolio.ok(), qPrintable(portfolio.errorString()));
    QHash<qint64, qint64> balances;
    for (const CustomerFigures& figures : portfolio->customers) {
        balances.insert(figures.customerId, figures.balanceMinor());
        QCOMPARE(figures.revenueMinor, 11 * 50000); // what was charged stays counted
    }
    QCOMPARE(balances.value(bella), 30000);
    QCOMPARE(balances.value(boris), -50000);
    // A year that ends before the hand-over knows nothing of the balance.
    auto before = EconomicsService(m_db).portfolio({QDate(2025, 1, 1), QDate(2025, 12, 1), 0});
    QVERIFY(before.ok());
    for (const CustomerFigures& figures : before->customers) {
        QCOMPARE(figures.balanceMinor(), 0);
    }
}

void TestImport::theHandOverMonthCountsFromTheBalanceDay()
{
    // Handed over on the 7th of last month owing 53.07, that month's fee
    // paid on the 5th and 500.00 more on the 20th. The balance on the 7th
    // already holds the 5th's payment and the fee for the days before the
    // 7th, so the card, the portfolio and the settlement all count from the
    // 7th (and this month's fee is due in full).
    const QDate current(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QDate first = current.addMonths(-1);
    const QDate handOver = first.addDays(6);
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    mapping.balanceOn = handOver;
    const QString sheet =
        QStringLiteral("contract;name;phone;plan;since;balance\nH-1;Hanna;+7 912 5550404;Дом;15.01.2020;-53,07\n");
    CsvImport customers(m_db, write(QStringLiteral("c.csv"), sheet.toUtf8()), mapping);
    auto imported = customers.run(Actor {});
    QVERIFY2(imported.ok() && imported->imported, qPrintable(imported.errorString()));
    const QString payments = QStringLiteral("contract;date;amount\nH-1;%1;500,00\nH-1;%2;500,00\n")
                                 .arg(first.addDays(4).toString(QStringLiteral("dd.MM.yyyy")),
                                      first.addDays(19).toString(QStringLiteral("dd.MM.yyyy")));
    QVERIFY(import(ImportKind::Payments, write(QStringLiteral("p.csv"), payments.toUtf8()))->imported);
    const qint64 hanna = count(m_db, QStringLiteral("SELECT id FROM customers WHERE contract_number = 'H-1'"));

    const qint64 feeFromHandOver = CostModel::proratedFee(50000, first.daysInMonth() - 6, first.daysInMonth());
    const qint64 expected = -5307 + 50000 - feeFromHandOver - 50000;
    auto card = CustomerCardReader(m_db).read(hanna);
    QVERIFY2(card.ok(), qPrintable(card.errorString()));
    QCOMPARE(card->balanceMinor, expected);

    auto portfolio = EconomicsService(m_db).portfolio({current.addMonths(-11), current, 0});
    QVERIFY2(portfolio.ok(), qPrintable(portfolio.errorString()));
    QCOMPARE(portfolio->customers.size(), 1);
    QCOMPARE(portfolio->customers.first().balanceMinor(), expected);

    auto settled = TerminationCalculator(m_db).settlement(hanna, current.addMonths(1));
    QVERIFY2(settled.ok(), qPrintable(settled.errorString()));
    QCOMPARE(settled->feesPaid.minor - settled->feesDue.minor, expected);
}

void TestImport::aLaterFileWithIdsFindsWhatCameWithout()
{
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    mapping.balanceOn = QDate(2026, 11, 1);
    const QString sheet = customersSheet(2);
    QVERIFY(CsvImport(m_db, write(QStringLiteral("c.csv"), sheet.toUtf8()), mapping).run(Actor {})->imported);
    const QString plain = QStringLiteral("contract;date;amount\nИ-1;01.11.2026;500,00\n");
    QVERIFY(import(ImportKind::Payments, write(QStringLiteral("p1.csv"), plain.toUtf8()))->imported);
    // The next export has ids: the payment there already is found, and the
    // same amount on the same day under another id is a second payment.
    const QString withIds =
        QStringLiteral("contract;date;amount;id\nИ-1;01.11.2026;500,00;T-1\nИ-1;01.11.2026;500,00;T-2\n");
    auto again = import(ImportKind::Payments, write(QStringLiteral("p2.csv"), withIds.toUtf8()));
    QVERIFY2(again.ok() && again->imported, qPrintable(again.errorString()));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(again->added, 1);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments")), 2);
    QCOMPARE(import(ImportKind::Payments, write(QStringLiteral("p2.csv"), withIds.toUtf8()))->unchanged, 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments")), 2);

    // The same balance read again later keeps the day it was given for, so
    // the payment since still counts.
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM opening_balances WHERE as_of = '2026-11-01'")), 2);
    auto later = import(ImportKind::Customers, write(QStringLiteral("c3.csv"), sheet.toUtf8()));
    QCOMPARE(later->unchanged, 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM opening_balances WHERE as_of = '2026-11-01'")), 2);
}

void TestImport::planPeriodsNeverOverlapWhatIsRecorded()
{
    // И-1 is on "Дом" from 2 March 2024 (the customers file). A later
    // period ends that one; the first period read again as still open, or a
    // period across a recorded one, is refused by the dry run, not by the
    // database in the middle of writing.
    QVERIFY(import(ImportKind::Customers, write(QStringLiteral("c.csv"), customersSheet(1).toUtf8()))->imported);
    const QString later = QStringLiteral("contract;plan;from;until\nИ-1;Дом;01.01.2025;\n");
    auto ended = import(ImportKind::PlanPeriods, write(QStringLiteral("p1.csv"), later.toUtf8()));
    QVERIFY2(ended.ok() && ended->imported, qPrintable(ended.errorString()));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM plan_periods WHERE ends_on = '2025-01-01'")), 1);

    const QString reopen = QStringLiteral("contract;plan;from;until\nИ-1;Дом;02.03.2024;\n"
                                          "И-1;Дом;01.06.2023;01.06.2024\n");
    auto checked = import(ImportKind::PlanPeriods, write(QStringLiteral("p2.csv"), reopen.toUtf8()), true);
    QVERIFY(checked.ok());
    QCOMPARE(checked->refusedRows(), 2);
    QCOMPARE(checked->problems.at(0).line, 2);
    QVERIFY2(checked->problems.at(0).message.contains(QStringLiteral("2025-01-01")),
             qPrintable(checked->problems.at(0).message));
    QCOMPARE(checked->problems.at(1).line, 3);
    QVERIFY(checked->problems.at(1).message.contains(QStringLiteral("2024-03-02")));
    auto refused = import(ImportKind::PlanPeriods, write(QStringLiteral("p2.csv"), reopen.toUtf8()));
    QVERIFY(refused.ok());
    QVERIFY(!refused->imported);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM plan_periods")), 2);
}

void TestImport::notesWrittenHereSurviveAReimport()
{
    const QString sheet = QStringLiteral("contract;name;phone;plan;since;notes\nN-1;Nina;+7 912 5550404;Дом;01.02.2024;"
                                         "Router on the balcony\n");
    auto first = import(ImportKind::Customers, write(QStringLiteral("c.csv"), sheet.toUtf8()));
    QVERIFY2(first.ok() && first->imported,
             qPrintable(first ? QString::fromUtf8(first->problemsCsv()) : first.errorString()));
    const qint64 nina = count(m_db, QStringLiteral("SELECT id FROM customers WHERE contract_number = 'N-1'"));
    QVERIFY(CustomerRepository(m_db).saveNotes(nina,
                                               QStringLiteral("Prefers calls after six"),
                                               std::nullopt,
                                               CustomerRepository(m_db).find(nina)->notesVersion));
    auto again = import(ImportKind::Customers, write(QStringLiteral("c.csv"), sheet.toUtf8()));
    QVERIFY(again.ok() && again->imported);
    QCOMPARE(again->updated, 1);
    const auto notes = [this, nina] {
        return sql::scalar(m_db, QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {nina}).value().toString();
    };
    QCOMPARE(notes(), QStringLiteral("Prefers calls after six\n\nRouter on the balcony"));
    // Read a third time, nothing more is added.
    QCOMPARE(import(ImportKind::Customers, write(QStringLiteral("c.csv"), sheet.toUtf8()))->unchanged, 1);
    QCOMPARE(notes(), QStringLiteral("Prefers calls after six\n\nRouter on the balcony"));
}

void TestImport::eachBalanceKeepsTheDateItsRowGives()
{
    // Abonent's own export names the day of each balance; read back, each
    // keeps it, and a row without one takes the import's date.
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    mapping.balanceOn = QDate(2026, 11, 1);
    const QString sheet = QStringLiteral("contract_number;name;phone;plan;opening_balance;opening_balance_on\n"
                                         "R-1;Rita;+7 912 5550505;Дом;150.00;2025-06-01\n"
                                         "R-2;Roman;+7 912 5550506;Дом;-20.00;\n");
    auto imported = CsvImport(m_db, write(QStringLiteral("c.csv"), sheet.toUtf8()), mapping).run(Actor {});
    QVERIFY2(imported.ok() && imported->imported,
             qPrintable(imported ? QString::fromUtf8(imported->problemsCsv()) : imported.errorString()));
    const auto balance = [this](const char* contract) {
        return sql::scalar(m_db,
                           QStringLiteral("SELECT b.as_of || ' ' || b.balance_minor FROM opening_balances b"
                                          " JOIN customers c ON c.id = b.customer_id WHERE c.contract_number = ?"),
                           {QString::fromLatin1(contract)})
            .value()
            .toString();
    };
    QCOMPARE(balance("R-1"), QStringLiteral("2025-06-01 15000"));
    QCOMPARE(balance("R-2"), QStringLiteral("2026-11-01 -2000"));
    // A later file that moves R-1's day moves it; the same file again changes nothing.
    const QString moved = QString(sheet).replace(QStringLiteral("2025-06-01"), QStringLiteral("2025-07-01"));
    auto again = CsvImport(m_db, write(QStringLiteral("c2.csv"), moved.toUtf8()), mapping).run(Actor {});
    QVERIFY(again.ok() && again->imported);
    QCOMPARE(again->updated, 1);
    QCOMPARE(balance("R-1"), QStringLiteral("2025-07-01 15000"));
    QCOMPARE(CsvImport(m_db, write(QStringLiteral("c2.csv"), moved.toUtf8()), mapping).run(Actor {})->unchanged, 2);
}

void TestImport::rowsWithAndWithoutIdsInOneFileFindEachOther()
{
    QVERIFY(import(ImportKind::Customers, write(QStringLiteral("c.csv"), customersSheet(3).toUtf8()))->imported);
    // More payments than are written a statement at a time, so that some
    // are still waiting when a later row looks for its like.
    QString text = QStringLiteral("contract;date;amount;id\n");
    for (int i = 1; i <= 600; ++i) {
        text += QStringLiteral("И-1;01.11.2026;%1,00;P-%1\n").arg(i);
    }
    // Without an id, the same as one with an id: found. A new one without
    // an id, and then the same with an id: found too.
    text += QStringLiteral("И-1;01.11.2026;550,00;\nИ-2;01.11.2026;1,00;\nИ-2;01.11.2026;1,00;P-601\n");
    const QString path = write(QStringLiteral("mixed.csv"), text.toUtf8());
    auto mixed = import(ImportKind::Payments, path);
    QVERIFY2(mixed.ok() && mixed->imported, qPrintable(mixed.errorString()));
    QCOMPARE(mixed->added, 601);
    QCOMPARE(mixed->unchanged, 2);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments")), 601);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM import_keys WHERE source = 'payment'")), 601);
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT count(*) FROM payments p JOIN import_keys k ON k.row_id = p.id"
                                  " AND k.source = 'payment' AND k.external_id = 'P-601'"
                                  " WHERE p.amount_minor = 100 AND p.customer_id ="
                                  " (SELECT id FROM customers WHERE contract_number = 'И-2')")),
             1);
    auto again = import(ImportKind::Payments, path);
    QVERIFY2(again.ok() && again->imported, qPrintable(again.errorString()));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 603);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM payments")), 601);
}

void TestImport::oddFilesAreReadOrRefusedWithoutHarm()
{
    // A spreadsheet's empty "UTF-8 with BOM" file: no lines, said so.
    auto empty = import(ImportKind::Customers, write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF"), true);
    QVERIFY(!empty);
    QVERIFY2(empty.errorString().contains(QStringLiteral("no lines")), qPrintable(empty.errorString()));
    // More columns than any import reads: refused, never imported short.
    QString wide = QStringLiteral("contract;name;phone");
    for (int column = 3; column < 1005; ++column) {
        wide += QStringLiteral(";c%1").arg(column);
    }
    auto tooWide =
        import(ImportKind::Customers, write(QStringLiteral("wide.csv"), (wide + QStringLiteral("\n")).toUtf8()), true);
    QVERIFY(!tooWide.ok());
    QVERIFY2(tooWide.errorString().contains(QStringLiteral("more than 1000 columns")),
             qPrintable(tooWide.errorString()));
    QString longRow = QStringLiteral("contract;name;phone\nW-1;Wanda;+7 912 1110009");
    for (int column = 3; column < 1005; ++column) {
        longRow += QStringLiteral(";x");
    }
    auto refusedRow = import(ImportKind::Customers, write(QStringLiteral("long.csv"), longRow.toUtf8()), true);
    QVERIFY(refusedRow.ok());
    QCOMPARE(refusedRow->refusedRows(), 1);
    QVERIFY(std::any_of(refusedRow->problems.cbegin(), refusedRow->problems.cend(), [](const ImportProblem& problem) {
        return problem.line == 2 && problem.message.contains(QStringLiteral("more than 1000 columns"));
    }));

    // Two columns with one heading: each keeps its own place.
    const QString twice = QStringLiteral("contract;name;phone;phone\nД-1;Дина;+7 912 1110001;+7 912 1110002\n");
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    CsvImport reader(m_db, write(QStringLiteral("twice.csv"), twice.toUtf8()), mapping);
    auto preview = reader.preview();
    QVERIFY(preview.ok());
    QCOMPARE(preview->headings, texts({"contract", "name", "phone", "phone (2)"}));
    mapping = preview->mapping;
    mapping.columns.insert(QStringLiteral("phone2"), QStringLiteral("phone (2)"));
    auto imported = CsvImport(m_db, write(QStringLiteral("twice.csv"), twice.toUtf8()), mapping).run(Actor {});
    QVERIFY2(imported.ok() && imported->imported, qPrintable(imported.errorString()));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM phones WHERE e164 IN ('+79121110001', '+79121110002')")),
             2);
}

void TestImport::anOfficeOf20000CustomersInWindows1251()
{
    // The spreadsheet as the issue tells it: 20,000 customers, Windows-1251,
    // ';', three rows with mistakes. The dry run names them; fixed, it goes in.
    const QStringList mistakes {QStringLiteral("И-20001;Двойник;+7 912 3000001;;Дом;0;01.01.2024"),
                                QStringLiteral("И-20001;Двойник;+7 912 3000002;;Дом;0;01.01.2024"),
                                QStringLiteral("И-20003;Без даты;+7 912 3000003;;Дом;0;2024/13/01")};
    const QString path = write(QStringLiteral("office.csv"),
                               TextEncodings::encode(customersSheet(20000, mistakes), TextEncoding::Windows1251));
    auto dry = import(ImportKind::Customers, path, true);
    QVERIFY2(dry.ok(), qPrintable(dry.errorString()));
    QCOMPARE(dry->rows, 20003);
    QCOMPARE(dry->refusedRows(), 2);
    QCOMPARE(dry->problems.at(0).line, 20003);
    QCOMPARE(dry->problems.at(1).line, 20004);
    QCOMPARE(dry->problems.at(1).value, QStringLiteral("2024/13/01"));

    const QStringList fixed {QStringLiteral("И-20001;Двойник;+7 912 3000001;;Дом;0;01.01.2024"),
                             QStringLiteral("И-20002;Двойник второй;+7 912 3000002;;Дом;0;01.01.2024"),
                             QStringLiteral("И-20003;С датой;+7 912 3000003;;Дом;0;13.01.2024")};
    test::writeFile(path, TextEncodings::encode(customersSheet(20000, fixed), TextEncoding::Windows1251));
    auto run = import(ImportKind::Customers, path);
    QVERIFY2(run.ok() && run->imported, qPrintable(run.errorString()));
    QCOMPARE(run->added, 20003);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM customers")), 20003);
    QCOMPARE(count(m_db,
                   QStringLiteral("SELECT count(*) FROM customers WHERE name = 'С датой'"
                                  " AND customer_since = '2024-01-13'")),
             1);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
