#include "ExportFolder.h"

#include "DeskSettings.h"

#include <QFileInfo>

namespace abonent::ExportFolder {

QString folder()
{
    return DeskSettings::value(DeskSetting::ExportFolder).toString();
}

void remember(const QString& savedFile)
{
    DeskSettings::setValue(DeskSetting::ExportFolder, QFileInfo(savedFile).absolutePath());
}

} // namespace abonent::ExportFolder
