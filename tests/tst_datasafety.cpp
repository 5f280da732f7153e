#include "AbonentDatabase.h"
#include "DatabaseTrials.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "SqliteDirect.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// The file as other programs, crashes and full disks leave it, and what
// Abonent makes of it: it keeps its hold on a file it has open, recovers what
// is healthy, refuses what is not without leaving anything behind, and says
// what really happened.
class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void connectionsKeepTheirLocksWhileOthersOpenTheFile();
    void unfinishedChangeOfAnOldFileIsRolledBack();
    void crashDuringDemoFillIsRecovered();
    void failedUpgradeLeavesTheOldVersionAndSaysSo();
    void failedBackupLeavesNothingBehind();
    void refusedFilesGetNoSideFiles_data();
    void refusedFilesGetNoSideFiles();
    void nothingIsCreatedWithoutCreate();
    void commandsCreateNothingButDemo();
    void newFilesAreTheOwnersOnly();
    void openingAnUpToDateFileTakesNoWriteLock();
    void aCopyNeverReplacesAFile();
    void bothWaysOfCopyingGiveTheSameContent();
    void pathsAreTakenLiterally();

private:
    QString fixtureCopy(const QString& name);
    // A version 1 file upgraded by this program, for its size.
    qint64 upgradedFixtureSize();

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

qint64 customersNamed(const QSqlDatabase& db, const QString& suffix)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE ?"),
                       {QString(QLatin1Char('%') + suffix)})
        .value()
        .toLongLong();
}

} // namespace

void TestDataSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDataSafety::fixtureCopy(const QString& name)
{
    const QString copy = m_dir->filePath(name);
    QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

qint64 TestDataSafety::upgradedFixtureSize()
{
    const QString path = fixtureCopy(QStringLiteral("measure.sqlite"));
    {
        auto database = openAbonentDatabase(path);
        if (!database) {
            return -1;
        }
        // Everything folded into the file itself, as a rollback journal leaves it.
        (void)sql::scalar(database.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return QFileInfo(path).size();
}

void TestDataSafety::connectionsKeepTheirLocksWhileOthersOpenTheFile()
{
    // The window's connection, then what its pages and commands do beside it:
    // read-only readers, writers, a refused file, opened and closed again.
    const QString path = m_dir->filePath(QStringLiteral("office.sqlite"));
    auto window = test::openDatabase(path);
    QVERIFY(window);
    QSqlQuery write(window->connection());
    QVERIFY(write.exec(QStringLiteral("INSERT INTO operators (login, name, role, currency)"
                                      " VALUES ('ann', 'Ann', 'operator', 'USD')")));
#ifdef Q_OS_LINUX
    const int heldAtFirst = test::posixLocksHeldOn(path);
    QVERIFY2(heldAtFirst > 0, "a connection in WAL mode holds a shared lock on its file");
#endif
    for (int round = 0; round < 3; ++round) {
        QVERIFY(openAbonentDatabase(path, Database::Mode::ReadOnly).ok());
        QVERIFY(openAbonentDatabase(path, Database::Mode::ReadWrite).ok());
        QVERIFY(!openAbonentDatabase(m_dir->filePath(QStringLiteral("missing.sqlite"))).ok());
    }
#ifdef Q_OS_LINUX
    QCOMPARE(test::posixLocksHeldOn(path), heldAtFirst);
#endif

    // Another program reads the file and closes it: it must see that the
    // window still has it open, so it leaves the log and its index alone.
    QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT count(*) FROM operators")), QStringLiteral("1"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
#ifdef Q_OS_LINUX
    QCOMPARE(test::deletedFilesStillOpen(path), QStringList());
#endif

    // What the window commits afterwards reaches the file others read.
    QVERIFY(write.exec(QStringLiteral("INSERT INTO operators (login, name, role, currency)"
                                      " VALUES ('bob', 'Bob', 'operator', 'USD')")));
    QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT group_concat(login) FROM operators")),
             QStringLiteral("ann,bob"));
}

void TestDataSafety::unfinishedChangeOfAnOldFileIsRolledBack()
{
    // The v1 fixture is still in rollback-journal mode: a program that stopped
    // in the middle of a change leaves a hot journal beside it.
    const QString path = fixtureCopy(QStringLiteral("crashed.sqlite"));
    const QByteArray before = test::contentDigestOf(path);
    QVERIFY(test::crashWriterMidTransaction(
        path,
        "UPDATE customers SET name = name || ' (half-written)'; UPDATE contacts SET summary = randomblob(3000);"));

    // A command that only reads recovers it too, and says so.
    {
        auto read = openAbonentDatabase(path, Database::Mode::ReadOnly);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QVERIFY(read.value()->recoveredUnfinishedChange());
        QCOMPARE(customersNamed(read.value()->connection(), QStringLiteral(" (half-written)")), 0);
        QCOMPARE(read.value()->schemaVersion(), 1);
    }
    QCOMPARE(test::contentDigestOf(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));

    // And the window opens it, rolled back and then upgraded.
    const QString again = fixtureCopy(QStringLiteral("crashed-again.sqlite"));
    QVERIFY(test::crashWriterMidTransaction(again,
                                            "UPDATE contacts SET summary = randomblob(3000); DELETE FROM contacts;"));
    auto database = openAbonentDatabase(again);
    QVERIFY2(database.ok(), qPrintable(database.errorString()));
    QVERIFY(database.value()->recoveredUnfinishedChange());
    QVERIFY2(database.value()->notices().join(QLatin1Char(' ')).contains(QStringLiteral("rolled back")),
             qPrintable(database.value()->notices().join(QLatin1Char(' '))));
    QCOMPARE(database.value()->schemaVersion(), latestSchemaVersion());
    QCOMPARE(sql::scalar(database.value()->connection(), QStringLiteral("SELECT count(*) FROM contacts")).value(), 60);
}

void TestDataSafety::crashDuringDemoFillIsRecovered()
{
    // The demo fill writes through a rollback journal; the program is killed
    // once its changes have begun to reach the file.
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.start(
        QStringLiteral(ABONENT_EXECUTABLE),
        {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"), QStringLiteral("10000")});
    QVERIFY(demo.waitForStarted());
    demo.setReadChannel(QProcess::StandardError); // progress is said on stderr
    QByteArray said;
    while (!test::hasHotJournal(path)) {
        QVERIFY2(demo.waitForReadyRead(120000), said.constData()); // a tenth more written
        said += demo.readAllStandardError();
    }
    demo.kill();
    QVERIFY(demo.waitForFinished());
    QVERIFY(test::hasHotJournal(path));

    QProcess check;
    check.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY(check.waitForFinished(120000));
    const QString out = QString::fromUtf8(check.readAllStandardOutput());
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QVERIFY2(check.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("rolled back")), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("integrity\tok")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("customers\t0")), qPrintable(out));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestDataSafety::failedUpgradeLeavesTheOldVersionAndSaysSo()
{
#ifdef Q_OS_UNIX
    const qint64 upgraded = upgradedFixtureSize();
    const QString path = fixtureCopy(QStringLiteral("old.sqlite"));
    const qint64 original = QFileInfo(path).size();
    QVERIFY2(upgraded > original + 8192, "the upgrade grows the file");
    const QByteArray before = test::contentDigestOf(path);
    Result<std::unique_ptr<Database>> failed = Error {};
    {
        // The backup (a compacted copy) fits; the upgraded file does not.
        const test::FileSizeLimit diskFull(rlim_t((original + upgraded) / 2));
        failed = openAbonentDatabase(path);
    }
    QVERIFY(!failed.ok());
    const QString message = failed.errorString();
    QVERIFY2(message.contains(QStringLiteral("rolled back")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("still at schema version 1")), qPrintable(message));

    // The message is true: the file is at version 1 with all it held, and
    // nothing of the upgrade is left behind but the backup it names.
    auto readBack = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(readBack.ok(), qPrintable(readBack.errorString()));
    QCOMPARE(readBack.value()->schemaVersion(), 1);
    readBack = Error {};
    QCOMPARE(test::contentDigestOf(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.v1-*.bak")});
    QCOMPARE(backups.size(), 1);
    QVERIFY(message.contains(backups.first()));
    QCOMPARE(test::contentDigestOf(m_dir->filePath(backups.first())), before);

    // With room on the disk again it upgrades.
    auto upgradedNow = openAbonentDatabase(path);
    QVERIFY2(upgradedNow.ok(), qPrintable(upgradedNow.errorString()));
    QCOMPARE(upgradedNow.value()->schemaVersion(), latestSchemaVersion());
#else
    QSKIP("a full disk is simulated with RLIMIT_FSIZE, which this platform lacks");
#endif
}

void TestDataSafety::failedBackupLeavesNothingBehind()
{
#ifdef Q_OS_UNIX
    const QString path = fixtureCopy(QStringLiteral("old.sqlite"));
    const QByteArray before = test::fileDigest(path);
    Result<std::unique_ptr<Database>> failed = Error {};
    {
        const test::FileSizeLimit diskFull(16 * 1024);
        failed = openAbonentDatabase(path);
    }
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorString().contains(QStringLiteral("Could not back up")), qPrintable(failed.errorString()));
    QVERIFY2(failed.errorString().contains(QStringLiteral("nothing was changed")), qPrintable(failed.errorString()));
    QCOMPARE(test::fileDigest(path), before);
    QCOMPARE(test::filesIn(m_dir->path()), QStringList {QStringLiteral("old.sqlite")});
#else
    QSKIP("a full disk is simulated with RLIMIT_FSIZE, which this platform lacks");
#endif
}

void TestDataSafety::refusedFilesGetNoSideFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("mode");
    for (const QString& kind : {QStringLiteral("truncated"), QStringLiteral("newer")}) {
        QTest::newRow(qPrintable(kind + QStringLiteral(", read-write"))) << kind << int(Database::Mode::ReadWrite);
        QTest::newRow(qPrintable(kind + QStringLiteral(", read-only"))) << kind << int(Database::Mode::ReadOnly);
    }
}

void TestDataSafety::refusedFilesGetNoSideFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, mode);
    // An Abonent file in WAL mode, closed cleanly (no log beside it), then
    // cut short or marked as written by a later version.
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    {
        auto database = test::openDatabase(source);
        QVERIFY(database);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE padding (bytes BLOB)")));
        QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                                          " WHERE i < 200) INSERT INTO padding SELECT randomblob(1000) FROM n")));
        if (kind == QLatin1String("newer")) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'later', 0)")));
        }
    }
    QCOMPARE(test::filesIn(m_dir->path()), QStringList {QStringLiteral("source.sqlite")});
    QByteArray bytes = test::fileBytes(source);
    if (kind == QLatin1String("truncated")) {
        bytes.truncate(8192);
    }
    QFile::remove(source);
    const QString path = m_dir->filePath(QStringLiteral("refused.sqlite"));
    test::writeFile(path, bytes);

    auto refused = openAbonentDatabase(path, Database::Mode(mode));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, kind == QLatin1String("newer") ? Error::Code::SchemaTooNew : Error::Code::Corrupt);
    QVERIFY2(refused.errorString().contains(QStringLiteral("untouched")), qPrintable(refused.errorString()));
    QCOMPARE(test::filesIn(m_dir->path()), QStringList {QStringLiteral("refused.sqlite")});
    QCOMPARE(test::fileBytes(path), bytes);
}

