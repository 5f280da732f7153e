#include "AbonentDatabase.h"
#include "ContactRepository.h"
#include "CustomerRepository.h"
#include "Money.h"
#include "OfficeSettings.h"
#include "OperatorRepository.h"
#include "PaymentRepository.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace abonent;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void operatorRoundTrip();
    void enteredDatesMakeSense_data();
    void enteredDatesMakeSense();
    void planRoundTrip();
    void customerRoundTrip();
    void customerValidation_data();
    void customerValidation();
    void duplicateContractIsRefusedAndNothingWritten();
    void failingPhoneRollsBackTheWholeCustomer();
    void updateReplacesPhonesInOneTransaction();
    void planChangeClosesThePeriodInForce();
    void planHistoryNeverOverlaps();
    void paymentsAndContactsRoundTrip();
    void nestedTransactionsUndoOnlyTheirOwnWork();
    void customersWithHistoryCannotBeDeleted();
    void waitsForAnotherWriterInsteadOfFailing();
    void officeSettings();
    void enumCodesRoundTrip();
    void moneyIsFormattedWithoutFloatingPoint();
    void moneyFollowsTheLocale_data();
    void moneyFollowsTheLocale();

private:
    Customer sampleCustomer(const QString& contract) const;
    qint64 countOf(const QString& table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_scratch = std::make_unique<test::ScratchDatabase>(*m_dir, QStringLiteral("repo.sqlite"));
    m_database = test::openDatabase(m_scratch->location());
    QVERIFY(m_database);
    m_db = m_database->connection();
}

void TestRepositories::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_scratch.reset();
}

qint64 TestRepositories::countOf(const QString& table) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
}

Customer TestRepositories::sampleCustomer(const QString& contract) const
{
    Customer customer;
    customer.contractNumber = contract;
    customer.name = QStringLiteral("Ёлкина Алёна");
    customer.address = QStringLiteral("ул. Садовая, д. 12, кв. 4");
    customer.email = QStringLiteral("a.yolkina@mailbox.example");
    customer.customerSince = QDate(2021, 3, 15);
    customer.phones = {
        CustomerPhone::from(PhoneNumber::parse(QStringLiteral("8 916 555-12-34"), QStringLiteral("RU")).value(),
                            QStringLiteral("mobile")),
        CustomerPhone::from(
            PhoneNumber::parse(QStringLiteral("+7 495 123 45 67 ext. 9"), QStringLiteral("RU")).value())};
    return customer;
}

void TestRepositories::operatorRoundTrip()
{
    OperatorRepository operators(m_db);
    Operator person;
    person.login = QStringLiteral("o.petrenko");
    person.name = QStringLiteral("Ольга Петренко");
    person.role = Role::Manager;
    person.costPerHour = Money {45000, QStringLiteral("UAH")};
    person.takesDifficultCallers = true;
    auto id = operators.add(person);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto found = operators.find(id.value());
    QVERIFY(found.ok());
    QCOMPARE(found->login, person.login);
    QCOMPARE(found->name, person.name);
    QCOMPARE(found->role, Role::Manager);
    QCOMPARE(found->costPerHour, person.costPerHour);
    QVERIFY(found->takesDifficultCallers);
    auto duplicate = operators.add(person);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, Error::Code::Conflict);
    QCOMPARE(operators.all().value().size(), 1);
}

void TestRepositories::planRoundTrip()
{
    PlanRepository plans(m_db);
    Plan plan;
    plan.name = QStringLiteral("Home 300");
    plan.monthlyFee = Money {70000, QStringLiteral("RUB")};
    plan.includedSupportMinutes = 30;
    plan.paidSupportRatePerMinuteMinor = 2500;
    auto id = plans.add(plan);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto found = plans.find(id.value());
    QVERIFY(found.ok());
    QCOMPARE(found->monthlyFee, plan.monthlyFee);
    QCOMPARE(found->includedSupportMinutes, 30);
    QCOMPARE(found->paidSupportRatePerMinuteMinor, qint64(2500));

    Plan noSupport = plan;
    noSupport.name = QStringLiteral("Basic without support");
    noSupport.supportIncluded = false;
    auto second = plans.add(noSupport);
    QVERIFY(second.ok());
    QCOMPARE(plans.find(second.value())->includedSupportMinutes, 0); // no allowance without support
    Plan negative = plan;
    negative.name = QStringLiteral("Broken");
    negative.monthlyFee.minor = -1;
    QCOMPARE(plans.add(negative).error().code, Error::Code::Invalid);
}

