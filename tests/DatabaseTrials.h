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

#ifdef Q_OS_LINUX
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>
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
