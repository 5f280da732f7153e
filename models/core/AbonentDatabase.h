#pragma once

#include "Database.h"

namespace abonent {

// An Abonent database at this program's schema (schemaMigrations()): what
// every front end opens. Storage's Database::open knows no feature's tables.
Result<std::unique_ptr<Database>> openAbonentDatabase(const QString& path,
                                                      Database::Mode mode = Database::Mode::ReadWrite);

} // namespace abonent
