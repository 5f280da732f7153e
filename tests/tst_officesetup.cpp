#include "AuditLog.h"
#include "DemoGenerator.h"
#include "Letterhead.h"
#include "OfficeSettings.h"
#include "OfficeSetup.h"
#include "OperatorRepository.h"
#include "OperatorService.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// A new office's first steps as the core keeps them: what counts as done,
// the currency that cannot change under recorded money, and the people an
// owner manages without ever leaving the office without an owner.
class TestOfficeSetup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void anEmptyDatabaseHasEverythingToDo();
    void eachStepIsDoneByWhatTheOfficeHas();
    void aDemoFilledAfterTheListShowedIsSetUp();
    void aDatabaseWithCustomersNeverShowsTheList();
    void currencyStaysWhileMoneyIsInAnother();
    void operatorsCannotSetUpTheOffice();
    void onlyTheOwnerManagesPeople();
    void theOfficeKeepsAnOwner();

private:
    qint64 addPerson(const QString& login, Role role);
    int count(const QString& statement) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    Actor m_owner;
    Actor m_operator;
};

void TestOfficeSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    QVERIFY(OfficeSettings(m_db).setCurrency(QStringLiteral("USD")));
    m_owner = Actor {addPerson(QStringLiteral("olga"), Role::Owner), Role::Owner};
    m_operator = Actor {addPerson(QStringLiteral("oleg"), Role::Operator), Role::Operator};
}

void TestOfficeSetup::cleanup()
{
    m_db = {};
    m_database.reset();
    m_dir.reset();
}

qint64 TestOfficeSetup::addPerson(const QString& login, Role role)
{
    Operator person;
    person.login = login;
    person.name = login;
    person.role = role;
    person.costPerHour = Money {0, QStringLiteral("USD")};
    return OperatorRepository(m_db).add(person).value_or(0);
}

int TestOfficeSetup::count(const QString& statement) const
{
    auto value = sql::scalar(m_db, statement);
    return value ? value->toInt() : -1;
}

void TestOfficeSetup::anEmptyDatabaseHasEverythingToDo()
{
    QSqlQuery remove(m_db);
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM operators")));
    auto progress = OfficeSetup(m_db).progress();
    QVERIFY(progress);
    QCOMPARE(progress->doneCount(), 0);
    QVERIFY(!progress->allDone());
    QVERIFY(progress->shows());
}

void TestOfficeSetup::eachStepIsDoneByWhatTheOfficeHas()
{
    OfficeSetup setup(m_db);
    QVERIFY(setup.progress()->people); // two people already
    QVERIFY(!setup.progress()->office); // the computer's own country and currency, never confirmed
    QVERIFY(setup.setCountryAndCurrency(m_owner, QStringLiteral("ua"), QStringLiteral("uah")));
    QVERIFY(setup.progress()->office);
    QCOMPARE(OfficeSettings(m_db).currency().value(), QStringLiteral("UAH"));
    QCOMPARE(OfficeSettings(m_db).defaultCountry().value(), QStringLiteral("UA"));

    Letterhead letterhead;
    letterhead.companyName = QStringLiteral("Dnipro Net");
    QVERIFY(Letterhead::save(m_db, m_owner, letterhead));
    QVERIFY(setup.progress()->letterhead);

    QVERIFY(!setup.progress()->plans);
    QSqlQuery write(m_db);
    QVERIFY(write.exec(QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency, active)"
                                      " VALUES ('Old', 100, 'UAH', 0)")));
    QVERIFY(!setup.progress()->plans); // a retired plan is not on offer
    QVERIFY(write.exec(QStringLiteral("UPDATE plans SET active = 1")));
    QVERIFY(setup.progress()->plans);

    // Support costs nothing until an hourly or a channel cost is set, or an
    // office says that is so; an operator may not say it.
    QVERIFY(!setup.progress()->supportCost);
    QVERIFY(write.exec(QStringLiteral("UPDATE channel_costs SET cost_minor = 150 WHERE channel = 'visit'")));
    QVERIFY(setup.progress()->supportCost);
    QVERIFY(write.exec(QStringLiteral("UPDATE channel_costs SET cost_minor = 0")));
    QVERIFY(!setup.progress()->supportCost);
    QVERIFY(write.exec(QStringLiteral("UPDATE operators SET cost_per_hour_minor = 60000 WHERE role = 'operator'")));
    QVERIFY(setup.progress()->supportCost);
    QVERIFY(write.exec(QStringLiteral("UPDATE operators SET cost_per_hour_minor = 0")));
    QVERIFY(!setup.progress()->supportCost);
    QVERIFY(!setup.confirmSupportCost(m_operator));
    QVERIFY(!setup.progress()->supportCost);
    QVERIFY(setup.confirmSupportCost(m_owner));
    QVERIFY(setup.progress()->supportCost);

    QVERIFY(!setup.progress()->customers);
    QVERIFY(setup.startEmpty(m_owner));
    auto progress = setup.progress();
    QVERIFY(progress->customers);
    QVERIFY(progress->allDone());
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'office.setup'")) >= 2);
    QVERIFY(setup.markFinished());
    QVERIFY(!setup.progress()->shows());
}

