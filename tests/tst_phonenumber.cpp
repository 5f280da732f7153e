#include "Entities.h"
#include "PhoneNumber.h"

#include <QTest>

using abonent::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void rejectsTextWithoutANumber_data();
    void rejectsTextWithoutANumber();
    void keepsTheRawText();
    void trailingKeyMatchesNumbersWithoutPrefix();
    void flagsUnassignedNumbers();
    void showsWhatItReadsBack();
    void showsNumbersInTheOfficesStyle_data();
    void showsNumbersInTheOfficesStyle();
    void storedPhonesShowFromTheirE164Form();
};

void TestPhoneNumber::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("numberRegion");

    // Russia: international form, trunk prefix 8, PBX digits, tel: URI.
    QTest::newRow("ru international") << "+7 (495) 123-45-67"
                                      << "RU"
                                      << "+74951234567"
                                      << ""
                                      << "RU";
    QTest::newRow("ru trunk 8") << "8 495 1234567"
                                << "RU"
                                << "+74951234567"
                                << ""
                                << "RU";
    QTest::newRow("ru mobile dashes") << "8-916-555-12-34"
                                      << "RU"
                                      << "+79165551234"
                                      << ""
                                      << "RU";
    QTest::newRow("ru tel uri") << "tel:+74951234567"
                                << "RU"
                                << "+74951234567"
                                << ""
                                << "RU";
    QTest::newRow("ru from abroad default") << "+7 495 123 45 67"
                                            << "US"
                                            << "+74951234567"
                                            << ""
                                            << "RU";
    QTest::newRow("ru dots") << "8.495.123.45.67"
                             << "RU"
                             << "+74951234567"
                             << ""
                             << "RU";
    // Ukraine: trunk prefix 0, full international, with brackets.
    QTest::newRow("ua trunk 0") << "0 44 123 45 67"
                                << "UA"
                                << "+380441234567"
                                << ""
                                << "UA";
    QTest::newRow("ua international") << "+380441234567"
                                      << "UA"
                                      << "+380441234567"
                                      << ""
                                      << "UA";
    QTest::newRow("ua mobile brackets") << "(067) 123-45-67"
                                        << "UA"
                                        << "+380671234567"
                                        << ""
                                        << "UA";
    QTest::newRow("ua 38 prefix") << "+38 (093) 123-45-67"
                                  << "UA"
                                  << "+380931234567"
                                  << ""
                                  << "UA";
    // North America: extension, vanity letters, leading 1.
    QTest::newRow("us extension") << "(555) 010-4477 ext. 12"
                                  << "US"
                                  << "+15550104477"
                                  << "12"
                                  << "";
    QTest::newRow("us ext short") << "212-555-0147 x7"
                                  << "US"
                                  << "+12125550147"
                                  << "7"
                                  << "US";
    QTest::newRow("us letters") << "1-800-FLOWERS"
                                << "US"
                                << "+18003569377"
                                << ""
                                << "US";
    QTest::newRow("us leading one") << "1 (415) 555-2671"
                                    << "US"
                                    << "+14155552671"
                                    << ""
                                    << "US";
    // Elsewhere: Germany with trunk 0, UK with spaces, dialled with 00.
    QTest::newRow("de trunk") << "030 1234567"
                              << "DE"
                              << "+49301234567"
                              << ""
                              << "DE";
    QTest::newRow("gb spaces") << "020 7946 0018"
                               << "GB"
                               << "+442079460018"
                               << ""
                               << "GB";
    QTest::newRow("idd 00 from ua") << "00 49 30 1234567"
                                    << "UA"
                                    << "+49301234567"
                                    << ""
                                    << "DE";
    QTest::newRow("idd 810 from ru") << "8 10 380 44 123 45 67"
                                     << "RU"
                                     << "+380441234567"
                                     << ""
                                     << "UA";
}

void TestPhoneNumber::parsesWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    QFETCH(QString, numberRegion);

    const auto parsed = PhoneNumber::parse(text, region);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->e164(), e164);
    QCOMPARE(parsed->extension(), extension);
    if (!numberRegion.isEmpty()) {
        QCOMPARE(parsed->region(), numberRegion);
    }
    // The national number is the E.164 number without its country code.
    QVERIFY(e164.endsWith(parsed->nationalNumber()));
    QVERIFY(parsed->international().startsWith(QLatin1Char('+')));
    // What is stored reads back as the same number, as a caller ID does.
    QCOMPARE(PhoneNumber::parse(e164, QString())->e164(), e164);
}

