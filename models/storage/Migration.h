#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace abonent {

// One versioned step of a schema. Steps run in order, each in its own
// transaction together with the row that records it, so a database is always
// at exactly one version. Later features append steps; released steps never change.
struct Migration
{
    int version = 0;
    QString name;
    std::function<Status(const QSqlDatabase&)> apply;
};

// The steps of a schema in order. Storage runs them; which tables they make
// is the features' business (models/core/Migrations.h lists Abonent's).
using Schema = std::vector<Migration>;

// The version a database has after every step of `schema` ran.
inline int latestVersionOf(const Schema& schema)
{
    return schema.empty() ? 0 : schema.back().version;
}

} // namespace abonent
