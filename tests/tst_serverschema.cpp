#include "DatabaseCheck.h"
#include "Migrations.h"
#include "Rollups.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace abonent;

// Abonent on a real PostgreSQL 15 (run-with-postgresql.sh starts one): the
// baseline is the schema a new file has, opening says what a server
// database is, and the roll-ups stay right when transactions commit out of
// the order their contacts' ids were drawn in.
class TestServerSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theBaselineHasTheTablesAndColumnsOfAFile();
    void theBaselineHasTheIndexesOfAFile();
    void theBaselineKeepsTheRulesOfAFile();
    void theBaselineHoldsTheRowsANewFileHolds();
    void anEmptyDatabaseIsOnlySetUpWhenAsked();
    void anotherProgramsDatabaseIsLeftAlone();
    void aNewerSchemaIsRefused();
    void anUpgradeKeepsACopyOfEveryTableFirst();
    void idsWrittenByHandMoveTheCounterOn();
    void appendOnlyRowsAreRefusedAsConflicts();
    void contactsCommittedOutOfOrderAreAllFolded();
    void aContactChangedDuringAFoldIsCountedOnce();

private:
    QTemporaryDir m_dir;
};

namespace {

// table -> "column:notnull" in order, from a connection of either engine.
QMap<QString, QStringList> columnsOf(const QSqlDatabase& db)
{
    QMap<QString, QStringList> tables;
    const bool server = SqlDialect::of(db).engine() == SqlDialect::Engine::PostgreSQL;
    QSqlQuery query(db);
    if (server) {
        query.exec(
            QStringLiteral("SELECT c.table_name, c.column_name, c.is_nullable = 'NO' FROM information_schema.columns c"
                           " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                           " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                           " WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position"));
    } else {
        query.exec(
            QStringLiteral("SELECT m.name, p.name, p.\"notnull\" OR p.pk > 0 FROM sqlite_master m,"
                           " pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'customer_words%'"
                           " AND m.name NOT LIKE 'customer_digits%' ORDER BY m.name, p.cid"));
    }
    while (query.next()) {
        tables[query.value(0).toString()]
            << query.value(1).toString() + (query.value(2).toBool() ? QStringLiteral(":not null") : QString());
    }
    return tables;
}

// Rows of `statement` as text, one line each.
QStringList rowsOf(const QSqlDatabase& db, const QString& statement)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return {query.lastError().text()};
    }
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

void TestServerSchema::initTestCase()
{
    QVERIFY2(test::testsOnServer() || qEnvironmentVariableIsSet("PGPORT"), "run through run-with-postgresql.sh");
    qputenv("ABONENT_TEST_ENGINE", "postgresql");
    QVERIFY(m_dir.isValid());
}

void TestServerSchema::theBaselineHasTheTablesAndColumnsOfAFile()
{
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    auto onServer = openAbonentDatabase(server.location(), Database::Mode::Create);
    QVERIFY2(onServer, qPrintable(onServer.errorString()));
    QCOMPARE(onServer.value()->schemaVersion(), latestSchemaVersion());
    auto inFile = openAbonentDatabase(m_dir.filePath(QStringLiteral("columns.sqlite")), Database::Mode::Create);
    QVERIFY2(inFile, qPrintable(inFile.errorString()));

    QMap<QString, QStringList> file = columnsOf(inFile.value()->connection());
    QMap<QString, QStringList> served = columnsOf(onServer.value()->connection());
    // Each keeps its own account of the contacts the roll-ups still have to take in.
    QCOMPARE(file.take(QStringLiteral("rollup_state")),
             QStringList({QStringLiteral("id:not null"), QStringLiteral("folded_through:not null")}));
    QCOMPARE(served.take(QStringLiteral("contact_rollup_pending")),
             QStringList({QStringLiteral("contact_id:not null")}));
    QCOMPARE(served.keys(), file.keys());
    for (auto table = file.cbegin(); table != file.cend(); ++table) {
        QCOMPARE(served.value(table.key()), table.value());
    }
    // Where a file has its search tables, the server has views of the same names.
    for (const QString& index : {QStringLiteral("customer_words"), QStringLiteral("customer_digits")}) {
        QVERIFY(
            SqlDialect::of(onServer.value()->connection()).tableExists(onServer.value()->connection(), index).value());
    }
}

