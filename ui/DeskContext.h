#pragma once

#include "Actor.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace abonent {

class ChangeNotifier;
class CustomerService;

// What the widgets of one desk share: the database they read through the
// core, the service that makes changes, who is at the desk, and the office's
// country and currency. The application owns all of it.
struct DeskContext
{
    QSqlDatabase db;
    CustomerService* customers = nullptr;
    ChangeNotifier* notifier = nullptr;
    std::function<Actor()> actor;
    QString defaultCountry;
    QString currency;
};

} // namespace abonent
