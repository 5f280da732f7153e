#include "AuditLog.h"
#include "ContactRepository.h"
#include "CustomerCardReader.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "InputParsing.h"
#include "Money.h"
#include "OperatorRepository.h"
#include "PaymentRepository.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "StandardTimeline.h"
#include "TestSupport.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace abonent;

// A source that returns fixed entries, to test the merge on its own.
class FixedSource : public TimelineSource
{
public:
    explicit FixedSource(QList<TimelineEntry> entries)
        : m_entries(std::move(entries))
    {
    }
    Result<QList<TimelineEntry>> entriesFor(const QSqlDatabase&, qint64) const override { return m_entries; }

private:
    QList<TimelineEntry> m_entries;
};

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mergesSourcesNewestFirst();
    void tiesKeepSourceOrderThenNewestRow();
    void showsEverySourceOfARealCustomer();
    void cardReaderSummarisesTheCustomer();
    void servicesRecordWhoChangedWhat();
    void editorSaveNeverUndoesAnotherDesk();
    void notesSaveNeverUndoesAnotherDesk();
    void durationsAsPeopleTypeThem_data();
    void durationsAsPeopleTypeThem();
    void amountsAsPeopleTypeThem_data();
    void amountsAsPeopleTypeThem();
    void anAmountShownCanBeTypedBack();

private:
    static TimelineEntry entry(const QString& title, const QDateTime& at, qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_customer = 0;
    qint64 m_operator = 0;
    qint64 m_plan = 0;
};

TimelineEntry TestTimeline::entry(const QString& title, const QDateTime& at, qint64 id)
{
    TimelineEntry made;
    made.title = title;
    made.at = at;
    made.sourceId = id;
    return made;
}

void TestTimeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("timeline.sqlite")));
    m_db = m_database->connection();
    Operator person;
    person.login = QStringLiteral("anna");
    person.name = QStringLiteral("Anna Duty");
    person.costPerHour = Money {60000, QStringLiteral("RUB")};
    m_operator = OperatorRepository(m_db).add(person).value();
    Plan plan;
    plan.name = QStringLiteral("Home 300");
    plan.monthlyFee = Money {70000, QStringLiteral("RUB")};
    plan.includedSupportMinutes = 30;
    m_plan = PlanRepository(m_db).add(plan).value();
    Customer customer;
    customer.contractNumber = QStringLiteral("T-1");
    customer.name = QStringLiteral("Timeline Tester");
    customer.customerSince = QDate(2025, 1, 1);
    customer.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+7 495 123 45 67"), QString()).value())};
    m_customer = CustomerService(m_db).create(Actor {m_operator, Role::Manager}, customer).value();
}

void TestTimeline::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
}

void TestTimeline::mergesSourcesNewestFirst()
{
    const QDateTime base(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    std::vector<std::unique_ptr<TimelineSource>> sources;
    sources.push_back(std::make_unique<FixedSource>(
        QList<TimelineEntry> {entry(QStringLiteral("a1"), base, 1), entry(QStringLiteral("a3"), base.addDays(2), 3)}));
    sources.push_back(std::make_unique<FixedSource>(QList<TimelineEntry> {
        entry(QStringLiteral("b2"), base.addDays(1), 1), entry(QStringLiteral("b4"), base.addDays(3), 2)}));
    TimelineModel model(m_db, std::move(sources));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_customer).ok());
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row) {
        order << model.entryAt(row).title;
    }
    QCOMPARE(order,
             (QStringList {QStringLiteral("b4"), QStringLiteral("a3"), QStringLiteral("b2"), QStringLiteral("a1")}));
}

