#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <QTest>

using namespace abonent;

// `--db` takes a file or a PostgreSQL server's address, written as libpq
// writes connection URIs.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void aPathIsAFile_data();
    void aPathIsAFile();
    void aServerAddressIsReadPartByPart();
    void aPasswordIsUsedButNeverShown();
    void parametersBecomeDriverOptions();
    void aSocketFolderAndIPv6AreHosts();
    void whatCannotBeUsedIsRefusedWithTheReason_data();
    void whatCannotBeUsedIsRefusedWithTheReason();
    void theConnectionGetsEveryPart();
};

void TestDatabaseLocation::aPathIsAFile_data()
{
    QTest::addColumn<QString>("given");
    QTest::newRow("absolute") << QStringLiteral("/home/olga/office.sqlite");
    QTest::newRow("relative") << QStringLiteral("office.sqlite");
    QTest::newRow("windows") << QStringLiteral("C:\\Users\\Olga\\office.sqlite");
    QTest::newRow("a folder named postgresql") << QStringLiteral("postgresql/office.sqlite");
}

void TestDatabaseLocation::aPathIsAFile()
{
    QFETCH(QString, given);
    const auto location = DatabaseLocation::parse(given);
    QVERIFY(location);
    QCOMPARE(location->engine(), DatabaseLocation::Engine::SQLite);
    QCOMPARE(location->filePath(), given);
    QCOMPARE(location->shown(), given);
}

void TestDatabaseLocation::aServerAddressIsReadPartByPart()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://olga@db.office:5433/abonent"));
    QVERIFY2(location, qPrintable(location.errorString()));
    QVERIFY(location->isServer());
    QCOMPARE(location->host(), QStringLiteral("db.office"));
    QCOMPARE(location->port(), 5433);
    QCOMPARE(location->user(), QStringLiteral("olga"));
    QCOMPARE(location->databaseName(), QStringLiteral("abonent"));
    QCOMPARE(location->shown(), QStringLiteral("postgresql://olga@db.office:5433/abonent"));

    // The short scheme, any case, percent-encoded names, libpq's defaults.
    const auto other = DatabaseLocation::parse(QStringLiteral("Postgres://ol%40ga@db/office%20one"));
    QVERIFY2(other, qPrintable(other.errorString()));
    QCOMPARE(other->user(), QStringLiteral("ol@ga"));
    QCOMPARE(other->databaseName(), QStringLiteral("office one"));
    QCOMPARE(other->port(), 0);
    const auto bare = DatabaseLocation::parse(QStringLiteral("postgresql://"));
    QVERIFY2(bare, qPrintable(bare.errorString()));
    QVERIFY(bare->isServer() && bare->host().isEmpty() && bare->databaseName().isEmpty());
    // The local server, as people type it, is shown as typed: pasted back, it opens the same database.
    const auto local = DatabaseLocation::parse(QStringLiteral("postgresql:///office"));
    QVERIFY2(local, qPrintable(local.errorString()));
    QCOMPARE(local->shown(), QStringLiteral("postgresql:///office"));
}

void TestDatabaseLocation::aPasswordIsUsedButNeverShown()
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://olga:s3cret@db/abonent"));
    QVERIFY(location);
    QVERIFY(!location->shown().contains(QStringLiteral("s3cret")));
    // What is written down to open it again keeps everything but the password.
    QCOMPARE(location->remembered(), QStringLiteral("postgresql://olga@db/abonent"));
    for (const auto& [given, remembered] : std::initializer_list<std::pair<QString, QString>> {
             {QStringLiteral("postgresql:///abonent?password=s3cret"), QStringLiteral("postgresql:///abonent")},
             {QStringLiteral("postgresql://db/abonent?password=s3cret&sslmode=require"),
              QStringLiteral("postgresql://db/abonent?sslmode=require")},
             {QStringLiteral("postgresql://db/abonent?sslmode=require&password=s3cret&application_name=desk"),
              QStringLiteral("postgresql://db/abonent?sslmode=require&application_name=desk")},
             {QStringLiteral("postgresql://db/abonent?sslmode=require"),
              QStringLiteral("postgresql://db/abonent?sslmode=require")},
         }) {
        const auto parsed = DatabaseLocation::parse(given);
        QVERIFY2(parsed, qPrintable(given));
        QCOMPARE(parsed->remembered(), remembered);
    }
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("password"));
    location->configure(connection);
    QCOMPARE(connection.password(), QStringLiteral("s3cret"));
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("password"));

    const auto refused = DatabaseLocation::parse(QStringLiteral("postgresql://olga:s3cret@db:99999/abonent"));
    QVERIFY(!refused);
    QVERIFY2(!refused.errorString().contains(QStringLiteral("s3cret")), qPrintable(refused.errorString()));
}

