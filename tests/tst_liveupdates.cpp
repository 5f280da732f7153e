#include "ChangeNotifier.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "LiveUpdates.h"
#include "PhoneNumber.h"
#include "ServerConnection.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// Several desks on one server (a real PostgreSQL 15, run-with-postgresql.sh):
// what one desk commits reaches another desk's open views by itself, as the
// server announces it; what rolls back never does; what a desk commits
// itself is not announced to it twice; and listening resumes after the
// connection was lost. Waits are for the signal, never for a time.
class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aTagSetAtOneDeskReachesTheOther();
    void whatRollsBackIsNeverAnnounced();
    void aDesksOwnChangeIsToldOnce();
    void theCatalogueAndBulkLoadsAreAnnounced();
    void listeningResumesWhenTheConnectionIsBack();

private:
    // A desk: its own connection, listening, with the notifier its views use.
    struct Desk
    {
        std::unique_ptr<Database> database;
        ChangeNotifier notifier;
        std::unique_ptr<LiveUpdates> live;
    };
    std::unique_ptr<Desk> openDesk() const;
    qint64 addCustomer(const QSqlDatabase& db, const QString& contract) const;
    static constexpr int kPatienceMs = 30000; // for a busy machine; a change normally arrives in milliseconds

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_server;
    Actor m_owner;
};

namespace {

Status write(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    return sql::exec(query, statement, values);
}

} // namespace

std::unique_ptr<TestLiveUpdates::Desk> TestLiveUpdates::openDesk() const
{
    auto desk = std::make_unique<Desk>();
    auto opened = openAbonentDatabase(m_server->location(), Database::Mode::ReadWrite);
    if (!opened) {
        qWarning("%s", qPrintable(opened.errorString()));
        return nullptr;
    }
    desk->database = std::move(opened).value();
    desk->live = std::make_unique<LiveUpdates>(desk->database->connection(), &desk->notifier);
    if (Status listening = desk->live->listen(); !listening) {
        qWarning("%s", qPrintable(listening.errorString()));
        return nullptr;
    }
    return desk;
}

qint64 TestLiveUpdates::addCustomer(const QSqlDatabase& db, const QString& contract) const
{
    Customer customer;
    customer.contractNumber = contract;
    customer.name = QStringLiteral("Customer ") + contract;
    customer.customerSince = QDate(2026, 1, 1);
    static int numbered = 0;
    customer.phones = {CustomerPhone::from(
        PhoneNumber::parse(QStringLiteral("+1 212 555 %1").arg(1000 + ++numbered), QString()).value())};
    auto created = CustomerService(db).create(m_owner, customer);
    if (!created) {
        qWarning("%s", qPrintable(created.errorString()));
    }
    return created.value_or(0);
}

void TestLiveUpdates::init()
{
    if (!test::testsOnServer()) {
        QSKIP("Live updates are a server's; a file has one desk.");
    }
    m_server = std::make_unique<test::ScratchDatabase>(m_dir, QString());
    QVERIFY(!m_server->location().isEmpty());
    auto database = openAbonentDatabase(m_server->location(), Database::Mode::ReadWrite);
    QVERIFY(database);
    // A small office: its people, plans and a few customers.
    DemoOptions options;
    options.customers = 20;
    options.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(database.value()->connection()).generate(options));
    const auto owner = sql::scalar(database.value()->connection(),
                                   QStringLiteral("SELECT min(id) FROM operators WHERE role = 'owner'"));
    QVERIFY(owner);
    m_owner = Actor {owner->toLongLong(), Role::Owner};
}

void TestLiveUpdates::cleanup()
{
    m_server.reset();
}

void TestLiveUpdates::aTagSetAtOneDeskReachesTheOther()
{
    auto front = openDesk();
    auto back = openDesk();
    QVERIFY(front && back);
    const qint64 caller = addCustomer(back->database->connection(), QStringLiteral("L-1"));
    QVERIFY(caller > 0);
    QSignalSpy changed(&front->notifier, &ChangeNotifier::customerChanged);
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({caller}); }, kPatienceMs)); // it is new to the front desk

    changed.clear();
    TagService tags(back->database->connection(), &back->notifier);
    TagRequest request;
    request.tagId = tags.shippedTag(QStringLiteral("threats")).value().id;
    request.reason = QStringLiteral("Shouted at the engineer");
    QVERIFY(tags.assign(m_owner, caller, request));
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({caller}); }, kPatienceMs));
    // What the front desk then reads is the tag.
    QCOMPARE(TagService(front->database->connection()).assignmentsOf(caller)->size(), 1);
}

