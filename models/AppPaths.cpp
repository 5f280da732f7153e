#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace abonent {

QString AppPaths::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("abonent.sqlite"));
}

} // namespace abonent
