#include "CallScreen.h"
#include "CallerLookup.h"
#include "ContactRepository.h"
#include "CustomerService.h"
#include "OperatorRepository.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "ShippedTags.h"
#include "TagService.h"
#include "TestSupport.h"

#include <QTest>
#include <QTranslator>

using namespace abonent;

// Who is calling, from caller IDs as PBXs send them.
class TestCallerLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheCaller_data();
    void findsTheCaller();
    void sharedNumberGivesEveryoneMostRecentFirst();
    void exactMatchWinsOverTrailingDigits();
    void withheldNumbersAreUnknownCallers_data();
    void withheldNumbersAreUnknownCallers();
    void overlongCallerIdsAreNoMatchWithoutTheDatabase();
    void callScreenShowsWarningsAllowanceAndWhomToRouteTo();

private:
    qint64 customer(const QString& contract, const QString& name, const QStringList& phones, const QString& region);
    void contactAt(qint64 customerId, const QDateTime& at);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_moscow = 0; // +7 495 123-45-67
    qint64 m_kyiv = 0; // +380 44 555 12 34
    qint64 m_family1 = 0; // share +7 916 555-00-11
    qint64 m_family2 = 0;
};

qint64 TestCallerLookup::customer(const QString& contract,
                                  const QString& name,
                                  const QStringList& phones,
                                  const QString& region)
{
    Customer made;
    made.contractNumber = contract;
    made.name = name;
    made.customerSince = QDate(2025, 1, 1);
    for (const QString& phone : phones) {
        made.phones.append(CustomerPhone::from(PhoneNumber::parse(phone, region).value()));
    }
    return CustomerService(m_db).create(Actor {}, made).value();
}

void TestCallerLookup::contactAt(qint64 customerId, const QDateTime& at)
{
    Contact contact;
    contact.customerId = customerId;
    contact.startedAt = at;
    contact.topic = QStringLiteral("Billing question");
    QVERIFY(ContactRepository(m_db).add(contact).ok());
}

