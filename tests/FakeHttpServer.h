#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

namespace abonent::test {

// A phone system's web server on loopback, as far as recordings need one:
// GET and HEAD of the files it is given, with Content-Length and
// Last-Modified; 404 for anything else. One request per connection.
class FakeHttpServer : public QObject
{
public:
    struct File
    {
        QByteArray bytes;
        QByteArray lastModified = "Sun, 06 Dec 2026 10:15:00 GMT";
        QByteArray contentType = "audio/wav";
    };

    FakeHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/monitor/").arg(m_server.serverPort()); }
    void put(const QString& path, const File& file) { m_files.insert(path, file); }
    int gets() const { return m_gets; }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& request = m_partial[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n")) {
            return; // the headers are not all in yet
        }
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        m_partial.remove(socket);
        const QByteArray method = line.value(0);
        const QString path = QString::fromLatin1(QByteArray::fromPercentEncoding(line.value(1)));
        const auto file = m_files.constFind(path);
        QByteArray reply;
        if (file == m_files.cend()) {
            reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            reply = "HTTP/1.1 200 OK\r\nContent-Type: " + file->contentType
                + "\r\nContent-Length: " + QByteArray::number(file->bytes.size())
                + "\r\nLast-Modified: " + file->lastModified + "\r\nConnection: close\r\n\r\n";
            if (method == "GET") {
                reply += file->bytes;
                ++m_gets;
            }
        }
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, File> m_files;
    QHash<QTcpSocket*, QByteArray> m_partial;
    int m_gets = 0;
};

} // namespace abonent::test
