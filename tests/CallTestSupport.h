#pragma once

#include "AmiProtocol.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "PhoneNumber.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSettings>

// What the suites about calls share: a small office to call, and a desk
// listening to a fake phone system.
namespace abonent::test {

// The manager interface of a FakeAmiServer on `port`, for extension 101.
inline AmiSettings listeningAt(quint16 port)
{
    AmiSettings settings;
    settings.enabled = true;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.user = QStringLiteral("abonent");
    settings.extension = QStringLiteral("101");
    return settings;
}

// A customer with one phone number (international, or national in the US).
inline Customer caller(const QString& contract, const QString& name, const QString& phone)
{
    Customer customer;
    customer.contractNumber = contract;
    customer.name = name;
    customer.customerSince = QDate(2026, 1, 1);
    if (auto number = PhoneNumber::parse(phone, QStringLiteral("US"))) {
        customer.phones = {CustomerPhone::from(number.value())};
    }
    return customer;
}

// A demo office of 50 customers at `path` with `extra` added by its first
// operator, who is also this desk's operator. Their ids; empty, and said
// why, when anything fails.
inline QList<qint64> prepareOffice(const QString& path, const QList<Customer>& extra)
{
    auto database = openDatabase(path);
    if (!database) {
        return {};
    }
    const QSqlDatabase db = database->connection();
    DemoOptions options;
    options.customers = 50;
    options.asOf = QDate(2026, 11, 25);
    if (auto made = DemoGenerator(db).generate(options); !made) {
        qWarning("%s", qPrintable(made.errorString()));
        return {};
    }
    const qint64 desk = sql::scalar(db, QStringLiteral("SELECT min(id) FROM operators")).value().toLongLong();
    QSettings().setValue(DeskSettings::deskOperatorKey(path), desk);
    QList<qint64> ids;
    for (const Customer& customer : extra) {
        auto created = CustomerService(db).create(Actor {desk, Role::Owner}, customer);
        if (!created) {
            qWarning("%s", qPrintable(created.errorString()));
            return {};
        }
        ids.append(created.value());
    }
    return ids;
}

} // namespace abonent::test
