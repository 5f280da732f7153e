#include "AppPaths.h"

#include "OwnerOnly.h"

#include <QDir>
#include <QStandardPaths>

namespace abonent {

QString AppPaths::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("abonent.sqlite"));
}

Status AppPaths::makeDataFolder()
{
    if (Status made = OwnerOnly::makeFolder(dataFolder()); !made) {
        return made;
    }
    // Abonent's own folder: restricting one that exists takes nothing from anyone.
    return OwnerOnly::restrictExisting(dataFolder());
}

} // namespace abonent
