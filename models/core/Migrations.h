#pragma once

#include "Migration.h"

namespace abonent {

// The ordered list of every schema step this program knows.
const Schema& schemaMigrations();
// The steps of a database on a PostgreSQL server: one baseline that makes
// the schema schemaMigrations() has at version 14 (with the same rows a new
// file gets), then the same later steps, written for both engines.
const Schema& serverSchemaMigrations();

// The schema version a database has after every known step ran.
int latestSchemaVersion();

} // namespace abonent