void TestServerSchema::theBaselineHasTheIndexesOfAFile()
{
    test::ScratchDatabase server(m_dir, {});
    auto onServer = openAbonentDatabase(server.location());
    QVERIFY2(onServer, qPrintable(onServer.errorString()));
    auto inFile = openAbonentDatabase(m_dir.filePath(QStringLiteral("indexes.sqlite")), Database::Mode::Create);
    QVERIFY2(inFile, qPrintable(inFile.errorString()));
    QStringList file =
        rowsOf(inFile.value()->connection(),
               QStringLiteral("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                              " ORDER BY tbl_name, name"));
    QStringList served =
        rowsOf(onServer.value()->connection(),
               QStringLiteral("SELECT t.relname, i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                              " JOIN pg_class t ON t.oid = x.indrelid"
                              " WHERE t.relnamespace = current_schema()::regnamespace"
                              " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)"
                              " ORDER BY t.relname, i.relname"));
    // The server's search indexes stand where the file's FTS5 tables do.
    QVERIFY(served.removeOne(QStringLiteral("customers|customers_words_index")));
    QVERIFY(served.removeOne(QStringLiteral("customers|customers_digits_index")));
    QCOMPARE(served, file);
}

void TestServerSchema::theBaselineKeepsTheRulesOfAFile()
{
    test::ScratchDatabase server(m_dir, {});
    auto onServer = openAbonentDatabase(server.location());
    QVERIFY2(onServer, qPrintable(onServer.errorString()));
    auto inFile = openAbonentDatabase(m_dir.filePath(QStringLiteral("rules.sqlite")), Database::Mode::Create);
    QVERIFY2(inFile, qPrintable(inFile.errorString()));
    // The rules that refuse a change have the same names on the same tables;
    // the search, activity and roll-up triggers are the server's own shape.
    const QStringList file =
        rowsOf(inFile.value()->connection(),
               QStringLiteral("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
                              " AND name NOT LIKE 'customers_search_%' AND name NOT LIKE 'contacts_%'"
                              " AND name NOT LIKE 'payments_rollup_%' ORDER BY 1, 2"));
    const QStringList served =
        rowsOf(onServer.value()->connection(),
               QStringLiteral("SELECT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                              " WHERE NOT g.tgisinternal AND g.tgfoid = 'abonent_refuse'::regproc"
                              " ORDER BY 1, 2"));
    QVERIFY(file.size() > 20);
    QCOMPARE(served, file);
}

void TestServerSchema::theBaselineHoldsTheRowsANewFileHolds()
{
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    auto onServer = openAbonentDatabase(server.location(), Database::Mode::Create);
    QVERIFY2(onServer, qPrintable(onServer.errorString()));
    auto inFile = openAbonentDatabase(m_dir.filePath(QStringLiteral("rows.sqlite")), Database::Mode::Create);
    QVERIFY2(inFile, qPrintable(inFile.errorString()));
    for (const QString& statement :
         {QStringLiteral("SELECT key, value FROM office_settings ORDER BY key"),
          QStringLiteral("SELECT channel, cost_minor FROM channel_costs ORDER BY channel"),
          QStringLiteral("SELECT * FROM tags ORDER BY id"),
          QStringLiteral(
              "SELECT id, kind, language, version, body, shipped, created_by FROM letter_templates ORDER BY id")}) {
        const QStringList file = rowsOf(inFile.value()->connection(), statement);
        QVERIFY2(!file.isEmpty(), qPrintable(statement));
        QCOMPARE(rowsOf(onServer.value()->connection(), statement), file);
    }
}

void TestServerSchema::anEmptyDatabaseIsOnlySetUpWhenAsked()
{
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto refused = openAbonentDatabase(server.location(), mode);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Empty);
        QVERIFY2(refused.errorString().contains(QLatin1String("holds no Abonent data")),
                 qPrintable(refused.errorString()));
    }
    auto created = openAbonentDatabase(server.location(), Database::Mode::Create);
    QVERIFY2(created, qPrintable(created.errorString()));
    QVERIFY(created.value()->isOnServer());
    QCOMPARE(created.value()->originalSchemaVersion(), 0);
    QVERIFY(created.value()->backupPath().isEmpty()); // nothing to keep from an empty database
    // Read only means read only, on the server's side too.
    auto reading = openAbonentDatabase(server.location(), Database::Mode::ReadOnly);
    QVERIFY2(reading, qPrintable(reading.errorString()));
    QVERIFY(reading.value()->isReadOnly());
    QSqlQuery write(reading.value()->connection());
    QVERIFY(!write.exec(QStringLiteral("INSERT INTO office_settings (key, value) VALUES ('x', 'y')")));
    QCOMPARE(SqlDialect::of(reading.value()->connection()).codeOf(write.lastError()), Error::Code::ReadOnly);
}

