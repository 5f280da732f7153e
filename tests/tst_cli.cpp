#include "AbonentDatabase.h"
#include "CallHandOff.h"
#include "CallRouting.h"
#include "Command.h"
#include "DatabaseCheck.h"
#include "DatabaseLocation.h"
#include "DemoGenerator.h"
#include "ExitCode.h"
#include "Migrations.h"
#include "OfficeSettings.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "TextEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace abonent;

// The subcommands, run in process as a script would run them, plus a few runs
// of the real executable for what only a process shows (exit codes, streams).
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demoThenCheck();
    void rollupsAreVerifiedAndRebuilt();
    void economicsReportOfAHandComputedHistory();
    void demoRefusesToOverwriteUnlessForced();
    void sameSeedSameDigest();
    void checkReportsBrokenFiles_data();
    void checkReportsBrokenFiles();
    void checkNeverChangesTheFile();
    void checkCoversEveryTable();
    void checkFindsATamperedLetterRegister_data();
    void checkFindsATamperedLetterRegister();
    void backupCopiesWhileAnotherDeskWrites();
    void backupNeverReplacesAFile();
    void importExplainsRefusedRowsAndImportsWholeFiles();
    void restorePutsABackupBackAndKeepsWhatItReplaced();
    void restoreKeepsWhatADeskCommitsMeanwhile();
    void restoreRefusesWhatIsNotAWholeAbonentBackup_data();
    void restoreRefusesWhatIsNotAWholeAbonentBackup();
    void exportWritesEveryTableIntoANewFolder();
    void exportNeverWritesIntoAFolderWithFiles();
    void personDataWritesJsonAndPdf();
    void eraseExplainsRefusalsAndCheckKnowsTheErasedLetter();
    void badArgumentsAreErrors_data();
    void badArgumentsAreErrors();
    void demoChecksEveryOptionBeforeCreatingTheFile_data();
    void demoChecksEveryOptionBeforeCreatingTheFile();
    void demoWritesAsMuchAsItSaysItCan();
    void realExecutable();
    void lookupForPbxScripts();
    void lookupAnswersAnOverlongNumberWithoutTheDatabase();
    void agiRoutesTheCallerInTheDialplan();
    void agiNeverHoldsUpACall();
    void thePbxHostSignsInReadOnlyAndIsNeverAsked();
    void readingCommandsAskForAnUpgradeOfAnOlderFile();
    void messagesKeepPathsWithPercentSigns();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void topLevelHelpNamesTheProgram();
    void versionIsAnsweredWhereverItIsAsked_data();
    void versionIsAnsweredWhereverItIsAsked();
    void usageErrorsExitTwoWithAHint_data();
    void usageErrorsExitTwoWithAHint();
    void optionsMayComeBeforeTheCommand();
    void aDatabaseFileNamedAloneIsOpened_data();
    void aDatabaseFileNamedAloneIsOpened();
    void aMissingDatabaseFileNamedAloneIsAnError();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList& arguments);
    // The real executable as a script on a server runs it: no display, no
    // platform chosen; only a window may need one.
    static Outcome runWithoutDisplay(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // The database a test works in, on the engine this run tests: the file
    // `name`, or a database of its own on the server (test::location).
    QString database(const QString& name) const { return test::location(path(name)); }
    // A copy of the schema-1 fixture, writable by its owner as a user's file would be.
    void copyOlderFixture(const QString& copy);
    // One AGI session as Asterisk holds it with `abonent agi`: the channel's
    // agi_* lines, then `answer` to every command the program sends.
    struct AgiSession
    {
        int exitCode = -1;
        QStringList variables; // in the order they were set
        QHash<QString, QString> values;
        QString err;
    };
    AgiSession agi(const QString& db, const QString& callerId, const QByteArray& answer = "200 result=1");
    // A small demo office that has issued four letters (numbers 1 to 4 of this year).
    void writeOfficeWithLetters(const QString& db);
    // That office, and who in it a person's data is asked for and by whom.
    struct Request
    {
        QString contract; // the first customer's, to whom the first letter went
        qint64 id = 0;
        QString letter;
        QString manager; // logins
        QString operatorLogin;
    };
    Request writeOfficeWithARequest(const QString& db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Outcome TestCli::run(const QStringList& arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.exitCode = cli::runCommand(QStringList {QStringLiteral("abonent")} + arguments, out, err);
    out.flush();
    err.flush();
    return outcome;
}

TestCli::Outcome TestCli::runWithoutDisplay(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ABONENT_EXECUTABLE), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome; // exitCode -1: it crashed or aborted
    }
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::demoThenCheck()
{
    const QString db = database(QStringLiteral("demo.sqlite"));
    const Outcome demo = run({QStringLiteral("demo"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--customers"),
                              QStringLiteral("150"),
                              QStringLiteral("--as-of"),
                              QStringLiteral("2026-11-25")});
    QCOMPARE(demo.exitCode, int(cli::Success));
    QVERIFY2(demo.out.contains(QStringLiteral("customers\t150\n")), qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("contacts\t7500\n")));
    QVERIFY(demo.err.contains(QStringLiteral("Demo data written")));

    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(check.exitCode, int(cli::Success));
    QVERIFY(check.out.contains(QStringLiteral("schema_version\t%1\n").arg(latestSchemaVersion())));
    QVERIFY(check.out.contains(QStringLiteral("integrity\tok\n")));
    QVERIFY(check.out.contains(QStringLiteral("customers\t150\n")));
    QVERIFY(check.out.contains(QStringLiteral("contacts\t7500\n")));
    QVERIFY(!check.out.contains(QStringLiteral("digest")));
    QVERIFY(check.err.isEmpty());
}

void TestCli::rollupsAreVerifiedAndRebuilt()
{
    const QString db = database(QStringLiteral("rollups.sqlite"));
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--customers"),
                  QStringLiteral("60"),
                  QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-25")})
                 .exitCode,
             int(cli::Success));
    const Outcome good = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--verify-rollups")});
    QCOMPARE(good.exitCode, int(cli::Success));
    QVERIFY2(good.out.contains(QStringLiteral("rollups\tok\n")), qPrintable(good.out));
    // Someone edits a sum by hand: the check finds it, the rebuild mends it.
    {
        auto database = test::openDatabase(db);
        QSqlQuery edit(database->connection());
        QVERIFY(edit.exec(QStringLiteral("UPDATE customer_months SET cost_minor = cost_minor + 1"
                                         " WHERE (customer_id, month) = (SELECT customer_id, month"
                                         " FROM customer_months ORDER BY customer_id, month LIMIT 1)")));
        QCOMPARE(edit.numRowsAffected(), 1);
    }
    const Outcome bad = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--verify-rollups")});
    QCOMPARE(bad.exitCode, int(cli::Failure));
    QVERIFY2(bad.out.contains(QStringLiteral("rollups\t2 differ\n")),
             qPrintable(bad.out)); // the stored row and its recount
    QVERIFY(bad.err.contains(QStringLiteral("--rebuild-rollups")));
    const Outcome mended = run({QStringLiteral("check"),
                                QStringLiteral("--db"),
                                db,
                                QStringLiteral("--rebuild-rollups"),
                                QStringLiteral("--verify-rollups")});
    QCOMPARE(mended.exitCode, int(cli::Success));
    QVERIFY(mended.out.contains(QStringLiteral("rollups\trebuilt\n")));
    QVERIFY(mended.out.contains(QStringLiteral("rollups\tok\n")));
}

void TestCli::economicsReportOfAHandComputedHistory()
{
    const QString db = database(QStringLiteral("report.sqlite"));
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        QVERIFY(test::writeEconomicsFixture(database->connection()));
        QVERIFY(test::writeLatePayerFixture(database->connection()));
    }
    const QStringList report {QStringLiteral("report"),
                              QStringLiteral("economics"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--from"),
                              QStringLiteral("2026-03"),
                              QStringLiteral("--to"),
                              QStringLiteral("2026-05")};
    const Outcome csv = run(report);
    QCOMPARE(csv.exitCode, int(cli::Success));
    // Revenue is what each was charged; what came in, and the difference,
    // follow. Fay from March: 75.00 + 20.00 + 19.35 charged, 60.00 + 20.00 - 10.65 received.
    QCOMPARE(csv.out,
             QStringLiteral("contract,name,plan,revenue_minor,cost_minor,margin_minor,currency,minutes,contacts,"
                            "received_minor,balance_minor\r\n"
                            "E-1,Eve,Home,7548,1300,6248,USD,15,3,2500,-5048\r\n"
                            "F-1,Fay,Home,11435,3000,8435,USD,30,1,6935,-4500\r\n"));
    const Outcome json = run(report + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, int(cli::Success));
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03"));
    const QJsonObject eve = document.value(QStringLiteral("customers")).toArray().first().toObject();
    QCOMPARE(eve.value(QStringLiteral("revenue_minor")).toInteger(), 7548);
    QCOMPARE(eve.value(QStringLiteral("cost_minor")).toInteger(), 1300);
    QCOMPARE(eve.value(QStringLiteral("received_minor")).toInteger(), 2500);
    QCOMPARE(eve.value(QStringLiteral("balance_minor")).toInteger(), -5048);
    QCOMPARE(eve.value(QStringLiteral("months")).toInt(), 3);
    // Fay's whole stay, late, early and partial payments and all: settled (see the fixture).
    const Outcome fay = run({QStringLiteral("report"),
                             QStringLiteral("economics"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--from"),
                             QStringLiteral("2026-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2026-05")});
    QVERIFY2(fay.out.contains(QStringLiteral("F-1,Fay,Home,16564,3000,13564,USD,30,1,16564,0\r\n")),
             qPrintable(fay.out));
    // April alone: the fee charged; the refund only returned money.
    const Outcome april = run({QStringLiteral("report"),
                               QStringLiteral("economics"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--from"),
                               QStringLiteral("2026-04"),
                               QStringLiteral("--to"),
                               QStringLiteral("2026-04")});
    QVERIFY2(april.out.contains(QStringLiteral("E-1,Eve,Home,3000,1200,1800,USD,10,2,2500,-500\r\n")),
             qPrintable(april.out));
    // Before anyone was a customer: nothing found.
    QCOMPARE(run({QStringLiteral("report"),
                  QStringLiteral("economics"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--from"),
                  QStringLiteral("2025-01"),
                  QStringLiteral("--to"),
                  QStringLiteral("2025-12")})
                 .exitCode,
             int(cli::NothingFound));
    // Mistakes are errors, with a word on what was wrong.
    for (const QStringList& wrong : {QStringList {QStringLiteral("--format"), QStringLiteral("xml")},
                                     QStringList {QStringLiteral("--from"), QStringLiteral("March")},
                                     QStringList {QStringLiteral("--from"), QStringLiteral("2026-06")}}) {
        const Outcome refused = run(report + wrong);
        QCOMPARE(refused.exitCode, int(cli::Failure));
        QVERIFY(!refused.err.isEmpty());
    }
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), db}).exitCode, int(cli::Failure));
}

