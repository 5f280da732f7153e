#include "ContactRepository.h"
#include "CostModel.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "DatabaseCheck.h"
#include "DemoGenerator.h"
#include "PhoneNumber.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
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
    // The same for cost and money, recomputed in C++ from the raw rows and
    // the rates (independent of the SQL the triggers run).
    static qint64 moneyInconsistencies(const QSqlDatabase& db);
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

namespace {

// True for a contact the roll-ups do not hold yet, told here rather than by
// Rollups: above the mark in a file, queued on a server.
QString notFoldedSql(const QSqlDatabase& db)
{
    return SqlDialect::of(db).idsCommitInOrder()
        ? QStringLiteral("id > (SELECT folded_through FROM rollup_state)")
        : QStringLiteral("id IN (SELECT contact_id FROM contact_rollup_pending)");
}

} // namespace

qint64 TestActivity::inconsistencies(const QSqlDatabase& db)
{
    const QString month = SqlDialect::of(db).monthOfTime(QStringLiteral("started_at"));
    const QString recount =
        QStringLiteral(
            "SELECT customer_id, %1 AS month, count(*) AS contacts,"
            " sum(CASE WHEN channel IN ('phone_in', 'phone_out', 'chat') THEN duration_s ELSE 0 END) AS conversation,"
            " sum(duration_s) AS handling FROM contacts GROUP BY 1, 2")
            .arg(month);
    // The roll-ups, and the contacts not folded in yet counted here (not by Rollups).
    const QString stored =
        QStringLiteral(
            "SELECT customer_id, month, sum(contacts), sum(conversation_seconds), sum(handling_seconds) FROM"
            " (SELECT customer_id, month, contacts, conversation_seconds, handling_seconds FROM customer_months"
            "  UNION ALL SELECT customer_id, %1, 1,"
            "  CASE WHEN channel IN ('phone_in', 'phone_out', 'chat') THEN duration_s ELSE 0 END, duration_s"
            "  FROM contacts WHERE %2) AS rows"
            " GROUP BY 1, 2 HAVING sum(contacts) > 0")
            .arg(month, notFoldedSql(db));
    const qint64 months = sql::scalar(db,
                                      QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) AS missing)"
                                                     " + (SELECT count(*) FROM (%2 EXCEPT %1) AS extra)")
                                          .arg(recount, stored))
                              .value_or(-1)
                              .toLongLong();
    const qint64 last =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM customers c WHERE last_contact_at IS DISTINCT"
                                   " FROM (SELECT max(started_at) FROM contacts WHERE customer_id = c.id)"))
            .value_or(-1)
            .toLongLong();
    return months + last;
}

qint64 TestActivity::moneyInconsistencies(const QSqlDatabase& db)
{
    struct Sums
    {
        qint64 cost = 0;
        qint64 paid = 0;
        qint64 credited = 0;
        qint64 payments = 0;
        bool operator==(const Sums&) const = default;
    };
    QHash<qint64, qint64> operatorRate;
    QSqlQuery read(db);
    read.exec(QStringLiteral("SELECT id, cost_per_hour_minor FROM operators"));
    while (read.next()) {
        operatorRate.insert(read.value(0).toLongLong(), read.value(1).toLongLong());
    }
    QHash<QString, qint64> channelCost;
    read.exec(QStringLiteral("SELECT channel, cost_minor FROM channel_costs"));
    while (read.next()) {
        channelCost.insert(read.value(0).toString(), read.value(1).toLongLong());
    }
    const qint64 defaultRate = sql::scalar(db,
                                           QStringLiteral("SELECT value FROM office_settings WHERE key = ?"),
                                           {QLatin1String(CostModel::kDefaultRateKey)})
                                   .value()
                                   .toLongLong();
    QSet<qint64> notFolded;
    read.exec(QStringLiteral("SELECT id FROM contacts WHERE ") + notFoldedSql(db));
    while (read.next()) {
        notFolded.insert(read.value(0).toLongLong());
    }
    QMap<QPair<qint64, QString>, Sums> expected;
    QMap<QPair<qint64, QString>, qint64> notFoldedCost; // what the readers add to the roll-ups
    read.exec(QStringLiteral("SELECT customer_id, started_at, duration_s, operator_id, channel, id FROM contacts"));
    while (read.next()) {
        const QString month =
            QDateTime::fromSecsSinceEpoch(read.value(1).toLongLong(), Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        const qint64 rate = read.value(3).isNull() ? 0 : operatorRate.value(read.value(3).toLongLong());
        const qint64 cost = CostModel::contactCost(
            read.value(2).toLongLong(), rate > 0 ? rate : defaultRate, channelCost.value(read.value(4).toString()));
        expected[{read.value(0).toLongLong(), month}].cost += cost;
        if (notFolded.contains(read.value(5).toLongLong())) {
            notFoldedCost[{read.value(0).toLongLong(), month}] += cost;
        }
    }
    read.exec(QStringLiteral("SELECT customer_id, paid_on, kind, amount_minor FROM payments"));
    while (read.next()) {
        Sums& sums = expected[{read.value(0).toLongLong(), read.value(1).toString().left(7)}];
        const QString kind = read.value(2).toString();
        if (kind == QLatin1String("fee") || kind == QLatin1String("paid_support")) {
            sums.paid += read.value(3).toLongLong();
            ++sums.payments;
        } else {
            sums.credited += read.value(3).toLongLong();
        }
    }
    QMap<QPair<qint64, QString>, Sums> stored;
    read.exec(QStringLiteral("SELECT customer_id, month, cost_minor, paid_minor, credited_minor, payments"
                             " FROM customer_months"));
    while (read.next()) {
        const QPair<qint64, QString> key {read.value(0).toLongLong(), read.value(1).toString()};
        const Sums sums {read.value(2).toLongLong() + notFoldedCost.take(key),
                         read.value(3).toLongLong(),
                         read.value(4).toLongLong(),
                         read.value(5).toLongLong()};
        if (!(sums == Sums {})) {
            stored.insert(key, sums);
        }
    }
    for (auto it = notFoldedCost.cbegin(); it != notFoldedCost.cend(); ++it) {
        if (it.value() != 0) {
            stored.insert(it.key(), Sums {it.value(), 0, 0, 0});
        }
    }
    for (auto it = expected.begin(); it != expected.end();) {
        it = it.value() == Sums {} ? expected.erase(it) : std::next(it);
    }
    qint64 differing = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        differing += !(stored.value(it.key()) == it.value());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        differing += !expected.contains(it.key());
    }
    return differing;
}