void TestTimeline::tiesKeepSourceOrderThenNewestRow()
{
    const QDateTime same(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    std::vector<std::unique_ptr<TimelineSource>> sources;
    sources.push_back(std::make_unique<FixedSource>(QList<TimelineEntry> {
        entry(QStringLiteral("first source, row 1"), same, 1), entry(QStringLiteral("first source, row 2"), same, 2)}));
    sources.push_back(
        std::make_unique<FixedSource>(QList<TimelineEntry> {entry(QStringLiteral("second source"), same, 9)}));
    TimelineModel model(m_db, std::move(sources));
    QVERIFY(model.load(m_customer).ok());
    QCOMPARE(model.entryAt(0).title, QStringLiteral("first source, row 2"));
    QCOMPARE(model.entryAt(1).title, QStringLiteral("first source, row 1"));
    QCOMPARE(model.entryAt(2).title, QStringLiteral("second source"));
    // Reloading gives the same order.
    QVERIFY(model.load(m_customer).ok());
    QCOMPARE(model.entryAt(0).title, QStringLiteral("first source, row 2"));
}

void TestTimeline::showsEverySourceOfARealCustomer()
{
    CustomerService service(m_db);
    const Actor manager {m_operator, Role::Manager};
    QVERIFY(service.changePlan(manager, m_customer, m_plan, QDate(2025, 1, 1)).ok());
    QVERIFY(
        service
            .addPayment(manager,
                        {0, m_customer, QDate(2026, 2, 3), PaymentKind::Fee, Money {70000, QStringLiteral("RUB")}, {}})
            .ok());
    QVERIFY(service
                .addPayment(
                    manager,
                    {0, m_customer, QDate(2026, 2, 20), PaymentKind::Refund, Money {5000, QStringLiteral("RUB")}, {}})
                .ok());
    Contact call;
    call.customerId = m_customer;
    call.startedAt = QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC);
    call.durationSeconds = 3725;
    call.operatorId = m_operator;
    call.topic = QStringLiteral("Slow evenings");
    call.conduct = Conduct::RaisedVoice;
    QVERIFY(service.addContact(manager, call).ok());
    QVERIFY(service.archive(manager, m_customer, QStringLiteral("Moved away")).ok());

    TimelineModel model(m_db, standardTimelineSources());
    QVERIFY(model.load(m_customer).ok());
    QStringList what;
    for (int row = 0; row < model.rowCount(); ++row) {
        what << model.index(row, TimelineModel::WhatColumn).data().toString();
    }
    // Newest first: the archiving (today), the refund, the call, the fee, the record, the plan.
    QVERIFY2(what.at(0).startsWith(QStringLiteral("Status: Archived")), qPrintable(what.join(QLatin1String(" | "))));
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(), QStringLiteral("Moved away"));
    QCOMPARE(model.index(0, TimelineModel::WhoColumn).data().toString(), QStringLiteral("Anna Duty"));
    const int call_ = what.indexOf(QStringLiteral("Incoming call: Slow evenings [Raised voice]"));
    QVERIFY2(call_ > 0, qPrintable(what.join(QLatin1String(" | "))));
    QCOMPARE(model.index(call_, TimelineModel::DurationColumn).data().toString(), QStringLiteral("1:02:05"));
    QCOMPARE(model.index(call_, TimelineModel::WhoColumn).data().toString(), QStringLiteral("Anna Duty"));
    // indexOf with a pattern wants the whole text to match.
    const int refund = what.indexOf(QRegularExpression(QStringLiteral("^Refund .*50.*")));
    QVERIFY(refund >= 0 && refund < call_);
    QVERIFY2(what.indexOf(QRegularExpression(QStringLiteral("^Monthly fee .*700.*"))) > call_,
             qPrintable(what.join(QLatin1String(" | "))));
    QVERIFY(what.contains(QStringLiteral("Plan: Home 300")));
    QVERIFY(what.contains(QStringLiteral("Customer record created")));
    QCOMPARE(model.rowCount(), 6); // plan changes and payments are not listed twice via the audit log
}

