#include "ExportFolder.h"

#include "DeskSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace abonent::ExportFolder {

namespace {

// A new account may have no documents folder yet; one where it cannot be
// made (a file in its place, a read-only home) still has a home folder.
QString documentsOrHome()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents)) {
        return documents;
    }
    return QDir::homePath();
}

} // namespace

QString folder()
{
    // A folder written to last may be gone (a USB stick taken out): it is not made again.
    const QString last = DeskSettings::value(DeskSetting::ExportFolder).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    return documentsOrHome();
}

void remember(const QString& savedFile)
{
    DeskSettings::setValue(DeskSetting::ExportFolder, QFileInfo(savedFile).absolutePath());
}

} // namespace abonent::ExportFolder