void TestOfficeSetup::aDemoFilledAfterTheListShowedIsSetUp()
{
    // "Fill with Demo Data" on a new file: the list had shown on the empty database.
    QSqlQuery remove(m_db);
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM operators")));
    OfficeSetup setup(m_db);
    QVERIFY(setup.markStarted());
    QVERIFY(setup.progress()->shows());
    DemoOptions options;
    options.customers = 20;
    options.contacts = 40;
    options.asOf = QDate(2026, 11, 25);
    auto filled = DemoGenerator(m_db).generate(options);
    QVERIFY2(filled, qPrintable(filled.errorString()));
    QVERIFY(!setup.progress()->shows());
}

void TestOfficeSetup::aDatabaseWithCustomersNeverShowsTheList()
{
    QSqlQuery write(m_db);
    QVERIFY(write.exec(QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since, created_at,"
                                      " updated_at) VALUES ('A-1', 'person', 'Ann', '2026-01-01', 0, 0)")));
    OfficeSetup setup(m_db);
    QVERIFY(!setup.progress()->shows());
    // Begun on an empty database, it stays after customers come in.
    QVERIFY(setup.markStarted());
    QVERIFY(setup.progress()->shows());
    QVERIFY(setup.progress()->customers);
}

void TestOfficeSetup::currencyStaysWhileMoneyIsInAnother()
{
    QSqlQuery write(m_db);
    QVERIFY(write.exec(QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency) VALUES ('Home', 100,"
                                      " 'USD')")));
    OfficeSetup setup(m_db);
    auto refused = setup.setCountryAndCurrency(m_owner, QStringLiteral("UA"), QStringLiteral("UAH"));
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(QStringLiteral("USD")));
    QCOMPARE(OfficeSettings(m_db).currency().value(), QStringLiteral("USD"));
    QVERIFY(!setup.progress()->office);
    // The same currency, another country: fine.
    QVERIFY(setup.setCountryAndCurrency(m_owner, QStringLiteral("CA"), QStringLiteral("USD")));
    QCOMPARE(OfficeSettings(m_db).defaultCountry().value(), QStringLiteral("CA"));
    QVERIFY(!setup.setCountryAndCurrency(m_owner, QStringLiteral("Canada"), QStringLiteral("USD")));
    QCOMPARE(OfficeSettings(m_db).defaultCountry().value(), QStringLiteral("CA"));
}

void TestOfficeSetup::operatorsCannotSetUpTheOffice()
{
    OfficeSetup setup(m_db);
    QVERIFY(!setup.setCountryAndCurrency(m_operator, QStringLiteral("UA"), QStringLiteral("UAH")));
    QVERIFY(!setup.startEmpty(m_operator));
    QVERIFY(!setup.confirmPeople(m_operator));
    QVERIFY(!setup.progress()->office);
    QVERIFY(!setup.progress()->customers);
}

void TestOfficeSetup::onlyTheOwnerManagesPeople()
{
    OperatorService people(m_db);
    Operator anna;
    anna.login = QStringLiteral("anna");
    anna.name = QStringLiteral("Anna");
    anna.role = Role::Manager;
    anna.costPerHour = Money {0, QStringLiteral("USD")};
    QVERIFY(!people.add(m_operator, anna));
    auto added = people.add(m_owner, anna);
    QVERIFY2(added, qPrintable(added.errorString()));
    const Actor manager {added.value(), Role::Manager};
    anna.id = added.value();
    anna.role = Role::Owner;
    QVERIFY(!people.edit(manager, anna)); // a manager cannot make herself owner
    QCOMPARE(OperatorRepository(m_db).find(anna.id)->role, Role::Manager);
    anna.name = QStringLiteral("Anna K.");
    anna.takesDifficultCallers = true;
    QVERIFY(people.edit(m_owner, anna));
    const Operator stored = OperatorRepository(m_db).find(anna.id).value();
    QCOMPARE(stored.name, QStringLiteral("Anna K."));
    QCOMPARE(stored.role, Role::Owner);
    QVERIFY(stored.takesDifficultCallers);
    QVERIFY(people.setActive(m_owner, *m_operator.operatorId, false));
    QVERIFY(!OperatorRepository(m_db).find(*m_operator.operatorId)->active);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'operator'")), 3);
}

void TestOfficeSetup::theOfficeKeepsAnOwner()
{
    OperatorService people(m_db);
    Operator olga = OperatorRepository(m_db).find(*m_owner.operatorId).value();
    olga.role = Role::Manager;
    auto demoted = people.edit(m_owner, olga);
    QVERIFY(!demoted);
    QVERIFY(demoted.errorString().contains(QStringLiteral("owner")));
    QCOMPARE(OperatorRepository(m_db).find(olga.id)->role, Role::Owner);
    QVERIFY(!people.setActive(m_owner, olga.id, false));
    QVERIFY(OperatorRepository(m_db).find(olga.id)->active);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'operator'")), 0);
}

QTEST_GUILESS_MAIN(TestOfficeSetup)
#include "tst_officesetup.moc"