void TestServerSchema::anotherProgramsDatabaseIsLeftAlone()
{
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    {
        auto created = openAbonentDatabase(server.location(), Database::Mode::Create);
        QVERIFY(created);
    }
    {
        // Someone else's tables beside nothing of ours.
        test::ScratchDatabase other(m_dir, {}, test::ScratchDatabase::Start::Empty);
        auto opened = Database::open(other.location(), Schema {}, Database::Mode::Create); // no steps: only connects
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY(
            sql::execDirect(opened.value()->connection(), QStringLiteral("CREATE TABLE invoices (id bigint)")).ok());
        opened.value().reset();
        for (const auto mode : {Database::Mode::Create, Database::Mode::ReadWrite}) {
            auto refused = openAbonentDatabase(other.location(), mode);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::NotAbonent);
        }
        auto left = Database::open(other.location(), Schema {}, Database::Mode::ReadOnly);
        QVERIFY2(!left, "no Abonent schema in it");
    }
    // A database that cannot hold every alphabet is refused before anything is written to it.
    {
        const QString name = QStringLiteral("abonent_ascii_%1").arg(QCoreApplication::applicationPid());
        auto admin = Database::open(
            QStringLiteral("postgresql:///postgres"), Schema {}, Database::Mode::Create); // no steps: only connects
        QVERIFY2(admin, qPrintable(admin.errorString()));
        const Status made = sql::execDirect(
            admin.value()->connection(),
            QStringLiteral("CREATE DATABASE %1 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
                .arg(name));
        QVERIFY2(made, qPrintable(made.errorString()));
        auto refused = openAbonentDatabase(QStringLiteral("postgresql:///") + name, Database::Mode::Create);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("UTF8")), qPrintable(refused.errorString()));
        QVERIFY(sql::execDirect(admin.value()->connection(), QStringLiteral("DROP DATABASE %1").arg(name)));
    }
    // A server that is not there says so, and names it without a password.
    auto unreachable = openAbonentDatabase(QStringLiteral("postgresql://someone:secret@127.0.0.1:1/abonent"));
    QVERIFY(!unreachable);
    QVERIFY2(unreachable.errorString().contains(QLatin1String("postgresql://someone@127.0.0.1:1/abonent")),
             qPrintable(unreachable.errorString()));
    QVERIFY(!unreachable.errorString().contains(QLatin1String("secret")));
}

