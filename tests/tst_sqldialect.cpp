#include "DialectChecks.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace abonent;

// The SQLite forms of the dialect, each run on a real connection against
// what Qt computes in C++ for the same values.
class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void knowsTheEngineOfAConnection();
    void monthOfTimeIsTheUtcMonth();
    void localDayOfTimeIsTheDesksDay();
    void dayNumberIsTheJulianDay();
    void monthOfDateAndIntegerOfText();
    void commaListJoinsAGroup();
    void upsertUpdatesTheRowThere();
    void temporaryTablesBelongToTheConnection();
    void wordSearchFindsPrefixesOfEveryWord();
    void substringSearchFindsDigitsAnywhere();
    void insertsGiveTheNewRowsId();
    void readingByPrimaryKeyKeepsTheRows();
    void indexesAndTriggersComeBackAsTheyWere();
    void tablesAreFoundByName();
    void integrityProblemsNameADanglingReference();
    void errorsKeepTheirMeaning();

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect {SqlDialect::Engine::SQLite};
};

void TestSqlDialect::initTestCase()
{
    // A zone far from UTC, with daylight saving time, so "local" and "UTC" differ.
    qputenv("TZ", "America/Sao_Paulo");
    QVERIFY(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime(QDate(2026, 6, 1), QTime(12, 0))) != 0);
}

void TestSqlDialect::cleanupTestCase()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dialect"));
}

void TestSqlDialect::init()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase::contains(QStringLiteral("dialect"))
        ? QSqlDatabase::database(QStringLiteral("dialect"), false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dialect"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    m_dialect = SqlDialect::of(m_db);
}

void TestSqlDialect::knowsTheEngineOfAConnection()
{
    QCOMPARE(m_dialect.engine(), SqlDialect::Engine::SQLite);
    QCOMPARE(SqlDialect::of(QSqlDatabase()).engine(), SqlDialect::Engine::SQLite);
    QVERIFY(!m_dialect.insertReturnsId());
    QVERIFY(SqlDialect(SqlDialect::Engine::PostgreSQL).insertReturnsId());
}

void TestSqlDialect::monthOfTimeIsTheUtcMonth()
{
    dialectchecks::monthOfTimeIsTheUtcMonth(m_db, m_dialect);
}

void TestSqlDialect::localDayOfTimeIsTheDesksDay()
{
    // 01:30 UTC on 1 December is still 30 November in São Paulo.
    const QList<qint64> times {QDateTime(QDate(2026, 12, 1), QTime(1, 30), Qt::UTC).toSecsSinceEpoch(),
                               QDateTime(QDate(2026, 12, 1), QTime(4, 30), Qt::UTC).toSecsSinceEpoch(),
                               QDateTime(QDate(2026, 6, 15), QTime(2, 0), Qt::UTC).toSecsSinceEpoch()};
    QCOMPARE(QDateTime::fromSecsSinceEpoch(times.first()).date(), QDate(2026, 11, 30));
    for (const qint64 time : times) {
        QCOMPARE(dialectchecks::scalarText(
                     m_db, QStringLiteral("SELECT ") + m_dialect.localDayOfTime(QStringLiteral("?")), {time}),
                 QDateTime::fromSecsSinceEpoch(time).date().toString(Qt::ISODate));
    }
}

void TestSqlDialect::dayNumberIsTheJulianDay()
{
    dialectchecks::dayNumberIsTheJulianDay(m_db, m_dialect);
}

void TestSqlDialect::monthOfDateAndIntegerOfText()
{
    dialectchecks::monthOfDateAndIntegerOfText(m_db, m_dialect);
}

void TestSqlDialect::commaListJoinsAGroup()
{
    dialectchecks::commaListJoinsAGroup(m_db, m_dialect);
}

void TestSqlDialect::upsertUpdatesTheRowThere()
{
    dialectchecks::upsertUpdatesTheRowThere(m_db, m_dialect);
}

void TestSqlDialect::temporaryTablesBelongToTheConnection()
{
    dialectchecks::temporaryTablesBelongToTheConnection(m_db, m_dialect);
}

