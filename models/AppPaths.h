#pragma once

#include <QString>

namespace abonent {

// Where Abonent keeps its files by default. Everything goes through here, so
// `--db` and the tests (QStandardPaths test mode) redirect all of it.
class AppPaths
{
public:
    // <AppDataLocation>/abonent.sqlite
    static QString defaultDatabasePath();
};

} // namespace abonent
