#pragma once

#include "Migration.h"

namespace abonent {

// The ordered list of every schema step this program knows.
const Schema& schemaMigrations();

// The schema version a database has after every known step ran.
int latestSchemaVersion();

} // namespace abonent
