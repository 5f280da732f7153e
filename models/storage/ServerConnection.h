#pragma once

#include "Database.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace abonent {

// Keeps a server database's connection: notices the server has gone (a
// round trip now and then while the desk is idle, or at once when asked
// after a statement failed as Unreachable), connects again every few
// seconds until it answers, and says when it is back. A file never goes
// away, so for one this does nothing.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHeartbeatMs = 5000;
    static constexpr int kRetryMs = 2000;

    explicit ServerConnection(Database& database, QObject* parent = nullptr);

    bool isConnected() const { return m_connected; }
    // Why the last attempt to connect failed, while not connected.
    QString reason() const { return m_reason; }
    // How often it looks and tries again; tests make these short.
    void setIntervals(int heartbeatMs, int retryMs);

public slots:
    // Looks at once: after a statement failed because the server could not be reached.
    void check();

signals:
    void lost(const QString& reason);
    void restored();

private:
    void tryAgain();

    Database& m_database;
    QTimer m_heartbeat;
    QTimer m_retry;
    bool m_connected = true;
    QString m_reason;
};

} // namespace abonent