void TestCli::demoRefusesToOverwriteUnlessForced()
{
    const QString db = database(QStringLiteral("demo.sqlite"));
    const QStringList demo {
        QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("20")};
    QCOMPARE(run(demo).exitCode, int(cli::Success));
    const Outcome again = run(demo);
    QCOMPARE(again.exitCode, int(cli::Failure));
    QVERIFY(again.out.isEmpty());
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(run(demo + QStringList {QStringLiteral("--force")}).exitCode, int(cli::Success));
}

void TestCli::sameSeedSameDigest()
{
    QStringList digests;
    for (const QString& name : {QStringLiteral("one.sqlite"), QStringLiteral("two.sqlite")}) {
        QCOMPARE(run({QStringLiteral("demo"),
                      QStringLiteral("--db"),
                      database(name),
                      QStringLiteral("--customers"),
                      QStringLiteral("80"),
                      QStringLiteral("--seed"),
                      QStringLiteral("42"),
                      QStringLiteral("--as-of"),
                      QStringLiteral("2025-06-30"),
                      QStringLiteral("--lang"),
                      QStringLiteral("uk")})
                     .exitCode,
                 int(cli::Success));
        const Outcome check =
            run({QStringLiteral("check"), QStringLiteral("--db"), database(name), QStringLiteral("--digest")});
        QCOMPARE(check.exitCode, int(cli::Success));
        const int at = check.out.indexOf(QStringLiteral("digest\t"));
        QVERIFY(at >= 0);
        digests.append(check.out.mid(at + 7, 64));
    }
    QCOMPARE(digests.at(0), digests.at(1));
    QCOMPARE(digests.at(0).size(), 64);
}

void TestCli::checkReportsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not sqlite") << QByteArray("contract;name\n1;Ivanov\n") << "not an SQLite database";
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(4080, '\x33'));
    QTest::newRow("damaged") << damaged << "damaged";
    QTest::newRow("missing") << QByteArray() << "does not exist";
}

void TestCli::checkReportsBrokenFiles()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: damaged files are SQLite's; a server checks its own pages.");
    }
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString db = path(QStringLiteral("broken.sqlite"));
    if (!content.isEmpty()) {
        test::writeFile(db, content);
    }
    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(check.exitCode, int(cli::Failure));
    QVERIFY(check.out.isEmpty());
    QVERIFY2(check.err.contains(reason), qPrintable(check.err));
    QCOMPARE(check.err.count(QLatin1Char('\n')), 1); // one line
}

void TestCli::checkNeverChangesTheFile()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: the bytes of a file.");
    }
    // A database with a newer schema, and the old fixture: check reports on
    // both without writing to either.
    const QString newer = path(QStringLiteral("newer.sqlite"));
    {
        auto database = test::openDatabase(newer);
        QSqlQuery(database->connection()).exec(QStringLiteral("INSERT INTO schema_migrations VALUES (77, 'x', 0)"));
        QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray newerBefore = test::fileDigest(newer);
    const Outcome refused = run({QStringLiteral("check"), QStringLiteral("--db"), newer});
    QCOMPARE(refused.exitCode, int(cli::Failure));
    QVERIFY(refused.err.contains(QStringLiteral("77")));
    QCOMPARE(test::fileDigest(newer), newerBefore);

    const QString old = path(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray oldBefore = test::fileDigest(old);
    const Outcome older = run({QStringLiteral("check"), QStringLiteral("--db"), old});
    QCOMPARE(older.exitCode, int(cli::Success));
    QVERIFY(older.out.contains(QStringLiteral("schema_version\t1\n")));
    QCOMPARE(test::fileDigest(old), oldBefore);
}

void TestCli::checkCoversEveryTable()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: reads SQLite's catalogue; tst_serverschema holds the server's tables to a file's.");
    }
    // Every table the migrations create is checked, or left out for a stated
    // reason: a new table must be added to one list or the other.
    const QString db = path(QStringLiteral("tables.sqlite"));
    QStringList created;
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        QSqlQuery tables(database->connection());
        QVERIFY(tables.exec(
            QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master"
                           " WHERE type = 'table' AND name NOT GLOB 'sqlite_*' ORDER BY name"))); // SQLite's own
        QStringList virtualTables;
        while (tables.next()) {
            created << tables.value(0).toString();
            if (tables.value(1).toBool()) {
                virtualTables << tables.value(0).toString();
            }
        }
        // FTS5's shadow tables belong to their index.
        created.removeIf([&virtualTables](const QString& table) {
            return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&table](const QString& index) {
                return table.startsWith(index + QLatin1Char('_'));
            });
        });
    }
    QStringList accounted = DatabaseCheck::dataTables() + DatabaseCheck::tablesLeftOut();
    accounted.sort();
    QCOMPARE(created, accounted);

    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")});
    QCOMPARE(check.exitCode, int(cli::Success));
    for (const QString& table : DatabaseCheck::dataTables()) {
        QVERIFY2(check.out.contains(QLatin1Char('\n') + table + QLatin1Char('\t')), qPrintable(table));
    }
    QVERIFY(check.out.contains(QStringLiteral("register\tok\n")));
}

void TestCli::writeOfficeWithLetters(const QString& db)
{
    QCOMPARE(run({QStringLiteral("demo"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--customers"),
                  QStringLiteral("10"),
                  QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-25")})
                 .exitCode,
             int(cli::Success));
    QStringList contracts;
    {
        auto database = openAbonentDatabase(db, Database::Mode::ReadOnly);
        QVERIFY(database);
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT contract_number FROM customers ORDER BY id LIMIT 4")));
        while (query.next()) {
            contracts << QStringLiteral("--customer") << query.value(0).toString();
        }
    }
    // Letters are laid out with fonts, which only the real program (a GUI application) has.
    QProcess letters;
    letters.start(QStringLiteral(ABONENT_EXECUTABLE),
                  QStringList {QStringLiteral("letters"),
                               QStringLiteral("issue"),
                               QStringLiteral("--as"),
                               test::ownerLogin(db),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--template"),
                               QStringLiteral("service_report"),
                               QStringLiteral("--out"),
                               path(QStringLiteral("pdf"))}
                      + contracts);
    QVERIFY(letters.waitForFinished(60000));
    QVERIFY2(letters.exitCode() == 0, letters.readAllStandardError().constData());
    QCOMPARE(letters.readAllStandardOutput().count('\n'), 4);
}

namespace {

// A connection of its own to a database file, as another desk or program
// has one; closed and removed when it goes (after the queries made after it).
class OwnConnection
{
public:
    OwnConnection(const QString& name, const QString& file, const QString& options = {})
        : m_name(name)
        , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name))
    {
        m_db.setDatabaseName(file);
        m_db.setConnectOptions(options);
    }
    ~OwnConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;
    bool open() { return m_db.open(); }
    const QSqlDatabase& db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

void TestCli::backupCopiesWhileAnotherDeskWrites()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: backup copies a file; a server is copied with pg_dump.");
    }
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Outcome before = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")});
    QCOMPARE(before.exitCode, int(cli::Success));
    // Another desk is in the middle of writing: its change is not committed yet.
    OwnConnection desk(QStringLiteral("another desk"), db);
    QVERIFY(desk.open());
    QSqlQuery writing(desk.db());
    QVERIFY(writing.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY2(writing.exec(QStringLiteral("UPDATE customers SET name = name || ' (changing)'")),
             qPrintable(writing.lastError().text()));

    const QString copy = path(QStringLiteral("backups/office-monday.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    const Outcome backup = run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), copy});
    QVERIFY(writing.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(backup.exitCode, int(cli::Success));
    QVERIFY2(backup.out.contains(QStringLiteral("\nintegrity\tok\n")), qPrintable(backup.out + backup.err));
    QVERIFY(backup.out.startsWith(QStringLiteral("backup\t") + QDir::toNativeSeparators(copy) + QLatin1Char('\n')));
    // What was committed, as it was: the same digest as the file's.
    const Outcome copied = run({QStringLiteral("check"), QStringLiteral("--db"), copy, QStringLiteral("--digest")});
    QCOMPARE(copied.exitCode, int(cli::Success));
    const auto digestOf = [](const QString& text) {
        return text.section(QStringLiteral("digest\t"), 1).section(QLatin1Char('\n'), 0, 0);
    };
    QVERIFY(!digestOf(before.out).isEmpty());
    QCOMPARE(digestOf(copied.out), digestOf(before.out));
#if defined(Q_OS_UNIX)
    QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif
    // One file, nothing beside it: read after it was written, it left no log.
    QCOMPARE(QDir(QFileInfo(copy).path()).entryList(QDir::Files), QStringList {QFileInfo(copy).fileName()});
}

void TestCli::backupNeverReplacesAFile()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: backup copies a file; a server is copied with pg_dump.");
    }
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString taken = path(QStringLiteral("taken.sqlite"));
    test::writeFile(taken, "last week's backup");
    const Outcome refused = run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), taken});
    QCOMPARE(refused.exitCode, int(cli::Failure));
    QVERIFY2(refused.err.contains(QStringLiteral("never replaces a file")), qPrintable(refused.err));
    QCOMPARE(test::fileBytes(taken), QByteArray("last week's backup"));
    // Without --to: where would it go?
    const Outcome nowhere = run({QStringLiteral("backup"), QStringLiteral("--db"), db});
    QCOMPARE(nowhere.exitCode, int(cli::Failure));
    QVERIFY2(nowhere.err.contains(QStringLiteral("--to FILE")), qPrintable(nowhere.err));
    // A database that is not there: nothing is created, on either side.
    const Outcome missing = run({QStringLiteral("backup"),
                                 QStringLiteral("--db"),
                                 path(QStringLiteral("missing.sqlite")),
                                 QStringLiteral("--to"),
                                 path(QStringLiteral("copy.sqlite"))});
    QCOMPARE(missing.exitCode, int(cli::Failure));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing.sqlite"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("copy.sqlite"))));
    // A server is copied by its own tools, both ways.
    const QString server = QStringLiteral("postgresql://abonent@localhost/office");
    const Outcome dumped = run(
        {QStringLiteral("backup"), QStringLiteral("--db"), server, QStringLiteral("--to"), path(QStringLiteral("s"))});
    QCOMPARE(dumped.exitCode, int(cli::Failure));
    QVERIFY2(dumped.err.contains(QStringLiteral("pg_dump")), qPrintable(dumped.err));
    const Outcome restored =
        run({QStringLiteral("restore"), QStringLiteral("--db"), server, QStringLiteral("--from"), db});
    QCOMPARE(restored.exitCode, int(cli::Failure));
    QVERIFY2(restored.err.contains(QStringLiteral("pg_restore")), qPrintable(restored.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("s"))));
}