void TestTimeline::cardReaderSummarisesTheCustomer()
{
    CustomerService service(m_db);
    const Actor manager {m_operator, Role::Manager};
    QVERIFY(service.changePlan(manager, m_customer, m_plan, QDate(2025, 1, 1)).ok());
    QVERIFY(
        service
            .addPayment(manager,
                        {0, m_customer, QDate(2026, 2, 3), PaymentKind::Fee, Money {70000, QStringLiteral("RUB")}, {}})
            .ok());
    QVERIFY(
        service
            .addPayment(
                manager,
                {0, m_customer, QDate(2026, 2, 20), PaymentKind::Compensation, Money {7000, QStringLiteral("RUB")}, {}})
            .ok());
    Contact call;
    call.customerId = m_customer;
    call.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    call.durationSeconds = 600;
    call.operatorId = m_operator;
    call.topic = QStringLiteral("Slow evenings");
    QVERIFY(service.addContact(manager, call).ok());
    QVERIFY(service
                .saveNotes(manager,
                           m_customer,
                           QStringLiteral("Gate code 1234"),
                           CustomerRepository(m_db).find(m_customer)->notesVersion)
                .ok());

    auto card = CustomerCardReader(m_db).read(m_customer);
    QVERIFY2(card.ok(), qPrintable(card.errorString()));
    QVERIFY(card->plan.has_value());
    QCOMPARE(card->plan->name, QStringLiteral("Home 300"));
    QCOMPARE(card->planSince, QDate(2025, 1, 1));
    QCOMPARE(card->netPaid, (Money {63000, QStringLiteral("RUB")}));
    QCOMPARE(card->conversationSecondsThisMonth, qint64(600));
    QCOMPARE(card->lastOperatorName, QStringLiteral("Anna Duty"));
    QCOMPARE(card->notesUpdatedByName, QStringLiteral("Anna Duty"));
    QCOMPARE(card->customer.notes, QStringLiteral("Gate code 1234"));
    QVERIFY(card->customer.notesUpdatedAt.isValid());
    QVERIFY(card->customer.lastContactAt.isValid());
}

void TestTimeline::servicesRecordWhoChangedWhat()
{
    CustomerService service(m_db);
    const Actor manager {m_operator, Role::Manager};
    Customer customer = CustomerRepository(m_db).find(m_customer).value();
    customer.email = QStringLiteral("tester@mailbox.example");
    QVERIFY(service.update(manager, customer).ok());
    QVERIFY(service.update(manager, customer).ok()); // no change, no entry
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.edited'"))
                 .value()
                 .toInt(),
             1);
    QSqlQuery edited(m_db);
    QVERIFY(edited.exec(
        QStringLiteral("SELECT operator_id, before, after FROM audit_log WHERE action = 'customer.edited'")));
    QVERIFY(edited.next());
    QCOMPARE(edited.value(0).toLongLong(), m_operator);
    QCOMPARE(edited.value(1).toString(), QStringLiteral("{\"email\":\"\"}"));
    QCOMPARE(edited.value(2).toString(), QStringLiteral("{\"email\":\"tester@mailbox.example\"}"));

    const Status noReason = service.archive(manager, m_customer, QStringLiteral("  "));
    QCOMPARE(noReason.error().code, Error::Code::Invalid);
    QCOMPARE(CustomerRepository(m_db).find(m_customer)->status, CustomerStatus::Active);
    QVERIFY(service.archive(manager, m_customer, QStringLiteral("Asked to close the account")).ok());
    QCOMPARE(service.archive(manager, m_customer, QStringLiteral("again")).error().code, Error::Code::Invalid);
}

