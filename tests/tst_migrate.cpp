#include "AbonentDatabase.h"
#include "CommandTestSupport.h"
#include "DatabaseCheck.h"
#include "ExitCode.h"
#include "Rollups.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// `abonent migrate --from FILE --to postgresql://…` on a real PostgreSQL 15
// (run-with-postgresql.sh starts one): an office's file with everything an
// office gathers (letters with their PDFs, an erasure, contacts not yet in
// the roll-ups) arrives whole, checked on both sides; a server database with
// data is never written over; a copy that fails leaves nothing of the file.
class TestMigrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOfficeFileArrivesWholeAndChecked();
    void theServerCopyWorksAsANewDatabaseWould();
    void aServerDatabaseWithDataIsNeverWrittenOver();
    void aCopyThatFailsLeavesNothingOfTheFile();
    void wrongPlacesAreRefusedBeforeAnythingIsOpened();

private:
    QString officeFile();

    QTemporaryDir m_dir;
    QString m_office; // the file every test copies, made once
    bool m_officeTried = false;
};

namespace {

using Run = test::CommandRun;
using test::runAbonent;

// The value printed after "key\t" on a line of `output`.
QString field(const QString& output, const QString& key)
{
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char('\t'))) {
            return line.section(QLatin1Char('\t'), 1);
        }
    }
    return {};
}

QByteArray digestOf(const QSqlDatabase& db)
{
    const auto digest = DatabaseCheck(db).contentDigest(DatabaseCheck::Scope::BothEngines);
    return digest ? digest.value().toHex() : QByteArray("failed: ") + digest.errorString().toUtf8();
}

qint64 scalar(const QSqlDatabase& db, const QString& statement)
{
    const auto value = sql::scalar(db, statement);
    return value ? value.value().toLongLong() : -1;
}

// Index and trigger names on the data tables, as the engine lists them.
QStringList schemaObjectNames(const QSqlDatabase& db)
{
    const auto objects = SqlDialect::of(db).indexesAndTriggersOn(db, DatabaseCheck::dataTables());
    QStringList names;
    if (objects) {
        for (const SqlDialect::SchemaObject& object : objects.value()) {
            names << object.type + QLatin1Char(' ') + object.name;
        }
    }
    names.sort();
    return names;
}

} // namespace

void TestMigrate::initTestCase()
{
    QVERIFY2(test::testsOnServer() || qEnvironmentVariableIsSet("PGPORT"), "run through run-with-postgresql.sh");
    qputenv("ABONENT_TEST_ENGINE", "postgresql");
    QVERIFY(m_dir.isValid());
}

// An office's file: the demo, two letters issued (their PDFs are bytes the
// copy must carry exactly), one customer's data erased on request, and a
// contact recorded after the roll-ups last took contacts in.
QString TestMigrate::officeFile()
{
    if (m_officeTried) {
        return m_office;
    }
    m_officeTried = true;
    const QString path = m_dir.filePath(QStringLiteral("office.sqlite"));
    const Run demo = runAbonent({QStringLiteral("demo"),
                                 QStringLiteral("--db"),
                                 path,
                                 QStringLiteral("--customers"),
                                 QStringLiteral("150"),
                                 QStringLiteral("--contacts"),
                                 QStringLiteral("4000"),
                                 QStringLiteral("--lang"),
                                 QStringLiteral("en"),
                                 QStringLiteral("--as-of"),
                                 QStringLiteral("2026-06-01")});
    if (demo.code != cli::Success) {
        qWarning("demo: %s", qPrintable(demo.err));
        return {};
    }
    // Two who are customers now, and one whose contract ended (only their data may be erased).
    QStringList customers;
    QString manager;
    {
        auto file = openAbonentDatabase(path, Database::Mode::ReadWrite);
        if (!file) {
            return {};
        }
        const QSqlDatabase db = file.value()->connection();
        for (const char* which :
             {"status = 'active' ORDER BY id LIMIT 2", "status IN ('terminated', 'archived') LIMIT 1"}) {
            QSqlQuery contracts(db);
            contracts.exec(QStringLiteral("SELECT contract_number FROM customers WHERE ") + QLatin1String(which));
            while (contracts.next()) {
                customers << contracts.value(0).toString();
            }
        }
        manager = sql::scalar(db,
                              QStringLiteral("SELECT login FROM operators WHERE role = 'manager' AND active = 1"
                                             " ORDER BY id LIMIT 1"))
                      .value()
                      .toString();
        test::exec(db,
                   QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s)"
                                  " SELECT id, 'phone_in', 1780000000, 420 FROM customers WHERE contract_number = ?"),
                   {customers.value(0)});
    }
    if (customers.size() != 3 || manager.isEmpty()) {
        qWarning("the demo has no customer whose contract ended, or no manager");
        return {};
    }
    for (const QString& contract : customers.mid(0, 2)) {
        const Run letter = runAbonent({QStringLiteral("letters"),
                                       QStringLiteral("issue"),
                                       QStringLiteral("--as"),
                                       manager,
                                       QStringLiteral("--db"),
                                       path,
                                       QStringLiteral("--out"),
                                       m_dir.filePath(QStringLiteral("letters")),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en"),
                                       QStringLiteral("--template"),
                                       QStringLiteral("service_report"),
                                       QStringLiteral("--customer"),
                                       contract});
        if (letter.code != cli::Success) {
            qWarning("letters issue: %s", qPrintable(letter.err));
            return {};
        }
    }
    const Run erased = runAbonent({QStringLiteral("erase"),
                                   QStringLiteral("--db"),
                                   path,
                                   QStringLiteral("--customer"),
                                   customers.value(2),
                                   QStringLiteral("--as"),
                                   manager,
                                   QStringLiteral("--yes")});
    if (erased.code != cli::Success) {
        qWarning("erase: %s", qPrintable(erased.err));
        return {};
    }
    m_office = path;
    return m_office;
}

