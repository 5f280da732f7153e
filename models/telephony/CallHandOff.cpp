#include "CallHandOff.h"

#include "InstancePaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace abonent {

namespace {

// How often a start that found the lock taken looks for the socket again.
constexpr unsigned long kConnectRetryMs = 20;

} // namespace

QByteArray CallHandOff::encode(const CallRequest& call)
{
    const QJsonObject object {{QStringLiteral("from"), call.from}, {QStringLiteral("to"), call.to}};
    QByteArray line = QJsonDocument(QJsonObject {{QStringLiteral("call"), object}}).toJson(QJsonDocument::Compact);
    // Qt's JSON reader drops U+FEFF written as UTF-8 from strings, but keeps
    // it escaped; in UTF-8 these bytes can only be that character.
    line.replace("\xEF\xBB\xBF", "\\ufeff");
    return line + '\n';
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
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    if (!connectToRunning(socket, deadline)) {
        return makeError(Error::Code::NotFound, tr("Abonent is not running (%1).").arg(socket.errorString()));
    }
    socket.write(line);
    if (!socket.waitForBytesWritten(deadline.remainingTime())) {
        return makeError(Error::Code::Io, tr("The call could not be handed over: %1").arg(socket.errorString()));
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(deadline.remainingTime())) {
            return makeError(Error::Code::Io, tr("Abonent did not confirm the call: %1").arg(socket.errorString()));
        }
    }
    if (socket.readLine().trimmed() != "ok") {
        return makeError(Error::Code::Invalid, tr("Abonent did not accept the request."));
    }
    return {};
}

bool CallHandOff::connectToRunning(QLocalSocket& socket, const QDeadlineTimer& deadline)
{
    const QString name = InstancePaths::serverName();
    const QString lockFile = InstancePaths::lockFile();
    for (;;) {
        socket.connectToServer(name);
        if (socket.waitForConnected(deadline.remainingTime())) {
            return true;
        }
        // A window listens a moment after it takes the lock: while the lock
        // is there, it is starting (or a crash left it, and the wait ends).
        if (name.isEmpty() || deadline.hasExpired() || !QFileInfo::exists(lockFile)) {
            return false;
        }
        QThread::msleep(kConnectRetryMs);
    }
}

CallListener::CallListener(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &CallListener::accept);
}

CallListener::~CallListener()
{
    // The socket goes while the lock is still held: a window that takes the
    // lock next must not lose its new socket to this one's removal.
    m_server->close();
}

Status CallListener::listen()
{
    const QString lockFile = InstancePaths::lockFile();
    if (lockFile.isEmpty()) {
        return makeError(Error::Code::Io, tr("No folder of this user's own is available for the call hand-off."));
    }
    auto lock = std::make_unique<QLockFile>(lockFile);
    // A window stays open for weeks: its lock is stale only once its process
    // is gone (QLockFile checks that, and takes such a lock over), never by age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock()) {
        if (lock->error() == QLockFile::LockFailedError) {
            return makeError(Error::Code::Busy, tr("Another Abonent window receives the calls."));
        }
        return makeError(Error::Code::Io, tr("The lock %1 cannot be created.").arg(QDir::toNativeSeparators(lockFile)));
    }
    m_lock = std::move(lock);
    // Only the lock holder touches the socket; one a crashed window left behind is in the way.
    const QString name = InstancePaths::serverName();
    QLocalServer::removeServer(name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may hand calls over
    if (!m_server->listen(name)) {
        return makeError(Error::Code::Io, m_server->errorString());
    }
    return {};
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