void TestSqlDialect::wordSearchFindsPrefixesOfEveryWord()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, words TEXT)")).ok());
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("CREATE VIRTUAL TABLE people_words USING fts5(words, content='people',"
                                           " content_rowid='id')"))
                .ok());
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("INSERT INTO people (id, words) VALUES (1, 'anna petrova lenina 5'),"
                                           " (2, 'anton petrov'), (3, 'o\"brien quote'), (4, 'pete annex')"))
                .ok());
    // Filled in one go, as the demo does after a bulk load.
    QVERIFY(sql::execDirect(m_db, m_dialect.rebuildIndex(QStringLiteral("people_words"))).ok());

    const QString words = m_dialect.wordPrefixQuery({QStringLiteral("pet"), QStringLiteral("an")});
    QCOMPARE(dialectchecks::scalarText(m_db, m_dialect.wordMatchCount(QStringLiteral("people_words")), {words}),
             QStringLiteral("3"));
    auto found = sql::select(
        m_db,
        QStringLiteral("SELECT p.id FROM people p")
            + m_dialect.wordIndexJoin(QStringLiteral("people_words"), QStringLiteral("w"), QStringLiteral("p.id"))
            + QStringLiteral(" ORDER BY ") + m_dialect.wordIndexOrder(QStringLiteral("w")),
        {words});
    QVERIFY(found);
    QList<qint64> ids;
    while (found->next()) {
        ids << found->value(0).toLongLong();
    }
    QCOMPARE(ids, QList<qint64>({1, 2, 4}));
    // A typed quote is a character of a word, not query syntax.
    QCOMPARE(dialectchecks::scalarText(m_db,
                                       m_dialect.wordMatchCount(QStringLiteral("people_words")),
                                       {m_dialect.wordPrefixQuery({QStringLiteral("o\"bri")})}),
             QStringLiteral("1"));
    auto ranked = sql::select(
        m_db,
        QStringLiteral("SELECT p.id FROM people p")
            + m_dialect.wordIndexJoin(QStringLiteral("people_words"), QStringLiteral("w"), QStringLiteral("p.id"))
            + QStringLiteral(" ORDER BY ") + m_dialect.wordRankOrder(QStringLiteral("w")),
        QVariantList {m_dialect.wordPrefixQuery({QStringLiteral("anton")})}
            + m_dialect.wordRankValues(m_dialect.wordPrefixQuery({QStringLiteral("anton")})));
    QVERIFY(ranked && ranked->next());
    QCOMPARE(ranked->value(0).toLongLong(), 2);
}

void TestSqlDialect::substringSearchFindsDigitsAnywhere()
{
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("CREATE VIRTUAL TABLE digits USING fts5(search_digits, tokenize='trigram')"))
                .ok());
    QVERIFY(
        sql::execDirect(m_db,
                        QStringLiteral("INSERT INTO digits (rowid, search_digits) VALUES (5, '74951234567 2000345'),"
                                       " (6, '3809955512')"))
            .ok());
    auto rows = sql::select(m_db,
                            m_dialect.substringMatchRows(QStringLiteral("digits"), QStringLiteral("search_digits")),
                            {QStringLiteral("%1234%")});
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toLongLong(), 5);
    QVERIFY(!rows->next());
    // Any of several patterns (a number as typed and in its national form).
    auto either = sql::select(m_db,
                              m_dialect.substringMatchRows(QStringLiteral("digits"), QStringLiteral("search_digits"), 2)
                                  + QStringLiteral(" ORDER BY 1"),
                              {QStringLiteral("%99555%"), QStringLiteral("%00034%")});
    QVERIFY(either);
    QList<qint64> ids;
    while (either->next()) {
        ids << either->value(0).toLongLong();
    }
    QCOMPARE(ids, QList<qint64>({5, 6}));
}

void TestSqlDialect::insertsGiveTheNewRowsId()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO notes (id, body) VALUES (41, 'before')")).ok());
    QSqlQuery query(m_db);
    auto first = sql::insert(query, QStringLiteral("INSERT INTO notes (body) VALUES (?)"), {QStringLiteral("one")});
    QVERIFY2(first, qPrintable(first.errorString()));
    QCOMPARE(first.value(), 42);
    // Prepared once and run for many rows, as the demo writes its plans.
    QSqlQuery prepared(m_db);
    QVERIFY(prepared.prepare(m_dialect.returningId(QStringLiteral("INSERT INTO notes (body) VALUES (?)"))));
    for (qint64 expected : {43, 44}) {
        QVERIFY(sql::execPrepared(prepared, {QStringLiteral("many")}).ok());
        auto id = sql::newRowId(prepared);
        QVERIFY2(id, qPrintable(id.errorString()));
        QCOMPARE(id.value(), expected);
    }
    QCOMPARE(dialectchecks::scalarText(m_db, QStringLiteral("SELECT body FROM notes WHERE id = 42")),
             QStringLiteral("one"));
    // A failed insert gives its error, not an id.
    auto refused =
        sql::insert(query, QStringLiteral("INSERT INTO notes (id, body) VALUES (?, ?)"), {42, QStringLiteral("again")});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
}

void TestSqlDialect::readingByPrimaryKeyKeepsTheRows()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, customer INTEGER)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE INDEX c_customer ON c (customer)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO c VALUES (1, 7), (2, 8), (3, 7), (4, 7)")).ok());
    QCOMPARE(dialectchecks::scalarText(m_db,
                                       QStringLiteral("SELECT count(*) FROM ")
                                           + m_dialect.byPrimaryKey(QStringLiteral("c"), QStringLiteral("k"))
                                           + QStringLiteral(" WHERE k.customer = 7 AND k.id > 1")),
             QStringLiteral("2"));
}

