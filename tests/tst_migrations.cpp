#include "AbonentDatabase.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAFreshDatabase();
    void upgradesAnOlderFileAfterBackingItUp();
    void failedStepRollsBackAndKeepsTheOldVersion();
    void refusesANewerSchemaUntouched();
    void refusesNonDatabaseFilesUntouched_data();
    void refusesNonDatabaseFilesUntouched();
    void refusesDamagedAndForeignDatabasesUntouched();
    void refusesOtherMigrationToolsUntouched();
    void leavesAForeignLogUncheckpointed();
    void backupHoldsWhatOthersCommitted();
    void lockedFileIsInUseNotDamaged();
    void reopeningIsHarmless();
    void readOnlyOpenNeverWrites();

private:
    // table/index name -> SQL, as SQLite stores the schema
    static QMap<QString, QString> schemaOf(const QSqlDatabase& db);
    QString fixtureCopy();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QMap<QString, QString> TestMigrations::schemaOf(const QSqlDatabase& db)
{
    QMap<QString, QString> schema;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    while (query.next()) {
        schema.insert(query.value(0).toString(), query.value(1).toString());
    }
    return schema;
}

QString TestMigrations::fixtureCopy()
{
    const QString copy = m_dir->filePath(QStringLiteral("old.sqlite"));
    QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestMigrations::createsAFreshDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("sub/folder/fresh.sqlite"));
    auto database = test::openDatabase(path);
    QVERIFY(database);
    QCOMPARE(database->schemaVersion(), latestSchemaVersion());
    QCOMPARE(database->originalSchemaVersion(), 0);
    QVERIFY(database->backupPath().isEmpty());
    const QSqlDatabase db = database->connection();

    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA application_id")).value().toInt(), 0x41424E54);
    const auto schema = schemaOf(db);
    for (const char* table :
         {"customers", "phones", "plans", "plan_periods", "payments", "contacts", "operators", "office_settings"}) {
        QVERIFY2(schema.contains(QString::fromLatin1(table)), table);
    }
    // Every step is recorded once, in order.
    QSqlQuery steps(db);
    QVERIFY(steps.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
    int expected = 1;
    while (steps.next()) {
        QCOMPARE(steps.value(0).toInt(), expected++);
    }
    QCOMPARE(expected - 1, latestSchemaVersion());
    // Foreign keys are enforced: a contact for a missing customer is refused.
    QSqlQuery orphan(db);
    QVERIFY(!orphan.exec(
        QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at) VALUES (42, 'email', 0)")));
    // Check constraints hold the enum codes.
    QSqlQuery badStatus(db);
    QVERIFY(!badStatus.exec(
        QStringLiteral("INSERT INTO customers (contract_number, kind, name, status, customer_since,"
                       " created_at, updated_at) VALUES ('1', 'person', 'A', 'gone', '2020-01-01', 0, 0)")));
}

void TestMigrations::upgradesAnOlderFileAfterBackingItUp()
{
    const QString path = fixtureCopy();
    const QByteArray contentBefore = test::contentDigestOf(path);

    auto database = test::openDatabase(path);
    QVERIFY(database);
    QCOMPARE(database->originalSchemaVersion(), 1);
    QCOMPARE(database->schemaVersion(), latestSchemaVersion());

    // The backup sits beside the file, is named after the old version, and is the old file byte for byte.
    const QString backup = database->backupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(QRegularExpression(QStringLiteral("^old\\.sqlite\\.v1-\\d{8}T\\d{6}Z\\.bak$"))
                 .match(QFileInfo(backup).fileName())
                 .hasMatch(),
             qPrintable(backup));
    QCOMPARE(test::contentDigestOf(backup), contentBefore);
    auto backupOpened = openAbonentDatabase(backup, Database::Mode::ReadOnly);
    QVERIFY2(backupOpened.ok(), qPrintable(backupOpened.errorString()));
    QCOMPARE(backupOpened.value()->schemaVersion(), 1);

    // The data survived and the schema is exactly what a fresh database gets.
    const QSqlDatabase db = database->connection();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 12);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM contacts")).value().toInt(), 60);
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM office_settings")).value().toInt() >= 2);
    auto fresh = test::openDatabase(m_dir->filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh);
    QCOMPARE(schemaOf(db), schemaOf(fresh->connection()));
}