void TestRepositories::customerRoundTrip()
{
    CustomerRepository customers(m_db);
    const Customer customer = sampleCustomer(QStringLiteral("21-04571"));
    auto id = customers.add(customer);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    auto found = customers.find(id.value());
    QVERIFY(found.ok());
    QCOMPARE(found->contractNumber, customer.contractNumber);
    QCOMPARE(found->name, customer.name);
    QCOMPARE(found->address, customer.address);
    QCOMPARE(found->email, customer.email);
    QCOMPARE(found->status, CustomerStatus::Active);
    QCOMPARE(found->customerSince, customer.customerSince);
    QVERIFY(found->createdAt.isValid());
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->phones.size(), 2);
    QCOMPARE(found->phones.at(0).e164, QStringLiteral("+79165551234"));
    QCOMPARE(found->phones.at(0).label, QStringLiteral("mobile"));
    QCOMPARE(found->phones.at(0).raw, QStringLiteral("8 916 555-12-34"));
    QCOMPARE(found->phones.at(1).extension, QStringLiteral("9"));
    QCOMPARE(found->phones.at(1).tailKey, QStringLiteral("7654321594"));

    auto byContract = customers.findByContract(QStringLiteral(" 21-04571 "));
    QVERIFY(byContract.ok());
    QCOMPARE(byContract->id, id.value());
    QCOMPARE(customers.findByContract(QStringLiteral("nope")).error().code, Error::Code::NotFound);

    QVERIFY(customers.setStatus(id.value(), CustomerStatus::Archived).ok());
    QCOMPARE(customers.find(id.value())->status, CustomerStatus::Archived);
    QCOMPARE(customers.setStatus(9999, CustomerStatus::Archived).error().code, Error::Code::NotFound);
}

void TestRepositories::customerValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("no contract") << "contract"
                                 << "  "
                                 << "contract number is required";
    QTest::newRow("no name") << "name"
                             << ""
                             << "name is required";
    QTest::newRow("bad e-mail") << "email"
                                << "ivanov at mail"
                                << "does not look like an e-mail";
    QTest::newRow("no phone") << "phones"
                              << ""
                              << "At least one phone";
}

void TestRepositories::customerValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Customer customer = sampleCustomer(QStringLiteral("V-1"));
    if (field == QLatin1String("contract")) {
        customer.contractNumber = value;
    } else if (field == QLatin1String("name")) {
        customer.name = value;
    } else if (field == QLatin1String("email")) {
        customer.email = value;
    } else {
        customer.phones.clear();
    }
    auto added = CustomerRepository(m_db).add(customer);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::Invalid);
    QVERIFY2(added.errorString().contains(message), qPrintable(added.errorString()));
    QCOMPARE(countOf(QStringLiteral("customers")), 0);
}

void TestRepositories::duplicateContractIsRefusedAndNothingWritten()
{
    CustomerRepository customers(m_db);
    QVERIFY(customers.add(sampleCustomer(QStringLiteral("D-1"))).ok());
    Customer other = sampleCustomer(QStringLiteral("D-1"));
    other.name = QStringLiteral("Someone Else");
    auto refused = customers.add(other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.errorString().contains(QStringLiteral("D-1")));
    QCOMPARE(countOf(QStringLiteral("customers")), 1);
    QCOMPARE(countOf(QStringLiteral("phones")), 2);
}

void TestRepositories::failingPhoneRollsBackTheWholeCustomer()
{
    // The same number twice breaks the phones' unique key on the second row,
    // after the customer row and the first phone were already written.
    Customer customer = sampleCustomer(QStringLiteral("R-1"));
    customer.phones.append(customer.phones.first());
    auto refused = CustomerRepository(m_db).add(customer);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.errorString().contains(QStringLiteral("+79165551234")), qPrintable(refused.errorString()));
    QCOMPARE(countOf(QStringLiteral("customers")), 0);
    QCOMPARE(countOf(QStringLiteral("phones")), 0);
    // The connection is usable afterwards: no transaction left open.
    QVERIFY(CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("R-2"))).ok());
}

