#pragma once

// What every engine's forms of the SQL dialect must give, run on a real
// connection against what Qt computes in C++ for the same values: shared by
// tst_sqldialect (SQLite) and tst_postgresqldialect (a real PostgreSQL).

#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace abonent::dialectchecks {

inline QString scalarText(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    auto query = sql::select(db, statement, values);
    if (!query || !query->next()) {
        return QStringLiteral("<%1>").arg(query ? QStringLiteral("no row") : query.errorString());
    }
    return query->value(0).toString();
}

inline void monthOfTimeIsTheUtcMonth(const QSqlDatabase& db, const SqlDialect& dialect)
{
    const QList<QDateTime> times {QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59), Qt::UTC),
                                  QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC),
                                  QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                  QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC)};
    for (const QDateTime& time : times) {
        QCOMPARE(scalarText(db,
                            QStringLiteral("SELECT ") + dialect.monthOfTime(QStringLiteral("?")),
                            {time.toSecsSinceEpoch()}),
                 time.toString(QStringLiteral("yyyy-MM")));
    }
}

inline void dayNumberIsTheJulianDay(const QSqlDatabase& db, const SqlDialect& dialect)
{
    for (const QDate& date : {QDate(2026, 12, 6), QDate(2000, 1, 1), QDate(2024, 2, 29), QDate(1970, 1, 1)}) {
        QCOMPARE(scalarText(db,
                            QStringLiteral("SELECT ") + dialect.dayNumberOfDate(QStringLiteral("?")),
                            {date.toString(Qt::ISODate)})
                     .toLongLong(),
                 date.toJulianDay());
    }
}

inline void monthOfDateAndIntegerOfText(const QSqlDatabase& db, const SqlDialect& dialect)
{
    QCOMPARE(scalarText(db,
                        QStringLiteral("SELECT ") + dialect.monthOfDate(QStringLiteral("?")),
                        {QStringLiteral("2026-02-28")}),
             QStringLiteral("2026-02"));
    QCOMPARE(scalarText(db,
                        QStringLiteral("SELECT ") + dialect.integerOfText(QStringLiteral("?")) + QStringLiteral(" + 1"),
                        {QStringLiteral("41")}),
             QStringLiteral("42"));
}

inline void commaListJoinsAGroup(const QSqlDatabase& db, const SqlDialect& dialect)
{
    QVERIFY(sql::execDirect(db, QStringLiteral("CREATE TABLE t (g INTEGER, v INTEGER)")).ok());
    QVERIFY(sql::execDirect(db, QStringLiteral("INSERT INTO t VALUES (1, 10), (1, 20), (2, 30), (1, 40)")).ok());
    const QString joined = scalarText(
        db, QStringLiteral("SELECT ") + dialect.commaList(QStringLiteral("v")) + QStringLiteral(" FROM t WHERE g = 1"));
    const QStringList values = joined.split(QLatin1Char(','));
    QCOMPARE(QSet<QString>(values.begin(), values.end()),
             QSet<QString>({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("40")}));
}

inline void upsertUpdatesTheRowThere(const QSqlDatabase& db, const SqlDialect& dialect)
{
    QVERIFY(sql::execDirect(db, QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")).ok());
    const QString statement = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")
        + dialect.upsertClause({QStringLiteral("key")}, QStringLiteral("value = excluded.value"));
    QSqlQuery query(db);
    QVERIFY(sql::exec(query, statement, {QStringLiteral("currency"), QStringLiteral("EUR")}).ok());
    QVERIFY(sql::exec(query, statement, {QStringLiteral("currency"), QStringLiteral("RUB")}).ok());
    QCOMPARE(scalarText(db, QStringLiteral("SELECT count(*) || max(value) FROM settings")), QStringLiteral("1RUB"));
}

inline void temporaryTablesBelongToTheConnection(const QSqlDatabase& db, const SqlDialect& dialect)
{
    for (int twice = 0; twice < 2; ++twice) { // made again without complaint, as a recount run twice does
        QVERIFY(sql::execDirect(db,
                                dialect.createTemporaryTable(QStringLiteral("recount"),
                                                             QStringLiteral("k INTEGER NOT NULL, PRIMARY KEY (k)")))
                    .ok());
    }
    QVERIFY(sql::execDirect(
                db, QStringLiteral("INSERT INTO %1 VALUES (7)").arg(dialect.temporaryTable(QStringLiteral("recount"))))
                .ok());
    QCOMPARE(scalarText(db, QStringLiteral("SELECT k FROM ") + dialect.temporaryTable(QStringLiteral("recount"))),
             QStringLiteral("7"));
}

} // namespace abonent::dialectchecks
