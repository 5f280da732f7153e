#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace abonent {

// Where a desk's database may not live: a network file system. SQLite's
// locks are not reliable over NFS or SMB, and its write-ahead log needs
// memory shared on one host, so desks sharing a file there damage it. An
// office that shares its data shares one PostgreSQL server instead.
class NetworkShare
{
public:
    // The network file system `path` is on, or would be created on ("nfs4",
    // "cifs", "a network drive"); nothing for a disk of this computer's own.
    static std::optional<QString> kindOf(const QString& path);
    // Whether a file system type, as Linux names it in /proc/self/mountinfo
    // ("nfs4", "cifs", "fuse.sshfs"), is one reached over the network.
    static bool isNetworkType(const QByteArray& type);
};

} // namespace abonent
