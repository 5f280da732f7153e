#include "IconLoader.h"

#include <QFile>

namespace abonent {

QIcon IconLoader::icon(const QString& themeName)
{
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(themeName);
    return QIcon::fromTheme(themeName, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
}

QIcon IconLoader::appIcon()
{
    return QIcon(QStringLiteral(":/icons/abonent.svg"));
}

} // namespace abonent