void TestPhoneNumber::rejectsTextWithoutANumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty") << ""
                           << "RU"
                           << "No phone number";
    QTest::newRow("spaces") << "   "
                            << "RU"
                            << "No phone number";
    QTest::newRow("words") << "call me maybe"
                           << "RU"
                           << "no digits";
    QTest::newRow("one digit") << "5"
                               << "RU"
                               << "5";
    QTest::newRow("too short") << "12-34"
                               << "RU"
                               << "12-34";
    QTest::newRow("too long") << "+7 495 123 45 67 89 01 23"
                              << "RU"
                              << "too";
    QTest::newRow("unknown country code") << "+999 123 456 789"
                                          << "RU"
                                          << "+999";
    QTest::newRow("no country known") << "495 123 45 67"
                                      << ""
                                      << "country";
    // Found by tests/fuzz (regressions/phonenumber): its E.164 form,
    // +4900551425514212, reads back as +490551425514212.
    QTest::newRow("e164 form reads as another number") << "000551425514212"
                                                       << "DE"
                                                       << "000551425514212";
}

void TestPhoneNumber::rejectsTextWithoutANumber()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, reasonMentions);

    const auto parsed = PhoneNumber::parse(text, region);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, abonent::Error::Code::Invalid);
    QVERIFY2(parsed.errorString().contains(reasonMentions), qPrintable(parsed.errorString()));
}

