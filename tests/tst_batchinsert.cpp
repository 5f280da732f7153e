#include "BatchInsert.h"
#include "SqlSupport.h"
#include "SqliteDirect.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace abonent;

class TestBatchInsert : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs on both paths: the SQLite C API where the build has it,
    // and the portable Qt SQL twin other platforms take.
    void initTestCase_data();
    void init();
    void cleanup();
    void writesEveryRowInOrder_data();
    void writesEveryRowInOrder();
    void storesEachKindOfValue();
    void aFailedBatchIsReportedAndNotResent();
    void refusesTypesItCannotStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void TestBatchInsert::initTestCase_data()
{
    QTest::addColumn<bool>("direct");
#if ABONENT_SQLITE_BULK
    QTest::newRow("sqlite C API") << true;
#endif
    QTest::newRow("portable Qt SQL") << false;
}

void TestBatchInsert::init()
{
    QFETCH_GLOBAL(bool, direct);
    sqlite::setDirectAllowed(direct);
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("batch.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    // The path each row names is the one that runs.
    QCOMPARE(sqlite::directHandle(m_db) != nullptr, direct);
    QVERIFY(sql::execDirect(m_db,
                            QStringLiteral("CREATE TABLE samples (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE,"
                                           " amount INTEGER, ratio REAL, blob BLOB, note TEXT)"))
                .ok());
}

void TestBatchInsert::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    sqlite::setDirectAllowed(true);
}

void TestBatchInsert::writesEveryRowInOrder_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("perStatement");
    QTest::newRow("fewer than a batch") << 7 << 50;
    QTest::newRow("exactly two batches") << 100 << 50;
    QTest::newRow("batches and a rest") << 123 << 50;
    QTest::newRow("one row a statement") << 5 << 1;
}

void TestBatchInsert::writesEveryRowInOrder()
{
    QFETCH(int, rows);
    QFETCH(int, perStatement);
    BatchInsert insert(
        m_db, QStringLiteral("samples"), {QStringLiteral("label"), QStringLiteral("amount")}, perStatement);
    for (int i = 0; i < rows; ++i) {
        QVERIFY(insert.add({QStringLiteral("row %1").arg(i), qint64(i) * 1000000000LL}).ok());
    }
    QVERIFY(insert.finish().ok());
    QCOMPARE(insert.rowsWritten(), qint64(rows));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, label, amount FROM samples ORDER BY id")));
    int expected = 0;
    while (query.next()) {
        QCOMPARE(query.value(1).toString(), QStringLiteral("row %1").arg(expected));
        QCOMPARE(query.value(2).toLongLong(), qint64(expected) * 1000000000LL);
        ++expected;
    }
    QCOMPARE(expected, rows);
}

void TestBatchInsert::storesEachKindOfValue()
{
    BatchInsert insert(m_db,
                       QStringLiteral("samples"),
                       {QStringLiteral("label"),
                        QStringLiteral("amount"),
                        QStringLiteral("ratio"),
                        QStringLiteral("blob"),
                        QStringLiteral("note")},
                       2);
    QVERIFY(insert.add({QStringLiteral("Ёлка «зелёная»"), true, 0.25, QByteArray("\x00\x01\x02", 3), QVariant()}).ok());
    QVERIFY(insert.add({QString(), -42, 1.5, QByteArray(), QStringLiteral("x")}).ok());
    QVERIFY(insert.finish().ok());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT label, amount, ratio, blob, note IS NULL FROM samples ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ёлка «зелёная»"));
    QCOMPARE(query.value(1).toInt(), 1);
    QCOMPARE(query.value(2).toDouble(), 0.25);
    QCOMPARE(query.value(3).toByteArray(), QByteArray("\x00\x01\x02", 3));
    QCOMPARE(query.value(4).toInt(), 1);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString()); // a null QString is stored as empty text, not NULL
    QVERIFY(!query.value(0).isNull());
    QCOMPARE(query.value(1).toInt(), -42);
}

void TestBatchInsert::aFailedBatchIsReportedAndNotResent()
{
    BatchInsert insert(m_db, QStringLiteral("samples"), {QStringLiteral("label")}, 2);
    QVERIFY(insert.add({QStringLiteral("a")}).ok());
    QVERIFY(insert.add({QStringLiteral("b")}).ok());
    QVERIFY(insert.add({QStringLiteral("a")}).ok()); // pending until the batch is full
    const Status failed = insert.add({QStringLiteral("c")});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, Error::Code::Conflict);
    // The failure sticks: nothing more is written, nothing is sent twice.
    QCOMPARE(insert.add({QStringLiteral("d")}).error().code, Error::Code::Conflict);
    QCOMPARE(insert.finish().error().code, Error::Code::Conflict);
    QCOMPARE(insert.rowsWritten(), qint64(2));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT group_concat(label) FROM samples")).value().toString(),
             QStringLiteral("a,b"));
}

void TestBatchInsert::refusesTypesItCannotStore()
{
    BatchInsert insert(m_db, QStringLiteral("samples"), {QStringLiteral("label"), QStringLiteral("note")}, 1);
    const Status refused = insert.add({QStringLiteral("when"), QDate(2026, 11, 25)});
    // Qt's binding would turn the date into text; neither path does.
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(insert.finish().error().code, Error::Code::Invalid);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM samples")).value().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