void TestMigrations::failedStepRollsBackAndKeepsTheOldVersion()
{
    // A version 1 file that (wrongly) already has the table step 2 creates:
    // step 2 fails, and must leave the file at version 1 with its data.
    const QString path = fixtureCopy();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE office_settings (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const QByteArray before = test::fileDigest(path);

    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    // Rolled back to the byte, journal mode included; the backup stays beside it.
    QCOMPARE(test::fileDigest(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.v1-*.bak")}).size(), 1);
    QVERIFY2(refused.errorString().contains(QStringLiteral("rolled back")), qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(QStringLiteral("version 2")), qPrintable(refused.errorString()));

    auto readBack = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(readBack.ok(), qPrintable(readBack.errorString()));
    QCOMPARE(readBack.value()->schemaVersion(), 1);
    QCOMPARE(
        sql::scalar(readBack.value()->connection(), QStringLiteral("SELECT count(*) FROM customers")).value().toInt(),
        12);
}

void TestMigrations::refusesANewerSchemaUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("future.sqlite"));
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QSqlQuery future(database->connection());
        QVERIFY(future.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)")));
        QVERIFY(future.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = test::fileDigest(path);

    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
    QVERIFY(refused.errorString().contains(QStringLiteral("999")));
    QVERIFY(refused.errorString().contains(QString::number(latestSchemaVersion())));
    QCOMPARE(test::fileDigest(path), before);
    // No backup was made for a file that was not changed.
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QVERIFY2(!name.endsWith(QLatin1String(".bak")), qPrintable(name));
    }
}

void TestMigrations::refusesNonDatabaseFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");

    QTest::newRow("text") << QByteArray("Name;Phone\nIvanov;+7 495 123 45 67\n") << int(Error::Code::NotSqlite);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(Error::Code::NotSqlite);
    QTest::newRow("short") << QByteArray("SQLite") << int(Error::Code::NotSqlite);

    // A real SQLite header followed by garbage: looks like SQLite, cannot be read.
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(4096 - 16, '\x5a'));
    QTest::newRow("damaged") << damaged << int(Error::Code::Corrupt);
}

void TestMigrations::refusesNonDatabaseFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    const QString path = m_dir->filePath(QStringLiteral("not-a-database.sqlite"));
    test::writeFile(path, content);
    const QByteArray before = test::fileDigest(path);

    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), code);
    QVERIFY(refused.errorString().contains(QStringLiteral("not-a-database.sqlite")));
    QCOMPARE(test::fileDigest(path), before);
}

void TestMigrations::refusesDamagedAndForeignDatabasesUntouched()
{
    // A healthy fixture, damaged in its page 2 onwards: the header says
    // SQLite, the schema page is gone.
    const QString damaged = fixtureCopy();
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(8000, '\xff'));
    }
    const QByteArray damagedBefore = test::fileDigest(damaged);
    auto corrupt = openAbonentDatabase(damaged);
    QVERIFY(!corrupt.ok());
    QCOMPARE(corrupt.error().code, Error::Code::Corrupt);
    QCOMPARE(test::fileDigest(damaged), damagedBefore);

    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::fileDigest(path);

    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAbonent);
    QCOMPARE(test::fileDigest(path), before);
}

void TestMigrations::refusesOtherMigrationToolsUntouched()
{
    // Many tools keep a table called schema_migrations; only the header's
    // application id says a file is Abonent's.
    const QString path = m_dir->filePath(QStringLiteral("rails.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rails"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, dirty INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES ('20230101120000', 0)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rails"));
    const QByteArray before = test::fileDigest(path);
    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAbonent);
    QCOMPARE(test::fileDigest(path), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).isEmpty());
}