void TestCli::importExplainsRefusedRowsAndImportsWholeFiles()
{
    const QString db = database(QStringLiteral("import.sqlite"));
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        QVERIFY(OfficeSettings(database->connection()).setDefaultCountry(QStringLiteral("UA")).ok());
        QVERIFY(OfficeSettings(database->connection()).setCurrency(QStringLiteral("UAH")).ok());
        // The person importing: the command line names them.
        test::exec(database->connection(),
                   QStringLiteral("INSERT INTO operators (login, name, role, currency)"
                                  " VALUES ('olena', 'Олена', 'owner', 'UAH')"));
    }
    const auto customers = [&](const QString& badDate) {
        const QString text = QStringLiteral("Номер договору;ПІБ;Телефон;Залишок;Дата підключення\r\n"
                                            "У-1;Олена Коваль;+380 44 123 4567;120,00;01.09.2023\r\n"
                                            "У-2;Тарас Бойко;+380 67 765 4321;-35,50;%1\r\n")
                                 .arg(badDate);
        const QString file = path(QStringLiteral("customers.csv"));
        test::writeFile(file, TextEncodings::encode(text, TextEncoding::Windows1251));
        return file;
    };
    const QStringList base {
        QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("olena")};
    const auto countCustomers = [&] {
        auto database = openAbonentDatabase(db, Database::Mode::ReadOnly);
        return database ? sql::scalar(database.value()->connection(), QStringLiteral("SELECT count(*) FROM customers"))
                              .value()
                              .toInt()
                        : -1;
    };

    // A date that does not exist: the row is named, nothing goes in.
    const QString file = customers(QStringLiteral("31.09.2023"));
    const Outcome refused = run(base + QStringList {QStringLiteral("--kind"), QStringLiteral("customers"), file});
    QCOMPARE(refused.exitCode, int(cli::NothingFound));
    QVERIFY2(refused.out.contains(QStringLiteral("encoding\twindows-1251\n")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("separator\t;\n")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("refused\t1\n")), qPrintable(refused.out));
    QVERIFY2(refused.err.contains(QStringLiteral("line 3, Дата підключення \"31.09.2023\"")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("nothing was imported")), qPrintable(refused.err));
    QCOMPARE(countCustomers(), 0);

    // The refused rows as a spreadsheet, instead of on stderr.
    const QString report = path(QStringLiteral("refused.csv"));
    const Outcome reported = run(base
                                 + QStringList {QStringLiteral("--kind"),
                                                QStringLiteral("customers"),
                                                QStringLiteral("--dry-run"),
                                                QStringLiteral("--report"),
                                                report,
                                                file});
    QCOMPARE(reported.exitCode, int(cli::NothingFound));
    QVERIFY(reported.out.startsWith(QStringLiteral("checked\tcustomers\n")));
    QVERIFY(!reported.err.contains(QStringLiteral("line 3")));
    QVERIFY2(QString::fromUtf8(test::fileBytes(report)).contains(QStringLiteral("3,Дата підключення,31.09.2023,")),
             qPrintable(QString::fromUtf8(test::fileBytes(report))));

    // Fixed: imported whole, and the mapping kept for next time.
    const QString map = path(QStringLiteral("customers.json"));
    const Outcome imported = run(base
                                 + QStringList {QStringLiteral("--kind"),
                                                QStringLiteral("customers"),
                                                QStringLiteral("--save-map"),
                                                map,
                                                customers(QStringLiteral("30.09.2023"))});
    QCOMPARE(imported.exitCode, int(cli::Success));
    QVERIFY2(imported.out.contains(QStringLiteral("imported\tcustomers\n")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("added\t2\n")), qPrintable(imported.out));
    QCOMPARE(countCustomers(), 2);
    // Again with the saved mapping: nothing new, nothing doubled.
    const Outcome again = run(base + QStringList {QStringLiteral("--map"), map, file}); // the fixed file
    QCOMPARE(again.exitCode, int(cli::Success));
    QVERIFY2(again.out.contains(QStringLiteral("unchanged\t2\n")), qPrintable(again.out));
    QCOMPARE(countCustomers(), 2);

    // Errors: no such file, no such kind, a mapping for another kind.
    const Outcome missing = run(
        base + QStringList {QStringLiteral("--kind"), QStringLiteral("payments"), path(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, int(cli::Failure));
    const Outcome unknown = run(base + QStringList {QStringLiteral("--kind"), QStringLiteral("pets"), file});
    QCOMPARE(unknown.exitCode, int(cli::Failure));
    QVERIFY2(unknown.err.contains(QStringLiteral("pets")), qPrintable(unknown.err));
    const Outcome mismatch = run(
        base + QStringList {QStringLiteral("--kind"), QStringLiteral("payments"), QStringLiteral("--map"), map, file});
    QCOMPARE(mismatch.exitCode, int(cli::Failure));
    QCOMPARE(countCustomers(), 2);
}

namespace {

QString digestIn(const QString& checkOutput)
{
    return checkOutput.section(QStringLiteral("digest\t"), 1).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

void TestCli::restorePutsABackupBackAndKeepsWhatItReplaced()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: restore puts a file back; a server is restored with pg_restore.");
    }
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString monday = path(QStringLiteral("monday.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), monday}).exitCode,
             int(cli::Success));
    // Tuesday: another desk renames every customer, and keeps its connection open.
    OwnConnection desk(QStringLiteral("another desk"), db);
    QVERIFY(desk.open());
    QSqlQuery query(desk.db());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")) && query.next());
    const QString mondaysName = query.value(0).toString();
    QVERIFY(query.exec(QStringLiteral("UPDATE customers SET name = name || ' (Tuesday)'")));
    query.finish();
    const QString tuesday =
        digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")}).out);

    const Outcome restored =
        run({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), monday});
    QCOMPARE(restored.exitCode, int(cli::Success));
    QVERIFY2(restored.out.startsWith(QStringLiteral("restored\t")), qPrintable(restored.out + restored.err));
    // Monday's content, exactly; Tuesday's kept beside it.
    QCOMPARE(digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")}).out),
             digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), monday, QStringLiteral("--digest")}).out));
    const QString kept = restored.out.section(QStringLiteral("kept\t"), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QFileInfo::exists(kept), qPrintable(restored.out));
    QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(db).absolutePath());
    QCOMPARE(digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), kept, QStringLiteral("--digest")}).out),
             tuesday);
    // The desk that stayed connected reads Monday's names from its next query on.
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")) && query.next());
    QCOMPARE(query.value(0).toString(), mondaysName);
}

