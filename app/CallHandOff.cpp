#include "CallHandOff.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace abonent {

QString CallHandOff::serverName()
{
    const QString override = qEnvironmentVariable("ABONENT_INSTANCE");
    if (!override.isEmpty()) {
        return override;
    }
    // The user's name, hashed: pipe and socket names have a restricted alphabet.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return QStringLiteral("abonent-")
        + QString::fromLatin1(QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QByteArray CallHandOff::encode(const CallRequest& call)
{
    const QJsonObject object {{QStringLiteral("from"), call.from}, {QStringLiteral("to"), call.to}};
    return QJsonDocument(QJsonObject {{QStringLiteral("call"), object}}).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<CallRequest> CallHandOff::decode(const QByteArray& line)
{
    const QJsonObject call = QJsonDocument::fromJson(line.trimmed()).object().value(QStringLiteral("call")).toObject();
    if (!call.contains(QStringLiteral("from"))) {
        return std::nullopt;
    }
    return CallRequest {call.value(QStringLiteral("from")).toString(), call.value(QStringLiteral("to")).toString()};
}

QByteArray CallHandOff::raiseRequest()
{
    return QByteArrayLiteral("{\"raise\":true}\n");
}

Status CallHandOff::deliver(const CallRequest& call, int timeoutMs)
{
    return send(encode(call), timeoutMs);
}

Status CallHandOff::raiseRunning(int timeoutMs)
{
    return send(raiseRequest(), timeoutMs);
}

Status CallHandOff::send(const QByteArray& line, int timeoutMs)
{
#ifdef Q_OS_WIN
    // Windows lets a window come to the front only if the process in front
    // allows it: this one, which the person (or the PBX hook) just started.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs)) {
        return makeError(Error::Code::NotFound, tr("Abonent is not running (%1).").arg(socket.errorString()));
    }
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return makeError(Error::Code::Io, tr("The call could not be handed over: %1").arg(socket.errorString()));
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return makeError(Error::Code::Io, tr("Abonent did not confirm the call: %1").arg(socket.errorString()));
        }
    }
    if (socket.readLine().trimmed() != "ok") {
        return makeError(Error::Code::Invalid, tr("Abonent did not accept the request."));
    }
    return {};
}

CallListener::CallListener(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &CallListener::accept);
}

bool CallListener::listen()
{
    const QString name = CallHandOff::serverName();
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may hand calls over
    // Someone answering holds the name: calls go there. (Listening anyway
    // would take the name over on some systems.) A socket a crash left
    // behind does not answer and is cleared.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500)) {
        m_error = tr("Another Abonent window receives the calls.");
        return false;
    }
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

void CallListener::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                const auto call = CallHandOff::decode(line);
                const bool raise = line == CallHandOff::raiseRequest();
                socket->write(call || raise ? "ok\n" : "bad\n");
                socket->flush();
                if (call) {
                    emit callReceived(*call);
                } else if (raise) {
                    emit raiseRequested();
                }
            }
        });
    }
}

} // namespace abonent
