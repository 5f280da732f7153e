#pragma once

#include "Database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace abonent::test {

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

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
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

// Opens (creating) a database in `dir` and fails the test if that does not work.
inline std::unique_ptr<Database> openDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.errorString()));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace abonent::test
