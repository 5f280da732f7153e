#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace abonent {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status OwnerOnly::makeFolder(const QString& path)
{
    const QString folder = QDir(path).absolutePath();
#ifdef Q_OS_UNIX
    // Outermost first, each created with its permissions (never open to
    // others for a moment, whatever the umask).
    QStringList missing;
    for (QFileInfo part(folder); !part.exists(); part.setFile(part.absolutePath())) {
        missing.prepend(part.absoluteFilePath());
    }
    for (const QString& part : std::as_const(missing)) {
        // Someone else making it at the same moment is no failure.
        if (!QDir().mkdir(part, kFolderPermissions) && !QFileInfo(part).isDir()) {
            return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(shown(part)));
        }
    }
#else
    if (!QDir().mkpath(folder)) {
        return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(shown(folder)));
    }
#endif
    return {};
}

Status OwnerOnly::restrictExisting(const QString& path)
{
#ifdef Q_OS_UNIX
    const auto permissions = QFileInfo(path).isDir() ? kFolderPermissions : kFilePermissions;
    if (!QFile::setPermissions(path, permissions)) {
        return makeError(Error::Code::Io, tr("%1 cannot be made readable by its owner only.").arg(shown(path)));
    }
#else
    Q_UNUSED(path)
#endif
    return {};
}

Status OwnerOnly::restrictOpen(QFileDevice& file)
{
#ifdef Q_OS_UNIX
    if (!file.setPermissions(kFilePermissions)) {
        return makeError(
            Error::Code::Io,
            tr("%1 cannot be made readable by its owner only: %2").arg(shown(file.fileName()), file.errorString()));
    }
#else
    Q_UNUSED(file)
#endif
    return {};
}

} // namespace abonent