void TestRepositories::updateReplacesPhonesInOneTransaction()
{
    CustomerRepository customers(m_db);
    const qint64 id = customers.add(sampleCustomer(QStringLiteral("U-1"))).value();
    const qint64 otherId = customers.add(sampleCustomer(QStringLiteral("U-2"))).value();
    Customer edited = customers.find(id).value();
    edited.name = QStringLiteral("Renamed");
    edited.phones = {
        CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+380 44 123 45 67"), QStringLiteral("UA")).value())};
    QVERIFY(customers.update(edited).ok());
    const Customer reread = customers.find(id).value();
    QCOMPARE(reread.name, QStringLiteral("Renamed"));
    QCOMPARE(reread.phones.size(), 1);
    QCOMPARE(reread.phones.first().e164, QStringLiteral("+380441234567"));

    // Taking another customer's contract number fails and changes nothing.
    Customer clash = reread;
    clash.contractNumber = QStringLiteral("U-2");
    clash.phones = {};
    clash.phones.append(CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0147"), QString()).value()));
    QCOMPARE(customers.update(clash).error().code, Error::Code::Conflict);
    QCOMPARE(customers.find(id)->phones.first().e164, QStringLiteral("+380441234567"));
    QCOMPARE(customers.find(otherId)->contractNumber, QStringLiteral("U-2"));
}

void TestRepositories::planChangeClosesThePeriodInForce()
{
    PlanRepository plans(m_db);
    Plan home;
    home.name = QStringLiteral("Home");
    home.monthlyFee = Money {50000, QStringLiteral("RUB")};
    Plan business = home;
    business.name = QStringLiteral("Business");
    const qint64 homeId = plans.add(home).value();
    const qint64 businessId = plans.add(business).value();
    const qint64 customer = CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("P-1"))).value();

    QVERIFY(plans.changePlan(customer, homeId, QDate(2024, 1, 1)).ok());
    QVERIFY(plans.changePlan(customer, businessId, QDate(2024, 2, 29)).ok());
    const QList<PlanPeriod> periods = plans.periodsOf(customer).value();
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(0).planId, homeId);
    QCOMPARE(periods.at(0).endsOn, QDate(2024, 2, 29));
    QCOMPARE(periods.at(1).planId, businessId);
    QCOMPARE(periods.at(1).startsOn, QDate(2024, 2, 29));
    QVERIFY(periods.at(1).isOpen());

    // A change dated before the period in force starts is refused, and nothing moves.
    QCOMPARE(plans.changePlan(customer, homeId, QDate(2024, 2, 1)).error().code, Error::Code::Invalid);
    QCOMPARE(plans.periodsOf(customer).value().size(), 2);
    QVERIFY(plans.periodsOf(customer).value().at(1).isOpen());

    // Unknown and retired plans, and unknown customers, are refused.
    QCOMPARE(plans.changePlan(customer, 999, QDate(2025, 1, 1)).error().code, Error::Code::NotFound);
    Plan retired = home;
    retired.name = QStringLiteral("Old Home");
    retired.active = false;
    const qint64 retiredId = plans.add(retired).value();
    QCOMPARE(plans.changePlan(customer, retiredId, QDate(2025, 1, 1)).error().code, Error::Code::Invalid);
    QCOMPARE(plans.changePlan(4242, homeId, QDate(2025, 1, 1)).error().code, Error::Code::NotFound);
}