void TestTimeline::editorSaveNeverUndoesAnotherDesk()
{
    CustomerService service(m_db);
    const Actor here {m_operator, Role::Manager};
    const Customer opened = CustomerRepository(m_db).find(m_customer).value(); // the editor opens

    // Meanwhile, another desk saves notes and archives the customer.
    QVERIFY(service.saveNotes(here, m_customer, QStringLiteral("Asked for paper invoices"), opened.notesVersion).ok());
    QVERIFY(service.archive(here, m_customer, QStringLiteral("Moved away")).ok());

    // The editor saves a new name: the notes and the status stay as they are now.
    Customer edited = opened;
    edited.name = QStringLiteral("Timeline Tester-Smith");
    QVERIFY(service.update(here, edited).ok());
    const Customer now = CustomerRepository(m_db).find(m_customer).value();
    QCOMPARE(now.name, QStringLiteral("Timeline Tester-Smith"));
    QCOMPARE(now.notes, QStringLiteral("Asked for paper invoices"));
    QCOMPARE(now.status, CustomerStatus::Archived);
    // The notes stay searchable after the editor's save.
    const SqlDialect dialect = SqlDialect::of(m_db);
    QCOMPARE(sql::scalar(m_db,
                         QStringLiteral("SELECT count(*) FROM customers c")
                             + dialect.wordIndexJoin(
                                 QStringLiteral("customer_words"), QStringLiteral("w"), QStringLiteral("c.id"))
                             + QStringLiteral(" WHERE c.id = ?"),
                         {dialect.wordPrefixQuery({QStringLiteral("paper")}), m_customer})
                 .value_or(QVariant())
                 .toInt(),
             1);

    // A second editor opened before that save is refused, and changes nothing.
    Customer stale = opened;
    stale.address = QStringLiteral("Somewhere else");
    const Status refused = service.update(here, stale);
    QCOMPARE(refused.error().code, Error::Code::Stale);
    QCOMPARE(CustomerRepository(m_db).find(m_customer)->name, QStringLiteral("Timeline Tester-Smith"));
    QCOMPARE(CustomerRepository(m_db).find(m_customer)->address, QString());
}

void TestTimeline::notesSaveNeverUndoesAnotherDesk()
{
    CustomerService service(m_db);
    const Actor here {m_operator, Role::Manager};
    const Customer opened = CustomerRepository(m_db).find(m_customer).value(); // two cards show the notes

    QVERIFY(service.saveNotes(here, m_customer, QStringLiteral("Prefers e-mail"), opened.notesVersion).ok());
    // The second card's save, written on the notes as they were: refused, nothing written.
    const Status refused = service.saveNotes(here, m_customer, QStringLiteral("Call after six"), opened.notesVersion);
    QCOMPARE(refused.error().code, Error::Code::Stale);
    const Customer now = CustomerRepository(m_db).find(m_customer).value();
    QCOMPARE(now.notes, QStringLiteral("Prefers e-mail"));
    QCOMPARE(now.notesVersion, opened.notesVersion + 1);
    // Written on what is stored now (as the merge does), it is saved.
    QVERIFY(service.saveNotes(here, m_customer, QStringLiteral("Prefers e-mail; call after six"), now.notesVersion));
    QCOMPARE(CustomerRepository(m_db).find(m_customer)->notes, QStringLiteral("Prefers e-mail; call after six"));
    // The editor's fields have a version of their own: notes do not make its save stale.
    QCOMPARE(CustomerRepository(m_db).find(m_customer)->detailsVersion, opened.detailsVersion);
}

void TestTimeline::durationsAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("seconds");
    QTest::newRow("minutes:seconds") << "4:30" << 270;
    QTest::newRow("seconds") << "270" << 270;
    QTest::newRow("spaces") << " 12 : 05 " << 725;
    QTest::newRow("hours") << "1:02:05" << 3725;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("sixty seconds") << "4:60" << -1;
    QTest::newRow("words") << "four minutes" << -1;
    QTest::newRow("negative") << "-5" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("more than a day") << "25:00:00" << -1;
}

