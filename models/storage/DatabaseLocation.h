#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// What `--db` names: a SQLite file on this computer, or a database on a
// PostgreSQL server, given as libpq writes a connection URI:
// postgresql://[user[:password]@][host][:port][/dbname][?param=value&…].
// A password is better kept in ~/.pgpass or PGPASSWORD, which the driver
// reads itself; one given here is used but never shown.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    using Engine = SqlDialect::Engine;

    static Result<DatabaseLocation> parse(const QString& given);
    // Whether `given` names a server ("postgresql://…", "postgres://…"), however well.
    static bool namesServer(const QString& given);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // SQLite: the file as given.
    QString filePath() const { return m_filePath; }

    // PostgreSQL: each part, empty (port 0) where libpq's default applies.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // The URI's parameters as the QPSQL driver takes them: "key=value;…".
    QString connectOptions() const { return m_connectOptions; }

    // What to show a person: the file, or the URI without its password.
    QString shown() const;
    // Exactly what was parsed: what opens the same database again.
    QString given() const { return m_given; }
    // What a desk may write down to open it another time: what was given,
    // without a password (the driver finds that in ~/.pgpass or PGPASSWORD).
    QString remembered() const;
    // Hands the server's parts to a PostgreSQL connection before it opens.
    void configure(QSqlDatabase& connection) const;

private:
    Engine m_engine = Engine::SQLite;
    QString m_given;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace abonent