void TestLiveUpdates::whatRollsBackIsNeverAnnounced()
{
    auto front = openDesk();
    auto back = openDesk();
    QVERIFY(front && back);
    const QSqlDatabase db = back->database->connection();
    const qint64 kept = addCustomer(db, QStringLiteral("L-2"));
    const qint64 undone = addCustomer(db, QStringLiteral("L-3"));
    QSignalSpy changed(&front->notifier, &ChangeNotifier::customerChanged);
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({undone}); }, kPatienceMs));
    changed.clear();

    {
        Transaction rolledBack(db);
        QVERIFY(rolledBack.isActive());
        QVERIFY(write(db, QStringLiteral("UPDATE customers SET address = 'Nowhere' WHERE id = ?"), {undone}));
    } // not committed: rolled back
    QVERIFY(write(db, QStringLiteral("UPDATE customers SET address = 'Elm Street 4' WHERE id = ?"), {kept}));
    // Announcements arrive in commit order: once the later one is here, the
    // rolled-back one would have been too.
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({kept}); }, kPatienceMs));
    QVERIFY(!changed.contains({undone}));
}

void TestLiveUpdates::aDesksOwnChangeIsToldOnce()
{
    auto front = openDesk();
    auto back = openDesk();
    QVERIFY(front && back);
    const qint64 mine = addCustomer(front->database->connection(), QStringLiteral("L-4"));
    const qint64 theirs = addCustomer(back->database->connection(), QStringLiteral("L-5"));
    QSignalSpy changed(&front->notifier, &ChangeNotifier::customerChanged);
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({theirs}); }, kPatienceMs));
    changed.clear();

    // The front desk's own save: its service tells its views, the server's
    // announcement of it is not passed on again.
    Customer edited = CustomerRepository(front->database->connection()).find(mine).value();
    edited.address = QStringLiteral("Birch Lane 2");
    QVERIFY(CustomerService(front->database->connection(), &front->notifier).update(m_owner, edited));
    QVERIFY(write(back->database->connection(),
                  QStringLiteral("UPDATE customers SET address = 'Oak Road 9' WHERE id = ?"),
                  {theirs}));
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({theirs}); }, kPatienceMs));
    QCOMPARE(changed.count({mine}), 1);
}

void TestLiveUpdates::theCatalogueAndBulkLoadsAreAnnounced()
{
    auto front = openDesk();
    auto back = openDesk();
    QVERIFY(front && back);
    QSignalSpy catalogue(&front->notifier, &ChangeNotifier::catalogueChanged);
    QSignalSpy everything(&front->notifier, &ChangeNotifier::customersReset);
    QVERIFY(write(back->database->connection(),
                  QStringLiteral("UPDATE office_settings SET value = ? WHERE key = 'currency'"),
                  {QStringLiteral("EUR")}));
    QVERIFY(catalogue.wait(kPatienceMs) || !catalogue.isEmpty());

    // Demo data sets the per-row announcements aside and announces one re-read.
    DemoOptions options;
    options.customers = 30;
    options.asOf = QDate(2026, 11, 25);
    options.force = true; // over what is there
    QVERIFY(DemoGenerator(back->database->connection()).generate(options));
    QVERIFY(QTest::qWaitFor([&] { return !everything.isEmpty(); }, kPatienceMs));
}

void TestLiveUpdates::listeningResumesWhenTheConnectionIsBack()
{
    auto front = openDesk();
    auto back = openDesk();
    QVERIFY(front && back);
    ServerConnection watch(*front->database);
    watch.setIntervals(50, 50);
    connect(&watch, &ServerConnection::lost, front->live.get(), &LiveUpdates::connectionLost);
    connect(&watch, &ServerConnection::restored, front->live.get(), [&front] { QVERIFY(front->live->listen()); });
    QSignalSpy listening(front->live.get(), &LiveUpdates::listeningChanged);

    // The front desk's session ends, as when the server restarts.
    const qint64 pid =
        sql::scalar(front->database->connection(), QStringLiteral("SELECT pg_backend_pid()")).value().toLongLong();
    QVERIFY(sql::scalar(back->database->connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid})
                .value()
                .toBool());
    QVERIFY(QTest::qWaitFor([&] { return listening.count() >= 2; }, kPatienceMs)); // off, then on again
    QCOMPARE(listening.first().first().toBool(), false);
    QCOMPARE(listening.last().first().toBool(), true);
    QVERIFY(front->live->isListening());

    QSignalSpy changed(&front->notifier, &ChangeNotifier::customerChanged);
    const qint64 caller = addCustomer(back->database->connection(), QStringLiteral("L-6"));
    QVERIFY(QTest::qWaitFor([&] { return changed.contains({caller}); }, kPatienceMs));
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
