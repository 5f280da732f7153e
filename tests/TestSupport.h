#pragma once

#include "AbonentDatabase.h"
#include "DatabaseLocation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariantList>
#include <QtEndian>

#include <memory>

namespace abonent::test {

// Settings of this test process's own. QStandardPaths' test mode gives every
// run of one program the same settings file, and CTest runs a suite on both
// engines at once: one run's QSettings().clear() in init() would empty the
// other's desk operator halfway through a test, and an unexpected "Who is at
// this desk?" would wait for an answer nobody gives.
inline void useOwnUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    static const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

// A call hand-off name of this test's own: tests that start the window run
// in parallel, and each would otherwise find the other's window running.
inline void useOwnInstanceName()
{
    qputenv("ABONENT_INSTANCE", "abonent-test-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12));
}

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A file's bytes, to compare what a refused or read file holds afterwards.
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A short recording as a phone system writes one: RIFF/WAVE, 8 kHz, 16-bit
// mono, `ms` long, a quiet tone whose `seed` makes each file's bytes its own.
inline QByteArray wavBytes(int ms, int seed = 1)
{
    const quint32 rate = 8000;
    const quint32 samples = rate * static_cast<quint32>(ms) / 1000;
    QByteArray data;
    for (quint32 i = 0; i < samples; ++i) {
        const qint16 sample = static_cast<qint16>(((i * static_cast<quint32>(seed + 3)) % 64) * 40 - 1280);
        data.append(static_cast<char>(sample & 0xff)).append(static_cast<char>((sample >> 8) & 0xff));
    }
    const auto le32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        qToLittleEndian(value, bytes.data());
        return bytes;
    };
    const auto le16 = [](quint16 value) {
        QByteArray bytes(2, '\0');
        qToLittleEndian(value, bytes.data());
        return bytes;
    };
    QByteArray wav = "RIFF" + le32(36 + static_cast<quint32>(data.size())) + "WAVE";
    wav += "fmt " + le32(16) + le16(1) + le16(1) + le32(rate) + le32(rate * 2) + le16(2) + le16(16);
    return wav + "data" + le32(static_cast<quint32>(data.size())) + data;
}

// SHA-256 of everything an SQLite file holds — schema and every row of every
// table — read through a connection of its own. Two files with the same
// content have the same digest even when their pages are laid out differently.
inline QByteArray contentDigestOf(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("content-digest");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next()) {
                names << tables.value(0).toString();
                hash.addData(tables.value(1).toString().toUtf8());
            }
            for (const QString& table : names) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
                while (rows.next()) {
                    for (int column = 0; column < rows.record().count(); ++column) {
                        hash.addData(rows.value(column).toString().toUtf8());
                        hash.addData(QByteArrayView("\x1f"));
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

// Runs one statement with its values bound in order, and fails the test if it fails.
inline void exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery query(db);
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1Char(' ') + statement));
}

// Whether this run of a suite holds the program to a PostgreSQL server (the
// CTest entry "<suite>_postgresql" sets ABONENT_TEST_ENGINE) rather than to
// SQLite files.
inline bool testsOnServer()
{
    return qEnvironmentVariable("ABONENT_TEST_ENGINE") == QLatin1String("postgresql");
}

// Where a test keeps a new, empty database, on the engine this run tests: a
// file named `name` in `dir`, or a database of its own on the server libpq
// finds (PGHOST, PGPORT, PGUSER; tests/run-with-postgresql.sh), dropped again
// when this goes.
class ScratchDatabase
{
public:
    // On a server the database starts as a copy of one this process set up
    // with the current schema once (a copy takes a tenth of the time the
    // schema does); `Empty` gives a database without a table instead, where
    // what is tested is setting one up.
    enum class Start { WithSchema, Empty };

    ScratchDatabase(const QTemporaryDir& dir, const QString& name, Start start = Start::WithSchema)
    {
        if (!testsOnServer()) {
            m_location = dir.filePath(name);
            return;
        }
        static int counter = 0;
        const QString prefix = QStringLiteral("abonent_test_%1_").arg(QCoreApplication::applicationPid());
        m_serverName = prefix + QString::number(++counter);
        QString copied;
        if (start == Start::WithSchema) {
            static const QString schemaOnly = makeSchemaOnly(prefix + QStringLiteral("schema"));
            if (schemaOnly.isEmpty()) {
                return;
            }
            copied = QStringLiteral(" TEMPLATE ") + schemaOnly;
        }
        if (serverStatement(QStringLiteral("CREATE DATABASE %1%2").arg(m_serverName, copied))) {
            m_location = QStringLiteral("postgresql:///") + m_serverName;
        }
    }
    ~ScratchDatabase()
    {
        if (!m_serverName.isEmpty()) {
            serverStatement(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverName));
        }
    }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // What --db takes; empty when the server could not make the database.
    QString location() const { return m_location; }