void TestDataSafety::nothingIsCreatedWithoutCreate()
{
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder/office.sqlite"));
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto refused = openAbonentDatabase(missing, mode);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
    }
    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    test::writeFile(empty, QByteArray());
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto refused = openAbonentDatabase(empty, mode);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Empty);
        QVERIFY2(refused.errorString().contains(QStringLiteral("empty")), qPrintable(refused.errorString()));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(test::filesIn(m_dir->path()), QStringList {QStringLiteral("empty.sqlite")});
    }
    // Creating is asked for by name.
    auto created = openAbonentDatabase(missing, Database::Mode::Create);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QCOMPARE(created.value()->schemaVersion(), latestSchemaVersion());
}

void TestDataSafety::commandsCreateNothingButDemo()
{
    // Every command but demo needs a database that exists; a zero-byte file
    // stays zero bytes, a missing one and its folders stay missing.
    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    test::writeFile(empty, QByteArray());
    const QString missing = m_dir->filePath(QStringLiteral("no/such/office.sqlite"));
    const QString out = m_dir->filePath(QStringLiteral("letters"));
    for (const QString& path : {empty, missing}) {
        const QList<QStringList> commands {
            {QStringLiteral("letters"),
             QStringLiteral("issue"),
             QStringLiteral("--db"),
             path,
             QStringLiteral("--template"),
             QStringLiteral("support_reminder"),
             QStringLiteral("--customer"),
             QStringLiteral("A-1"),
             QStringLiteral("--as"),
             QStringLiteral("owner"),
             QStringLiteral("--out"),
             out},
            {QStringLiteral("check"), QStringLiteral("--db"), path},
            {QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--rebuild-rollups")},
            {QStringLiteral("lookup"), QStringLiteral("--db"), path, QStringLiteral("+1 212 555 0147")},
            {QStringLiteral("report"), QStringLiteral("economics"), QStringLiteral("--db"), path},
        };
        for (const QStringList& arguments : commands) {
            QProcess command;
            command.start(QStringLiteral(ABONENT_EXECUTABLE), arguments);
            QVERIFY(command.waitForFinished(60000));
            const QString said = QString::fromUtf8(command.readAllStandardError());
            QVERIFY2(command.exitCode() == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + said));
            QVERIFY2(said.contains(path == empty ? QStringLiteral("is empty") : QStringLiteral("does not exist")),
                     qPrintable(said));
            QCOMPARE(test::filesIn(m_dir->path()), QStringList {QStringLiteral("empty.sqlite")});
            QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
            QVERIFY(!QFileInfo::exists(out));
            QCOMPARE(QFileInfo(empty).size(), 0);
        }
    }
    // demo creates it, folders and all.
    QProcess demo;
    demo.start(
        QStringLiteral(ABONENT_EXECUTABLE),
        {QStringLiteral("demo"), QStringLiteral("--db"), missing, QStringLiteral("--customers"), QStringLiteral("5")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    QVERIFY(QFileInfo(missing).size() > 0);
}

void TestDataSafety::newFilesAreTheOwnersOnly()
{
#ifdef Q_OS_UNIX
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    const QString path = m_dir->filePath(QStringLiteral("private.sqlite"));
    auto database = test::openDatabase(path);
    QVERIFY(database);
    QVERIFY(
        QSqlQuery(database->connection())
            .exec(QStringLiteral("INSERT INTO plans (name, monthly_fee_minor, currency) VALUES ('Home', 100, 'USD')")));
    QCOMPARE(QFileInfo(path).permissions(), ownerOnly);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions(), ownerOnly);
    QCOMPARE(QFileInfo(path + QStringLiteral("-shm")).permissions(), ownerOnly);

    // The backup taken before an upgrade is its owner's, whoever else may
    // read the database.
    const QString old = fixtureCopy(QStringLiteral("old.sqlite"));
    QFile::setPermissions(old, ownerOnly | QFile::ReadGroup | QFile::ReadOther);
    auto upgraded = openAbonentDatabase(old);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    QCOMPARE(QFileInfo(upgraded.value()->backupPath()).permissions(), ownerOnly);
#else
    QSKIP("owner-only files are checked by their POSIX permissions; Windows keeps the profile's ACLs");
#endif
}

void TestDataSafety::openingAnUpToDateFileTakesNoWriteLock()
{
    // Another program writes for a long time (a rebuild, a batch). Opening a
    // database that needs no upgrade must not wait for it, let alone call
    // the wait a failed upgrade.
    const QString path = m_dir->filePath(QStringLiteral("busy.sqlite"));
    QVERIFY(test::openDatabase(path));
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(writer.waitForStarted());
    writer.write("BEGIN IMMEDIATE;\nSELECT 'holding';\n");
    QByteArray said;
    while (!said.contains("holding")) {
        QVERIFY(writer.waitForReadyRead(60000));
        said += writer.readAllStandardOutput();
    }
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::Create, Database::Mode::ReadOnly}) {
        auto opened = openAbonentDatabase(path, mode);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    }
    writer.write("ROLLBACK;\n.quit\n");
    QVERIFY(writer.waitForFinished());
}

