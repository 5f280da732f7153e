#pragma once

#include "DeskSettings.h"
#include "OfficeSettings.h"
#include "OperatorRepository.h"
#include "TestSupport.h"

#include <QSettings>

namespace abonent::test {

// A new office's database at `path`, as the window tests start from: its
// country and currency, one owner chosen as the person at this desk, and no
// copy of the day taken as the window closes. Clears this desk's settings
// first. False (with a warning) when any of it could not be written.
inline bool writeOwnersDesk(const QString& path, const QString& country, const QString& currency)
{
    QSettings().clear();
    DeskSettings::setValue(DeskSetting::DailyBackup, false);
    auto database = openDatabase(path);
    if (!database) {
        return false;
    }
    const QSqlDatabase db = database->connection();
    Operator owner;
    owner.login = QStringLiteral("owner");
    owner.name = QStringLiteral("Olena Owner");
    owner.role = Role::Owner;
    owner.costPerHour = Money {0, currency};
    if (!OfficeSettings(db).setDefaultCountry(country) || !OfficeSettings(db).setCurrency(currency)) {
        return false;
    }
    auto added = OperatorRepository(db).add(owner);
    if (!added) {
        qWarning("%s", qPrintable(added.errorString()));
        return false;
    }
    QSettings().setValue(DeskSettings::deskOperatorKey(path), added.value());
    return true;
}

} // namespace abonent::test