void TestMigrate::anOfficeFileArrivesWholeAndChecked()
{
    const QString file = officeFile();
    QVERIFY(!file.isEmpty());
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    QVERIFY(!server.location().isEmpty());

    const Run migrate = runAbonent(
        {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.location()});
    QVERIFY2(migrate.code == cli::Success, qPrintable(migrate.err));

    // What it says: every table's rows on both sides, both digests equal.
    for (const QString& table : DatabaseCheck::dataTables()) {
        if (table == QLatin1String("rollup_state")) {
            continue;
        }
        const QStringList rows = field(migrate.out, table).split(QLatin1Char('\t'));
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0) == rows.at(1), qPrintable(table));
    }
    QVERIFY(!field(migrate.out, QStringLiteral("digest_file")).isEmpty());
    QCOMPARE(field(migrate.out, QStringLiteral("digest_server")), field(migrate.out, QStringLiteral("digest_file")));
    QCOMPARE(field(migrate.out, QStringLiteral("contacts_queued_for_rollups")), QStringLiteral("1"));

    // What is there, read again by connections of the test's own.
    auto source = openAbonentDatabase(file, Database::Mode::ReadOnly);
    auto copy = openAbonentDatabase(server.location(), Database::Mode::ReadOnly);
    QVERIFY(source && copy);
    const QSqlDatabase fileDb = source.value()->connection();
    const QSqlDatabase serverDb = copy.value()->connection();
    QCOMPARE(digestOf(serverDb), digestOf(fileDb));
    QCOMPARE(field(migrate.out, QStringLiteral("digest_file")).toLatin1(), digestOf(fileDb));
    for (const char* table : {"customers", "contacts", "letters", "audit_log", "tag_evidence", "case_steps"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table);
        QVERIFY2(scalar(fileDb, count) > 0, table);
        QCOMPARE(scalar(serverDb, count), scalar(fileDb, count));
    }
    QCOMPARE(scalar(serverDb, QStringLiteral("SELECT count(*) FROM letters WHERE length(pdf) > 1000")), 2);
    QCOMPARE(Rollups::pendingCount(serverDb).value(), 1);
}

void TestMigrate::theServerCopyWorksAsANewDatabaseWould()
{
    const QString file = officeFile();
    QVERIFY(!file.isEmpty());
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    QCOMPARE(runAbonent(
                 {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.location()})
                 .code,
             int(cli::Success));
    auto copy = openAbonentDatabase(server.location(), Database::Mode::ReadWrite);
    QVERIFY2(copy, qPrintable(copy.errorString()));
    const QSqlDatabase db = copy.value()->connection();

    // The indexes and rules set aside for the load are all back.
    test::ScratchDatabase fresh(m_dir, {});
    auto newDatabase = openAbonentDatabase(fresh.location(), Database::Mode::ReadWrite);
    QVERIFY(newDatabase);
    QCOMPARE(schemaObjectNames(db), schemaObjectNames(newDatabase.value()->connection()));
    QSqlQuery refused(db);
    QVERIFY(!refused.exec(QStringLiteral("UPDATE letters SET content = 'changed'")));

    // The contact recorded after the file's last fold is taken in by the
    // server's, and then every month agrees with the raw rows.
    QVERIFY(Rollups::foldChanges(db));
    QCOMPARE(Rollups::pendingCount(db).value(), 0);
    QCOMPARE(Rollups::mismatches(db).value(), 0);

    // New rows get ids above the copied ones.
    const qint64 highest = scalar(db, QStringLiteral("SELECT max(id) FROM contacts"));
    QSqlQuery insert(db);
    const auto id = sql::insert(insert,
                                QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s)"
                                               " VALUES ((SELECT min(id) FROM customers), 'email', 1780000500, 60)"));
    QVERIFY2(id, qPrintable(id.errorString()));
    QVERIFY(id.value() > highest);

    // Search finds a copied customer by a word of the name.
    const QString name =
        sql::scalar(db, QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")).value().toString();
    const QString word = name.section(QLatin1Char(' '), -1).toLower();
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM customer_words WHERE words @@ plainto_tsquery('simple', '")
                       + word + QStringLiteral("')"))
            > 0);
}