void TestPhoneNumber::keepsTheRawText()
{
    const QString typed = QStringLiteral("  8 (495) 123-45-67\t");
    const auto parsed = PhoneNumber::parse(typed, QStringLiteral("RU"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->raw(), typed);
    QCOMPARE(parsed->e164(), QStringLiteral("+74951234567"));
}

void TestPhoneNumber::trailingKeyMatchesNumbersWithoutPrefix()
{
    const auto stored = PhoneNumber::parse(QStringLiteral("+7 (495) 123-45-67"), QStringLiteral("RU"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->trailingKey(), QStringLiteral("7654321594"));
    // A PBX that sends only the local part, or the number with a different
    // prefix, still matches as a prefix of the stored reversed key.
    for (const char* arrived : {"1234567", "4951234567", "74951234567", "84951234567"}) {
        const QString key = PhoneNumber::trailingKeyOf(QString::fromLatin1(arrived));
        const QString shorter = key.size() < stored->trailingKey().size() ? key : stored->trailingKey();
        const QString longer = key.size() < stored->trailingKey().size() ? stored->trailingKey() : key;
        QVERIFY2(longer.startsWith(shorter), arrived);
    }
    QCOMPARE(PhoneNumber::trailingKeyOf(QStringLiteral("+7 (495) 12")), QStringLiteral("215947"));
    QCOMPARE(PhoneNumber::digitsOf(QStringLiteral("tel:+7-495")), QStringLiteral("7495"));
}

void TestPhoneNumber::flagsUnassignedNumbers()
{
    // 555-01xx is reserved for fiction: well-formed, but no real line.
    const auto fictional = PhoneNumber::parse(QStringLiteral("(555) 010-4477"), QStringLiteral("US"));
    QVERIFY(fictional.ok());
    QVERIFY(!fictional->isAssigned());
    const auto real = PhoneNumber::parse(QStringLiteral("+7 495 123-45-67"), QStringLiteral("RU"));
    QVERIFY(real.ok());
    QVERIFY(real->isAssigned());
}

void TestPhoneNumber::showsWhatItReadsBack()
{
    // Found by tests/fuzz (regressions/phonenumber): the United Kingdom's
    // style writes an extension after " x", which reads back at most nine
    // digits, so this number was shown in a form Abonent refused.
    const auto parsed = PhoneNumber::parse(QStringLiteral("(555)05-2238 ext. 9713555165"), QStringLiteral("GB"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->international(), QStringLiteral("+44 555052238 ext. 9713555165"));
    const auto again = PhoneNumber::parse(parsed->international(), QStringLiteral("GB"));
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->e164(), parsed->e164());
    QCOMPARE(again->extension(), QStringLiteral("9713555165"));
}

void TestPhoneNumber::showsNumbersInTheOfficesStyle_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");

    // One Russian mobile number typed seven ways: one way to read it.
    const char* moscowMobile[] = {"+7 (916) 555-12-34",
                                  "8-916-555-12-34",
                                  "89165551234",
                                  "8.916.555.12.34",
                                  "+7 916 5551234",
                                  "tel:+79165551234",
                                  "(916) 555 12 34"};
    for (const char* typed : moscowMobile) {
        QTest::addRow("RU office, %s", typed) << "RU" << typed << "8 (916) 555-12-34";
    }
    QTest::newRow("RU office, landline") << "RU"
                                         << "+7 495 123 45 67"
                                         << "8 (495) 123-45-67";
    QTest::newRow("RU office, extension") << "RU"
                                          << "8 495 1234567 ext. 12"
                                          << "8 (495) 123-45-67 ext. 12";
    QTest::newRow("RU office, Ukraine") << "RU"
                                        << "+380 (44) 123-45-67"
                                        << "+380 44 123 4567";
    QTest::newRow("RU office, Ukraine dialled 8 10") << "RU"
                                                     << "8 10 380 44 123 45 67"
                                                     << "+380 44 123 4567";
    QTest::newRow("RU office, Kazakhstan shares +7") << "RU"
                                                     << "+7 727 258 1234"
                                                     << "+7 7272 58 12 34";
    QTest::newRow("RU office, United States") << "RU"
                                              << "+1 (212) 555-0147"
                                              << "+1 212-555-0147";

    QTest::newRow("UA office, trunk 0") << "UA"
                                        << "0441234567"
                                        << "044 123 4567";
    QTest::newRow("UA office, international") << "UA"
                                              << "+380 (44) 123-45-67"
                                              << "044 123 4567";
    QTest::newRow("UA office, mobile brackets") << "UA"
                                                << "(067) 123-45-67"
                                                << "067 123 4567";
    QTest::newRow("UA office, +38") << "UA"
                                    << "+38 093 123 45 67"
                                    << "093 123 4567";
    QTest::newRow("UA office, Russia") << "UA"
                                       << "+7 916 555 12 34"
                                       << "+7 916 555-12-34";

    QTest::newRow("US office, dashes") << "US"
                                       << "212-555-0147"
                                       << "(212) 555-0147";
    QTest::newRow("US office, leading one") << "US"
                                            << "1 (415) 555-2671"
                                            << "(415) 555-2671";
    QTest::newRow("US office, international") << "US"
                                              << "+1 415 555 2671"
                                              << "(415) 555-2671";
    QTest::newRow("US office, dots and extension") << "US"
                                                   << "415.555.2671 x7"
                                                   << "(415) 555-2671 ext. 7";
    // 555-01xx is fictional: no region, but the US calling code.
    QTest::newRow("US office, unassigned range") << "US"
                                                 << "5550104477"
                                                 << "(555) 010-4477";
    QTest::newRow("US office, Canada shares +1") << "US"
                                                 << "+1 416 967 1111"
                                                 << "+1 416-967-1111";
    QTest::newRow("US office, Britain dialled 011") << "US"
                                                    << "011 44 20 7946 0018"
                                                    << "+44 20 7946 0018";
    QTest::newRow("GB office, Britain") << "GB"
                                        << "+44 20 7946 0018"
                                        << "020 7946 0018";
    QTest::newRow("DE office, Germany") << "DE"
                                        << "+49 30 1234567"
                                        << "030 1234567";
    // No office country: every number in international format.
    QTest::newRow("no office country") << ""
                                       << "+7 916 555 12 34"
                                       << "+7 916 555-12-34";
}

void TestPhoneNumber::showsNumbersInTheOfficesStyle()
{
    QFETCH(QString, office);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    const auto parsed = PhoneNumber::parse(typed, office);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->shownIn(office), shown);
    QCOMPARE(PhoneNumber::shown(typed, office), shown);
    QCOMPARE(parsed->raw(), typed); // what was typed is kept for editing
    // What is shown finds the same number again when typed in the office.
    const auto again = PhoneNumber::parse(shown, office);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->e164(), parsed->e164());
    QCOMPARE(again->extension(), parsed->extension());
}

void TestPhoneNumber::storedPhonesShowFromTheirE164Form()
{
    const auto typed = PhoneNumber::parse(QStringLiteral("8-916-555-12-34 ext. 5"), QStringLiteral("RU"));
    QVERIFY(typed.ok());
    const abonent::CustomerPhone stored = abonent::CustomerPhone::from(typed.value());
    QCOMPARE(stored.raw, QStringLiteral("8-916-555-12-34 ext. 5"));
    QCOMPARE(stored.shownIn(QStringLiteral("RU")), QStringLiteral("8 (916) 555-12-34 ext. 5"));
    QCOMPARE(stored.shownIn(QStringLiteral("US")), QStringLiteral("+7 916 555-12-34 ext. 5"));
    // A caller ID that holds no number, and a stored row that does not parse, are shown as they are.
    QCOMPARE(PhoneNumber::shown(QStringLiteral("101"), QStringLiteral("RU")), QStringLiteral("101"));
    abonent::CustomerPhone broken;
    broken.raw = QStringLiteral("ask at reception");
    QCOMPARE(broken.shownIn(QStringLiteral("RU")), broken.raw);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
