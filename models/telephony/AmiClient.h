#pragma once

#include "AmiCallTracker.h"
#include "AmiProtocol.h"
#include "CallHandOff.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

class QTcpSocket;
class QTimer;

namespace abonent {

// A client of the Asterisk Manager Interface: logs in over TCP, listens to
// call events and announces a call ringing at this desk's extension.
// Everything is asynchronous (the window never waits for the phone system);
// a lost connection is retried with growing pauses, and a quiet one is
// checked with a ping so a dead phone system is noticed; a refused login is
// not retried, since the same secret would be refused again. The secret is
// only sent once the server has greeted as an Asterisk manager interface.
class AmiClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Off,
        Connecting,
        LoggingIn,
        Connected,
        Waiting, // to reconnect
        LoginRefused,
    };
    Q_ENUM(State)

    explicit AmiClient(QObject* parent = nullptr);
    ~AmiClient() override;

    void start(const AmiSettings& settings, const QString& secret);
    void stop();

    State state() const { return m_state; }
    // One line for the status bar.
    QString stateText() const;
    // The pause before the next attempt, once a connection was lost.
    int retryDelayMs() const { return m_delayMs; }
    // Lines of the stream that made no sense and were skipped.
    int droppedLines() const { return m_parser.droppedLines(); }

    // The first and the longest pause between attempts.
    void setRetryDelays(int firstMs, int longestMs);
    // How long the manager has to connect, greet and answer the login or a ping.
    void setAnswerTimeout(int ms);
    // How often a quiet connection is checked with a ping.
    void setPingInterval(int ms);

signals:
    void stateChanged(abonent::AmiClient::State state);
    // A new call rings at this desk's extension.
    void ringing(const abonent::CallRequest& call);
    // Everything that happens to a call announced by ringing(), the ringing
    // included: its caller's number came, its recording was named, it was
    // answered, it ended. Each carries the phone system's names for the call.
    void callChanged(const abonent::AmiCallEvent& event);

private:
    void connectNow();
    void sendLogin();
    void sendPing();
    void refuse(const QString& why);
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void handle(const AmiMessage& message);
    void retryLater();
    void setState(State state);

    AmiSettings m_settings;
    QString m_secret;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_answerTimeout = nullptr;
    QTimer* m_ping = nullptr;
    bool m_loginSent = false;
    AmiParser m_parser;
    std::unique_ptr<AmiCallTracker> m_tracker;
    State m_state = State::Off;
    QString m_refusal;
    int m_firstDelayMs = 1000;
    int m_longestDelayMs = 60000;
    int m_delayMs = 1000;
};

} // namespace abonent
