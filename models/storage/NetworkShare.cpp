#include "NetworkShare.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace abonent {

namespace {

// The nearest folder of `path` that exists: a file being created is judged
// by where it will be.
QString existingAncestor(const QString& path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath()) {
            return {};
        }
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

} // namespace

bool NetworkShare::isNetworkType(const QByteArray& type)
{
    // 9p is how WSL and virtual machines share the host's folders.
    static const QByteArrayList kNetwork {"nfs",
                                          "nfs4",
                                          "cifs",
                                          "smb3",
                                          "smbfs",
                                          "smb2",
                                          "ncpfs",
                                          "9p",
                                          "afs",
                                          "ceph",
                                          "glusterfs",
                                          "lustre",
                                          "coda",
                                          "davfs",
                                          "fuse.sshfs",
                                          "fuse.glusterfs",
                                          "fuse.rclone",
                                          "fuse.s3fs"};
    return kNetwork.contains(type.toLower());
}

std::optional<QString> NetworkShare::kindOf(const QString& path)
{
#ifdef Q_OS_WIN
    // \\server\share\office.sqlite, or a drive letter mapped to a share.
    if (QDir::fromNativeSeparators(path).startsWith(QLatin1String("//"))) {
        return QStringLiteral("a network share");
    }
#endif
    const QString existing = existingAncestor(path);
    if (existing.isEmpty()) {
        return std::nullopt;
    }
    const QStorageInfo volume(existing);
#ifdef Q_OS_WIN
    const std::wstring root = QDir::toNativeSeparators(volume.rootPath()).toStdWString();
    if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE) {
        return QStringLiteral("a network drive");
    }
    return std::nullopt;
#else
    const QByteArray type = volume.fileSystemType();
    return isNetworkType(type) ? std::optional<QString>(QString::fromLatin1(type)) : std::nullopt;
#endif
}

} // namespace abonent
