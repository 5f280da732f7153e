#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace abonent {

// An open Abonent database: one named Qt SQL connection, configured and at the
// program's schema version. Opening never changes a file it then refuses: the
// header is read directly, then the file is inspected through a read-only
// connection, and only a database this program can use is opened for writing,
// backed up beside itself and migrated.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        Create, // create if missing, migrate to the current schema
        ReadWrite, // create if missing, migrate to the current schema
        ReadOnly, // inspect only; never creates, configures or migrates
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // Version the file had before this open migrated it (0 for a new file).
    int originalSchemaVersion() const { return m_originalVersion; }
    int schemaVersion() const { return m_version; }
    // The copy made before migrating, empty when no migration was needed.
    QString backupPath() const { return m_backupPath; }

    // "<name>.v<version>-<UTC timestamp>.bak" beside the database.
    static QString backupPathFor(const QString& path, int version);

    // Whether the database holds no customers, plans or operators yet: the one
    // meaning of "empty" for demo data and first-run questions.
    Result<bool> isEmpty() const;
    static Result<bool> isEmpty(const QSqlDatabase& db);

private:
    Database(QString path, Mode mode, QString connectionName);

    Status inspect(const QSqlDatabase& db);
    Status configure();
    Status backUp();
    Status migrate();

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    int m_originalVersion = 0;
    int m_version = 0;
    QString m_backupPath;
};

} // namespace abonent
