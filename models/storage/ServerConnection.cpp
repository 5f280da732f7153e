#include "ServerConnection.h"

namespace abonent {

ServerConnection::ServerConnection(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_heartbeat.setInterval(kHeartbeatMs);
    m_retry.setInterval(kRetryMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerConnection::check);
    connect(&m_retry, &QTimer::timeout, this, &ServerConnection::tryAgain);
    if (m_database.isOnServer()) {
        m_heartbeat.start();
    }
}

void ServerConnection::setIntervals(int heartbeatMs, int retryMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_retry.setInterval(retryMs);
}

void ServerConnection::check()
{
    if (!m_database.isOnServer() || !m_connected || m_database.isConnected()) {
        return;
    }
    m_connected = false;
    m_reason = tr("the server %1 does not answer").arg(m_database.shownLocation());
    m_heartbeat.stop();
    m_retry.start();
    emit lost(m_reason);
}

void ServerConnection::tryAgain()
{
    if (Status again = m_database.reconnect(); !again) {
        m_reason = again.errorString();
        return;
    }
    m_connected = true;
    m_reason.clear();
    m_retry.stop();
    m_heartbeat.start();
    emit restored();
}

} // namespace abonent