void TestActivity::checkSearchIndexes(const QSqlDatabase& db)
{
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE search_words = ''")).value().toInt(),
             0);
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL) {
        return; // the server's search indexes are on the customers' own columns
    }
    // FTS5's own check compares each index with the customers' columns.
    // With rank 1, the check also compares an external-content index with its
    // table (without it, SQLite 3.40 only checks the index on its own).
    QVERIFY(sql::execDirect(
                db, QStringLiteral("INSERT INTO customer_words (customer_words, rank) VALUES ('integrity-check', 1)"))
                .ok());
    QVERIFY(sql::execDirect(
                db, QStringLiteral("INSERT INTO customer_digits (customer_digits, rank) VALUES ('integrity-check', 1)"))
                .ok());
}

void TestActivity::upgradeFillsWhatOlderFilesLacked()
{
    if (test::testsOnServer()) {
        QSKIP("about upgrading a file of schema version 1; a server starts at the baseline");
    }
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto database = test::openDatabase(path);
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customer_months")).value().toInt() > 0);
    QCOMPARE(inconsistencies(db), 0);
    QCOMPARE(moneyInconsistencies(db), 0);
    QCOMPARE(Rollups::mismatches(db).value(), 0);
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
        const QSqlDatabase db = database->connection();
        QStringList objects;
        const auto found = SqlDialect::of(db).indexesAndTriggersOn(db, DatabaseCheck::dataTables());
        // PostgreSQL gives a trigger's condition back as it parsed it, which
        // differs in parentheses once made again from that text: there, a
        // trigger by its name and table.
        const bool server = SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL;
        for (const auto& object : found.value_or(QList<SqlDialect::SchemaObject>())) {
            const bool byName = server && object.type == QLatin1String("trigger");
            objects << object.type + QLatin1Char(' ') + object.name + QLatin1Char(' ')
                    + (byName ? object.table : object.definition);
        }
        objects.sort();
        return objects.join(QLatin1Char('\n'));
    };
    const QString before = schemaObjects();
    QVERIFY(before.count(QLatin1String("trigger ")) >= 8);
    QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
    QCOMPARE(inconsistencies(database->connection()), 0);
    QCOMPARE(moneyInconsistencies(database->connection()), 0);
    QCOMPARE(Rollups::mismatches(database->connection()).value(), 0);
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
    const qint64 operators = sql::scalar(db, QStringLiteral("SELECT max(id) FROM operators")).value().toLongLong();
    const QStringList kinds {QStringLiteral("fee"),
                             QStringLiteral("paid_support"),
                             QStringLiteral("refund"),
                             QStringLiteral("compensation")};
    for (int edit = 0; edit < 400; ++edit) {
        QSqlQuery query(db);
        const qint64 customer = random.bounded(1, 61);
        const qint64 when = QDate(2026, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch() + random.bounded(330 * 86400);
        const QString day = QDate(2026, 1, 1).addDays(random.bounded(330)).toString(Qt::ISODate);
        switch (random.bounded(9)) {
        case 4: // a payment, of any kind
            QVERIFY(sql::exec(query,
                              QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency)"
                                             " VALUES (?, ?, ?, ?, 'USD')"),
                              {customer, day, kinds.at(random.bounded(4)), random.bounded(1, 50000)})
                        .ok());
            continue;
        case 5: // a payment moved to another month, customer, kind and amount
            QVERIFY(sql::exec(
                        query,
                        QStringLiteral("UPDATE payments SET customer_id = ?, paid_on = ?, kind = ?,"
                                       " amount_minor = ? WHERE id = (SELECT id FROM payments ORDER BY"
                                       " abs(id - ?) LIMIT 1)"),
                        {customer, day, kinds.at(random.bounded(4)), random.bounded(1, 50000), random.bounded(1, 1000)})
                        .ok());
            continue;
        case 6:
            QVERIFY(sql::exec(query,
                              QStringLiteral("DELETE FROM payments WHERE id = (SELECT id FROM payments ORDER BY"
                                             " abs(id - ?) LIMIT 1)"),
                              {random.bounded(1, 1000)})
                        .ok());
            continue;
        case 7: // handled by someone else, or by nobody known
            QVERIFY(sql::exec(query,
                              QStringLiteral("UPDATE contacts SET operator_id = ? WHERE id = (SELECT id FROM contacts"
                                             " ORDER BY abs(id - ?) LIMIT 1)"),
                              {random.bounded(3) == 0 ? QVariant() : QVariant(random.bounded(1, operators + 1)),
                               random.bounded(1, 700)})
                        .ok());
            continue;
        case 8: // the rates change, and history is recomputed with them
            QVERIFY(sql::exec(query,
                              QStringLiteral("UPDATE channel_costs SET cost_minor = ? WHERE channel = ?"),
                              {random.bounded(0, 3000), channels.at(random.bounded(4))})
                        .ok());
            QVERIFY(sql::exec(query,
                              QStringLiteral("UPDATE operators SET cost_per_hour_minor = ? WHERE id = ?"),
                              {random.bounded(0, 6000), random.bounded(1, operators + 1)})
                        .ok());
            QVERIFY(Rollups::recomputeCosts(db).ok());
            continue;
        default:
            break;
        }
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
    // One more contact, so some changes surely wait to be folded in.
    QSqlQuery last(db);
    QVERIFY(sql::exec(last,
                      QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id)"
                                     " VALUES (1, 'phone_in', ?, 95, 1)"),
                      {QDateTime(QDate(2026, 5, 5), QTime(9, 0), Qt::UTC).toSecsSinceEpoch()})
                .ok());
    const auto pending = [&db] {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE ") + notFoldedSql(db))
            .value_or(-1)
            .toLongLong();
    };
    QVERIFY(pending() > 0);
    QCOMPARE(inconsistencies(db), 0);
    QCOMPARE(moneyInconsistencies(db), 0);
    QCOMPARE(Rollups::mismatches(db).value(), 0);
    // Folded in: nothing pending, the same sums.
    QVERIFY(Rollups::foldChanges(db).ok());
    QCOMPARE(pending(), 0);
    QCOMPARE(inconsistencies(db), 0);
    QCOMPARE(moneyInconsistencies(db), 0);
    QCOMPARE(Rollups::mismatches(db).value(), 0);
    // A rebuild from scratch gives the same roll-ups.
    const QString before = sql::scalar(db,
                                       QStringLiteral("SELECT group_concat(customer_id || month || cost_minor ||"
                                                      " paid_minor || credited_minor || payments, ',') FROM"
                                                      " (SELECT * FROM customer_months WHERE contacts > 0 OR"
                                                      " payments > 0 OR credited_minor > 0 ORDER BY 1, 2)"))
                               .value()
                               .toString();
    QVERIFY(Rollups::rebuild(db).ok());
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT group_concat(customer_id || month || cost_minor ||"
                                        " paid_minor || credited_minor || payments, ',') FROM"
                                        " (SELECT * FROM customer_months ORDER BY 1, 2)"))
                 .value()
                 .toString(),
             before);
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
    const SqlDialect dialect = SqlDialect::of(db);
    const auto found = [&](const QString& word) {
        return sql::scalar(
                   db, dialect.wordMatchCount(QStringLiteral("customer_words")), {dialect.wordPrefixQuery({word})})
            .value_or(-1)
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
    QVERIFY(service
                .saveNotes(Actor {},
                           customer.id,
                           QStringLiteral("gatekeeper knows the code"),
                           CustomerRepository(db).find(customer.id)->notesVersion)
                .ok());
    QCOMPARE(found(QStringLiteral("gatekeeper")), 1);
    QCOMPARE(found(QStringLiteral("thornbury")), 1);
    checkSearchIndexes(db);
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
