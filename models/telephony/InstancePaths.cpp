#include "InstancePaths.h"

#include "OwnerOnly.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <QCryptographicHash>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace abonent {

namespace {

#ifdef Q_OS_UNIX
// A folder this user owns and nobody else may enter.
bool isPrivateFolder(const QString& path)
{
    const QFileInfo info(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return info.isDir() && info.ownerId() == ::getuid() && !(info.permissions() & others);
}
#endif

} // namespace

QString InstancePaths::instanceName()
{
    const QString override = qEnvironmentVariable("ABONENT_INSTANCE");
    return override.isEmpty() ? QStringLiteral("abonent") : override;
}

QString InstancePaths::folder()
{
#ifdef Q_OS_WIN
    // RuntimeLocation is the home folder on Windows; the temporary folder in
    // the user's profile is just as much theirs.
    return QDir::tempPath();
#else
    // In a desktop session: XDG_RUNTIME_DIR, which Qt checks is the user's own and private.
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    }
    // Started outside it (a PBX script, cron): the folder logind keeps for
    // this user, else one of our own. Found by uid, since $USER may be unset
    // or the same for everyone.
    const QString uid = QString::number(::getuid());
    const QString session = QStringLiteral("/run/user/") + uid;
    if (isPrivateFolder(session)) {
        return session;
    }
    const QString own = QDir(QDir::tempPath()).filePath(QStringLiteral("abonent-") + uid);
    // Someone else may have made it first: whose it is decides, not whether this worked.
    (void)OwnerOnly::makeFolder(own);
    return isPrivateFolder(own) ? own : QString();
#endif
}

QString InstancePaths::lockFile()
{
    const QString in = folder();
    return in.isEmpty() ? QString() : QDir(in).filePath(instanceName() + QStringLiteral(".lock"));
}

QString InstancePaths::serverName()
{
    const QString in = folder();
    if (in.isEmpty()) {
        return {};
    }
#ifdef Q_OS_WIN
    // Pipe names are global and cannot hold a path: the folder, hashed, makes it the user's.
    return instanceName() + QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(in.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
#else
    return QDir(in).filePath(instanceName() + QStringLiteral(".socket"));
#endif
}

} // namespace abonent