void TestServerSchema::aNewerSchemaIsRefused()
{
    test::ScratchDatabase server(m_dir, {});
    {
        auto opened = openAbonentDatabase(server.location());
        QVERIFY(opened);
        test::exec(
            opened.value()->connection(),
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"));
    }
    auto refused = openAbonentDatabase(server.location());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
}

void TestServerSchema::anUpgradeKeepsACopyOfEveryTableFirst()
{
    test::ScratchDatabase server(m_dir, {});
    {
        auto opened = openAbonentDatabase(server.location());
        QVERIFY(opened);
        test::exec(
            opened.value()->connection(),
            QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency) VALUES ('Home', 3000, 'USD')"));
    }
    Schema later = serverSchemaMigrations();
    later.push_back({latestSchemaVersion() + 1, QStringLiteral("a later step"), [](const QSqlDatabase& db) {
                         return sql::execDirect(db, QStringLiteral("UPDATE plans SET monthly_fee_minor = 3500"));
                     }});
    auto upgraded = Database::open(server.location(), later);
    QVERIFY2(upgraded, qPrintable(upgraded.errorString()));
    const QString kept = upgraded.value()->backupPath();
    QVERIFY2(kept.startsWith(QStringLiteral("abonent_v%1_").arg(latestSchemaVersion())), qPrintable(kept));
    QVERIFY(upgraded.value()->notices().join(QLatin1Char(' ')).contains(kept));
    {
        const QSqlDatabase db = upgraded.value()->connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT monthly_fee_minor FROM plans")).value().toInt(), 3500);
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT monthly_fee_minor FROM \"%1\".plans").arg(kept)).value().toInt(),
            3000);
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\".letter_templates").arg(kept)).value().toInt(),
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM letter_templates")).value().toInt());
    }

    // A step that fails leaves the database as it was, the copy beside it.
    Schema failing = later;
    failing.push_back({latestSchemaVersion() + 2, QStringLiteral("a failing step"), [](const QSqlDatabase& db) {
                           if (Status changed =
                                   sql::execDirect(db, QStringLiteral("UPDATE plans SET monthly_fee_minor = 1"));
                               !changed) {
                               return changed;
                           }
                           return sql::execDirect(db, QStringLiteral("SELECT no_such_column FROM plans"));
                       }});
    upgraded.value().reset();
    auto failed = Database::open(server.location(), failing);
    QVERIFY(!failed);
    QVERIFY2(failed.errorString().contains(QLatin1String("rolled back")), qPrintable(failed.errorString()));
    auto after = Database::open(server.location(), later, Database::Mode::ReadOnly);
    QVERIFY(after);
    QCOMPARE(after.value()->schemaVersion(), latestSchemaVersion() + 1);
    QCOMPARE(
        sql::scalar(after.value()->connection(), QStringLiteral("SELECT monthly_fee_minor FROM plans")).value().toInt(),
        3500);
}

void TestServerSchema::idsWrittenByHandMoveTheCounterOn()
{
    test::ScratchDatabase server(m_dir, {});
    auto opened = openAbonentDatabase(server.location());
    QVERIFY(opened);
    const QSqlDatabase db = opened.value()->connection();
    test::exec(
        db,
        QStringLiteral("INSERT INTO plans (id, name, monthly_fee_minor, currency) VALUES (41, 'Copied', 100, 'USD')"));
    QSqlQuery query(db);
    auto next = sql::insert(query,
                            QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency) VALUES (?, ?, ?)"),
                            {QStringLiteral("New"), 200, QStringLiteral("USD")});
    QVERIFY2(next, qPrintable(next.errorString()));
    QCOMPARE(next.value(), 42);
}

void TestServerSchema::appendOnlyRowsAreRefusedAsConflicts()
{
    test::ScratchDatabase server(m_dir, {});
    auto opened = openAbonentDatabase(server.location());
    QVERIFY(opened);
    const QSqlDatabase db = opened.value()->connection();
    test::exec(db, QStringLiteral("INSERT INTO audit_log (at, action) VALUES (1, 'test')"));
    for (const QString& statement : {QStringLiteral("DELETE FROM audit_log"),
                                     QStringLiteral("UPDATE audit_log SET reason = 'changed'"),
                                     QStringLiteral("DELETE FROM letter_templates"),
                                     QStringLiteral("UPDATE letter_templates SET body = 'x'")}) {
        QSqlQuery query(db);
        QVERIFY2(!query.exec(statement), qPrintable(statement));
        QCOMPARE(SqlDialect::of(db).codeOf(query.lastError()), Error::Code::Conflict);
    }
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT reason FROM audit_log")).value().toString(), QString());
}

namespace {

// A customer (and the operator contacts are recorded against); gives the customer's id.
qint64 writeCustomer(const QSqlDatabase& db, const QString& contract = QStringLiteral("C-1"))
{
    test::exec(db,
               QStringLiteral("INSERT INTO operators (login, name, role, cost_per_hour_minor, currency)"
                              " VALUES ('ann', 'Ann', 'operator', 3600, 'USD') ON CONFLICT DO NOTHING"));
    test::exec(
        db,
        QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since, created_at, updated_at)"
                       " VALUES (?, 'person', 'Cy', '2026-01-01', 0, 0)"),
        {contract});
    return sql::scalar(db, QStringLiteral("SELECT id FROM customers WHERE contract_number = ?"), {contract})
        .value()
        .toLongLong();
}