void TestDatabaseLocation::parametersBecomeDriverOptions()
{
    const auto location = DatabaseLocation::parse(
        QStringLiteral("postgresql://db/abonent?sslmode=require&connect_timeout=5&application_name=Abonent%20desk"));
    QVERIFY2(location, qPrintable(location.errorString()));
    QCOMPARE(location->connectOptions(),
             QStringLiteral("sslmode=require;connect_timeout=5;application_name='Abonent desk'"));
    // libpq reads "key=value" strings: a value with spaces or quotes is quoted.
    const auto quoted =
        DatabaseLocation::parse(QStringLiteral("postgresql://db/abonent?application_name=O%27Brien%27s%20desk"));
    QVERIFY2(quoted, qPrintable(quoted.errorString()));
    QCOMPARE(quoted->connectOptions(), QStringLiteral("application_name='O\\'Brien\\'s desk'"));
    // Parts given as parameters are parts.
    const auto parts = DatabaseLocation::parse(QStringLiteral("postgresql:///?dbname=abonent&user=olga&port=6432"));
    QVERIFY2(parts, qPrintable(parts.errorString()));
    QCOMPARE(parts->databaseName(), QStringLiteral("abonent"));
    QCOMPARE(parts->user(), QStringLiteral("olga"));
    QCOMPARE(parts->port(), 6432);
    QVERIFY(parts->connectOptions().isEmpty());
}

void TestDatabaseLocation::aSocketFolderAndIPv6AreHosts()
{
    const auto socket = DatabaseLocation::parse(QStringLiteral("postgresql:///abonent?host=/var/run/postgresql"));
    QVERIFY2(socket, qPrintable(socket.errorString()));
    QCOMPARE(socket->host(), QStringLiteral("/var/run/postgresql"));
    QCOMPARE(socket->databaseName(), QStringLiteral("abonent"));
    const auto ipv6 = DatabaseLocation::parse(QStringLiteral("postgresql://[::1]:5432/abonent"));
    QVERIFY2(ipv6, qPrintable(ipv6.errorString()));
    QCOMPARE(ipv6->host(), QStringLiteral("::1"));
    QCOMPARE(ipv6->port(), 5432);
}

void TestDatabaseLocation::whatCannotBeUsedIsRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("why");
    QTest::newRow("port out of range") << QStringLiteral("postgresql://db:99999/abonent") << QStringLiteral("port");
    QTest::newRow("port parameter") << QStringLiteral("postgresql://db/abonent?port=x") << QStringLiteral("port");
    QTest::newRow("several servers") << QStringLiteral("postgresql://a,b/abonent") << QStringLiteral("several");
    QTest::newRow("a ';' in a parameter")
        << QStringLiteral("postgresql://db/abonent?options=-c%20a%3Db%3Bc") << QStringLiteral("options");
    QTest::newRow("a path in the name") << QStringLiteral("postgresql://db/abonent/more") << QStringLiteral("'/'");
}

void TestDatabaseLocation::whatCannotBeUsedIsRefusedWithTheReason()
{
    QFETCH(QString, given);
    QFETCH(QString, why);
    const auto location = DatabaseLocation::parse(given);
    QVERIFY(!location);
    QCOMPARE(location.error().code, Error::Code::Invalid);
    QVERIFY2(location.errorString().contains(why), qPrintable(location.errorString()));
    QVERIFY2(location.errorString().contains(QStringLiteral("postgresql://user@host:port/database")),
             qPrintable(location.errorString()));
}

void TestDatabaseLocation::theConnectionGetsEveryPart()
{
    const auto location =
        DatabaseLocation::parse(QStringLiteral("postgresql://olga@db.office:5433/abonent?sslmode=verify-full"));
    QVERIFY(location);
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("parts"));
    location->configure(connection);
    QCOMPARE(connection.hostName(), QStringLiteral("db.office"));
    QCOMPARE(connection.port(), 5433);
    QCOMPARE(connection.userName(), QStringLiteral("olga"));
    QCOMPARE(connection.databaseName(), QStringLiteral("abonent"));
    // What the URI says, then how long to wait for a server gone quiet.
    QCOMPARE(connection.connectOptions(),
             QStringLiteral("sslmode=verify-full;connect_timeout=10;keepalives_idle=10;keepalives_interval=5;"
                            "keepalives_count=3;tcp_user_timeout=15000"));
    // A timeout the URI gives is kept, not added to.
    const auto patient = DatabaseLocation::parse(QStringLiteral("postgresql://db/abonent?connect_timeout=60"));
    QVERIFY(patient);
    patient->configure(connection);
    QVERIFY(connection.connectOptions().startsWith(QStringLiteral("connect_timeout=60;keepalives_idle=10")));
    QCOMPARE(connection.connectOptions().count(QStringLiteral("connect_timeout")), 1);
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("parts"));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