void TestCli::restoreKeepsWhatADeskCommitsMeanwhile()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: restore puts a file back; a server is restored with pg_restore.");
    }
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString monday = path(QStringLiteral("monday.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), monday}).exitCode,
             int(cli::Success));
    // A desk is writing when the restore starts, and commits while it runs.
    OwnConnection desk(QStringLiteral("writing desk"), db);
    QVERIFY(desk.open());
    QSqlQuery writing(desk.db());
    QVERIFY(writing.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(writing.exec(QStringLiteral("UPDATE customers SET name = 'Written meanwhile' WHERE id = "
                                        "(SELECT min(id) FROM customers)")));
    QProcess restore;
    restore.start(QStringLiteral(ABONENT_EXECUTABLE),
                  {QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), monday});
    QVERIFY(restore.waitForStarted());
    // A restore that kept the database before taking its write lock would
    // show its copy now, and lose the commit below from both; one that takes
    // the lock first cannot get on until the desk commits. The desk commits
    // well within the restore's five seconds of waiting for the lock.
    const QDir folder(QFileInfo(db).absolutePath());
    const bool keptTooEarly = QTest::qWaitFor(
        [&] {
            return restore.state() == QProcess::NotRunning
                || !folder.entryList({QStringLiteral("*before-restore*.bak")}).isEmpty();
        },
        2000);
    QVERIFY2(!keptTooEarly, "the restore kept the database (or stopped) before the desk's commit");
    QVERIFY(writing.exec(QStringLiteral("COMMIT")));
    QVERIFY(restore.waitForFinished(60000));
    QCOMPARE(restore.exitCode(), int(cli::Success));
    const QString out = QString::fromUtf8(restore.readAllStandardOutput());
    const QString kept = out.section(QStringLiteral("kept\t"), 1).section(QLatin1Char('\n'), 0, 0);
    // What the desk committed is in what was kept; the database is Monday's.
    OwnConnection keptCopy(QStringLiteral("kept copy"), kept, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY2(keptCopy.open(), qPrintable(out));
    QSqlQuery inKept(keptCopy.db());
    QVERIFY(inKept.exec(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Written meanwhile'")));
    QVERIFY(inKept.next());
    QCOMPARE(inKept.value(0).toInt(), 1);
    QVERIFY(writing.exec(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Written meanwhile'")));
    QVERIFY(writing.next());
    QCOMPARE(writing.value(0).toInt(), 0);
}

void TestCli::restoreRefusesWhatIsNotAWholeAbonentBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a database") << QStringLiteral("text");
    QTest::newRow("another program's database") << QStringLiteral("foreign");
    QTest::newRow("a backup cut short") << QStringLiteral("truncated");
    QTest::newRow("no backup named") << QString();
    QTest::newRow("the database itself") << QStringLiteral("itself");
}

void TestCli::restoreRefusesWhatIsNotAWholeAbonentBackup()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: restore puts a file back; a server is restored with pg_restore.");
    }
    QFETCH(QString, kind);
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString before =
        digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")}).out);
    const QString backup = path(QStringLiteral("backup.sqlite"));
    if (kind == QLatin1String("text")) {
        test::writeFile(backup, "contract;name\n1;Ann\n");
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other program"));
        other.setDatabaseName(backup);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other program"));
    } else if (kind == QLatin1String("truncated")) {
        const QString whole = path(QStringLiteral("whole.sqlite"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), whole}).exitCode,
                 int(cli::Success));
        const QByteArray bytes = test::fileBytes(whole); // no connection of this process has it open
        test::writeFile(backup, bytes.left(bytes.size() / 2));
    }
    QStringList arguments {QStringLiteral("restore"), QStringLiteral("--db"), db};
    if (kind == QLatin1String("itself")) {
        arguments << QStringLiteral("--from") << db;
    } else if (!kind.isEmpty()) {
        arguments << QStringLiteral("--from") << backup;
    }
    const Outcome refused = run(arguments);
    QCOMPARE(refused.exitCode, int(cli::Failure));
    QString said = QStringLiteral("nothing was changed:");
    if (kind.isEmpty()) {
        said = QStringLiteral("--from FILE");
    } else if (kind == QLatin1String("itself")) {
        said = QStringLiteral("is the database itself");
    }
    QVERIFY2(refused.err.contains(said), qPrintable(refused.err));
    QCOMPARE(digestIn(run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--digest")}).out),
             before);
    const QStringList left = QDir(QFileInfo(db).absolutePath()).entryList({QStringLiteral("*before-restore*")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCli::checkFindsATamperedLetterRegister_data()
{
    // A statement run with the append-only triggers out of the way (dropped
    // and put back exactly as they were), and what the check must say.
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("expected");
    QTest::newRow("counter moved on") << QStringLiteral("UPDATE letter_register SET last_sequence = 5")
                                      << "the counter stands at 5, but the highest number issued is 4";
    QTest::newRow("a letter deleted") << QStringLiteral("DELETE FROM letters WHERE sequence = 2")
                                      << "number 2 is missing";
    QTest::newRow("two letters deleted") << QStringLiteral("DELETE FROM letters WHERE sequence IN (2, 3)")
                                         << "numbers 2 to 3 are missing";
    // :pdf is the third letter's PDF with one byte changed.
    QTest::newRow("a PDF byte changed") << QStringLiteral("UPDATE letters SET pdf = :pdf WHERE sequence = 3")
                                        << "its PDF does not match the SHA-256 stored with it";
}

void TestCli::checkFindsATamperedLetterRegister()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: tampers with the file through SQLite's own catalogue.");
    }
    QFETCH(QString, tampering);
    QFETCH(QString, expected);
    const QString db = path(QStringLiteral("register.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Outcome whole = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(whole.exitCode, int(cli::Success));
    QVERIFY2(whole.out.contains(QStringLiteral("register\tok\n")), qPrintable(whole.out));
    QVERIFY(whole.out.contains(QStringLiteral("\nletters\t4\n")));

    QString thirdLetter;
    {
        // As a tool outside Abonent would: a connection of its own, the triggers moved aside.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tampering"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT number, pdf FROM letters WHERE sequence = 3")) && query.next());
        thirdLetter = query.value(0).toString();
        QByteArray changedPdf = query.value(1).toByteArray();
        QVERIFY(changedPdf.size() > 100);
        changedPdf[100] = char(changedPdf.at(100) ^ 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                          " AND name IN ('letters_no_delete', 'letters_no_update')")));
        QList<QPair<QString, QString>> triggers;
        while (query.next()) {
            triggers.append({query.value(0).toString(), query.value(1).toString()});
        }
        QCOMPARE(triggers.size(), 2);
        for (const auto& [trigger, definition] : std::as_const(triggers)) {
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ") + trigger));
        }
        QVERIFY(query.prepare(tampering));
        if (tampering.contains(QStringLiteral(":pdf"))) {
            query.bindValue(QStringLiteral(":pdf"), changedPdf);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 0);
        for (const auto& [trigger, definition] : std::as_const(triggers)) {
            QVERIFY(query.exec(definition));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tampering"));

    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(check.exitCode, int(cli::Failure));
    QVERIFY2(check.out.contains(QStringLiteral("integrity\tok\n")), qPrintable(check.out)); // SQLite sees nothing wrong
    QVERIFY2(check.out.contains(QStringLiteral("register\t1 wrong\n")), qPrintable(check.out));
    QVERIFY2(check.err.contains(expected), qPrintable(check.err));
    QCOMPARE(check.err.count(QLatin1Char('\n')), 1);
    if (expected.contains(QStringLiteral("PDF"))) {
        QVERIFY2(check.err.contains(thirdLetter), qPrintable(check.err));
    }
}

void TestCli::exportWritesEveryTableIntoANewFolder()
{
    const QString db = database(QStringLiteral("office.sqlite"));
    writeOfficeWithLetters(db);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QByteArray database = test::fileDigest(db);
    const QString out = path(QStringLiteral("exports/monday")); // neither folder there yet
    const Outcome exported = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QCOMPARE(exported.exitCode, int(cli::Success));
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
    QStringList lines = exported.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.takeLast(), QString()); // every line ends
    QCOMPARE(lines.takeFirst(), QStringLiteral("exported\t") + QDir::toNativeSeparators(QDir(out).absolutePath()));
    QStringList files;
    QHash<QString, qint64> rows;
    for (const QString& line : std::as_const(lines)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        files << fields.at(0);
        rows.insert(fields.at(0), fields.at(1).toLongLong());
    }
    QCOMPARE(files.size(), 11);
    QCOMPARE(files.last(), QStringLiteral("abonent.json"));
    QStringList written = QDir(out).entryList(QDir::Files);
    written.sort();
    QStringList listed = files;
    listed.sort();
    QCOMPARE(written, listed);
    // As many rows as the tables, the register's four letters among them.
    {
        auto opened = openAbonentDatabase(db, Database::Mode::ReadOnly);
        QVERIFY(opened);
        qint64 all = 0;
        for (const auto& [file, table] : {std::pair {"customers.csv", "customers"},
                                          std::pair {"phones.csv", "phones"},
                                          std::pair {"payments.csv", "payments"},
                                          std::pair {"contacts.csv", "contacts"},
                                          std::pair {"tags.csv", "tag_assignments"},
                                          std::pair {"letters.csv", "letters"}}) {
            auto count = sql::scalar(opened.value()->connection(),
                                     QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
            QVERIFY(count);
            QCOMPARE(rows.value(QLatin1String(file), -1), count->toLongLong());
        }
        for (const QString& file : std::as_const(files)) {
            if (file != QLatin1String("abonent.json")) {
                all += rows.value(file);
            }
        }
        QCOMPARE(rows.value(QStringLiteral("customers.csv")), 10);
        QCOMPARE(rows.value(QStringLiteral("letters.csv")), 4);
        QCOMPARE(rows.value(QStringLiteral("abonent.json")), all);
    }
    QVERIFY(QJsonDocument::fromJson(test::fileBytes(QDir(out).filePath(QStringLiteral("abonent.json")))).isObject());
#if defined(Q_OS_UNIX)
    QCOMPARE(QFileInfo(QDir(out).filePath(QStringLiteral("letters.csv"))).permissions()
                 & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
#endif
    // Read as it was: the database file is not changed by an export.
    QCOMPARE(test::fileDigest(db), database);
}

TestCli::Request TestCli::writeOfficeWithARequest(const QString& db)
{
    Request request;
    writeOfficeWithLetters(db);
    auto opened = openAbonentDatabase(db, Database::Mode::ReadOnly);
    if (QTest::currentTestFailed() || !opened) {
        return request;
    }
    QSqlQuery query(opened.value()->connection());
    if (query.exec(QStringLiteral("SELECT c.contract_number, c.id, l.number FROM customers c JOIN letters l"
                                  " ON l.customer_id = c.id ORDER BY c.id LIMIT 1"))
        && query.next()) {
        request.contract = query.value(0).toString();
        request.id = query.value(1).toLongLong();
        request.letter = query.value(2).toString();
    }
    for (auto [role, login] :
         {std::pair {"manager", &request.manager}, std::pair {"operator", &request.operatorLogin}}) {
        if (query.exec(QStringLiteral("SELECT min(login) FROM operators WHERE role = '%1'").arg(QLatin1String(role)))
            && query.next()) {
            *login = query.value(0).toString();
        }
    }
    return request;
}

void TestCli::personDataWritesJsonAndPdf()
{
    const QString db = database(QStringLiteral("office.sqlite"));
    const Request request = writeOfficeWithARequest(db);
    QVERIFY(!request.contract.isEmpty());
    const QString contract = request.contract;
    const qint64 id = request.id;
    const QByteArray database = test::fileDigest(db);
    // The PDF needs fonts: the real program, as a script runs it, with no display.
    const QString out = path(QStringLiteral("requests/first"));
    for (const QString& customer : {contract, QString::number(id)}) {
        const Outcome written = runWithoutDisplay({QStringLiteral("person-data"),
                                                   QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("--customer"),
                                                   customer,
                                                   QStringLiteral("--out"),
                                                   out});
        QCOMPARE(written.exitCode, int(cli::Success));
        QVERIFY2(!written.err.contains(QStringLiteral("rror")), qPrintable(written.err));
        const QStringList lines = written.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("json\t")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("pdf\t")));
        const QJsonObject report =
            QJsonDocument::fromJson(test::fileBytes(lines.at(0).section(QLatin1Char('\t'), 1))).object();
        QCOMPARE(report.value(QStringLiteral("customer")).toObject().value(QStringLiteral("contract")).toString(),
                 contract);
        QCOMPARE(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("letters")).toArray().size(),
                 1);
        QVERIFY(test::fileBytes(lines.at(1).section(QLatin1Char('\t'), 1)).startsWith("%PDF"));
    }
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2); // the same files again
    QCOMPARE(test::fileDigest(db), database); // read, not changed

    const Outcome nobody = runWithoutDisplay({QStringLiteral("person-data"),
                                              QStringLiteral("--db"),
                                              db,
                                              QStringLiteral("--customer"),
                                              QStringLiteral("NO-SUCH-1"),
                                              QStringLiteral("--out"),
                                              out});
    QCOMPARE(nobody.exitCode, int(cli::NothingFound));
    QVERIFY2(nobody.err.contains(QStringLiteral("NO-SUCH-1")), qPrintable(nobody.err));
    QVERIFY(nobody.out.isEmpty());
}

void TestCli::eraseExplainsRefusalsAndCheckKnowsTheErasedLetter()
{
    const QString db = database(QStringLiteral("office.sqlite"));
    const Request request = writeOfficeWithARequest(db);
    QVERIFY(!request.contract.isEmpty() && !request.manager.isEmpty() && !request.operatorLogin.isEmpty());
    const QString& contract = request.contract;
    const QString& letter = request.letter;
    const QString& manager = request.manager;
    const QString& operatorLogin = request.operatorLogin;
    const auto erase = [&](const QString& who, const QString& customer, bool yes) {
        QStringList arguments {QStringLiteral("erase"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--customer"),
                               customer,
                               QStringLiteral("--as"),
                               who};
        if (yes) {
            arguments << QStringLiteral("--yes");
        }
        return runWithoutDisplay(arguments); // standard input is no terminal there
    };
    // Still a customer, and a letter of today: refused, each reason said.
    const QByteArray untouched = test::contentDigestOf(db);
    const Outcome refused = erase(manager, contract, true);
    QCOMPARE(refused.exitCode, int(cli::NothingFound));
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("cannot be erased now")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("still in force")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("Letter %1 was issued").arg(letter)), qPrintable(refused.err));
    QCOMPARE(erase(manager, QStringLiteral("NO-SUCH-1"), true).exitCode, int(cli::NothingFound));
    QCOMPARE(erase(QStringLiteral("nobody-here"), contract, true).exitCode, int(cli::Failure));
    QCOMPARE(test::contentDigestOf(db), untouched);

    // The customer left long ago, and the office keeps letters no longer.
    {
        auto opened = openAbonentDatabase(db, Database::Mode::ReadWrite);
        QVERIFY(opened);
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE customers SET status = 'terminated' WHERE contract_number = '%1'").arg(contract)));
        QVERIFY(OfficeSettings(opened.value()->connection())
                    .setNumber(QStringLiteral("privacy.letter_retention_years"), 0));
    }
    const Outcome byOperator = erase(operatorLogin, contract, true);
    QCOMPARE(byOperator.exitCode, int(cli::NothingFound));
    QVERIFY2(byOperator.err.contains(QStringLiteral("Only a manager or the owner")), qPrintable(byOperator.err));
    // Not confirmed: it says what would go and what stays, and erases nothing.
    const Outcome unconfirmed = erase(manager, contract, false);
    QCOMPARE(unconfirmed.exitCode, int(cli::NothingFound));
    QVERIFY2(unconfirmed.err.contains(QStringLiteral("removes:")) && unconfirmed.err.contains(QStringLiteral("keeps:")),
             qPrintable(unconfirmed.err));
    QVERIFY2(unconfirmed.err.contains(QStringLiteral("--yes")), qPrintable(unconfirmed.err));
    QVERIFY(unconfirmed.out.isEmpty());
    {
        auto opened = openAbonentDatabase(db, Database::Mode::ReadOnly);
        QVERIFY(opened);
        QCOMPARE(sql::scalar(opened.value()->connection(),
                             QStringLiteral("SELECT count(*) FROM customers WHERE erased_at IS NOT NULL"))
                     ->toInt(),
                 0);
    }

    const Outcome erased = erase(manager, contract, true);
    QCOMPARE(erased.exitCode, int(cli::Success));
    QVERIFY2(erased.out.startsWith(QStringLiteral("erased\t%1\nname\tErased customer #").arg(contract)),
             qPrintable(erased.out));
    QVERIFY2(erased.out.contains(QStringLiteral("\nletters\t1\n")), qPrintable(erased.out));
    QVERIFY2(erased.out.contains(QStringLiteral("\nphones\t")), qPrintable(erased.out));
    QVERIFY2(erased.err.contains(QStringLiteral("Backups")), qPrintable(erased.err));
    // Erased once; again is refused.
    const Outcome again = erase(manager, contract, true);
    QCOMPARE(again.exitCode, int(cli::NothingFound));
    QVERIFY2(again.err.contains(QStringLiteral("already")), qPrintable(again.err));

    // The register is whole: the erased letter is said to be so.
    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(check.exitCode, int(cli::Success));
    QVERIFY2(check.out.contains(QStringLiteral("register\tok\n")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("erased_letters\t1\nerased_letter\t%1\n").arg(letter)),
             qPrintable(check.out));
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    // The person's data now says what is left.
    const Outcome report = runWithoutDisplay({QStringLiteral("person-data"),
                                              QStringLiteral("--db"),
                                              db,
                                              QStringLiteral("--customer"),
                                              contract,
                                              QStringLiteral("--out"),
                                              path(QStringLiteral("left"))});
    QCOMPARE(report.exitCode, int(cli::Success));
    const QJsonObject left =
        QJsonDocument::fromJson(
            test::fileBytes(report.out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 1)))
            .object();
    QVERIFY(left.value(QStringLiteral("customer")).toObject().value(QStringLiteral("erased_at")).isString());
    QCOMPARE(left.value(QStringLiteral("tables")).toObject().value(QStringLiteral("phones")).toArray().size(), 0);

    // Another letter's PDF changed by hand is still found.
    {
        // As a tool outside Abonent would, on either engine: the rule dropped first.
        auto opened = openAbonentDatabase(db, Database::Mode::ReadWrite);
        QVERIFY(opened);
        const QSqlDatabase raw = opened.value()->connection();
        const SqlDialect dialect = SqlDialect::of(raw);
        QSqlQuery query(raw);
        QVERIFY(query.exec(dialect.dropStatement(
            {QStringLiteral("trigger"), QStringLiteral("letters_no_update"), {}, QStringLiteral("letters")})));
        QVERIFY(query.exec(QStringLiteral("UPDATE letters SET pdf_sha256 = '%1' WHERE number <> '%2'")
                               .arg(QString(64, QLatin1Char('0')), letter)));
    }
    const Outcome tampered = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(tampered.exitCode, int(cli::Failure));
    QVERIFY2(tampered.out.contains(QStringLiteral("register\t3 wrong\n")), qPrintable(tampered.out));
    QVERIFY2(tampered.out.contains(QStringLiteral("erased_letters\t1\n")), qPrintable(tampered.out));
}

