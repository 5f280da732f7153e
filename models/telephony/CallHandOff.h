#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

class QDeadlineTimer;
class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace abonent {

// A call as the PBX reports it: the caller's number and, when known, the
// extension it rings.
struct CallRequest
{
    QString from;
    QString to;
    // The phone system's call, when it came from the manager interface: the
    // later news of the same call (answered, ended) carry the same key.
    QString callKey {};
};

// Hands calls to the running Abonent of this user over a local socket
// (QLocalServer: a named pipe on Windows, a Unix socket elsewhere, where
// InstancePaths says). One line of JSON a call; the window answers "ok".
class CallHandOff
{
    Q_DECLARE_TR_FUNCTIONS(CallHandOff)

public:
    // Delivers to the running instance; an error (NotFound when nobody
    // listens) when none answers in time.
    static Status deliver(const CallRequest& call, int timeoutMs = 3000);
    // Asks the running instance to bring its window forward: a second start
    // of Abonent does that instead of opening a second window.
    static Status raiseRunning(int timeoutMs = 3000);

    static QByteArray encode(const CallRequest& call);
    static std::optional<CallRequest> decode(const QByteArray& line);
    static QByteArray raiseRequest();

private:
    static Status send(const QByteArray& line, int timeoutMs);
    static bool connectToRunning(QLocalSocket& socket, const QDeadlineTimer& deadline);
};

// The running window's end: holds this user's instance lock, listens, and
// announces every call it receives. Whoever takes the lock is the one window;
// only it creates or removes the socket.
class CallListener : public QObject
{
    Q_OBJECT

public:
    explicit CallListener(QObject* parent = nullptr);
    ~CallListener() override;
    // Busy when another Abonent of this user holds the lock (it gets the
    // calls); Io when the lock or the socket cannot be made.
    Status listen();

signals:
    void callReceived(const abonent::CallRequest& call);
    void raiseRequested();

private:
    void accept();

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace abonent

Q_DECLARE_METATYPE(abonent::CallRequest)