void TestRepositories::planHistoryNeverOverlaps()
{
    // A customer who left: one closed period and none in force.
    PlanRepository plans(m_db);
    Plan home;
    home.name = QStringLiteral("Home");
    home.monthlyFee = Money {50000, QStringLiteral("RUB")};
    const qint64 homeId = plans.add(home).value();
    const qint64 customer = CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("P-2"))).value();
    QVERIFY(plans.changePlan(customer, homeId, QDate(2024, 1, 1)).ok());
    QSqlQuery close(m_db);
    QVERIFY(close.exec(QStringLiteral("UPDATE plan_periods SET ends_on = '2024-06-01'")));

    auto overlapping = plans.changePlan(customer, homeId, QDate(2024, 3, 1));
    QCOMPARE(overlapping.error().code, Error::Code::Invalid);
    QVERIFY(overlapping.errorString().contains(QStringLiteral("2024-06-01")));
    QCOMPARE(plans.periodsOf(customer).value().size(), 1);
    QVERIFY(plans.changePlan(customer, homeId, QDate(2024, 6, 1)).ok()); // back from the day it ended
    QCOMPARE(plans.periodsOf(customer).value().size(), 2);
}

void TestRepositories::paymentsAndContactsRoundTrip()
{
    const qint64 customer = CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("H-1"))).value();
    PaymentRepository payments(m_db);
    QVERIFY(payments.add({0, customer, QDate(2026, 1, 5), PaymentKind::Fee, Money {100000, QStringLiteral("RUB")}, {}})
                .ok());
    QVERIFY(payments
                .add({0,
                      customer,
                      QDate(2026, 1, 20),
                      PaymentKind::Refund,
                      Money {33333, QStringLiteral("RUB")},
                      QStringLiteral("unused days")})
                .ok());
    QCOMPARE(payments.add({0, customer, QDate(2026, 1, 20), PaymentKind::Refund, Money {-5, QStringLiteral("RUB")}, {}})
                 .error()
                 .code,
             Error::Code::Invalid);
    const QList<Payment> stored = payments.paymentsOf(customer).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).kind, PaymentKind::Refund);
    QCOMPARE(stored.at(1).amount, (Money {33333, QStringLiteral("RUB")}));
    QCOMPARE(stored.at(1).note, QStringLiteral("unused days"));

    ContactRepository contacts(m_db);
    Contact call;
    call.customerId = customer;
    call.channel = Channel::PhoneIn;
    call.startedAt = QDateTime(QDate(2026, 1, 10), QTime(9, 30), Qt::UTC);
    call.durationSeconds = 270;
    call.topic = QStringLiteral("No connection");
    call.conduct = Conduct::RaisedVoice;
    call.outcome = Outcome::FollowUp;
    Contact mail = call;
    mail.channel = Channel::Email;
    mail.startedAt = call.startedAt.addDays(1);
    mail.conduct = Conduct::Normal;
    QVERIFY(contacts.add(call).ok());
    QVERIFY(contacts.add(mail).ok());
    const QList<Contact> history = contacts.contactsOf(customer).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).channel, Channel::Email); // newest first
    QCOMPARE(history.at(1).startedAt, call.startedAt);
    QCOMPARE(history.at(1).durationSeconds, 270);
    QCOMPARE(history.at(1).conduct, Conduct::RaisedVoice);
    QCOMPARE(history.at(1).outcome, Outcome::FollowUp);
    QVERIFY(!history.at(1).operatorId.has_value());

    Contact orphan = call;
    orphan.customerId = 424242;
    QVERIFY(!contacts.add(orphan).ok()); // foreign key
}

void TestRepositories::nestedTransactionsUndoOnlyTheirOwnWork()
{
    CustomerRepository customers(m_db);
    {
        Transaction outer(m_db);
        QVERIFY(outer.isActive());
        QVERIFY(customers.add(sampleCustomer(QStringLiteral("N-1"))).ok());
        Customer broken = sampleCustomer(QStringLiteral("N-2"));
        broken.phones.append(broken.phones.first());
        QVERIFY(!customers.add(broken).ok()); // its savepoint is rolled back
        QVERIFY(customers.add(sampleCustomer(QStringLiteral("N-3"))).ok());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(countOf(QStringLiteral("customers")), 2);
    QVERIFY(customers.findByContract(QStringLiteral("N-2")).error().code == Error::Code::NotFound);
    {
        Transaction abandoned(m_db);
        QVERIFY(customers.add(sampleCustomer(QStringLiteral("N-4"))).ok());
    } // destroyed without commit
    QCOMPARE(countOf(QStringLiteral("customers")), 2);
}

void TestRepositories::customersWithHistoryCannotBeDeleted()
{
    // Customers are archived, never deleted; the schema itself refuses to
    // drop one whose contacts, payments or plan periods refer to it.
    const qint64 customer = CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("K-1"))).value();
    Contact call;
    call.customerId = customer;
    call.startedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    call.topic = QStringLiteral("Router settings");
    QVERIFY(ContactRepository(m_db).add(call).ok());
    QSqlQuery remove(m_db);
    QVERIFY(!sql::exec(remove, QStringLiteral("DELETE FROM customers WHERE id = ?"), {customer}).ok());
    QCOMPARE(countOf(QStringLiteral("customers")), 1);
    QCOMPARE(countOf(QStringLiteral("phones")), 2);
}