void TestCli::exportNeverWritesIntoAFolderWithFiles()
{
    const QString db = database(QStringLiteral("office.sqlite"));
    QVERIFY(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("10")})
            .exitCode
        == int(cli::Success));
    const QString out = path(QStringLiteral("export"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}).exitCode,
             int(cli::Success));
    const QByteArray customers = test::fileBytes(QDir(out).filePath(QStringLiteral("customers.csv")));
    QVERIFY(!customers.isEmpty());
    // The same folder again: last week's export stays as it is.
    const Outcome again = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QCOMPARE(again.exitCode, int(cli::Failure));
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.err.contains(QStringLiteral("holds files already")), qPrintable(again.err));
    QCOMPARE(test::fileBytes(QDir(out).filePath(QStringLiteral("customers.csv"))), customers);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 11);
    // A folder holding anything at all, a hidden file too.
    const QString notes = path(QStringLiteral("notes"));
    QVERIFY(QDir().mkdir(notes));
    test::writeFile(QDir(notes).filePath(QStringLiteral(".keep")), "");
    const Outcome hidden = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), notes});
    QCOMPARE(hidden.exitCode, int(cli::Failure));
    QCOMPARE(QDir(notes).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList {QStringLiteral(".keep")});
    // A file where the folder would be.
    const QString file = path(QStringLiteral("export.txt"));
    test::writeFile(file, "a file");
    const Outcome onAFile = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), file});
    QCOMPARE(onAFile.exitCode, int(cli::Failure));
    QVERIFY2(onAFile.err.contains(QStringLiteral("not a folder")), qPrintable(onAFile.err));
    QCOMPARE(test::fileBytes(file), QByteArray("a file"));
    // A database that is not there: nothing is created, on either side.
    const QString missing = path(QStringLiteral("missing.sqlite"));
    const Outcome nothing = run({QStringLiteral("export"),
                                 QStringLiteral("--db"),
                                 missing,
                                 QStringLiteral("--out"),
                                 path(QStringLiteral("new"))});
    QCOMPARE(nothing.exitCode, int(cli::Failure));
    QVERIFY(nothing.out.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("new"))));
}

void TestCli::badArgumentsAreErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("check"), QStringLiteral("--colour")};
    QTest::newRow("negative customers") << QStringList {
        QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("-5")};
    QTest::newRow("word customers") << QStringList {
        QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("many")};
    QTest::newRow("bad date") << QStringList {
        QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("25.11.2026")};
    QTest::newRow("unknown language") << QStringList {
        QStringLiteral("demo"), QStringLiteral("--lang"), QStringLiteral("de")};
    QTest::newRow("stray argument") << QStringList {QStringLiteral("check"), QStringLiteral("extra")};
}

void TestCli::badArgumentsAreErrors()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    QFETCH(QStringList, arguments);
    arguments << QStringLiteral("--db") << path(QStringLiteral("args.sqlite"));
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, int(cli::Failure));
    QVERIFY(!outcome.err.isEmpty());
    QVERIFY(outcome.out.isEmpty());
    // Arguments are checked before anything is created.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("args.sqlite"))));
}

void TestCli::demoChecksEveryOptionBeforeCreatingTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says"); // the limit the message names
    const QLocale locale;
    const QString customers = QStringLiteral("between 0 and ") + locale.toString(DemoGenerator::kMaximumCustomers);
    QTest::newRow("as of year 1") << QStringList {QStringLiteral("--as-of"), QStringLiteral("0001-01-01")}
                                  << "between 1980-01-01 and 9999-12-31";
    QTest::newRow("as of before 1980") << QStringList {QStringLiteral("--as-of"), QStringLiteral("1979-12-31")}
                                       << "between 1980-01-01 and 9999-12-31";
    QTest::newRow("largest int customers")
        << QStringList {QStringLiteral("--customers"), QStringLiteral("2147483647")} << customers;
    QTest::newRow("one customer too many")
        << QStringList {QStringLiteral("--customers"), QStringLiteral("10000001")} << customers;
    QTest::newRow("customers beyond an int")
        << QStringList {QStringLiteral("--customers"), QStringLiteral("99999999999")}
        << QStringLiteral("from 0 to ") + locale.toString(DemoGenerator::kMaximumCustomers);
    QTest::newRow("one contact too many") << QStringList {QStringLiteral("--contacts"), QStringLiteral("1000000001")}
                                          << locale.toString(DemoGenerator::kMaximumContacts);
    QTest::newRow("contacts without customers") << QStringList {QStringLiteral("--customers"),
                                                                QStringLiteral("0"),
                                                                QStringLiteral("--contacts"),
                                                                QStringLiteral("5")}
                                                << "Without customers nobody has contacts";
    // One customer is the costly caller, whose calls are all there is.
    QTest::newRow("more than one customer has")
        << QStringList {QStringLiteral("--customers"),
                        QStringLiteral("1"),
                        QStringLiteral("--contacts"),
                        QStringLiteral("200000"),
                        QStringLiteral("--as-of"),
                        QStringLiteral("2026-11-25")}
        << locale.toString(DemoGenerator::maximumContacts(1, QDate(2026, 11, 25))) + QStringLiteral(" contacts");
}

