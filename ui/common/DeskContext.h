#pragma once

#include "Actor.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace abonent {

class CaseService;
class ChangeNotifier;
class CustomerService;
class TagService;

// What the widgets of one desk share: the database they read through the
// core, the service that makes changes, who is at the desk, and the office's
// country and currency. The application owns all of it.
struct DeskContext
{
    QSqlDatabase db;
    // The file `db` reads; background reads open connections of their own to it.
    QString databasePath;
    CustomerService* customers = nullptr;
    TagService* tags = nullptr;
    CaseService* cases = nullptr;
    ChangeNotifier* notifier = nullptr;
    // Who is recording a change. Asks the person at the desk the first time;
    // empty when they would not say, and then nothing may be recorded.
    std::function<std::optional<Actor>()> actor;
    // The operator at this desk if known, without asking.
    std::function<std::optional<qint64>()> knownOperator;
    QString defaultCountry;
    QString currency;
    // This installation, so what it left behind (a call note) comes back here.
    QString deskId;
    // Why nothing can be recorded ("you may not write the file …"); empty
    // when the database may be written. Widgets disable what would write.
    QString readOnlyReason;
    bool isReadOnly() const { return !readOnlyReason.isEmpty(); }
    // A database on a PostgreSQL server: the server keeps its copies
    // (pg_dump, a standby); a desk has no file to copy or put back.
    bool onServer = false;
};

} // namespace abonent