void TestDataSafety::aCopyNeverReplacesAFile()
{
    // Two programs upgrading one file in the same second pick the same name
    // for its backup: the second must not overwrite or remove the first's.
    const QString path = m_dir->filePath(QStringLiteral("office.sqlite"));
    auto database = test::openDatabase(path);
    QVERIFY(database);
    const QString taken = m_dir->filePath(QStringLiteral("office.sqlite.bak"));
    test::writeFile(taken, "someone else's backup");
    const Status copied = database->copyTo(taken);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, Error::Code::Conflict);
    QCOMPARE(test::fileBytes(taken), QByteArray("someone else's backup"));

    const QString free = m_dir->filePath(QStringLiteral("office-copy.sqlite"));
    QVERIFY(database->copyTo(free));
    QCOMPARE(test::contentDigestOf(free), test::contentDigestOf(path));
    // The copy was written under another name and renamed when whole (a
    // program killed meanwhile leaves no part under the copy's name: the
    // crash trials' upgrades check that); nothing of it is left over.
    QCOMPARE(test::filesIn(m_dir->path()),
             (QStringList {QStringLiteral("office-copy.sqlite"),
                           QStringLiteral("office.sqlite"),
                           QStringLiteral("office.sqlite-shm"),
                           QStringLiteral("office.sqlite-wal"),
                           QStringLiteral("office.sqlite.bak")}));
}

