#include "AmiClient.h"

#include <QSettings>
#include <QTcpSocket>
#include <QTimer>

namespace abonent {

namespace {

const QLatin1String kLoginActionId("abonent-login");
const QLatin1String kPingActionId("abonent-ping");
const QLatin1String kGreeting("Asterisk Call Manager/");

} // namespace

AmiClient::AmiClient(QObject* parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_retry(new QTimer(this))
    , m_answerTimeout(new QTimer(this))
    , m_ping(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &AmiClient::connectNow);
    m_answerTimeout->setSingleShot(true);
    m_answerTimeout->setInterval(10000);
    // A manager that does not connect, greet or answer in time is as good as
    // gone: dropping the connection retries like any lost one.
    connect(m_answerTimeout, &QTimer::timeout, this, [this] {
        // Aborting an attempt still under way says nothing; a connection says "disconnected".
        const bool wasConnected = m_socket->state() == QAbstractSocket::ConnectedState;
        m_socket->abort();
        if (!wasConnected) {
            onDisconnected();
        }
    });
    m_ping->setInterval(30000);
    connect(m_ping, &QTimer::timeout, this, &AmiClient::sendPing);
    connect(m_socket, &QTcpSocket::connected, this, &AmiClient::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmiClient::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        // Refused or unreachable: no connection to lose, so no disconnected() either.
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            onDisconnected();
        }
    });
}

AmiClient::~AmiClient()
{
    // Quietly: nobody listens to the state any more.
    m_socket->disconnect(this);
    m_socket->abort();
}

void AmiClient::setRetryDelays(int firstMs, int longestMs)
{
    m_firstDelayMs = firstMs;
    m_longestDelayMs = longestMs;
    m_delayMs = firstMs;
}

void AmiClient::setAnswerTimeout(int ms)
{
    m_answerTimeout->setInterval(ms);
}

void AmiClient::setPingInterval(int ms)
{
    m_ping->setInterval(ms);
}

void AmiClient::start(const AmiSettings& settings, const QString& secret)
{
    stop();
    // New settings for the same phone keep what is known of its calls, so a
    // call under way goes on being followed after the reconnect.
    // Another host is another phone system, which knows nothing of them.
    if (!m_tracker || settings.extension.trimmed() != m_settings.extension.trimmed()
        || settings.host != m_settings.host) {
        m_tracker = std::make_unique<AmiCallTracker>(settings.extension);
    }
    m_settings = settings;
    m_secret = secret;
    m_delayMs = m_firstDelayMs;
    connectNow();
}

void AmiClient::stop()
{
    m_retry->stop();
    m_answerTimeout->stop();
    m_ping->stop();
    m_state = State::Off; // before the abort, so the disconnect is not retried
    m_socket->abort();
    setState(State::Off);
}

void AmiClient::connectNow()
{
    m_parser.reset();
    m_loginSent = false;
    setState(State::Connecting);
    m_answerTimeout->start();
    m_socket->abort();
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void AmiClient::onConnected()
{
    // The login waits for the greeting: the secret goes to an Asterisk
    // manager interface, not to whatever else answers on that port.
    setState(State::LoggingIn);
    m_answerTimeout->start();
}

void AmiClient::sendLogin()
{
    m_loginSent = true;
    // Call events, and the dialplan's for the file name MixMonitor is given.
    m_socket->write(amiAction({{QStringLiteral("Action"), QStringLiteral("Login")},
                               {QStringLiteral("ActionID"), kLoginActionId},
                               {QStringLiteral("Username"), m_settings.user},
                               {QStringLiteral("Secret"), m_secret},
                               {QStringLiteral("Events"), QStringLiteral("call,dialplan")}}));
    m_answerTimeout->start();
}

void AmiClient::sendPing()
{
    if (m_state != State::Connected || m_answerTimeout->isActive()) {
        return;
    }
    m_socket->write(
        amiAction({{QStringLiteral("Action"), QStringLiteral("Ping")}, {QStringLiteral("ActionID"), kPingActionId}}));
    m_answerTimeout->start();
}

void AmiClient::refuse(const QString& why)
{
    m_refusal = why;
    m_answerTimeout->stop();
    m_ping->stop();
    m_state = State::LoginRefused; // before the abort: no retry
    m_socket->abort();
    setState(State::LoginRefused);
}

void AmiClient::onReadyRead()
{
    const QList<AmiMessage> messages = m_parser.feed(m_socket->readAll());
    if (m_state == State::LoggingIn && !m_loginSent) {
        if (!m_parser.pastGreeting()) {
            return;
        }
        if (!m_parser.greeting().startsWith(kGreeting)) {
            refuse(QString());
            return;
        }
        sendLogin();
    }
    for (const AmiMessage& message : messages) {
        handle(message);
        if (m_state == State::LoginRefused || m_state == State::Off) {
            return;
        }
    }
}

void AmiClient::handle(const AmiMessage& message)
{
    const QString actionId = message.value(QLatin1String("ActionID"));
    if (m_state == State::LoggingIn && actionId == kLoginActionId) {
        m_answerTimeout->stop();
        if (message.response().compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0) {
            m_delayMs = m_firstDelayMs; // a good connection starts the pauses over
            m_tracker->forgetEndedCalls();
            m_ping->start();
            setState(State::Connected);
        } else {
            refuse(message.value(QLatin1String("Message")));
        }
        return;
    }
    if (actionId == kPingActionId) {
        m_answerTimeout->stop(); // still there
        return;
    }
    if (m_state != State::Connected || message.event().isEmpty()) {
        return;
    }
    for (const AmiCallEvent& event : m_tracker->take(message)) {
        if (event.kind == AmiCallEvent::Kind::Ringing) {
            emit ringing(CallRequest {event.callerId, m_settings.extension, event.callKey});
        }
        // The ringing too: its console learns the call's names from it.
        emit callChanged(event);
    }
}

void AmiClient::onDisconnected()
{
    if (m_state == State::Off || m_state == State::LoginRefused || m_state == State::Waiting) {
        return;
    }
    m_answerTimeout->stop();
    m_ping->stop();
    retryLater();
}

void AmiClient::retryLater()
{
    if (m_state == State::Off || m_state == State::LoginRefused) {
        return;
    }
    m_retry->start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, m_longestDelayMs);
    setState(State::Waiting); // after the start: the state says when the next attempt is
}

void AmiClient::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

QString AmiClient::stateText() const
{
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host, QString::number(m_settings.port));
    switch (m_state) {
    case State::Off:
        return tr("Phone: off");
    case State::Connecting:
        return tr("Phone: connecting to %1…").arg(where);
    case State::LoggingIn:
        return tr("Phone: logging in to %1…").arg(where);
    case State::Connected:
        return tr("Phone: extension %1 on %2").arg(m_settings.extension, where);
    case State::Waiting:
        return tr("Phone: %1 not reachable, trying again in %n s", nullptr, (m_retry->remainingTime() + 500) / 1000)
            .arg(where);
    case State::LoginRefused:
        if (!m_loginSent) {
            return tr("Phone: %1 is not an Asterisk manager interface; check the server and port").arg(where);
        }
        return m_refusal.isEmpty()
            ? tr("Phone: %1 refused the login; check the user and secret").arg(where)
            : tr("Phone: %1 refused the login (%2); check the user and secret").arg(where, m_refusal);
    }
    return {};
}

} // namespace abonent
