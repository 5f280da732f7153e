#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// The dialect's PostgreSQL forms on a real PostgreSQL 15, found as libpq
// finds it (run-with-postgresql.sh starts one). The same expectations as
// tst_sqldialect holds SQLite to, for the fragments the features use today;
// the full-text forms follow with the PostgreSQL schema.
class TestPostgresqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void theServerIsFoundAsLibpqFindsIt();
    void parametersReachTheServerAsWritten();
    void monthOfTimeIsTheUtcMonth();
    void dayNumberIsTheJulianDay();
    void monthOfDateAndIntegerOfText();
    void commaListJoinsAGroup();
    void upsertUpdatesTheRowThere();
    void insertsGiveTheNewRowsId();
    void temporaryTablesBelongToTheConnection();
    void tablesAreFoundByName();
    void aTakenKeyIsAConflict();

private:
    QString scalarText(const QString& statement, const QVariantList& values = {});

    QSqlDatabase m_db;
    SqlDialect m_dialect {SqlDialect::Engine::PostgreSQL};
};

void TestPostgresqlDialect::initTestCase()
{
    // Empty: every part from the environment, as a PBX host's lookup does.
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://"));
    QVERIFY2(location, qPrintable(location.errorString()));
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "install libqt6sql6-psql");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dialect"));
    location->configure(m_db);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    m_dialect = SqlDialect::of(m_db);
}

void TestPostgresqlDialect::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dialect"));
}

void TestPostgresqlDialect::init()
{
    // Each test in a schema of its own, made empty.
    QVERIFY(sql::execDirect(m_db, QStringLiteral("DROP SCHEMA IF EXISTS t CASCADE")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE SCHEMA t")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("SET search_path TO t")).ok());
}

QString TestPostgresqlDialect::scalarText(const QString& statement, const QVariantList& values)
{
    auto query = sql::select(m_db, statement, values);
    if (!query || !query->next()) {
        return QStringLiteral("<%1>").arg(query ? QStringLiteral("no row") : query.errorString());
    }
    return query->value(0).toString();
}

void TestPostgresqlDialect::theServerIsFoundAsLibpqFindsIt()
{
    QCOMPARE(m_dialect.engine(), SqlDialect::Engine::PostgreSQL);
    QVERIFY(m_dialect.insertReturnsId());
    const int version = scalarText(QStringLiteral("SELECT current_setting('server_version_num')")).toInt();
    QVERIFY2(version >= 150000, qPrintable(QString::number(version)));
}

void TestPostgresqlDialect::parametersReachTheServerAsWritten()
{
    // A value with a space and a quote survives the driver's option string.
    const auto location = DatabaseLocation::parse(
        QStringLiteral("postgresql://?application_name=O%27Brien%27s%20desk&connect_timeout=5"));
    QVERIFY2(location, qPrintable(location.errorString()));
    {
        QSqlDatabase named = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("named"));
        location->configure(named);
        QVERIFY2(named.open(), qPrintable(named.lastError().text()));
        auto name = sql::select(named, QStringLiteral("SELECT current_setting('application_name')"));
        QVERIFY2(name && name->next(), qPrintable(name.errorString()));
        QCOMPARE(name->value(0).toString(), QStringLiteral("O'Brien's desk"));
        name->finish();
        named.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("named"));
}

void TestPostgresqlDialect::monthOfTimeIsTheUtcMonth()
{
    const QList<QDateTime> times {QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59), Qt::UTC),
                                  QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC),
                                  QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                  QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC)};
    for (const QDateTime& time : times) {
        QCOMPARE(scalarText(QStringLiteral("SELECT ") + m_dialect.monthOfTime(QStringLiteral("?")),
                            {time.toSecsSinceEpoch()}),
                 time.toString(QStringLiteral("yyyy-MM")));
    }
}

void TestPostgresqlDialect::dayNumberIsTheJulianDay()
{
    for (const QDate& date : {QDate(2026, 12, 6), QDate(2000, 1, 1), QDate(2024, 2, 29), QDate(1970, 1, 1)}) {
        QCOMPARE(scalarText(QStringLiteral("SELECT ") + m_dialect.dayNumberOfDate(QStringLiteral("?")),
                            {date.toString(Qt::ISODate)})
                     .toLongLong(),
                 date.toJulianDay());
    }
}

