#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace abonent {

class ChangeNotifier;

// What other desks (and the command line, and this desk's own background
// connections) commit on a server reaches this desk's open views as soon as
// it commits: the server announces every change on the channel "abonent"
// (schema 15's triggers), and this listens on the window's connection and
// tells the ChangeNotifier, as the services do for what this connection
// writes itself. A file needs none of it.
//
// Announcements arriving together are handed on together, a few
// milliseconds later: a bulk change is one re-read, not thousands.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kChannel = "abonent";
    // Beyond this many customers in one batch, the views read everything again.
    // (Each customer the list does not show makes it search again.)
    static constexpr int kMostCustomersOneByOne = 20;

    LiveUpdates(QSqlDatabase db, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~LiveUpdates() override;

    // Starts listening, or again after the connection came back (a new
    // session has forgotten it).
    Status listen();
    // The connection went away; listen() once it is back.
    void connectionLost();
    bool isListening() const { return m_listening; }

signals:
    void listeningChanged(bool listening);

private:
    void receive(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void deliver();
    void setListening(bool listening);

    // The connection by name, not a handle: the database it belongs to
    // removes it when it closes, and a handle kept here would hold it open.
    QSqlDatabase connection() const;

    QString m_connectionName;
    QPointer<QSqlDriver> m_driver;
    QPointer<ChangeNotifier> m_notifier;
    QTimer m_batch;
    QSet<qint64> m_customers;
    bool m_catalogue = false;
    bool m_unlinked = false;
    bool m_everything = false;
    bool m_listening = false;
};

} // namespace abonent
