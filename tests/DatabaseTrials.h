#pragma once

// What other programs do to a database file while Abonent has it open, and
// what the operating system says about Abonent's hold on it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

#ifdef Q_OS_LINUX
#include <QFile>

#include <sys/stat.h>
#endif

namespace abonent::test {

// Runs the sqlite3 command-line program, a plain reader or writer as any other
// program on the desk is; its standard output, or a null string when it failed.
inline QString runSqlite3(const QString& path, const QString& statements)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, statements});
    if (!sqlite.waitForFinished(60000) || sqlite.exitStatus() != QProcess::NormalExit || sqlite.exitCode() != 0) {
        qWarning("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

// Whether the rollback journal beside `path` has its header written, which
// SQLite does before the first change reaches the file itself: a writer that
// stops from then on leaves a change SQLite must roll back. (The journal is
// not a database file; reading it drops no lock.)
inline bool hasHotJournal(const QString& path)
{
    QFile journal(path + QStringLiteral("-journal"));
    return journal.open(QIODevice::ReadOnly) && journal.read(8) == QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
}

// Leaves `path` as a writer that stopped mid-transaction leaves it: sqlite3
// changes rows with `statements` in a rollback-journal transaction whose
// pages spill into the file (a small cache; the statements must change more
// pages than it holds), says it has, and is killed before it commits. True
// when a hot journal is left beside the file: one with its header written,
// which a journal that never had to be synced lacks.
inline bool crashWriterMidTransaction(const QString& path, const QByteArray& statements)
{
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {path});
    if (!writer.waitForStarted()) {
        return false;
    }
    writer.write("PRAGMA cache_size = 1;\nBEGIN;\n" + statements + "\nSELECT 'spilled';\n");
    QByteArray said;
    while (!said.contains("spilled")) {
        if (!writer.waitForReadyRead(60000)) {
            return false;
        }
        said += writer.readAllStandardOutput();
    }
    writer.kill();
    writer.waitForFinished();
    return hasHotJournal(path);
}

// The files in `folder`, sorted: what a refused or read file left beside itself.
inline QStringList filesIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

#ifdef Q_OS_UNIX
// While it lives, files this process writes may not grow past `bytes`: a
// disk that fills up. Writes past it fail with EFBIG instead of a signal.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    struct rlimit m_previous
    {
    };
    void (*m_previousHandler)(int) = SIG_DFL;
};

// A folder with room for so many bytes and no more: a full disk for the
// program run on it. Where this user may mount (root), it is a tmpfs of that
// size, and a write that does not fit fails with ENOSPC as on a real disk.
// Elsewhere no file the program writes may grow past that size
// (RLIMIT_FSIZE, which every Linux process may lower), and such a write fails
// with EFBIG. ABONENT_TEST_SMALL_DISK=fsize asks for the limit even where
// mounting works, so that way is tried too.
class SmallDisk
{
public:
    enum class Kind { Tmpfs, FileSizeLimit };

    // Decided once for the run, by mounting a tmpfs and unmounting it again.
    static Kind kind()
    {
        static const Kind chosen = [] {
            if (qgetenv("ABONENT_TEST_SMALL_DISK") == "fsize" || ::geteuid() != 0) {
                return Kind::FileSizeLimit;
            }
            QTemporaryDir probe;
            if (!probe.isValid() || !mountTmpfs(probe.path(), 64 * 1024)) {
                return Kind::FileSizeLimit;
            }
            unmount(probe.path());
            return Kind::Tmpfs;
        }();
        return chosen;
    }
    static QString describe()
    {
        return kind() == Kind::Tmpfs ? QStringLiteral("tmpfs mounts of the size tried (mount -t tmpfs -o size=N)")
                                     : QStringLiteral("RLIMIT_FSIZE, no file written may grow past the size tried "
                                                      "(mounting a tmpfs is not allowed here)");
    }
    // What the operating system says about a write that does not fit.
    static QString fullDiskReason()
    {
        return QString::fromLocal8Bit(std::strerror(kind() == Kind::Tmpfs ? ENOSPC : EFBIG));
    }

    explicit SmallDisk(qint64 bytes)
        : m_bytes(bytes)
    {
        m_mounted = m_dir.isValid() && kind() == Kind::Tmpfs && mountTmpfs(m_dir.path(), bytes);
    }
    ~SmallDisk()
    {
        if (m_mounted) {
            unmount(m_dir.path());
        }
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isValid() const { return m_dir.isValid() && (m_mounted || kind() == Kind::FileSizeLimit); }
    // Room again, as when someone clears the disk: `bytes` from now on.
    bool makeRoom(qint64 bytes)
    {
        m_bytes = bytes;
        return !m_mounted || mountTmpfs(m_dir.path(), bytes, true);
    }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Runs `process` with the room this disk has: under the size limit, the
    // limit is the child's (and SIGXFSZ ignored, so writes fail instead).
    void limit(QProcess& process) const
    {
        if (kind() != Kind::FileSizeLimit) {
            return;
        }
        limitFileSizeOf(process, rlim_t(m_bytes));
    }
    // Starts `process` unable to write any file past `bytes` (EFBIG, not SIGXFSZ).
    static void limitFileSizeOf(QProcess& process, rlim_t bytes)
    {
        process.setChildProcessModifier([bytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit;
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }

private:
    static bool mountTmpfs(const QString& folder, qint64 bytes, bool again = false)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"),
                     QStringLiteral("tmpfs"),
                     QStringLiteral("-o"),
                     QStringLiteral("%1size=%2,mode=0777")
                         .arg(again ? QStringLiteral("remount,") : QString(), QString::number(bytes)),
                     QStringLiteral("tmpfs"),
                     folder});
        return mount.waitForFinished(30000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }
    static void unmount(const QString& folder)
    {
        QProcess umount;
        umount.start(QStringLiteral("umount"), {folder});
        umount.waitForFinished(30000);
    }

    QTemporaryDir m_dir;
    qint64 m_bytes = 0;
    bool m_mounted = false;
};
#endif

#ifdef Q_OS_LINUX
// POSIX locks this process holds on `path`, as the kernel lists them in
// /proc/locks ("1: POSIX ADVISORY READ <pid> <major>:<minor>:<inode> <start> <end>").
// SQLite keeps a shared lock on the file of a connection in WAL mode for as long
// as the connection is open; a program that sees none may delete its log.
inline int posixLocksHeldOn(const QString& path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(quint64(status.st_ino));
    int held = 0;
    // procfs reports a size of 0, so read until the end rather than by size.
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode)) {
            ++held;
        }
    }
    return held;
}

// Files beside `path` (its log, its index) this process still has open
// although they were deleted: another program removed them under a live
// connection.
inline QStringList deletedFilesStillOpen(const QString& path)
{
    QStringList deleted;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo& descriptor : descriptors.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = descriptor.symLinkTarget();
        if (target.startsWith(path) && target.endsWith(QLatin1String(" (deleted)"))) {
            deleted << target;
        }
    }
    return deleted;
}
#endif

} // namespace abonent::test