void TestSqlDialect::indexesAndTriggersComeBackAsTheyWere()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE b (n INTEGER)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE INDEX a_x ON a (x)")).ok());
    QVERIFY(sql::execDirect(
                m_db, QStringLiteral("CREATE TRIGGER a_count AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); END"))
                .ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE INDEX b_n ON b (n)")).ok());

    auto objects = m_dialect.indexesAndTriggersOn(m_db, {QStringLiteral("a")});
    QVERIFY(objects);
    QCOMPARE(objects->size(), 2);
    QCOMPARE(objects->at(0).name, QStringLiteral("a_x"));
    QCOMPARE(objects->at(1).name, QStringLiteral("a_count"));
    for (const SqlDialect::SchemaObject& object : objects.value()) {
        QVERIFY(sql::execDirect(m_db, m_dialect.dropStatement(object)).ok());
    }
    QVERIFY(m_dialect.indexesAndTriggersOn(m_db, {QStringLiteral("a")})->isEmpty());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO a (x) VALUES (1)")).ok());
    QCOMPARE(dialectchecks::scalarText(m_db, QStringLiteral("SELECT count(*) FROM b")), QStringLiteral("0"));
    for (const SqlDialect::SchemaObject& object : objects.value()) {
        QVERIFY(sql::execDirect(m_db, object.definition).ok());
    }
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO a (x) VALUES (2)")).ok());
    QCOMPARE(dialectchecks::scalarText(m_db, QStringLiteral("SELECT count(*) FROM b")), QStringLiteral("1"));
}

void TestSqlDialect::tablesAreFoundByName()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE rollup_state (folded_through INTEGER)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE INDEX rollup_index ON rollup_state (folded_through)")).ok());
    QCOMPARE(m_dialect.tableExists(m_db, QStringLiteral("rollup_state")).value(), true);
    QCOMPARE(m_dialect.tableExists(m_db, QStringLiteral("rollup_index")).value(), false); // an index is no table
    QCOMPARE(m_dialect.tableExists(m_db, QStringLiteral("missing")).value(), false);
}

void TestSqlDialect::integrityProblemsNameADanglingReference()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")).ok());
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER"
                                           " REFERENCES parent (id))"))
                .ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO parent VALUES (1)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO child VALUES (1, 1)")).ok());
    auto clean = m_dialect.integrityProblems(m_db);
    QVERIFY(clean);
    QVERIFY(clean->isEmpty());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO child VALUES (2, 9)")).ok());
    auto dangling = m_dialect.integrityProblems(m_db);
    QVERIFY(dangling);
    QCOMPARE(dangling.value(), QStringList({QStringLiteral("row 2 of child refers to a missing row of parent")}));
}

void TestSqlDialect::errorsKeepTheirMeaning()
{
    QVERIFY(sql::execDirect(m_db, QStringLiteral("CREATE TABLE u (k TEXT UNIQUE)")).ok());
    QVERIFY(sql::execDirect(m_db, QStringLiteral("INSERT INTO u VALUES ('a')")).ok());
    const Status taken = sql::execDirect(m_db, QStringLiteral("INSERT INTO u VALUES ('a')"));
    QCOMPARE(taken.error().code, Error::Code::Conflict);
    QCOMPARE(sql::execDirect(m_db, QStringLiteral("SELECT * FROM missing")).error().code, Error::Code::Sql);

    const auto native = [](const QString& code) {
        return QSqlError(QString(), QString(), QSqlError::StatementError, code);
    };
    QCOMPARE(m_dialect.codeOf(native(QStringLiteral("2067"))), Error::Code::Conflict); // SQLITE_CONSTRAINT_UNIQUE
    QCOMPARE(m_dialect.codeOf(native(QStringLiteral("13"))), Error::Code::Io); // SQLITE_FULL
    QCOMPARE(m_dialect.codeOf(native(QStringLiteral("517"))), Error::Code::Busy); // SQLITE_BUSY_SNAPSHOT
    QCOMPARE(m_dialect.codeOf(native(QStringLiteral("8"))), Error::Code::ReadOnly);
    const SqlDialect postgres(SqlDialect::Engine::PostgreSQL);
    QCOMPARE(postgres.codeOf(native(QStringLiteral("23505"))), Error::Code::Conflict); // unique_violation
    QCOMPARE(postgres.codeOf(native(QStringLiteral("53100"))), Error::Code::Io); // disk_full
    QCOMPARE(postgres.codeOf(native(QStringLiteral("42P01"))), Error::Code::Sql); // undefined_table
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