void TestMigrate::aServerDatabaseWithDataIsNeverWrittenOver()
{
    const QString file = officeFile();
    QVERIFY(!file.isEmpty());
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    const QStringList arguments {
        QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.location()};
    QCOMPARE(runAbonent(arguments).code, int(cli::Success));
    QByteArray before;
    {
        auto copy = openAbonentDatabase(server.location(), Database::Mode::ReadOnly);
        QVERIFY(copy);
        before = digestOf(copy.value()->connection());
    }

    const Run again = runAbonent(arguments);
    QCOMPARE(again.code, int(cli::Failure));
    QVERIFY2(again.err.contains(QStringLiteral("already holds an office's data")), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    auto copy = openAbonentDatabase(server.location(), Database::Mode::ReadOnly);
    QVERIFY(copy);
    QCOMPARE(digestOf(copy.value()->connection()), before);
}

void TestMigrate::aCopyThatFailsLeavesNothingOfTheFile()
{
    const QString original = officeFile();
    QVERIFY(!original.isEmpty());
    // SQLite keeps text in an integer column where the server refuses it:
    // the copy stops near the end, after most tables went in.
    const QString file = m_dir.filePath(QStringLiteral("odd.sqlite"));
    QVERIFY(QFile::copy(original, file));
    {
        auto odd = openAbonentDatabase(file, Database::Mode::ReadWrite);
        QVERIFY(odd);
        QSqlQuery query(odd.value()->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO unlinked_calls (caller_id, started_at, outcome, conduct, topic,"
                     " recorded_at) VALUES ('+15550100', 'not a time', 'resolved', 'normal', 'Wi-Fi', 1)")),
                 qPrintable(query.lastError().text()));
    }
    test::ScratchDatabase server(m_dir, {}, test::ScratchDatabase::Start::Empty);
    const Run failed = runAbonent(
        {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.location()});
    QCOMPARE(failed.code, int(cli::Failure));
    QVERIFY2(failed.err.contains(QStringLiteral("was not copied")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QStringLiteral("unlinked_calls")), qPrintable(failed.err));
    {
        auto left = openAbonentDatabase(server.location(), Database::Mode::ReadOnly);
        QVERIFY(left);
        const QSqlDatabase db = left.value()->connection();
        QVERIFY(Database::isEmpty(db).value());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), 0);
        // What a new database starts with is still there.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM letter_templates")) > 0);
    }
    // The same server database then takes a file that copies (unlinked calls are never deleted,
    // so the office's file as it was stands for the one put right).
    const Run retried = runAbonent(
        {QStringLiteral("migrate"), QStringLiteral("--from"), original, QStringLiteral("--to"), server.location()});
    QVERIFY2(retried.code == cli::Success, qPrintable(retried.err));
}

void TestMigrate::wrongPlacesAreRefusedBeforeAnythingIsOpened()
{
    const QString file = m_dir.filePath(QStringLiteral("never-made.sqlite"));
    const Run missing = runAbonent({QStringLiteral("migrate"), QStringLiteral("--from"), file});
    QCOMPARE(missing.code, int(cli::Failure));
    QVERIFY2(missing.err.contains(QStringLiteral("--to")), qPrintable(missing.err));

    const Run toFile = runAbonent({QStringLiteral("migrate"),
                                   QStringLiteral("--from"),
                                   file,
                                   QStringLiteral("--to"),
                                   m_dir.filePath(QStringLiteral("x"))});
    QCOMPARE(toFile.code, int(cli::Failure));
    QVERIFY2(toFile.err.contains(QStringLiteral("abonent backup")), qPrintable(toFile.err));

    const Run fromServer = runAbonent({QStringLiteral("migrate"),
                                       QStringLiteral("--from"),
                                       QStringLiteral("postgresql:///a"),
                                       QStringLiteral("--to"),
                                       QStringLiteral("postgresql:///b")});
    QCOMPARE(fromServer.code, int(cli::Failure));
    QVERIFY2(fromServer.err.contains(QStringLiteral("pg_dump")), qPrintable(fromServer.err));
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_MAIN(TestMigrate)
#include "tst_migrate.moc"