void TestRepositories::waitsForAnotherWriterInsteadOfFailing()
{
    // Another seat (a second window, the CLI) is writing for a moment. A save
    // here waits for it, up to the busy timeout, instead of failing at once.
    std::atomic<bool> locked {false};
    std::atomic<bool> otherSeatDone {false};
    bool otherSeatCommitted = false;
    std::thread otherSeat([&] {
        auto other = openAbonentDatabase(m_database->path());
        if (other.ok()) {
            QSqlQuery hold(other.value()->connection());
            locked = hold.exec(QStringLiteral("BEGIN IMMEDIATE"))
                && hold.exec(QStringLiteral("UPDATE office_settings SET value = value"));
            QThread::msleep(400);
            otherSeatCommitted = hold.exec(QStringLiteral("COMMIT"));
        }
        otherSeatDone = true;
    });
    while (!locked && !otherSeatDone) {
        QThread::msleep(5);
    }
    auto added = CustomerRepository(m_db).add(sampleCustomer(QStringLiteral("W-1")));
    otherSeat.join();
    QVERIFY(otherSeatCommitted);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QCOMPARE(countOf(QStringLiteral("customers")), 1);
}

void TestRepositories::officeSettings()
{
    OfficeSettings settings(m_db);
    QVERIFY(settings.defaultCountry().ok());
    QVERIFY(settings.setDefaultCountry(QStringLiteral("ua")).ok());
    QCOMPARE(settings.defaultCountry().value(), QStringLiteral("UA"));
    QCOMPARE(settings.setDefaultCountry(QStringLiteral("Ukraine")).error().code, Error::Code::Invalid);
    QVERIFY(settings.setCurrency(QStringLiteral("uah")).ok());
    QCOMPARE(settings.currency().value(), QStringLiteral("UAH"));
}

void TestRepositories::enumCodesRoundTrip()
{
    for (const QString& code : allCodes<CustomerStatus>()) {
        QCOMPARE(codeOf(fromCode<CustomerStatus>(code).value()), code);
        QVERIFY(!labelOf(fromCode<CustomerStatus>(code).value()).isEmpty());
    }
    for (const QString& code : allCodes<Channel>()) {
        QCOMPARE(codeOf(fromCode<Channel>(code).value()), code);
    }
    for (const QString& code : allCodes<Conduct>()) {
        QCOMPARE(codeOf(fromCode<Conduct>(code).value()), code);
    }
    QCOMPARE(allCodes<CustomerStatus>(),
             (QStringList {QStringLiteral("active"),
                           QStringLiteral("suspended"),
                           QStringLiteral("notice_given"),
                           QStringLiteral("terminated"),
                           QStringLiteral("archived")}));
    QVERIFY(!fromCode<Channel>(QStringLiteral("fax")).has_value());
}

