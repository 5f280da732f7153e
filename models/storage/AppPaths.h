#pragma once

#include "Result.h"

#include <QString>

namespace abonent {

// Where Abonent keeps its files by default. Everything goes through here, so
// `--db` and the tests (QStandardPaths test mode) redirect all of it.
class AppPaths
{
public:
    // <AppDataLocation>
    static QString dataFolder();
    // <AppDataLocation>/abonent.sqlite
    static QString defaultDatabasePath();
    // Makes the data folder readable by its owner only, creating it when
    // missing: it holds the databases (and earlier versions made it 0755).
    static Status makeDataFolder();
};

} // namespace abonent