void TestCallerLookup::initTestCase()
{
    auto* plurals = new QTranslator(this); // English plural forms, as the application installs them
    QVERIFY(plurals->load(QStringLiteral(":/i18n/abonent_en.qm")));
    QCoreApplication::installTranslator(plurals);
    m_database = test::openDatabase(m_dir.filePath(QStringLiteral("lookup.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    m_moscow = customer(QStringLiteral("L-1"),
                        QStringLiteral("Moscow Caller"),
                        {QStringLiteral("+7 (495) 123-45-67")},
                        QStringLiteral("RU"));
    m_kyiv = customer(QStringLiteral("L-3"),
                      QStringLiteral("Kyiv Caller"),
                      {QStringLiteral("+380 44 555 12 34")},
                      QStringLiteral("UA"));
    m_family1 = customer(QStringLiteral("L-4"),
                         QStringLiteral("Family One"),
                         {QStringLiteral("+7 916 555-00-11")},
                         QStringLiteral("RU"));
    m_family2 = customer(QStringLiteral("L-5"),
                         QStringLiteral("Family Two"),
                         {QStringLiteral("8 (916) 555-00-11"), QStringLiteral("+7 916 555-99-99")},
                         QStringLiteral("RU"));
    contactAt(m_family1, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    contactAt(m_family2, QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
}

void TestCallerLookup::findsTheCaller_data()
{
    QTest::addColumn<QString>("callerId");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<bool>("exact");
    QTest::newRow("E.164") << "+74951234567"
                           << "L-1" << true;
    QTest::newRow("as written") << "+7 (495) 123-45-67"
                                << "L-1" << true;
    QTest::newRow("trunk prefix 8") << "84951234567"
                                    << "L-1" << true;
    QTest::newRow("Russia's international prefix 810") << "81074951234567"
                                                       << "L-1" << true;
    // 00 is not how Russia dials abroad; the number is still found by its end.
    QTest::newRow("international 00") << "0074951234567"
                                      << "L-1" << false;
    QTest::newRow("no country code") << "4951234567"
                                     << "L-1" << true;
    QTest::newRow("tel: URI") << "tel:+7-495-123-45-67"
                              << "L-1" << true;
    QTest::newRow("SIP caller ID") << "\"Moscow\" <sip:+74951234567@pbx.local>"
                                   << "L-1" << true;
    QTest::newRow("only the local digits") << "1234567"
                                           << "L-1" << false;
    QTest::newRow("outside-line prefix 9") << "984951234567"
                                           << "L-1" << false;
    QTest::newRow("another country") << "+380445551234"
                                     << "L-3" << true;
    QTest::newRow("another country, national") << "0445551234"
                                               << "L-3" << false;
}

void TestCallerLookup::findsTheCaller()
{
    QFETCH(QString, callerId);
    QFETCH(QString, contract);
    QFETCH(bool, exact);
    auto found = CallerLookup(m_db, QStringLiteral("RU")).lookup(callerId);
    QVERIFY(found.ok());
    QVERIFY(!found->unknownCaller);
    QCOMPARE(found->matches.size(), 1);
    QCOMPARE(found->matches.first().contract, contract);
    QCOMPARE(found->matches.first().exact, exact);
}

void TestCallerLookup::sharedNumberGivesEveryoneMostRecentFirst()
{
    auto found = CallerLookup(m_db, QStringLiteral("RU")).lookup(QStringLiteral("+7 916 555 00 11"));
    QVERIFY(found.ok());
    QCOMPARE(found->matches.size(), 2);
    QCOMPARE(found->matches.at(0).customerId, m_family2); // contacted in May
    QCOMPARE(found->matches.at(1).customerId, m_family1); // in March
    // A number nobody has finds nobody, and that is not an error.
    auto nobody = CallerLookup(m_db, QStringLiteral("RU")).lookup(QStringLiteral("+7 812 000-00-00"));
    QVERIFY(nobody.ok());
    QVERIFY(!nobody->unknownCaller);
    QVERIFY(nobody->matches.isEmpty());
    // Too few digits to trust the end of a number.
    QVERIFY(CallerLookup(m_db, QStringLiteral("RU")).lookup(QStringLiteral("4567")).value().matches.isEmpty());
}

void TestCallerLookup::exactMatchWinsOverTrailingDigits()
{
    // 123-45-67 is also the end of the Moscow number; whoever has the whole
    // number is the caller, not everyone whose number ends the same way.
    const qint64 spb = customer(QStringLiteral("L-6"),
                                QStringLiteral("Petersburg"),
                                {QStringLiteral("+7 812 123-45-67")},
                                QStringLiteral("RU"));
    auto found = CallerLookup(m_db, QStringLiteral("RU")).lookup(QStringLiteral("+78121234567"));
    QCOMPARE(found->matches.size(), 1);
    QCOMPARE(found->matches.first().customerId, spb);
    // The last seven digits alone are ambiguous: both are offered.
    auto local = CallerLookup(m_db, QStringLiteral("RU")).lookup(QStringLiteral("1234567"));
    QCOMPARE(local->matches.size(), 2);
}

void TestCallerLookup::withheldNumbersAreUnknownCallers_data()
{
    QTest::addColumn<QString>("callerId");
    for (const char* id : {"", "   ", "anonymous", "Anonymous", "Restricted", "<unknown>", "Private", "unavailable"}) {
        QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void TestCallerLookup::withheldNumbersAreUnknownCallers()
{
    QFETCH(QString, callerId);
    auto found = CallerLookup(m_db, QStringLiteral("RU")).lookup(callerId);
    QVERIFY(found.ok());
    QVERIFY(found->unknownCaller);
    QVERIFY(found->matches.isEmpty());
}

void TestCallerLookup::overlongCallerIdsAreNoMatchWithoutTheDatabase()
{
    // A connection that fails whatever it is asked: a lookup that queries it is an error.
    const CallerLookup lookup(QSqlDatabase(), QStringLiteral("RU"));
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QVERIFY(!lookup.lookup(QStringLiteral("+7 495 123-45-67")).ok());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QVERIFY(!lookup.lookup(QString(CallerLookup::kMaximumDigits, u'7')).ok()); // the longest still asks
    const QString digits16k(16000, u'7');
    const QStringList overlong {
        QString(CallerLookup::kMaximumDigits + 1, u'7'),
        digits16k,
        QStringLiteral("\"Flood\" <sip:%1@pbx.local>").arg(digits16k),
        QString(CallerLookup::kMaximumLength, u'-') + QStringLiteral("74951234567"),
    };
    for (const QString& callerId : overlong) {
        auto found = lookup.lookup(callerId);
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QVERIFY(found->tooLong);
        QVERIFY(!found->unknownCaller);
        QVERIFY(found->matches.isEmpty());
    }
    // Ending with a customer's number does not make a flood of digits theirs.
    auto flood = CallerLookup(m_db, QStringLiteral("RU")).lookup(digits16k + QStringLiteral("4951234567"));
    QVERIFY(flood.ok());
    QVERIFY(flood->matches.isEmpty());
}

void TestCallerLookup::callScreenShowsWarningsAllowanceAndWhomToRouteTo()
{
    const auto addOperator = [&](const QString& login, const QString& name, bool difficult) {
        Operator person;
        person.login = login;
        person.name = name;
        person.takesDifficultCallers = difficult;
        person.costPerHour = Money {60000, QStringLiteral("RUB")};
        return OperatorRepository(m_db).add(person).value();
    };
    const qint64 desk = addOperator(QStringLiteral("new.agent"), QStringLiteral("New Agent"), false);
    const qint64 calm = addOperator(QStringLiteral("calm.one"), QStringLiteral("Calm One"), true);
    Plan plan;
    plan.name = QStringLiteral("Home 300");
    plan.monthlyFee = Money {70000, QStringLiteral("RUB")};
    plan.includedSupportMinutes = 30;
    plan.paidSupportRatePerMinuteMinor = 1500;
    const qint64 planId = PlanRepository(m_db).add(plan).value();
    QVERIFY(PlanRepository(m_db).changePlan(m_kyiv, planId, QDate(2025, 1, 1)).ok());

    // This month: a 41-minute call with Calm One, then an e-mail handled by the new agent.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC); // stored to the second
    const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
    Contact call;
    call.customerId = m_kyiv;
    call.startedAt = std::max(monthStart, now.addSecs(-3 * 3600));
    call.durationSeconds = 41 * 60;
    call.operatorId = calm;
    call.topic = QStringLiteral("No connection");
    QVERIFY(ContactRepository(m_db).add(call).ok());
    Contact mail = call;
    mail.channel = Channel::Email;
    mail.startedAt = call.startedAt.addSecs(60);
    mail.durationSeconds = 300;
    mail.operatorId = desk;
    mail.topic = QStringLiteral("Invoice copy");
    QVERIFY(ContactRepository(m_db).add(mail).ok());

    TagService tags(m_db);
    TagRequest warning;
    warning.tagId = tags.shippedTag(QLatin1String(ShippedTags::abusiveLanguage)).value().id;
    warning.reason = QStringLiteral("Swore at the engineer");
    QVERIFY(tags.assign(Actor {calm, Role::Operator}, m_kyiv, warning).ok());

    // A tag that marks no problem is what the operator needs on the call too.
    TagRequest patience;
    patience.tagId = tags.shippedTag(QLatin1String("needs_patience")).value().id;
    patience.reason = QStringLiteral("Hard of hearing");
    QVERIFY(tags.assign(Actor {calm, Role::Operator}, m_kyiv, patience).ok());

    auto screen = CallScreenReader(m_db).read(m_kyiv, desk);
    QVERIFY2(screen.ok(), qPrintable(screen.errorString()));
    QCOMPARE(screen->card.customer.contractNumber, QStringLiteral("L-3"));
    QCOMPARE(screen->otherTags.size(), 1);
    QCOMPARE(screen->otherTags.first().assignment.reason, QStringLiteral("Hard of hearing"));
    QVERIFY(screen->otherTags.first().tag.guidance.contains(QStringLiteral("Speak slowly")));
    QCOMPARE(screen->warnings.size(), 1);
    QCOMPARE(screen->warnings.first().assignment.reason, QStringLiteral("Swore at the engineer"));
    QVERIFY(screen->warnings.first().tag.guidance.contains(QStringLiteral("Stay calm")));
    QCOMPARE(screen->allowanceRule,
             QStringLiteral("Plan Home 300 includes 30 min a month; 41 min used; beyond that, support is paid at %1 a "
                            "minute.")
                 .arg(Money {1500, QStringLiteral("RUB")}.format(QLocale())));
    QCOMPARE(screen->recent.size(), 2);
    QCOMPARE(screen->recent.first().topic, QStringLiteral("Invoice copy")); // newest first
    // Route a repeat caller back: the last conversation, not the last e-mail.
    QCOMPARE(screen->lastSpokeWith, QStringLiteral("Calm One"));
    QCOMPARE(screen->lastSpokeAt, call.startedAt);
    QVERIFY(!screen->deskTakesDifficultCallers);
    QCOMPARE(screen->difficultCallerOperators, QStringList {QStringLiteral("Calm One")});
    // At Calm One's own desk there is nobody to transfer to.
    QVERIFY(CallScreenReader(m_db).read(m_kyiv, calm)->difficultCallerOperators.isEmpty());
    // Without a warning nobody needs to be named.
    QVERIFY(CallScreenReader(m_db).read(m_moscow, desk)->difficultCallerOperators.isEmpty());
}

QTEST_GUILESS_MAIN(TestCallerLookup)
#include "tst_callerlookup.moc"