void TestRepositories::moneyIsFormattedWithoutFloatingPoint()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money({123456, QStringLiteral("USD")}).format(english), QStringLiteral("$1,234.56"));
    // Negative amounts follow the locale's own convention (US accounting style here).
    QCOMPARE(Money({-5, QStringLiteral("USD")}).format(english), english.toCurrencyString(-0.05, QStringLiteral("$")));
    // Beyond what a double holds exactly, every digit still comes out.
    QVERIFY(Money({9007199254740993LL, QStringLiteral("USD")})
                .format(english)
                .contains(QStringLiteral("90,071,992,547,409.93")));
    const QString rubles = Money({100000, QStringLiteral("RUB")}).format(QLocale(QLocale::Russian, QLocale::Russia));
    QVERIFY2(rubles.contains(QStringLiteral("000,00")), qPrintable(rubles));
    QCOMPARE(Money::minorPerMajor(QStringLiteral("JPY")), qint64(1));
    QCOMPARE(Money::fromMajor(1000, QStringLiteral("RUB")).minor, qint64(100000));
}

QTEST_GUILESS_MAIN(TestRepositories)
void TestRepositories::moneyFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected"); // '_' is a no-break space
    QTest::addColumn<QString>("symbol"); // what an axis or a heading says
    QTest::addColumn<qint64>("perMajor");

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
    const QLocale russia(QLocale::Russian, QLocale::Russia);
    const QLocale ukraine(QLocale::Ukrainian, QLocale::Ukraine);
    const QLocale germany(QLocale::German, QLocale::Germany);
    // The locale's own currency, as it writes it.
    QTest::newRow("en_US USD") << us << "USD" << qint64(123450) << "$1,234.50"
                               << "$" << qint64(100);
    QTest::newRow("en_US USD owed") << us << "USD" << qint64(-123450) << "($1,234.50)"
                                    << "$" << qint64(100);
    QTest::newRow("ru_RU RUB") << russia << "RUB" << qint64(123450) << "1_234,50_₽"
                               << "₽" << qint64(100);
    QTest::newRow("ru_RU RUB owed") << russia << "RUB" << qint64(-123450) << "-1_234,50_₽"
                                    << "₽" << qint64(100);
    QTest::newRow("uk_UA UAH") << ukraine << "UAH" << qint64(123450) << "1_234,50_₴"
                               << "₴" << qint64(100);
    QTest::newRow("uk_UA UAH five kopiykas owed") << ukraine << "UAH" << qint64(-5) << "-0,05_₴"
                                                  << "₴" << qint64(100);
    QTest::newRow("de_DE EUR") << germany << "EUR" << qint64(123450) << "1.234,50_€"
                               << "€" << qint64(100);
    // At home where the same language is written: as it is written there.
    QTest::newRow("en_GB USD") << britain << "USD" << qint64(123450) << "$1,234.50"
                               << "$" << qint64(100);
    QTest::newRow("en_US GBP") << us << "GBP" << qint64(123450) << "£1,234.50"
                               << "£" << qint64(100);
    QTest::newRow("ru_RU UAH") << russia << "UAH" << qint64(123450) << "1_234,50_₴"
                               << "₴" << qint64(100);
    // Foreign to the locale: its symbol or code where the locale puts its own, set apart by a space.
    QTest::newRow("en_US RUB") << us << "RUB" << qint64(12000) << "₽_120.00"
                               << "₽" << qint64(100);
    QTest::newRow("en_US RUB owed") << us << "RUB" << qint64(-12000) << "(₽_120.00)"
                                    << "₽" << qint64(100);
    QTest::newRow("en_US CHF") << us << "CHF" << qint64(123450) << "CHF_1,234.50"
                               << "CHF" << qint64(100);
    QTest::newRow("en_US CZK") << us << "CZK" << qint64(123450) << "Kč_1,234.50"
                               << "Kč" << qint64(100);
    QTest::newRow("ru_RU USD") << russia << "USD" << qint64(12000) << "120,00_$"
                               << "$" << qint64(100);
    QTest::newRow("ru_RU EUR owed") << russia << "EUR" << qint64(-123450) << "-1_234,50_€"
                                    << "€" << qint64(100);
    QTest::newRow("ru_RU BYN") << russia << "BYN" << qint64(123450) << "1_234,50_Br"
                               << "Br" << qint64(100);
    QTest::newRow("ru_RU PLN") << russia << "PLN" << qint64(123450) << "1_234,50_zł"
                               << "zł" << qint64(100);
    QTest::newRow("uk_UA RUB") << ukraine << "RUB" << qint64(123450) << "1_234,50_₽"
                               << "₽" << qint64(100);
    QTest::newRow("uk_UA KZT") << ukraine << "KZT" << qint64(123450) << "1_234,50_₸"
                               << "₸" << qint64(100);
    QTest::newRow("de_DE GBP") << germany << "GBP" << qint64(123450) << "1.234,50_£"
                               << "£" << qint64(100);
    // Without minor units.
    QTest::newRow("en_US JPY") << us << "JPY" << qint64(123450) << "¥_123,450"
                               << "¥" << qint64(1);
    QTest::newRow("ru_RU JPY owed") << russia << "JPY" << qint64(-123450) << "-123_450_¥"
                                    << "¥" << qint64(1);
    // Three decimals, and no symbol on the table.
    QTest::newRow("en_US KWD") << us << "KWD" << qint64(12500) << "KWD_12.500"
                               << "KWD" << qint64(1000);
    QTest::newRow("ru_RU KWD") << russia << "KWD" << qint64(12500) << "12,500_KWD"
                               << "KWD" << qint64(1000);
    // A code Abonent does not know: the code, with a space.
    QTest::newRow("en_US XYZ") << us << "XYZ" << qint64(12000) << "XYZ_120.00"
                               << "XYZ" << qint64(100);
    QTest::newRow("uk_UA XYZ owed") << ukraine << "XYZ" << qint64(-123450) << "-1_234,50_XYZ"
                                    << "XYZ" << qint64(100);
    // The C locale (LANG=C) has no currency: the code, apart ("120.00USD" before).
    QTest::newRow("C USD") << QLocale::c() << "USD" << qint64(12000) << "120.00_USD"
                           << "USD" << qint64(100);
}

