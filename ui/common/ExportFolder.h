#pragma once

#include <QString>

namespace abonent::ExportFolder {

// Where files are offered to be saved: the folder last written to, at first
// the documents folder. Charts, tables, letters and case files share it.
QString folder();
void remember(const QString& savedFile);

} // namespace abonent::ExportFolder