void TestCli::demoChecksEveryOptionBeforeCreatingTheFile()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const QString db = path(QStringLiteral("refused.sqlite"));
    const Outcome outcome = run(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), db} + arguments);
    QCOMPARE(outcome.exitCode, int(cli::Failure));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(says), qPrintable(outcome.err));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::demoWritesAsMuchAsItSaysItCan()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    const Outcome help = run({QStringLiteral("demo"), QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("1980-01-01 to 9999-12-31")));
    QVERIFY(help.out.contains(QStringLiteral("0 to ") + QLocale().toString(DemoGenerator::kMaximumCustomers)));

    // One customer: exactly the most that was promised.
    const qint64 most = DemoGenerator::maximumContacts(1, QDate(2026, 11, 25));
    QVERIFY(most > 900);
    const Outcome alone = run({QStringLiteral("demo"),
                               QStringLiteral("--db"),
                               path(QStringLiteral("alone.sqlite")),
                               QStringLiteral("--customers"),
                               QStringLiteral("1"),
                               QStringLiteral("--contacts"),
                               QString::number(most),
                               QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-25")});
    QCOMPARE(alone.exitCode, int(cli::Success));
    QVERIFY2(alone.out.contains(QStringLiteral("\ncontacts\t%1\n").arg(most)), qPrintable(alone.out));

    // The first and the last "as of" day give a history the check accepts.
    for (const QString& asOf : {QStringLiteral("1980-01-01"), QStringLiteral("9999-12-31")}) {
        const QString db = path(asOf + QStringLiteral(".sqlite"));
        QCOMPARE(run({QStringLiteral("demo"),
                      QStringLiteral("--db"),
                      db,
                      QStringLiteral("--customers"),
                      QStringLiteral("30"),
                      QStringLiteral("--as-of"),
                      asOf})
                     .exitCode,
                 int(cli::Success));
        const Outcome check =
            run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--verify-rollups")});
        QCOMPARE(check.exitCode, int(cli::Success));
        QVERIFY2(check.out.contains(QStringLiteral("rollups\tok\n")), qPrintable(check.out));
    }
}

void TestCli::realExecutable()
{
    QProcess process;
    process.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(ABONENT_VERSION));

    process.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY(help.contains("demo"));
    QVERIFY(help.contains("check"));
    QVERIFY(help.contains("--db"));

    const QString db = database(QStringLiteral("process.sqlite"));
    process.start(
        QStringLiteral(ABONENT_EXECUTABLE),
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("30")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("customers\t30"));

    process.start(QStringLiteral(ABONENT_EXECUTABLE),
                  {QStringLiteral("check"), QStringLiteral("--db"), path(QStringLiteral("nothing-here.sqlite"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestCli::lookupForPbxScripts()
{
    const QString db = database(QStringLiteral("lookup.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("40")})
            .exitCode,
        int(cli::Success));
    QString raw;
    QString contract;
    QString name;
    {
        auto database = openAbonentDatabase(db, Database::Mode::ReadOnly);
        QVERIFY(database);
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT p.raw, c.contract_number, c.name FROM phones p JOIN customers c"
                                          " ON c.id = p.customer_id WHERE c.status = 'active' ORDER BY p.id LIMIT 1")));
        QVERIFY(query.next());
        raw = query.value(0).toString();
        contract = query.value(1).toString();
        name = query.value(2).toString();
    }
    const auto lookup = [&](const QStringList& more) {
        return run(QStringList {QStringLiteral("lookup"), QStringLiteral("--db"), db} + more);
    };
    const Outcome found = lookup({raw});
    QCOMPARE(found.exitCode, int(cli::Success));
    QCOMPARE(found.out, contract + QLatin1Char('\t') + name + QStringLiteral("\tactive\n"));
    QCOMPARE(lookup({QStringLiteral("+1 000 000 0000")}).exitCode, int(cli::NothingFound));
    const Outcome withheld = lookup({QStringLiteral("anonymous")});
    QCOMPARE(withheld.exitCode, int(cli::NothingFound));
    QVERIFY(withheld.out.isEmpty());
    QVERIFY(!withheld.err.isEmpty());
    QCOMPARE(lookup({}).exitCode, int(cli::Failure));
    QCOMPARE(lookup({raw, raw}).exitCode, int(cli::Failure));
    QCOMPARE(run({QStringLiteral("lookup"), QStringLiteral("--db"), path(QStringLiteral("none.sqlite")), raw}).exitCode,
             int(cli::Failure));
    // One field, for a shell hook without cut.
    QCOMPARE(lookup({QStringLiteral("--field"), QStringLiteral("name"), raw}).out, name + QLatin1Char('\n'));
    QCOMPARE(lookup({QStringLiteral("--field"), QStringLiteral("status"), raw}).out, QStringLiteral("active\n"));
    QCOMPARE(lookup({QStringLiteral("--field"), QStringLiteral("phone"), raw}).exitCode, int(cli::Failure));
    // As a PBX script runs it: the real program, its exit code and its output.
    QProcess process;
    process.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("lookup"), QStringLiteral("--db"), db, raw});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), found.out);
    process.start(QStringLiteral(ABONENT_EXECUTABLE),
                  {QStringLiteral("lookup"), QStringLiteral("--db"), db, QStringLiteral("Restricted")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    // A number two customers share: both, or with --first the one contacted last.
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        QSqlQuery share(database->connection());
        QVERIFY(
            sql::exec(share,
                      QStringLiteral("INSERT INTO phones (customer_id, position, raw, e164, extension, tail_key, label)"
                                     " SELECT (SELECT max(id) FROM customers), 5, raw, e164, extension, tail_key, label"
                                     " FROM phones WHERE raw = ? ORDER BY id LIMIT 1"),
                      {raw})
                .ok());
        QCOMPARE(share.numRowsAffected(), 1);
    }
    const Outcome shared = lookup({QStringLiteral("--field"), QStringLiteral("contract"), raw});
    QCOMPARE(shared.out.count(QLatin1Char('\n')), 2);
    const Outcome first =
        lookup({QStringLiteral("--first"), QStringLiteral("--field"), QStringLiteral("contract"), raw});
    QCOMPARE(first.exitCode, int(cli::Success));
    QCOMPARE(first.out, shared.out.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n'));
}

void TestCli::lookupAnswersAnOverlongNumberWithoutTheDatabase()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    // No database at all: a number nobody can have is answered before one is needed.
    const QString db = path(QStringLiteral("never-opened.sqlite"));
    const QString flood(16000, u'7');
    const Outcome outcome = run({QStringLiteral("lookup"), QStringLiteral("--db"), db, flood});
    QCOMPARE(outcome.exitCode, int(cli::NothingFound));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(QStringLiteral("longer than any phone number")), qPrintable(outcome.err));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(db));

    QProcess process;
    process.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("lookup"), QStringLiteral("--db"), db, flood});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), int(cli::NothingFound));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("longer than any phone number"));
    QVERIFY(!QFileInfo::exists(db));
}

TestCli::AgiSession TestCli::agi(const QString& db, const QString& callerId, const QByteArray& answer)
{
    AgiSession session;
    QProcess asterisk;
    asterisk.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("agi"), QStringLiteral("--db"), db});
    if (!asterisk.waitForStarted(30000)) {
        return session;
    }
    asterisk.write("agi_request: abonent\nagi_channel: PJSIP/trunk-0000002c\nagi_language: en\nagi_type: PJSIP\n"
                   "agi_uniqueid: 1764300000.44\nagi_version: 20.5.0\nagi_callerid: "
                   + callerId.toUtf8()
                   + "\nagi_calleridname: unknown\nagi_callingpres: 0\nagi_context: from-trunk\n"
                     "agi_extension: 4952000000\nagi_priority: 2\nagi_enhanced: 0.0\nagi_accountcode: \n\n");
    static const QRegularExpression setVariable(QStringLiteral("^SET VARIABLE (\\S+) \"((?:[^\"\\\\]|\\\\.)*)\"$"));
    // Each command gets its answer, as Asterisk gives one, until the program ends.
    while (asterisk.canReadLine() || asterisk.waitForReadyRead(30000)) {
        while (asterisk.canReadLine()) {
            const QString command = QString::fromUtf8(asterisk.readLine()).trimmed();
            const QRegularExpressionMatch match = setVariable.match(command);
            if (match.hasMatch()) {
                QString value = match.captured(2);
                value.replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                session.variables << match.captured(1);
                session.values.insert(match.captured(1), value);
            } else {
                session.variables << QStringLiteral("?") + command;
            }
            asterisk.write(answer + '\n');
        }
    }
    asterisk.waitForFinished(30000);
    session.exitCode = asterisk.exitStatus() == QProcess::NormalExit ? asterisk.exitCode() : -1;
    session.err = QString::fromUtf8(asterisk.readAllStandardError());
    return session;
}

