#pragma once

#include "AmiProtocol.h"

#include <QFile>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace abonent::test {

// A scripted stand-in for Asterisk's manager interface on the loopback
// interface: greets, checks the login, then replays a recorded event
// sequence (one per connection, the last one repeating) and, if told to,
// hangs up — possibly in the middle of a line.
class FakeAmiServer
{
public:
    struct Session
    {
        QByteArray events; // LF line ends, as in the fixture files; sent as CR LF
        bool hangUpAfter = false;
    };

    explicit FakeAmiServer(QString secret)
        : m_secret(std::move(secret))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    void addSession(const Session& session) { m_sessions.append(session); }
    // What the server says first; Asterisk's greeting unless told otherwise.
    void setGreeting(const QByteArray& line) { m_greeting = line; }
    // A server that has died without closing its connections stops answering.
    void setAnswersPings(bool answers) { m_answersPings = answers; }
    // Accept and hang up at once, as a service restarting does.
    void setHangsUpAtOnce(bool hangsUp) { m_hangsUpAtOnce = hangsUp; }
    int pings() const { return m_pings; }

    int connections() const { return m_connections; }
    // Connections not yet closed, by either side.
    int openConnections() const { return m_openConnections; }
    // The login actions received, field by field.
    const QList<AmiMessage>& logins() const { return m_logins; }

    // More events, now, to every connection that has logged in: a test
    // plays calls one at a time.
    void send(QByteArray events)
    {
        events.replace("\n", "\r\n");
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_loggedIn)) {
            if (socket) {
                socket->write(events);
            }
        }
    }

    static QByteArray fixture(const QString& name)
    {
        QFile file(QStringLiteral(ABONENT_TEST_DATA "/ami/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            const int index = m_connections++;
            ++m_openConnections;
            auto parser = std::make_shared<AmiParser>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                --m_openConnections;
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, parser, index] {
                for (const AmiMessage& action : parser->feed(socket->readAll())) {
                    const QString name = action.value(QLatin1String("Action"));
                    if (name.compare(QLatin1String("Ping"), Qt::CaseInsensitive) == 0) {
                        ++m_pings;
                        if (m_answersPings) {
                            socket->write("Response: Success\r\nActionID: "
                                          + action.value(QLatin1String("ActionID")).toUtf8()
                                          + "\r\nPing: Pong\r\n\r\n");
                        }
                        continue;
                    }
                    if (name.compare(QLatin1String("Login"), Qt::CaseInsensitive) != 0) {
                        continue;
                    }
                    m_logins.append(action);
                    const QByteArray id = action.value(QLatin1String("ActionID")).toUtf8();
                    if (action.value(QLatin1String("Secret")) != m_secret) {
                        socket->write("Response: Error\r\nActionID: " + id
                                      + "\r\nMessage: Authentication failed\r\n\r\n");
                        continue;
                    }
                    socket->write("Response: Success\r\nActionID: " + id
                                  + "\r\nMessage: Authentication accepted\r\n\r\n");
                    m_loggedIn.append(socket);
                    if (m_sessions.isEmpty()) {
                        continue;
                    }
                    const Session& session = m_sessions.at(std::min(index, static_cast<int>(m_sessions.size()) - 1));
                    QByteArray bytes = session.events;
                    bytes.replace("\n", "\r\n");
                    socket->write(bytes);
                    if (session.hangUpAfter) {
                        socket->disconnectFromHost();
                    }
                }
            });
            if (m_hangsUpAtOnce) {
                socket->disconnectFromHost();
                continue;
            }
            socket->write(m_greeting);
        }
    }

    QTcpServer m_server;
    QString m_secret;
    QList<Session> m_sessions;
    QList<AmiMessage> m_logins;
    QList<QPointer<QTcpSocket>> m_loggedIn;
    QByteArray m_greeting = "Asterisk Call Manager/5.0.1\r\n";
    bool m_answersPings = true;
    bool m_hangsUpAtOnce = false;
    int m_connections = 0;
    int m_openConnections = 0;
    int m_pings = 0;
};

} // namespace abonent::test
