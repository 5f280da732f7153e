#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace abonent {

// One versioned step of the schema. Steps run in order, each in its own
// transaction together with the row that records it, so a database is always
// at exactly one version. Later features append steps; released steps never change.
struct Migration
{
    int version = 0;
    QString name;
    std::function<Status(const QSqlDatabase&)> apply;
};

// The ordered list of every schema step this program knows.
const std::vector<Migration>& schemaMigrations();

// The schema version a database has after every known step ran.
int latestSchemaVersion();

} // namespace abonent
