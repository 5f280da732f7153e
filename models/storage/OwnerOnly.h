#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace abonent {

// Databases, their backups, letters and exports hold personal data: on Unix
// they are readable by their owner only (files 0600, folders 0700). Windows
// keeps the default ACLs of the user's profile, so there nothing is changed
// but folders are still made.
class OwnerOnly
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnly)

public:
    static constexpr QFileDevice::Permissions kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolderPermissions = kFilePermissions | QFileDevice::ExeOwner;

    // Makes the folder and whatever parents are missing, each one its owner's
    // from the moment it exists. Folders already there keep their permissions:
    // a folder a person chose is theirs to share.
    static Status makeFolder(const QString& path);
    // Limits an existing file (0600) or folder (0700) to its owner. A chmod:
    // nothing is opened, so it is safe on a database SQLite has open.
    static Status restrictExisting(const QString& path);
    // The same for a file being written (a QSaveFile's temporary file, before
    // its first byte: the rename that commits it keeps the permissions).
    static Status restrictOpen(QFileDevice& file);
};

} // namespace abonent