void TestCli::agiRoutesTheCallerInTheDialplan()
{
    const QString db = database(QStringLiteral("agi.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("300")})
            .exitCode,
        int(cli::Success));
    QString difficultPhone;
    QString difficultContract;
    QString vipPhone;
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        const QSqlDatabase connection = database->connection();
        const QString tagged = QStringLiteral(
            "SELECT p.raw, c.contract_number FROM customers c JOIN phones p ON p.customer_id = c.id AND p.position = 0"
            " WHERE c.id IN (SELECT a.customer_id FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
            "  WHERE a.removed_at IS NULL AND t.marks_problem = %1)"
            " AND c.id NOT IN (SELECT a.customer_id FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
            "  WHERE a.removed_at IS NULL AND t.marks_problem = %2) ORDER BY c.id LIMIT 1");
        auto difficult = sql::select(connection, tagged.arg(1).arg(0));
        QVERIFY(difficult && difficult->next());
        difficultPhone = difficult->value(0).toString();
        difficultContract = difficult->value(1).toString();
        // A VIP with no problem tag.
        auto vip = sql::select(
            connection,
            QStringLiteral("SELECT p.raw FROM customers c JOIN phones p ON p.customer_id = c.id AND p.position = 0"
                           " WHERE c.id IN (SELECT a.customer_id FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                           "  WHERE a.removed_at IS NULL AND t.shipped_key = 'vip')"
                           " AND c.id NOT IN (SELECT a.customer_id FROM tag_assignments a JOIN tags t"
                           "  ON t.id = a.tag_id WHERE a.removed_at IS NULL AND t.marks_problem = 1)"
                           " ORDER BY c.id LIMIT 1"));
        QVERIFY(vip && vip->next());
        vipPhone = vip->value(0).toString();
    }

    // A caller with a problem tag: everything for the dialplan, the route last.
    const AgiSession difficult = agi(db, difficultPhone);
    QCOMPARE(difficult.exitCode, 0);
    QVERIFY2(difficult.err.isEmpty(), qPrintable(difficult.err));
    QCOMPARE(difficult.variables.last(), QStringLiteral("ABONENT_ROUTE"));
    QCOMPARE(difficult.values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("difficult"));
    QCOMPARE(difficult.values.value(QStringLiteral("ABONENT_CONTRACT")), difficultContract);
    QCOMPARE(difficult.values.value(QStringLiteral("ABONENT_MATCHES")), QStringLiteral("1"));
    QVERIFY(!difficult.values.value(QStringLiteral("ABONENT_NAME")).isEmpty());
    QCOMPARE(difficult.values.value(QStringLiteral("CALLERID(name)")),
             difficult.values.value(QStringLiteral("ABONENT_NAME")));
    QVERIFY(difficult.values.contains(QStringLiteral("ABONENT_STATUS")));
    QVERIFY(difficult.values.contains(QStringLiteral("ABONENT_OPERATOR")));

    // Somebody nobody knows: routed as normal, nothing else to say.
    const AgiSession stranger = agi(db, QStringLiteral("+1 999 555 0000"));
    QCOMPARE(stranger.exitCode, 0);
    QCOMPARE(stranger.variables, QStringList({QStringLiteral("ABONENT_MATCHES"), QStringLiteral("ABONENT_ROUTE")}));
    QCOMPARE(stranger.values.value(QStringLiteral("ABONENT_MATCHES")), QStringLiteral("0"));
    QCOMPARE(stranger.values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("normal"));
    // Withheld: the same.
    QCOMPARE(agi(db, QStringLiteral("unknown")).values.value(QStringLiteral("ABONENT_ROUTE")),
             QStringLiteral("normal"));

    // The office's rules decide: with no tag routing as difficult, the same caller is normal.
    {
        auto database = test::openDatabase(db);
        QVERIFY(database);
        auto rules = CallRouting::rules(database->connection());
        QVERIFY(rules);
        RoutingRules none = rules.value();
        none.difficultTags = QSet<qint64> {};
        const QSqlDatabase connection = database->connection();
        const auto calm = CallRouting::calmOperators(connection);
        QVERIFY(calm);
        // An operator may not decide it; a manager may, and it is audited.
        const qint64 operatorId =
            sql::scalar(connection, QStringLiteral("SELECT id FROM operators WHERE role = 'operator' LIMIT 1"))
                .value()
                .toLongLong();
        const qint64 managerId =
            sql::scalar(connection, QStringLiteral("SELECT id FROM operators WHERE role <> 'operator' LIMIT 1"))
                .value()
                .toLongLong();
        QVERIFY(operatorId > 0 && managerId > 0);
        QVERIFY(!CallRouting::saveRules(Actor {operatorId, Role::Operator}, connection, none, calm.value()).ok());
        const Status saved = CallRouting::saveRules(Actor {managerId, Role::Manager}, connection, none, calm.value());
        QVERIFY2(saved, qPrintable(saved.errorString()));
        QCOMPARE(sql::scalar(connection,
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings'"
                                            " AND after LIKE '%difficultTags%'"))
                     .value()
                     .toInt(),
                 1);
    }
    QCOMPARE(agi(db, difficultPhone).values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("normal"));
    QCOMPARE(agi(db, vipPhone).values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("vip"));
}

void TestCli::agiNeverHoldsUpACall()
{
    // No database: the call goes on as normal, and stderr says why.
    const AgiSession missing = agi(path(QStringLiteral("nowhere.sqlite")), QStringLiteral("2125550100"));
    QCOMPARE(missing.exitCode, 0);
    QCOMPARE(missing.variables, QStringList {QStringLiteral("ABONENT_ROUTE")});
    QCOMPARE(missing.values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("normal"));
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere.sqlite"))));

    // Asterisk refusing a command does not stop the rest.
    const QString db = database(QStringLiteral("agi-refused.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("50")})
            .exitCode,
        int(cli::Success));
    const AgiSession refused = agi(db, QStringLiteral("+1 999 555 0000"), "510 Invalid or unknown command");
    QCOMPARE(refused.exitCode, 0);
    QCOMPARE(refused.variables, QStringList({QStringLiteral("ABONENT_MATCHES"), QStringLiteral("ABONENT_ROUTE")}));
    QVERIFY(refused.err.contains(QStringLiteral("did not set ABONENT_ROUTE")));

    // The caller hung up while the headers came: the program ends at once.
    QProcess gone;
    gone.start(QStringLiteral(ABONENT_EXECUTABLE), {QStringLiteral("agi"), QStringLiteral("--db"), db});
    QVERIFY(gone.waitForStarted(30000));
    gone.write("agi_request: abonent\nagi_callerid: 2125550100\n");
    gone.closeWriteChannel();
    QVERIFY(gone.waitForFinished(30000));
    QCOMPARE(gone.exitCode(), 0);
}

namespace {

// Sets environment variables for the programs a test starts, and puts them
// back as they were when it goes.
class EnvironmentFor
{
public:
    void set(const char* name, const QByteArray& value)
    {
        remember(name);
        qputenv(name, value);
    }
    void unset(const char* name)
    {
        remember(name);
        qunsetenv(name);
    }
    ~EnvironmentFor()
    {
        for (const auto& [name, value] : std::as_const(m_before)) {
            if (value) {
                qputenv(name.constData(), *value);
            } else {
                qunsetenv(name.constData());
            }
        }
    }

private:
    void remember(const char* name)
    {
        m_before.append(
            {name, qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt});
    }
    QList<QPair<QByteArray, std::optional<QByteArray>>> m_before;
};

} // namespace

void TestCli::thePbxHostSignsInReadOnlyAndIsNeverAsked()
{
    if (!test::testsOnServer()) {
        QSKIP("Logins are a server's: the run on PostgreSQL tests them.");
    }
    const QString db = database(QStringLiteral("pbx.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("40")})
            .exitCode,
        int(cli::Success));
    // A login that may read and nothing else, as an office sets one up for its PBX host.
    const test::ReadOnlyLogin reader(db);
    QVERIFY(reader.isValid());
    QString raw;
    QString contract;
    {
        auto database = openAbonentDatabase(db, Database::Mode::ReadWrite);
        QVERIFY(database);
        const QSqlDatabase connection = database.value()->connection();
        auto phone = sql::select(connection,
                                 QStringLiteral("SELECT p.raw, c.contract_number FROM phones p JOIN customers c"
                                                " ON c.id = p.customer_id WHERE c.status = 'active'"
                                                " ORDER BY p.id LIMIT 1"));
        QVERIFY(phone && phone->next());
        raw = phone->value(0).toString();
        contract = phone->value(1).toString();
    }
    const QString asReader = reader.location(false);

    // The password only in a .pgpass file (owner-only, as libpq insists);
    // nothing in the URI, the environment or on a terminal.
    const QString passwords = path(QStringLiteral("pgpass"));
    test::writeFile(passwords, QStringLiteral("*:*:*:%1:%2\n").arg(reader.name(), reader.secret()).toUtf8());
    QVERIFY(QFile::setPermissions(passwords, QFile::ReadOwner | QFile::WriteOwner));
    {
        EnvironmentFor pbxHost;
        pbxHost.unset("PGPASSWORD");
        pbxHost.set("PGPASSFILE", QFile::encodeName(passwords));
        pbxHost.unset("PGUSER");

        const Outcome found = runWithoutDisplay({QStringLiteral("lookup"), QStringLiteral("--db"), asReader, raw});
        QVERIFY2(found.exitCode == cli::Success, qPrintable(found.err));
        QVERIFY2(found.out.startsWith(contract + QLatin1Char('\t')), qPrintable(found.out));
        const AgiSession call = agi(asReader, raw);
        QCOMPARE(call.exitCode, 0);
        QCOMPARE(call.values.value(QStringLiteral("ABONENT_CONTRACT")), contract);

        // The login cannot write: a command that would is refused, and said so.
        const Outcome refused = runWithoutDisplay({QStringLiteral("demo"),
                                                   QStringLiteral("--db"),
                                                   asReader,
                                                   QStringLiteral("--customers"),
                                                   QStringLiteral("5"),
                                                   QStringLiteral("--force")});
        QCOMPARE(refused.exitCode, int(cli::Failure));
        QVERIFY(!refused.err.isEmpty());

        // Without the password file: a clear refusal at once, never a prompt
        // (stdin is not read; a prompt would hold the call until the timeout).
        test::writeFile(passwords, QByteArray());
        const Outcome unknown = runWithoutDisplay({QStringLiteral("lookup"), QStringLiteral("--db"), asReader, raw});
        QCOMPARE(unknown.exitCode, int(cli::Failure));
        QVERIFY2(unknown.err.contains(QStringLiteral("password")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        const AgiSession unknownCall = agi(asReader, raw);
        QCOMPARE(unknownCall.exitCode, 0); // the call goes on, routed as normal
        QCOMPARE(unknownCall.values.value(QStringLiteral("ABONENT_ROUTE")), QStringLiteral("normal"));
    }
}

void TestCli::copyOlderFixture(const QString& copy)
{
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
}

void TestCli::readingCommandsAskForAnUpgradeOfAnOlderFile()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: an older schema exists only as a file.");
    }
    // lookup and report only read, so they neither upgrade the file nor fail
    // on tables it does not have yet: they say what to do.
    const QString old = path(QStringLiteral("old.sqlite"));
    copyOlderFixture(old);
    const QByteArray before = test::fileDigest(old);
    for (const QStringList& reading : {QStringList {QStringLiteral("lookup"), QStringLiteral("+74951234567")},
                                       QStringList {QStringLiteral("report"), QStringLiteral("economics")}}) {
        const Outcome outcome = run(reading + QStringList {QStringLiteral("--db"), old});
        QCOMPARE(outcome.exitCode, int(cli::Failure));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.contains(
                     QStringLiteral("has schema version 1; this program reads version %1").arg(latestSchemaVersion())),
                 qPrintable(outcome.err));
        QVERIFY(outcome.err.contains(QStringLiteral("open it once in Abonent")));
        QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    }
    QCOMPARE(test::fileDigest(old), before);
}

void TestCli::messagesKeepPathsWithPercentSigns()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: file paths.");
    }
    // "%1" and "%2" in a folder's name are part of the name, not places for values.
    const QString folderName = QStringLiteral("office %1 %2");
    QVERIFY(QDir(m_dir->path()).mkdir(folderName));
    const QString demo = path(folderName + QStringLiteral("/demo.sqlite"));
    const Outcome written = run({QStringLiteral("demo"),
                                 QStringLiteral("--db"),
                                 demo,
                                 QStringLiteral("--customers"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-25")});
    QCOMPARE(written.exitCode, int(cli::Success));
    QVERIFY2(written.err.startsWith(QStringLiteral("Demo data written to ") + QDir::toNativeSeparators(demo)
                                    + QStringLiteral(" in ")),
             qPrintable(written.err));

    const QString old = path(folderName + QStringLiteral("/old.sqlite"));
    copyOlderFixture(old);
    for (const QStringList& command : {QStringList {QStringLiteral("check")},
                                       QStringList {QStringLiteral("lookup"), QStringLiteral("+74951234567")},
                                       QStringList {QStringLiteral("report"), QStringLiteral("economics")}}) {
        const Outcome outcome = run(command + QStringList {QStringLiteral("--db"), old});
        QVERIFY2(outcome.err.startsWith(QDir::toNativeSeparators(old) + QStringLiteral(" has schema version 1;")),
                 qPrintable(outcome.err));
    }
}

void TestCli::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command :
         {"demo", "check", "lookup", "report", "letters", "call", "agi", "export", "person-data", "erase"}) {
        QTest::newRow(command) << QString::fromLatin1(command);
    }
}

