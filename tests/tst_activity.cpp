#include "ContactRepository.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "PhoneNumber.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// The derived data the list and card read — monthly support use, the last
// contact, the search indexes — always agrees with the rows it comes from,
// however those rows were written.
class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradeFillsWhatOlderFilesLacked();
    void demoWritesTheSameSumsTheTriggersWould();
    void randomEditsKeepTheSumsRight();
    void auditLogIsAppendOnly();
    void searchFollowsEdits();

private:
    // Rows of customer_months that differ from a recount over contacts, and
    // customers whose last contact is wrong; zero when all is consistent.
    static qint64 inconsistencies(const QSqlDatabase& db);
    static void checkSearchIndexes(const QSqlDatabase& db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestActivity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestActivity::cleanup()
{
    m_dir.reset();
}

qint64 TestActivity::inconsistencies(const QSqlDatabase& db)
{
    const QString recount = QStringLiteral(
        "SELECT customer_id, strftime('%Y-%m', started_at, 'unixepoch') AS month, count(*) AS contacts,"
        " sum(CASE WHEN channel IN ('phone_in', 'phone_out', 'chat') THEN duration_s ELSE 0 END) AS conversation,"
        " sum(duration_s) AS handling FROM contacts GROUP BY 1, 2");
    const QString stored = QStringLiteral("SELECT customer_id, month, contacts, conversation_seconds, handling_seconds"
                                          " FROM customer_months WHERE contacts > 0");
    const qint64 months = sql::scalar(db,
                                      QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2))"
                                                     " + (SELECT count(*) FROM (%2 EXCEPT %1))")
                                          .arg(recount, stored))
                              .value()
                              .toLongLong();
    const qint64 last = sql::scalar(db,
                                    QStringLiteral("SELECT count(*) FROM customers c WHERE last_contact_at IS NOT"
                                                   " (SELECT max(started_at) FROM contacts WHERE customer_id = c.id)"))
                            .value()
                            .toLongLong();
    return months + last;
}

void TestActivity::checkSearchIndexes(const QSqlDatabase& db)
{
    // FTS5's own check compares each index with the customers' columns.
    // With rank 1, the check also compares an external-content index with its
    // table (without it, SQLite 3.40 only checks the index on its own).
    QVERIFY(sql::execDirect(
                db, QStringLiteral("INSERT INTO customer_words (customer_words, rank) VALUES ('integrity-check', 1)"))
                .ok());
    QVERIFY(sql::execDirect(
                db, QStringLiteral("INSERT INTO customer_digits (customer_digits, rank) VALUES ('integrity-check', 1)"))
                .ok());
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE search_words = ''")).value().toInt(),
             0);
}

void TestActivity::upgradeFillsWhatOlderFilesLacked()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto database = test::openDatabase(path);
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customer_months")).value().toInt() > 0);
    QCOMPARE(inconsistencies(db), 0);
    checkSearchIndexes(db);
    // A customer of the old file is found by a word of the name, ё folded to е.
    const QString name =
        sql::scalar(db, QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")).value().toString();
    const QString word = name.section(QLatin1Char(' '), 0, 0).toLower().replace(QChar(u'ё'), QChar(u'е'));
    QVERIFY(sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM customer_words WHERE customer_words MATCH ?"),
                        {QString(QLatin1Char('"') + word + QLatin1String("\"*"))})
                .value()
                .toInt()
            >= 1);
}

void TestActivity::demoWritesTheSameSumsTheTriggersWould()
{
    auto database = test::openDatabase(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.customers = 400;
    options.asOf = QDate(2026, 11, 25);
    const auto schemaObjects = [&] {
        return sql::scalar(database->connection(),
                           QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || sql, char(10)) FROM"
                                          " (SELECT * FROM sqlite_master WHERE type IN ('trigger', 'index')"
                                          " ORDER BY name)"))
            .value()
            .toString();
    };
    const QString before = schemaObjects();
    QVERIFY(before.count(QLatin1String("trigger ")) >= 8);
    QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
    QCOMPARE(inconsistencies(database->connection()), 0);
    checkSearchIndexes(database->connection());
    // The triggers and indexes the load set aside are all back, as they were.
    QCOMPARE(schemaObjects(), before);
}

