#include "DatabaseFile.h"

#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>

namespace abonent {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Files this process has SQLite connections to, by canonical path, with how
// many users each. The mutex is also held while startsLikeSqlite() reads a
// file, so no connection can open in between.
struct FilesInUse
{
    QMutex mutex;
    QHash<QString, int> users;
};

FilesInUse& filesInUse()
{
    static FilesInUse files;
    return files;
}

QString inUseKey(const QString& path)
{
    // A file about to be created has no canonical path yet; its folder does,
    // and a new file is no symbolic link.
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

#ifdef Q_OS_WIN
} // namespace
// Qt reads NTFS permissions only while this is above zero (qfileinfo.h).
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
namespace {
#endif

// While it lives, QFileInfo's readable and writable answers come from the
// file system's permissions: on Windows from the folder's and file's ACLs,
// which Qt otherwise skips (every folder would look writable).
class PermissionsChecked
{
public:
#ifdef Q_OS_WIN
    PermissionsChecked()
    {
        ++qt_ntfs_permission_lookup;
    }
    ~PermissionsChecked()
    {
        --qt_ntfs_permission_lookup;
    }
#else
    PermissionsChecked() = default;
#endif
    PermissionsChecked(const PermissionsChecked&) = delete;
    PermissionsChecked& operator=(const PermissionsChecked&) = delete;
};

qint64 sizeOrNone(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

} // namespace

DatabaseFile::DatabaseFile(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

QString DatabaseFile::shownPath() const
{
    return QDir::toNativeSeparators(m_path);
}

bool DatabaseFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool DatabaseFile::isFile() const
{
    return QFileInfo(m_path).isFile();
}

qint64 DatabaseFile::size() const
{
    return QFileInfo(m_path).size();
}

qint64 DatabaseFile::journalSize() const
{
    return sizeOrNone(m_path + QLatin1String("-journal"));
}

qint64 DatabaseFile::walSize() const
{
    return sizeOrNone(m_path + QLatin1String("-wal"));
}

bool DatabaseFile::isReadable() const
{
    [[maybe_unused]] const PermissionsChecked checked;
    return QFileInfo(m_path).isReadable();
}

QString DatabaseFile::readOnlyReason() const
{
    // SQLite writes the file and creates its journal or log beside it: both
    // the file and its folder must be writable.
    [[maybe_unused]] const PermissionsChecked checked;
    const QFileInfo file(m_path);
    if (file.exists() && !file.isWritable()) {
        return tr("you may not write the file %1").arg(shownPath());
    }
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable()) {
        return tr("you may not create files in its folder %1").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    return {};
}

Result<DatabaseFile::Header> DatabaseFile::readHeader() const
{
    const QString name = uniqueConnectionName();
    Result<Header> header = Header {};
    {
        QSqlDatabase probe = addConnection(name, m_path, Access::Immutable);
        if (!probe.open()) {
            header = sql::databaseError(probe, tr("Cannot open %1").arg(shownPath()));
        } else {
            // A checkpoint cut short (a full disk, a crash) leaves the file
            // shorter than its header says while its log holds the rest: read
            // alone, SQLite calls it malformed. The header's fields need none
            // of the missing pages, and this connection writes nothing.
            if (walSize() > 0) {
                (void)sql::execDirect(probe, QStringLiteral("PRAGMA writable_schema = ON"));
            }
            auto applicationId = sql::scalar(probe, QStringLiteral("PRAGMA application_id"));
            auto schemaCookie = sql::scalar(probe, QStringLiteral("PRAGMA schema_version"));
            if (!applicationId || !schemaCookie) {
                const Error& error = applicationId ? schemaCookie.error() : applicationId.error();
                header = error;
            } else {
                header = Header {applicationId->toLongLong(), schemaCookie->toLongLong()};
            }
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

std::optional<bool> DatabaseFile::startsLikeSqlite() const
{
    FilesInUse& files = filesInUse();
    const QMutexLocker locker(&files.mutex);
    if (files.users.value(inUseKey(m_path)) > 0) {
        return std::nullopt;
    }
    // No connection of this process to the file exists, so no SQLite lock
    // can be lost when this descriptor closes.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

DatabaseFile::InUse::InUse(const QString& path)
    : m_key(inUseKey(path))
{
    FilesInUse& files = filesInUse();
    const QMutexLocker locker(&files.mutex);
    ++files.users[m_key];
}

DatabaseFile::InUse::~InUse()
{
    FilesInUse& files = filesInUse();
    const QMutexLocker locker(&files.mutex);
    if (--files.users[m_key] <= 0) {
        files.users.remove(m_key);
    }
}

QString DatabaseFile::uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("abonent-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

void DatabaseFile::removeWithSideFiles(const QString& path)
{
    for (const QLatin1String suffix :
         {QLatin1String(""), QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm")}) {
        QFile::remove(path + suffix);
    }
}

QSqlDatabase DatabaseFile::addConnection(const QString& name, const QString& path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QStringList options {QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs)};
    // A URI, so a missing file is not created (mode=rw) and a file nobody can
    // write is read without leaving a log beside it (immutable).
    QString parameters;
    switch (access) {
    case Access::Create:
        parameters = QStringLiteral("mode=rwc");
        break;
    case Access::ReadWrite:
        parameters = QStringLiteral("mode=rw");
        break;
    case Access::ReadOnly:
        parameters = QStringLiteral("mode=ro");
        break;
    case Access::Immutable:
        parameters = QStringLiteral("mode=ro&immutable=1");
        break;
    }
    options << QStringLiteral("QSQLITE_OPEN_URI");
    if (access == Access::ReadOnly || access == Access::Immutable) {
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    }
    db.setDatabaseName(uri(path, parameters));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

QString DatabaseFile::uri(const QString& path, const QString& parameters)
{
    // Percent-encoded, so '%', '?' and '#' in a folder's name stay part of
    // the path. The authority stays empty, as SQLite requires: "file:///home/…",
    // "file:///C:/…", and "file:////server/share/…" for a Windows share.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString uri = QStringLiteral("file://") + (absolute.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"))
        + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:"));
    if (!parameters.isEmpty()) {
        uri += QLatin1Char('?') + parameters;
    }
    return uri;
}

} // namespace abonent