private:
    // A database set up with the current schema and closed again, to copy.
    static QString makeSchemaOnly(const QString& name)
    {
        if (!serverStatement(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            return {};
        }
        auto opened = openAbonentDatabase(QStringLiteral("postgresql:///") + name, Database::Mode::Create);
        if (!opened) {
            qWarning("%s", qPrintable(opened.errorString()));
            return {};
        }
        return name;
    }

    // A statement on the server's maintenance database, outside any transaction.
    static bool serverStatement(const QString& statement)
    {
        const QString name = QStringLiteral("scratch-server");
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery query(db);
                done = query.exec(statement);
                if (!done) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                }
            } else {
                qWarning("No PostgreSQL server: %s", qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }

    QString m_location;
    QString m_serverName;
};

// The database a test names by a file path, on the engine this run tests:
// that file, or on the server a database of its own for each path (made
// with the schema on first use, dropped when the program ends).
inline QString location(const QString& path)
{
    if (!testsOnServer() || DatabaseLocation::namesServer(path)) {
        return path;
    }
    static QHash<QString, std::shared_ptr<ScratchDatabase>> databases;
    static const bool dropAtExit = [] {
        qAddPostRoutine([] { databases.clear(); });
        return true;
    }();
    Q_UNUSED(dropAtExit);
    auto& database = databases[path];
    if (!database) {
        database = std::make_shared<ScratchDatabase>(QTemporaryDir(), QString());
    }
    return database->location();
}

// A login on the server that may read one database and nothing else, as an
// office makes one for its PBX host or an auditor; dropped again when this
// goes. `location` is the database as the test's own (superuser) login opens it.
class ReadOnlyLogin
{
public:
    explicit ReadOnlyLogin(const QString& location)
        : m_owner(location)
        , m_name(QStringLiteral("reader_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter()))
        , m_secret(QUuid::createUuid().toString(QUuid::Id128))
    {
        m_valid = asOwner({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, m_secret),
                           QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(databaseName(), m_name),
                           QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(m_name),
                           QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_name)});
    }
    ~ReadOnlyLogin()
    {
        asOwner({QStringLiteral("DROP OWNED BY %1").arg(m_name), QStringLiteral("DROP ROLE %1").arg(m_name)});
    }
    ReadOnlyLogin(const ReadOnlyLogin&) = delete;
    ReadOnlyLogin& operator=(const ReadOnlyLogin&) = delete;

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    QString secret() const { return m_secret; }
    // The database as this login opens it, on the server libpq finds
    // (PGHOST, PGPORT); with its password in the URI, or without one (then
    // from a password file).
    QString location(bool withPassword) const
    {
        QString uri = QStringLiteral("postgresql://%1@%2:%3/%4")
                          .arg(m_name,
                               qEnvironmentVariable("PGHOST", QStringLiteral("localhost")),
                               qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
                               databaseName());
        return withPassword ? uri + QStringLiteral("?password=") + m_secret : uri;
    }

private:
    static int& counter()
    {
        static int made = 0;
        return made;
    }
    QString databaseName() const { return DatabaseLocation::parse(m_owner)->databaseName(); }
    // Role statements are DDL: run directly, not prepared.
    bool asOwner(const QStringList& statements) const
    {
        auto database = openAbonentDatabase(m_owner, Database::Mode::ReadWrite);
        if (!database) {
            qWarning("%s", qPrintable(database.errorString()));
            return false;
        }
        for (const QString& statement : statements) {
            QSqlQuery query(database.value()->connection());
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    }

    QString m_owner;
    QString m_name;
    QString m_secret;
    bool m_valid = false;
};

// How long a write on this connection waits for another's lock before it
// fails: SQLite's busy timeout, a server's lock_timeout.
inline bool waitForLocksAtMost(const QSqlDatabase& db, int ms)
{
    QSqlQuery query(db);
    return query.exec(db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("PRAGMA busy_timeout = %1").arg(ms)
                                                                  : QStringLiteral("SET lock_timeout = %1").arg(ms));
}

// The login of the office's owner in the database at `location`: what a
// command that records something takes with --as.
inline QString ownerLogin(const QString& location)
{
    auto opened = openAbonentDatabase(location, Database::Mode::ReadOnly);
    if (!opened) {
        qWarning("%s", qPrintable(opened.errorString()));
        return {};
    }
    QSqlQuery query(opened.value()->connection());
    if (!query.exec(QStringLiteral("SELECT login FROM operators WHERE role = 'owner' AND active = 1"
                                   " ORDER BY id LIMIT 1"))
        || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

// Opens (creating) a database in `dir` and fails the test if that does not work.
inline std::unique_ptr<Database> openDatabase(const QString& path)
{
    auto opened = openAbonentDatabase(location(path), Database::Mode::Create);
    if (!opened) {
        qWarning("%s", qPrintable(opened.errorString()));
        return nullptr;
    }
    return std::move(opened).value();
}

// A small history whose economics are worked out by hand (tst_economics and
// the report CLI read it): Eve on "Home" (30.00 a month, 60 minutes) from
// 16 March 2026; in April a 10-minute call with Ann (60.00 an hour) and a
// ticket (2.00 to handle), the fee paid and 5.00 refunded; in May a 5-minute
// call with nobody known (the default 12.00 an hour). In minor units:
// March earns 1548 (16 of 31 days' fee), April 2500 for a cost of 1200, May
// 3000 for 100: 7048 against 1300 over the three months, 15 minutes, 3 contacts.
// Fay (F-1, after the economics fixture): Home at 30.00 from 10 January 2026
// to 20 May. She pays January's fee late, February's in two halves, March
// and April early, and May ahead too; buys 45.00 of support in March, gets
// 10.00 of compensation in April, and the unused part of May back. By hand:
//   month     charged                      received
//   January   22/31 of 30.00 = 21.29        0
//   February  30.00                         21.29 + 15.00 + 60.00 = 96.29
//   March     30.00 + 45.00 = 75.00         15.00 + 45.00 = 60.00
//   April     30.00 - 10.00 = 20.00         30.00 - 10.00 = 20.00
//   May       20/31 of 30.00 = 19.35        -(30.00 - 19.35) = -10.65
//   in all    165.64                        165.64: settled
// The old rule (a month's payments if any, else the fee, less refunds) made
// it 206.28: February's 96.29 counted January's and April's fees again.
// March's 30 minutes with Ann (60.00 an hour) cost 30.00.
inline bool writeLatePayerFixture(const QSqlDatabase& db)
{
    const QStringList statements {
        QStringLiteral("INSERT INTO customers (id, contract_number, kind, name, customer_since, created_at,"
                       " updated_at) VALUES (2, 'F-1', 'person', 'Fay', '2026-01-10', 0, 0)"),
        QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on, ends_on)"
                       " VALUES (2, 1, '2026-01-10', '2026-05-21')"),
        QStringLiteral(
            "INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency) VALUES"
            " (2, '2026-02-03', 'fee', 2129, 'USD'), (2, '2026-02-10', 'fee', 1500, 'USD'),"
            " (2, '2026-02-25', 'fee', 6000, 'USD'), (2, '2026-03-02', 'fee', 1500, 'USD'),"
            " (2, '2026-03-12', 'paid_support', 4500, 'USD'), (2, '2026-04-15', 'compensation', 1000, 'USD'),"
            " (2, '2026-04-28', 'fee', 3000, 'USD'), (2, '2026-05-21', 'refund', 1065, 'USD')"),
        QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id)"
                       " VALUES (2, 'phone_in', %1, 1800, 1)")
            .arg(QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC).toSecsSinceEpoch()),
    };
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

