#include "TrialFiles.h"

#include "DatabaseFile.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

namespace abonent::trials {

ChildRun runChild(const QString& program,
                  const QStringList& arguments,
                  const QProcessEnvironment& environment,
                  const QByteArray& input,
                  qint64 killAfterMs)
{
    ChildRun run;
    QProcess child;
    child.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    if (!child.waitForStarted(60000)) {
        run.errors = child.errorString().toUtf8();
        return run;
    }
    child.write(input);
    child.closeWriteChannel();
    const int patienceMs = killAfterMs < 0 ? 600000 : int(qMax<qint64>(0, killAfterMs - clock.elapsed()));
    if (!child.waitForFinished(patienceMs)) {
        child.kill(); // SIGKILL: nothing of the program runs after it
        run.killed = true;
        child.waitForFinished(-1);
    }
    run.elapsedMs = clock.elapsed();
    run.output = child.readAllStandardOutput();
    run.errors = child.readAllStandardError();
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return run;
}

QProcessEnvironment isolatedEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir root(home);
    const QStringList folders {
        QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"), QStringLiteral("runtime")};
    for (const QString& folder : folders) {
        root.mkpath(folder);
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("HOME"), root.absolutePath());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
}

Status copyClosedDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(from + suffix)) {
            continue;
        }
        if (!QFile::copy(from + suffix, to + suffix)) {
            return makeError(Error::Code::Io, QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix));
        }
    }
    return {};
}

Status withConnection(const QString& path, const std::function<Status(const QSqlDatabase&)>& work)
{
    const QString name = DatabaseFile::uniqueConnectionName();
    Status status;
    {
        QSqlDatabase db = DatabaseFile::addConnection(name, path, DatabaseFile::Access::ReadWrite);
        status = db.open() ? work(db) : makeError(Error::Code::Io, QStringLiteral("cannot open %1").arg(path));
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Status upgradeTo(const QSqlDatabase& db, int version)
{
    if (Status off = sql::execDirect(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off) {
        return off;
    }
    auto current = sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_migrations"));
    if (!current) {
        return current.error();
    }
    for (const Migration& step : schemaMigrations()) {
        if (step.version <= current.value().toInt() || step.version > version) {
            continue;
        }
        Status applied = inTransaction(QSqlDatabase(db), [&]() -> Status {
            if (Status status = step.apply(db); !status) {
                return status;
            }
            QSqlQuery record(db);
            return sql::exec(
                record,
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                {step.version, step.name, QDateTime::currentSecsSinceEpoch()});
        });
        if (!applied) {
            return applied;
        }
    }
    return {};
}

Status enlargeVersionOne(const QSqlDatabase& db, int customers, int contactsEach)
{
    // Plain SQL over the version 1 tables; the numbers follow from the row
    // number, so every run makes the same file.
    const QStringList statements {
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                       " INSERT INTO customers (contract_number, kind, name, address, status, customer_since,"
                       " created_at, updated_at)"
                       " SELECT printf('90-%06d', i), 'person', printf('Trial Customer %d', i),"
                       " printf('%d Long Street', i), 'active', '2024-01-01', 1704067200, 1704067200 FROM n")
            .arg(customers),
        QStringLiteral("WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < %1 - 1)"
                       " INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id, topic,"
                       " summary)"
                       " SELECT c.id, 'phone_in', 1704067200 + (c.id * 7919 + k.j * 104729) % 63072000,"
                       " 60 + (c.id + k.j) % 900, 1 + (c.id + k.j) % 12, 'Trial call', 'Generated for the trials'"
                       " FROM customers c, k WHERE c.contract_number LIKE '90-%'")
            .arg(contactsEach),
        QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency)"
                       " SELECT id, '2025-06-01', 'fee', 50000, 'RUB' FROM customers"
                       " WHERE contract_number LIKE '90-%'"),
    };
    return inTransaction(QSqlDatabase(db), [&]() -> Status {
        for (const QString& statement : statements) {
            if (Status status = sql::execDirect(db, statement); !status) {
                return status;
            }
        }
        return {};
    });
}

Status commitIntoTheLog(const QString& path)
{
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {path});
    if (!writer.waitForStarted()) {
        return makeError(Error::Code::Io, QStringLiteral("sqlite3 did not start: %1").arg(writer.errorString()));
    }
    writer.write("PRAGMA journal_mode = WAL;\n"
                 "PRAGMA wal_autocheckpoint = 0;\n"
                 "BEGIN;\n"
                 "INSERT INTO customers (contract_number, kind, name, customer_since, created_at, updated_at)"
                 " VALUES ('99-00001', 'person', 'Committed In The Log', '2025-01-01', 1735689600, 1735689600);\n"
                 "INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency)"
                 " VALUES (last_insert_rowid(), '2025-02-01', 'fee', 12345, 'RUB');\n"
                 "COMMIT;\n"
                 "SELECT 'committed';\n");
    QByteArray said;
    while (!said.contains("committed")) {
        if (!writer.waitForReadyRead(60000)) {
            return makeError(
                Error::Code::Io,
                QStringLiteral("sqlite3 did not commit: %1").arg(QString::fromUtf8(writer.readAllStandardError())));
        }
        said += writer.readAllStandardOutput();
    }
    writer.kill(); // before it closes the file, which would checkpoint the log
    writer.waitForFinished();
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        return makeError(Error::Code::Io, QStringLiteral("sqlite3 left no log beside %1").arg(path));
    }
    return {};
}

qint64 count(const QSqlDatabase& db, const QString& statement)
{
    auto counted = sql::scalar(db, statement);
    return counted ? counted.value().toLongLong() : -1;
}

} // namespace abonent::trials
