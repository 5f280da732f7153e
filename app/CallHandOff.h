#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QLocalServer;

namespace abonent {

// A call as the PBX reports it: the caller's number and, when known, the
// extension it rings.
struct CallRequest
{
    QString from;
    QString to;
};

// Hands calls to the running Abonent of this user over a local socket
// (QLocalServer: a named pipe on Windows, a Unix socket elsewhere). One line
// of JSON a call; the window answers "ok".
class CallHandOff
{
    Q_DECLARE_TR_FUNCTIONS(CallHandOff)

public:
    // Per user. ABONENT_INSTANCE overrides it, so tests run side by side.
    static QString serverName();
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
};

// The running window's end: listens and announces every call it receives.
class CallListener : public QObject
{
    Q_OBJECT

public:
    explicit CallListener(QObject* parent = nullptr);
    // False when another instance already listens (it gets the calls) or the
    // name cannot be used; error() says which.
    bool listen();
    QString error() const { return m_error; }

signals:
    void callReceived(const abonent::CallRequest& call);
    void raiseRequested();

private:
    void accept();

    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace abonent

Q_DECLARE_METATYPE(abonent::CallRequest)
