#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace abonent {

// Which database file to open: File ▸ Open/New, and what to do when one
// could not be opened.
class DatabaseChooser
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)

public:
    struct Choice
    {
        QString path;
        bool create = false; // a new file, or the missing one named
    };

    // A file dialog in `folder`: an existing database, or the name of a new one.
    static std::optional<Choice> chooseFile(QWidget* parent, const QString& folder, bool createNew);
    // Says why `path` could not be opened and offers to create it (when it
    // is missing), to open another, to create a new one, or to keep the
    // current database (`hasCurrent`) or quit. Nothing when they give up.
    static std::optional<Choice>
    afterRefusal(QWidget* parent, const QString& path, const Error& refusal, bool hasCurrent);
};

} // namespace abonent