void TestMigrations::leavesAForeignLogUncheckpointed()
{
    // Another program crashed with changes still in its write-ahead log.
    // Refusing the file must neither fold that log in nor delete it.
    const QString original = m_dir->filePath(QStringLiteral("other.sqlite"));
    const QString crashed = m_dir->filePath(QStringLiteral("crashed.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walowner"));
        raw.setDatabaseName(original);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('only in the log')")));
        // The files as they are on disk at the moment of a crash.
        QVERIFY(QFile::copy(original, crashed));
        QVERIFY(QFile::copy(original + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("walowner"));
    const QByteArray mainBefore = test::fileDigest(crashed);
    const QByteArray logBefore = test::fileDigest(crashed + QStringLiteral("-wal"));
    QVERIFY(!logBefore.isEmpty());

    auto refused = openAbonentDatabase(crashed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAbonent);
    QCOMPARE(test::fileDigest(crashed), mainBefore);
    QCOMPARE(test::fileDigest(crashed + QStringLiteral("-wal")), logBefore);
}

void TestMigrations::backupHoldsWhatOthersCommitted()
{
    // The old file is in use: a reader holds a snapshot taken before a
    // customer was committed into the write-ahead log, so the log cannot be
    // folded into the file yet. The backup must still hold that customer.
    const QString path = fixtureCopy();
    QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    writer.setDatabaseName(path);
    QVERIFY(writer.open());
    QSqlQuery write(writer);
    QVERIFY(write.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(write.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
    reader.setDatabaseName(path);
    QVERIFY(reader.open());
    QSqlQuery read(reader);
    QVERIFY(read.exec(QStringLiteral("BEGIN")));
    QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM customers")) && read.next());
    QCOMPARE(read.value(0).toInt(), 12);
    QVERIFY(
        write.exec(QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since, created_at,"
                                  " updated_at) VALUES ('LATE-1', 'person', 'Late Customer', '2026-11-01', 0, 0)")));

    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QCOMPARE(database->schemaVersion(), latestSchemaVersion());
        auto backup = openAbonentDatabase(database->backupPath(), Database::Mode::ReadOnly);
        QVERIFY2(backup.ok(), qPrintable(backup.errorString()));
        QCOMPARE(
            sql::scalar(backup.value()->connection(), QStringLiteral("SELECT count(*) FROM customers")).value().toInt(),
            13);
    }
    read.exec(QStringLiteral("COMMIT"));
    read = QSqlQuery();
    write = QSqlQuery();
    reader.close();
    writer.close();
    reader = QSqlDatabase();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

void TestMigrations::lockedFileIsInUseNotDamaged()
{
    const QString path = fixtureCopy(); // rollback-journal mode: a writer locks readers out
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    QSqlQuery hold(holder);
    QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const QByteArray before = test::fileDigest(path);

    auto refused = openAbonentDatabase(path); // waits for the busy timeout, then gives up
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Busy);
    QVERIFY2(refused.errorString().contains(QStringLiteral("in use")), qPrintable(refused.errorString()));
    QCOMPARE(test::fileDigest(path), before);

    hold.exec(QStringLiteral("ROLLBACK"));
    hold = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(test::openDatabase(path)); // and opens once it is free
}

void TestMigrations::reopeningIsHarmless()
{
    const QString path = m_dir->filePath(QStringLiteral("again.sqlite"));
    QVERIFY(test::openDatabase(path));
    auto second = test::openDatabase(path);
    QVERIFY(second);
    QCOMPARE(second->originalSchemaVersion(), latestSchemaVersion());
    QVERIFY(second->backupPath().isEmpty());
    // Two connections to one file at once (two windows, or the CLI beside the app).
    auto third = test::openDatabase(path);
    QVERIFY(third);
}

void TestMigrations::readOnlyOpenNeverWrites()
{
    const QString path = fixtureCopy();
    const QByteArray before = test::fileDigest(path);
    auto readOnly = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.errorString()));
    QCOMPARE(readOnly.value()->schemaVersion(), 1);
    QVERIFY(readOnly.value()->isReadOnly());
    QSqlQuery write(readOnly.value()->connection());
    QVERIFY(!write.exec(QStringLiteral("DELETE FROM contacts")));
    readOnly = Error {};
    QCOMPARE(test::fileDigest(path), before);

    auto missing = openAbonentDatabase(m_dir->filePath(QStringLiteral("missing.sqlite")), Database::Mode::ReadOnly);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing.sqlite"))));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