inline bool writeEconomicsFixture(const QSqlDatabase& db)
{
    const auto at = [](int month, int day) {
        return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
    };
    const QList<QPair<QString, QVariantList>> statements {
        {QStringLiteral("INSERT INTO office_settings (key, value) VALUES ('currency', 'USD')"
                        " ON CONFLICT (key) DO UPDATE SET value = 'USD'"),
         {}},
        {QStringLiteral("INSERT INTO office_settings (key, value) VALUES ('economics.default_rate_per_hour', '1200')"
                        " ON CONFLICT (key) DO UPDATE SET value = '1200'"),
         {}},
        {QStringLiteral("UPDATE channel_costs SET cost_minor = 200 WHERE channel = 'ticket'"), {}},
        {QStringLiteral("INSERT INTO operators (id, login, name, role, cost_per_hour_minor, currency)"
                        " VALUES (1, 'ann', 'Ann', 'operator', 6000, 'USD')"),
         {}},
        {QStringLiteral("INSERT INTO plans (id, name, monthly_fee_minor, currency, included_support_minutes)"
                        " VALUES (1, 'Home', 3000, 'USD', 60), (2, 'Office', 9000, 'USD', 120)"),
         {}},
        {QStringLiteral("INSERT INTO customers (id, contract_number, kind, name, customer_since, created_at,"
                        " updated_at) VALUES (1, 'E-1', 'person', 'Eve', '2026-03-16', 0, 0)"),
         {}},
        {QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on) VALUES (1, 1, '2026-03-16')"), {}},
        {QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id)"
                        " VALUES (1, 'phone_in', ?, 600, 1), (1, 'ticket', ?, 0, NULL), (1, 'phone_in', ?, 300, NULL)"),
         {at(4, 2), at(4, 3), at(5, 7)}},
        {QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency) VALUES"
                        " (1, '2026-04-05', 'fee', 3000, 'USD'), (1, '2026-04-20', 'refund', 500, 'USD')"),
         {}},
    };
    for (const auto& [statement, values] : statements) {
        QSqlQuery query(db);
        if (!query.prepare(statement)) {
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace abonent::test
