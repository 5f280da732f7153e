#pragma once

#include <QString>

namespace abonent::ExportFolder {

// Where files are offered to be saved: the folder last written to while it
// is there, else the documents folder, made when it is missing, else the
// home folder. Charts, tables, letters and case files share it.
QString folder();
void remember(const QString& savedFile);

} // namespace abonent::ExportFolder