void TestRepositories::moneyFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QCOMPARE(Money({minor, currency}).format(locale), expected.replace(QLatin1Char('_'), QChar(0x00a0)));
    QTEST(Money::symbol(currency, locale), "symbol");
    QTEST(Money::minorPerMajor(currency), "perMajor");
}

void TestRepositories::enteredDatesMakeSense_data()
{
    QTest::addColumn<QDate>("since");
    QTest::addColumn<bool>("customerKept");
    QTest::addColumn<bool>("paymentKept");
    const QDate today = QDate::currentDate();
    QTest::newRow("today") << today << true << true;
    QTest::newRow("a contract signed to begin next month") << today.addMonths(1) << true << false;
    QTest::newRow("the year 5550") << QDate(5550, 12, 6) << false << false;
    QTest::newRow("two years ahead") << today.addYears(2) << false << false;
    QTest::newRow("1 January 1990") << QDate(1990, 1, 1) << true << true;
    QTest::newRow("1989") << QDate(1989, 12, 31) << false << false;
}

void TestRepositories::enteredDatesMakeSense()
{
    QFETCH(QDate, since);
    QFETCH(bool, customerKept);
    QFETCH(bool, paymentKept);
    Customer customer = sampleCustomer(QStringLiteral("D-1"));
    customer.customerSince = since;
    const auto added = CustomerRepository(m_db).add(customer);
    QCOMPARE(added.ok(), customerKept);
    if (!customerKept) {
        QCOMPARE(added.error().code, Error::Code::Invalid);
        QVERIFY2(added.errorString().contains(QLocale().toString(since, QLocale::LongFormat)),
                 qPrintable(added.errorString()));
        customer.customerSince = QDate(2020, 1, 1);
    }
    const qint64 id = customerKept ? added.value() : CustomerRepository(m_db).add(customer).value();
    const auto paid =
        PaymentRepository(m_db).add({0, id, since, PaymentKind::Fee, Money {1000, QStringLiteral("USD")}, {}});
    QCOMPARE(paid.ok(), paymentKept);
    // Nothing that happened is dated ahead, not even a contact.
    Contact call;
    call.customerId = id;
    call.topic = QStringLiteral("Router");
    call.startedAt = QDateTime(since, QTime(12, 0));
    QCOMPARE(ContactRepository(m_db).add(call).ok(), paymentKept);
}

#include "tst_repositories.moc"