void TestCli::commandHelpNamesTheCommand()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    // "Usage: abonent letters [options] issue", as a person types it, not
    // the path the program was started from.
    QFETCH(QString, command);
    QProcess process;
    process.start(QStringLiteral(ABONENT_EXECUTABLE), {command, QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString usage = QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: abonent %1 [options]").arg(command)), qPrintable(usage));
}

void TestCli::topLevelHelpNamesTheProgram()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    // As the subcommands do: "Usage: abonent [options]", not the path it was started from.
    const Outcome help = runWithoutDisplay({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: abonent [options]")), qPrintable(usage));
    QVERIFY(help.out.contains(QStringLiteral("lookup")));
    QVERIFY(help.err.isEmpty());
}

void TestCli::versionIsAnsweredWhereverItIsAsked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList {QStringLiteral("--version")};
    QTest::newRow("-v") << QStringList {QStringLiteral("-v")};
    QTest::newRow("after --db") << QStringList {
        QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("--version")};
    QTest::newRow("before a command") << QStringList {QStringLiteral("--version"), QStringLiteral("lookup")};
    QTest::newRow("after a command") << QStringList {QStringLiteral("lookup"), QStringLiteral("--version")};
    QTest::newRow("after letters") << QStringList {QStringLiteral("letters"), QStringLiteral("--version")};
}

void TestCli::versionIsAnsweredWhereverItIsAsked()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    QFETCH(QStringList, arguments);
    std::replace(arguments.begin(), arguments.end(), QStringLiteral("DB"), path(QStringLiteral("none.sqlite")));
    const Outcome version = runWithoutDisplay(arguments);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("abonent %1\n").arg(QStringLiteral(ABONENT_VERSION)));
    // (letters starts the offscreen platform, which may warn about the session on stderr)
    QVERIFY2(!version.err.contains(QStringLiteral("option")), qPrintable(version.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("none.sqlite"))));
}

void TestCli::usageErrorsExitTwoWithAHint_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said"); // what the error names
    const QString db = QStringLiteral("DB"); // this test's usage.sqlite
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("unknown option after --db")
        << QStringList {QStringLiteral("--db"), db, QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("unknown option of a command")
        << QStringList {QStringLiteral("lookup"), QStringLiteral("--colour"), QStringLiteral("123")}
        << QStringLiteral("colour");
    QTest::newRow("unknown option before a command")
        << QStringList {QStringLiteral("--colour"), QStringLiteral("lookup"), QStringLiteral("123")}
        << QStringLiteral("colour");
    QTest::newRow("window option given to a command")
        << QStringList {QStringLiteral("--demo"), QStringLiteral("lookup"), QStringLiteral("123")}
        << QStringLiteral("demo");
    QTest::newRow("--db without its value") << QStringList {QStringLiteral("--db")} << QStringLiteral("db");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("stray argument of a command")
        << QStringList {QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("extra")}
        << QStringLiteral("extra");
    QTest::newRow("two databases") << QStringList {QStringLiteral("--db"), db, QStringLiteral("other.sqlite")}
                                   << QStringLiteral("other.sqlite");
    QTest::newRow("export without --out")
        << QStringList {QStringLiteral("export"), QStringLiteral("--db"), db} << QStringLiteral("--out");
    QTest::newRow("person-data without --out") << QStringList {QStringLiteral("person-data"),
                                                               QStringLiteral("--db"),
                                                               db,
                                                               QStringLiteral("--customer"),
                                                               QStringLiteral("1")}
                                               << QStringLiteral("--out");
    QTest::newRow("person-data without --customer") << QStringList {QStringLiteral("person-data"),
                                                                    QStringLiteral("--db"),
                                                                    db,
                                                                    QStringLiteral("--out"),
                                                                    QStringLiteral("x")}
                                                    << QStringLiteral("--customer");
    QTest::newRow("letters issue without --as") << QStringList {QStringLiteral("letters"),
                                                                QStringLiteral("issue"),
                                                                QStringLiteral("--db"),
                                                                db,
                                                                QStringLiteral("--template"),
                                                                QStringLiteral("service_report"),
                                                                QStringLiteral("--customer"),
                                                                QStringLiteral("A-1"),
                                                                QStringLiteral("--out"),
                                                                QStringLiteral("x")}
                                                << QStringLiteral("--as");
    QTest::newRow("import without --as") << QStringList {QStringLiteral("import"),
                                                         QStringLiteral("--db"),
                                                         db,
                                                         QStringLiteral("--kind"),
                                                         QStringLiteral("customers"),
                                                         QStringLiteral("customers.csv")}
                                         << QStringLiteral("--as");
    QTest::newRow("erase without --as") << QStringList {QStringLiteral("erase"),
                                                        QStringLiteral("--db"),
                                                        db,
                                                        QStringLiteral("--customer"),
                                                        QStringLiteral("A-1"),
                                                        QStringLiteral("--yes")}
                                        << QStringLiteral("--as");
}

void TestCli::usageErrorsExitTwoWithAHint()
{
    if (test::testsOnServer()) {
        QSKIP("Opens no database: the run on files covers it.");
    }
    // As GNU tools do: 2 for a usage error (1 is "nothing found" for lookup),
    // the error and where to read more on stderr, nothing on stdout, and no
    // display needed to say so.
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    std::replace(arguments.begin(), arguments.end(), QStringLiteral("DB"), path(QStringLiteral("usage.sqlite")));
    const Outcome outcome = runWithoutDisplay(arguments);
    QCOMPARE(outcome.exitCode, int(cli::Failure));
    QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
    QVERIFY2(outcome.err.contains(said), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral("--help")), qPrintable(outcome.err));
    QVERIFY2(!outcome.err.contains(QStringLiteral("platform")), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("usage.sqlite"))));
}

void TestCli::optionsMayComeBeforeTheCommand()
{
    const QString db = database(QStringLiteral("before.sqlite"));
    QCOMPARE(
        run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("30")})
            .exitCode,
        int(cli::Success));
    QString raw;
    {
        auto database = openAbonentDatabase(db, Database::Mode::ReadOnly);
        QVERIFY(database);
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT raw FROM phones ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        raw = query.value(0).toString();
    }
    const Outcome after = runWithoutDisplay({QStringLiteral("lookup"), QStringLiteral("--db"), db, raw});
    QCOMPARE(after.exitCode, int(cli::Success));
    QVERIFY(!after.out.isEmpty());
    // "abonent --db X lookup N" is "abonent lookup --db X N", as with git -C or make -f.
    const Outcome before = runWithoutDisplay({QStringLiteral("--db"), db, QStringLiteral("lookup"), raw});
    QCOMPARE(before.exitCode, int(cli::Success));
    QCOMPARE(before.out, after.out);
    QVERIFY2(before.err.isEmpty(), qPrintable(before.err));
    const Outcome joined = runWithoutDisplay({QStringLiteral("--db=") + db, QStringLiteral("lookup"), raw});
    QCOMPARE(joined.exitCode, int(cli::Success));
    QCOMPARE(joined.out, after.out);
    // Its exit codes are the command's: 1 for a number nobody has.
    QCOMPARE(
        runWithoutDisplay({QStringLiteral("--db"), db, QStringLiteral("lookup"), QStringLiteral("+1 000 000 0000")})
            .exitCode,
        int(cli::NothingFound));
}

void TestCli::aDatabaseFileNamedAloneIsOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("qtOptions"); // Qt's own, for the window's QApplication
    QTest::newRow("name.sqlite") << QStringLiteral("double-click.sqlite") << QStringList();
    QTest::newRow("name.db") << QStringLiteral("office.db") << QStringList();
    QTest::newRow("any existing file") << QStringLiteral("office.abonent") << QStringList();
    QTest::newRow("after Qt's options") << QStringLiteral("styled.sqlite")
                                        << QStringList {QStringLiteral("-platform"),
                                                        QStringLiteral("offscreen"),
                                                        QStringLiteral("-style"),
                                                        QStringLiteral("fusion"),
                                                        QStringLiteral("-reverse")};
}

void TestCli::aDatabaseFileNamedAloneIsOpened()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: a file named alone.");
    }
    // What a file manager sends: "abonent /path/office.sqlite". A window
    // already open here (this test listens in its place) is asked to come
    // forward, so the start that accepted the file leaves at once.
    QFETCH(QString, name);
    QFETCH(QStringList, qtOptions);
    const QString db = path(name);
    QVERIFY(test::openDatabase(db));
    test::useOwnInstanceName();
    CallListener window;
    QVERIFY(window.listen());
    QSignalSpy raised(&window, &CallListener::raiseRequested);
    QTemporaryDir settings; // the started program's own, not this user's
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (qtOptions.isEmpty()) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // "-platform offscreen" says it
        environment.remove(QStringLiteral("DISPLAY"));
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ABONENT_EXECUTABLE), qtOptions + QStringList {db});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("Unknown command")), qPrintable(err));
    QCOMPARE(process.exitCode(), 0);
    QTRY_COMPARE(raised.count(), 1);
    QVERIFY(process.readAllStandardOutput().contains("already running"));
}

void TestCli::aMissingDatabaseFileNamedAloneIsAnError()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: a file named alone.");
    }
    // Said without a display, and nothing made in its place.
    const QString db = path(QStringLiteral("typo/shop.sqlite"));
    const Outcome outcome = runWithoutDisplay({db});
    QCOMPARE(outcome.exitCode, int(cli::Failure));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(QDir::toNativeSeparators(db)), qPrintable(outcome.err));
    QVERIFY2(!outcome.err.contains(QStringLiteral("Unknown command")), qPrintable(outcome.err));
    QVERIFY(!QFileInfo::exists(QFileInfo(db).absolutePath()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