void TestTimeline::durationsAsPeopleTypeThem()
{
    QFETCH(QString, typed);
    QFETCH(int, seconds);
    const auto parsed = InputParsing::duration(typed);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestTimeline::amountsAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "1234.5"
                           << "USD"
                           << "en_US" << qint64(123450);
    QTest::newRow("english thousands") << "1,234.50"
                                       << "USD"
                                       << "en_US" << qint64(123450);
    QTest::newRow("russian") << "1 234,50"
                             << "RUB"
                             << "ru_RU" << qint64(123450);
    QTest::newRow("russian nbsp") << "1\u00a0234,5"
                                  << "RUB"
                                  << "ru_RU" << qint64(123450);
    QTest::newRow("whole") << "700"
                           << "UAH"
                           << "uk_UA" << qint64(70000);
    QTest::newRow("thousands only") << "1,000"
                                    << "USD"
                                    << "en_US" << qint64(100000);
    QTest::newRow("yen has no minor unit") << "1500"
                                           << "JPY"
                                           << "ja_JP" << qint64(1500);
    QTest::newRow("too many decimals") << "1.234"
                                       << "USD"
                                       << "en_US" << qint64(-1);
    QTest::newRow("german style in russian") << "1.234,50"
                                             << "RUB"
                                             << "ru_RU" << qint64(123450);
    QTest::newRow("point for decimals in russian") << "99.9"
                                                   << "RUB"
                                                   << "ru_RU" << qint64(9990);
    QTest::newRow("bad grouping") << "12,34,567"
                                  << "USD"
                                  << "en_US" << qint64(-1);
    QTest::newRow("space is not a decimal point") << "10 50"
                                                  << "USD"
                                                  << "en_US" << qint64(-1);
    QTest::newRow("space between digits") << "1 5"
                                          << "USD"
                                          << "en_US" << qint64(-1);
    QTest::newRow("swiss apostrophe") << "1'234.50"
                                      << "USD"
                                      << "en_US" << qint64(123450);
    QTest::newRow("apostrophe misplaced") << "1'5"
                                          << "USD"
                                          << "en_US" << qint64(-1);
    QTest::newRow("three decimals rejected") << "0.001"
                                             << "USD"
                                             << "en_US" << qint64(-1);
    QTest::newRow("sign before") << "$1,234.50"
                                 << "USD"
                                 << "en_US" << qint64(123450);
    QTest::newRow("sign after") << "120,00 ₽"
                                << "RUB"
                                << "ru_RU" << qint64(12000);
    QTest::newRow("code after") << "12.5 usd"
                                << "USD"
                                << "en_US" << qint64(1250);
    QTest::newRow("another currency's sign") << "€12"
                                             << "USD"
                                             << "en_US" << qint64(-1);
    QTest::newRow("letters") << "ten"
                             << "USD"
                             << "en_US" << qint64(-1);
    QTest::newRow("empty") << ""
                           << "USD"
                           << "en_US" << qint64(-1);
}

void TestTimeline::anAmountShownCanBeTypedBack()
{
    // What a form shows (a plan's extra minute, say) is saved again unchanged.
    for (const char* name : {"en_US", "ru_RU", "uk_UA", "de_DE", "fr_FR", "pl_PL"}) {
        const QLocale locale(QString::fromLatin1(name));
        for (const char* currency : {"USD", "RUB", "UAH", "EUR", "PLN", "JPY", "KWD"}) {
            for (const qint64 minor : {qint64(0), qint64(5), qint64(12000), qint64(123456789)}) {
                const Money money {minor, QString::fromLatin1(currency)};
                const QString shown = money.format(locale);
                const QString context = QStringLiteral("%1 in %2").arg(shown, locale.name());
                QVERIFY2(InputParsing::amount(shown, money.currency, locale) == minor, qPrintable(context));
                QVERIFY2(InputParsing::amount(money.number(locale), money.currency, locale) == minor,
                         qPrintable(context));
            }
        }
    }
}

void TestTimeline::amountsAsPeopleTypeThem()
{
    QFETCH(QString, typed);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QCOMPARE(InputParsing::amount(typed, currency, QLocale(locale)).value_or(-1), minor);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