void TestDataSafety::bothWaysOfCopyingGiveTheSameContent()
{
    // SQLite's online backup API where this build calls SQLite directly,
    // VACUUM INTO where it cannot (Qt's Windows and macOS packages): the same
    // content either way, and the backup API reads a read-only connection.
    const QString path = m_dir->filePath(QStringLiteral("office.sqlite"));
    {
        auto database = test::openDatabase(path);
        QVERIFY(database);
        QVERIFY(test::writeEconomicsFixture(database->connection()));
        QVERIFY(database->copyTo(m_dir->filePath(QStringLiteral("direct.sqlite"))));
        sqlite::setDirectAllowed(false);
        const auto allowAgain = qScopeGuard([] { sqlite::setDirectAllowed(true); });
        QVERIFY(!sqlite::directHandle(database->connection()));
        QVERIFY(database->copyTo(m_dir->filePath(QStringLiteral("portable.sqlite"))));
    }
    QCOMPARE(test::contentDigestOf(m_dir->filePath(QStringLiteral("direct.sqlite"))), test::contentDigestOf(path));
    QCOMPARE(test::contentDigestOf(m_dir->filePath(QStringLiteral("portable.sqlite"))), test::contentDigestOf(path));
#if defined(Q_OS_LINUX)
    auto readOnly = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.errorString()));
    QVERIFY(sqlite::directHandle(readOnly.value()->connection())); // Debian's Qt calls the system SQLite
    QVERIFY(readOnly.value()->copyTo(m_dir->filePath(QStringLiteral("from-read-only.sqlite"))));
    QCOMPARE(test::contentDigestOf(m_dir->filePath(QStringLiteral("from-read-only.sqlite"))),
             test::contentDigestOf(path));
#endif
    // The portable copy from a read-only connection too.
    auto readOnlyPortable = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(readOnlyPortable.ok(), qPrintable(readOnlyPortable.errorString()));
    sqlite::setDirectAllowed(false);
    const auto allowAgain = qScopeGuard([] { sqlite::setDirectAllowed(true); });
    QVERIFY(readOnlyPortable.value()->copyTo(m_dir->filePath(QStringLiteral("portable-read-only.sqlite"))));
    QCOMPARE(test::contentDigestOf(m_dir->filePath(QStringLiteral("portable-read-only.sqlite"))),
             test::contentDigestOf(path));
    // …and it stays read-only afterwards.
    QVERIFY(!QSqlQuery(readOnlyPortable.value()->connection()).exec(QStringLiteral("DELETE FROM plans")));
}

void TestDataSafety::pathsAreTakenLiterally()
{
    // SQLite is given the file as a URI: '#', '?' and '%' in a folder's name
    // are part of the path, not a fragment, a query or an escape.
    const QString folder = m_dir->filePath(QStringLiteral("Офис #2 ?mode=ro %41%"));
    const QString path = folder + QStringLiteral("/база.sqlite");
    {
        auto created = openAbonentDatabase(path, Database::Mode::Create);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        QVERIFY(created.value()->copyTo(folder + QStringLiteral("/копия.sqlite")));
    }
    QCOMPARE(test::filesIn(folder), (QStringList {QStringLiteral("база.sqlite"), QStringLiteral("копия.sqlite")}));
    auto reopened = openAbonentDatabase(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QVERIFY(!reopened.value()->isReadOnly());
    QCOMPARE(reopened.value()->schemaVersion(), latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