void recordContact(const QSqlDatabase& db, qint64 customer, int seconds)
{
    test::exec(db,
               QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id)"
                              " VALUES (?, 'phone_in', 1780000000, ?, (SELECT id FROM operators))"),
               {customer, seconds});
}

qint64 foldedSeconds(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(sum(handling_seconds), 0) FROM customer_months"))
        .value()
        .toLongLong();
}

} // namespace

void TestServerSchema::contactsCommittedOutOfOrderAreAllFolded()
{
    test::ScratchDatabase server(m_dir, {});
    auto first = openAbonentDatabase(server.location());
    auto second = openAbonentDatabase(server.location());
    QVERIFY(first && second);
    const QSqlDatabase a = first.value()->connection();
    const QSqlDatabase b = second.value()->connection();
    // Two customers: a contact updates its customer's last contact, which
    // makes a second desk recording for the same customer wait.
    const qint64 one = writeCustomer(a);
    const qint64 another = writeCustomer(a, QStringLiteral("C-2"));

    // A draws the lower id and commits last; B folds in between.
    auto late = std::make_unique<Transaction>(a);
    QVERIFY(late->isActive());
    recordContact(a, one, 60);
    recordContact(b, another, 120);
    const QString idOf = QStringLiteral("SELECT id FROM contacts WHERE customer_id = ?");
    QVERIFY(sql::scalar(a, idOf, {one}).value().toLongLong() < sql::scalar(b, idOf, {another}).value().toLongLong());
    QVERIFY(Rollups::foldChanges(b).ok());
    QCOMPARE(foldedSeconds(b), 120);
    QVERIFY(late->commit().ok());
    // Readers count the late contact before any fold; a fold takes it in.
    QCOMPARE(Rollups::mismatches(b).value(), 0);
    QVERIFY(Rollups::foldChanges(b).ok());
    QCOMPARE(foldedSeconds(b), 180);
    QCOMPARE(sql::scalar(b, QStringLiteral("SELECT count(*) FROM contact_rollup_pending")).value().toInt(), 0);
    QCOMPARE(Rollups::mismatches(b).value(), 0);
}

void TestServerSchema::aContactChangedDuringAFoldIsCountedOnce()
{
    test::ScratchDatabase server(m_dir, {});
    auto folding = openAbonentDatabase(server.location());
    QVERIFY(folding);
    const QSqlDatabase a = folding.value()->connection();
    const qint64 customer = writeCustomer(a);
    recordContact(a, customer, 60);

    // The fold has taken the contact out of the queue but not committed when
    // another desk changes the contact: that desk waits for the fold, then
    // takes the contact out of its month as folded and queues it again.
    auto fold = std::make_unique<Transaction>(a);
    QVERIFY(fold->isActive());
    QVERIFY(Rollups::foldChanges(a).ok());
    std::atomic<bool> changed = false;
    QString changeError;
    const QString location = server.location();
    std::thread desk([&] {
        auto other = openAbonentDatabase(location);
        if (!other) {
            changeError = other.errorString();
            return;
        }
        QSqlQuery query(other.value()->connection());
        if (!query.exec(QStringLiteral("UPDATE contacts SET duration_s = 600"))) {
            changeError = query.lastError().text();
        }
        changed = true;
    });
    // The change is waiting for the fold's lock: the server says so (asked
    // outside the fold's transaction, which sees the server's activity as
    // it was when it began).
    auto observing = openAbonentDatabase(location, Database::Mode::ReadOnly);
    QVERIFY(observing);
    QTRY_VERIFY_WITH_TIMEOUT(
        sql::scalar(observing.value()->connection(),
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND wait_event_type = 'Lock'"))
                .value()
                .toInt()
            == 1,
        30000);
    QVERIFY(!changed);
    QVERIFY(fold->commit().ok());
    desk.join();
    QVERIFY2(changeError.isEmpty(), qPrintable(changeError));
    QCOMPARE(Rollups::mismatches(a).value(), 0);
    QVERIFY(Rollups::foldChanges(a).ok());
    QCOMPARE(foldedSeconds(a), 600);
    QCOMPARE(sql::scalar(a, QStringLiteral("SELECT sum(contacts) FROM customer_months")).value().toInt(), 1);
    QCOMPARE(Rollups::mismatches(a).value(), 0);
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