void TestActivity::randomEditsKeepTheSumsRight()
{
    auto database = test::openDatabase(m_dir->filePath(QStringLiteral("edits.sqlite")));
    const QSqlDatabase db = database->connection();
    DemoOptions options;
    options.customers = 60;
    options.contacts = 600;
    options.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(db).generate(options).ok());

    QRandomGenerator random(20261125);
    const QStringList channels {
        QStringLiteral("phone_in"), QStringLiteral("email"), QStringLiteral("chat"), QStringLiteral("visit")};
    for (int edit = 0; edit < 300; ++edit) {
        QSqlQuery query(db);
        const qint64 customer = random.bounded(1, 61);
        const qint64 when = QDate(2026, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch() + random.bounded(330 * 86400);
        switch (random.bounded(4)) {
        case 0:
            QVERIFY(sql::exec(query,
                              QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s)"
                                             " VALUES (?, ?, ?, ?)"),
                              {customer, channels.at(random.bounded(4)), when, random.bounded(3600)})
                        .ok());
            break;
        case 1: // move a contact to another month, customer and channel
            QVERIFY(sql::exec(
                        query,
                        QStringLiteral("UPDATE contacts SET customer_id = ?, started_at = ?, channel = ?,"
                                       " duration_s = ? WHERE id = (SELECT id FROM contacts ORDER BY"
                                       " abs(id - ?) LIMIT 1)"),
                        {customer, when, channels.at(random.bounded(4)), random.bounded(3600), random.bounded(1, 700)})
                        .ok());
            break;
        case 2:
            QVERIFY(sql::exec(query,
                              QStringLiteral("DELETE FROM contacts WHERE id = (SELECT id FROM contacts ORDER BY"
                                             " abs(id - ?) LIMIT 1)"),
                              {random.bounded(1, 700)})
                        .ok());
            break;
        default:
            QVERIFY(sql::exec(
                        query, QStringLiteral("UPDATE contacts SET topic = 'edited' WHERE customer_id = ?"), {customer})
                        .ok());
            break;
        }
    }
    QCOMPARE(inconsistencies(db), 0);
}

void TestActivity::auditLogIsAppendOnly()
{
    auto database = test::openDatabase(m_dir->filePath(QStringLiteral("audit.sqlite")));
    const QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_log (at, action) VALUES (1, 'test.entry')")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET action = 'rewritten'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT action FROM audit_log")).value().toString(),
             QStringLiteral("test.entry"));
}

void TestActivity::searchFollowsEdits()
{
    auto database = test::openDatabase(m_dir->filePath(QStringLiteral("edits.sqlite")));
    const QSqlDatabase db = database->connection();
    Customer customer;
    customer.contractNumber = QStringLiteral("S-1");
    customer.name = QStringLiteral("Mirabel Oakes");
    customer.customerSince = QDate(2025, 1, 1);
    customer.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0147"), QString()).value())};
    CustomerService service(db);
    customer.id = service.create(Actor {}, customer).value();
    const auto found = [&](const QString& word) {
        return sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM customer_words WHERE customer_words MATCH ?"),
                           {QString(QLatin1Char('"') + word + QLatin1String("\"*"))})
            .value()
            .toInt();
    };
    QCOMPARE(found(QStringLiteral("oakes")), 1);
    Customer renamed = customer;
    renamed.name = QStringLiteral("Mirabel Thornbury");
    renamed.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 415 555 2671"), QString()).value())};
    QVERIFY(service.update(Actor {}, renamed).ok());
    QCOMPARE(found(QStringLiteral("oakes")), 0);
    QCOMPARE(found(QStringLiteral("thornbury")), 1);
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM customer_digits WHERE search_digits LIKE '%4155552671%'"))
            .value()
            .toInt(),
        1);
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM customer_digits WHERE search_digits LIKE '%2125550147%'"))
            .value()
            .toInt(),
        0);
    QVERIFY(service.saveNotes(Actor {}, customer.id, QStringLiteral("gatekeeper knows the code")).ok());
    QCOMPARE(found(QStringLiteral("gatekeeper")), 1);
    QCOMPARE(found(QStringLiteral("thornbury")), 1);
    checkSearchIndexes(db);
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
