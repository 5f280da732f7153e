#include "AbonentDatabase.h"

#include "Migrations.h"

namespace abonent {

Result<std::unique_ptr<Database>> openAbonentDatabase(const QString& path, Database::Mode mode)
{
    return Database::open(
        path, DatabaseLocation::namesServer(path) ? serverSchemaMigrations() : schemaMigrations(), mode);
}

} // namespace abonent
