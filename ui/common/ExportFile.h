#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace abonent::ExportFile {

// Writes the file at `path`; returns what went wrong, or nothing.
using Writer = std::function<QString(const QString& path)>;

// Asks where to save (the file dialog, at `suggestedName` in the export
// folder, or where it says when it is a whole path), writes there, and when writing fails says so and asks again from
// where it was, until the file is written or the person cancels. A name
// without a suffix takes the one of the filter chosen. Returns the file
// written, or nothing when the person cancelled.
QString
save(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters, const Writer& write);

// Tells the person why a file was not written, and that nothing was: files
// are written whole or not at all (FileOutput), so one already there is as it was.
void showFailure(QWidget* parent, const QString& title, const QString& problem);

} // namespace abonent::ExportFile
