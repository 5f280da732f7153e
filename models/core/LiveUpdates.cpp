#include "LiveUpdates.h"

#include "ChangeNotifier.h"
#include "SqlSupport.h"

namespace abonent {

namespace {

const QString kCustomerPrefix = QStringLiteral("customer:");

} // namespace

LiveUpdates::LiveUpdates(QSqlDatabase db, ChangeNotifier* notifier, QObject* parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
    , m_driver(db.driver())
    , m_notifier(notifier)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(20);
    connect(&m_batch, &QTimer::timeout, this, &LiveUpdates::deliver);
    connect(m_driver,
            qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification),
            this,
            &LiveUpdates::receive);
}

LiveUpdates::~LiveUpdates()
{
    if (m_listening && m_driver && m_driver->isOpen()) {
        m_driver->unsubscribeFromNotification(QLatin1String(kChannel));
    }
}

QSqlDatabase LiveUpdates::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status LiveUpdates::listen()
{
    QSqlDriver* driver = m_driver;
    if (!driver) {
        setListening(false);
        return makeError(Error::Code::Unreachable, tr("The connection to the server is closed."));
    }
    const QString channel = QLatin1String(kChannel);
    // The driver may still count a listener of the session that went away.
    if (driver->subscribedToNotifications().contains(channel)) {
        driver->unsubscribeFromNotification(channel);
    }
    if (!driver->subscribeToNotification(channel)) {
        setListening(false);
        return sql::databaseError(connection(), tr("Listening for other desks' changes"));
    }
    setListening(true);
    return {};
}

void LiveUpdates::connectionLost()
{
    setListening(false);
}

void LiveUpdates::setListening(bool listening)
{
    if (m_listening != listening) {
        m_listening = listening;
        emit listeningChanged(listening);
    }
}

void LiveUpdates::receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // What this connection committed, its services have announced already.
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource) {
        return;
    }
    const QString what = payload.toString();
    if (what.startsWith(kCustomerPrefix)) {
        bool number = false;
        const qint64 id = QStringView(what).mid(kCustomerPrefix.size()).toLongLong(&number);
        if (number) {
            m_customers.insert(id);
        } else {
            m_everything = true;
        }
    } else if (what == QLatin1String("catalogue")) {
        m_catalogue = true;
    } else if (what == QLatin1String("unlinked")) {
        m_unlinked = true;
    } else {
        m_everything = true; // "reset", or something a newer Abonent announces
    }
    if (!m_batch.isActive()) {
        m_batch.start();
    }
}

void LiveUpdates::deliver()
{
    const QSet<qint64> customers = std::exchange(m_customers, {});
    const bool catalogue = std::exchange(m_catalogue, false);
    const bool unlinked = std::exchange(m_unlinked, false);
    const bool everything = std::exchange(m_everything, false) || customers.size() > kMostCustomersOneByOne;
    if (!m_notifier) {
        return;
    }
    if (catalogue) {
        emit m_notifier->catalogueChanged();
    }
    if (unlinked) {
        emit m_notifier->unlinkedCallsChanged();
    }
    if (everything) {
        emit m_notifier->customersReset();
        return;
    }
    for (const qint64 id : customers) {
        emit m_notifier->customerChanged(id);
    }
}

} // namespace abonent