void TestPostgresqlDialect::monthOfDateAndIntegerOfText()
{
    QCOMPARE(scalarText(QStringLiteral("SELECT ") + m_dialect.monthOfDate(QStringLiteral("?")),
                        {QStringLiteral("2026-02-28")}),
             QStringLiteral("2026-02"));
    QCOMPARE(
        scalarText(QStringLiteral("SELECT ") + m_dialect.integerOfText(QStringLiteral("?")) + QStringLiteral(" + 1"),
                   {QStringLiteral("41")}),
        QStringLiteral("42"));
}

void TestPostgresqlDialect::commaListJoinsAGroup()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE g (g INTEGER, v INTEGER)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO g VALUES (1, 10), (1, 20), (2, 30), (1, 40)")).ok());
    const QString joined = scalarText(QStringLiteral("SELECT ") + m_dialect.commaList(QStringLiteral("v"))
                                      + QStringLiteral(" FROM g WHERE g = 1"));
    const QStringList values = joined.split(QLatin1Char(','));
    QCOMPARE(QSet<QString>(values.begin(), values.end()),
             QSet<QString>({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("40")}));
}

void TestPostgresqlDialect::upsertUpdatesTheRowThere()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")).ok());
    const QString statement = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")
        + m_dialect.upsertClause({QStringLiteral("key")}, QStringLiteral("value = excluded.value"));
    QSqlQuery query(m_db);
    QVERIFY(sql::exec(query, statement, {QStringLiteral("currency"), QStringLiteral("EUR")}).ok());
    QVERIFY(sql::exec(query, statement, {QStringLiteral("currency"), QStringLiteral("RUB")}).ok());
    QCOMPARE(scalarText(QStringLiteral("SELECT count(*) || max(value) FROM settings")), QStringLiteral("1RUB"));
}

void TestPostgresqlDialect::insertsGiveTheNewRowsId()
{
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("CREATE TABLE notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                                           " body TEXT)"))
                .ok());
    QSqlQuery query(m_db);
    auto first = sql::insert(query, QStringLiteral("INSERT INTO notes (body) VALUES (?)"), {QStringLiteral("one")});
    QVERIFY2(first, qPrintable(first.errorString()));
    auto second = sql::insert(query, QStringLiteral("INSERT INTO notes (body) VALUES (?)"), {QStringLiteral("two")});
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second.value(), first.value() + 1);
    QCOMPARE(scalarText(QStringLiteral("SELECT body FROM notes WHERE id = ?"), {first.value()}), QStringLiteral("one"));
}

void TestPostgresqlDialect::temporaryTablesBelongToTheConnection()
{
    for (int twice = 0; twice < 2; ++twice) { // made again without complaint, as a recount run twice does
        QVERIFY(sql::execDirect(m_db,
                                m_dialect.createTemporaryTable(QStringLiteral("recount"),
                                                               QStringLiteral("k INTEGER NOT NULL, PRIMARY KEY (k)")))
                    .ok());
    }
    QVERIFY(
        sql::execDirect(
            m_db, QStringLiteral("INSERT INTO %1 VALUES (7)").arg(m_dialect.temporaryTable(QStringLiteral("recount"))))
            .ok());
    QCOMPARE(scalarText(QStringLiteral("SELECT k FROM ") + m_dialect.temporaryTable(QStringLiteral("recount"))),
             QStringLiteral("7"));
}

void TestPostgresqlDialect::tablesAreFoundByName()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE plans (id INTEGER)")).ok());
    auto found = m_dialect.tableExists(m_db, QStringLiteral("plans"));
    QVERIFY2(found, qPrintable(found.errorString()));
    QVERIFY(found.value());
    auto missing = m_dialect.tableExists(m_db, QStringLiteral("missing"));
    QVERIFY2(missing, qPrintable(missing.errorString()));
    QVERIFY(!missing.value());
}

void TestPostgresqlDialect::aTakenKeyIsAConflict()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE u (k TEXT UNIQUE)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO u VALUES ('a')")).ok());
    QCOMPARE(sql::execDirect(m_db, QStringLiteral("INSERT INTO u VALUES ('a')")).error().code, Error::Code::Conflict);
    QCOMPARE(sql::execDirect(m_db, QStringLiteral("SELECT * FROM missing")).error().code, Error::Code::Sql);
}

QTEST_GUILESS_MAIN(TestPostgresqlDialect)
#include "tst_postgresqldialect.moc"
