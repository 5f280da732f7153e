#include "AmiClient.h"

#include <QSettings>
#include <QTcpSocket>
#include <QTimer>

namespace abonent {

namespace {

const QLatin1String kLoginActionId("abonent-login");

} // namespace

AmiClient::AmiClient(QObject* parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_retry(new QTimer(this))
    , m_loginTimeout(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &AmiClient::connectNow);
    m_loginTimeout->setSingleShot(true);
    m_loginTimeout->setInterval(10000);
    // A manager that accepts the connection but never answers is as good as
    // gone: dropping it retries like any lost connection.
    connect(m_loginTimeout, &QTimer::timeout, m_socket, &QTcpSocket::abort);
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

void AmiClient::setLoginTimeout(int ms)
{
    m_loginTimeout->setInterval(ms);
}

void AmiClient::start(const AmiSettings& settings, const QString& secret)
{
    stop();
    m_settings = settings;
    m_secret = secret;
    m_watcher = std::make_unique<AmiRingWatcher>(settings.extension);
    m_delayMs = m_firstDelayMs;
    connectNow();
}

void AmiClient::stop()
{
    m_retry->stop();
    m_loginTimeout->stop();
    m_state = State::Off; // before the abort, so the disconnect is not retried
    m_socket->abort();
    setState(State::Off);
}

void AmiClient::connectNow()
{
    m_parser.reset();
    setState(State::Connecting);
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void AmiClient::onConnected()
{
    setState(State::LoggingIn);
    // Only call events: the rest of the manager's traffic is of no use here.
    m_socket->write(amiAction({{QStringLiteral("Action"), QStringLiteral("Login")},
                               {QStringLiteral("ActionID"), kLoginActionId},
                               {QStringLiteral("Username"), m_settings.user},
                               {QStringLiteral("Secret"), m_secret},
                               {QStringLiteral("Events"), QStringLiteral("call")}}));
    m_loginTimeout->start();
}

void AmiClient::onReadyRead()
{
    const QList<AmiMessage> messages = m_parser.feed(m_socket->readAll());
    for (const AmiMessage& message : messages) {
        handle(message);
        if (m_state == State::LoginRefused || m_state == State::Off) {
            return;
        }
    }
}

void AmiClient::handle(const AmiMessage& message)
{
    if (m_state == State::LoggingIn && message.value(QLatin1String("ActionID")) == kLoginActionId) {
        m_loginTimeout->stop();
        if (message.response().compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0) {
            m_delayMs = m_firstDelayMs; // a good connection starts the pauses over
            setState(State::Connected);
        } else {
            m_refusal = message.value(QLatin1String("Message"));
            m_state = State::LoginRefused; // before the abort: no retry
            m_socket->abort();
            setState(State::LoginRefused);
        }
        return;
    }
    if (m_state != State::Connected || message.event().isEmpty()) {
        return;
    }
    if (const auto ring = m_watcher->take(message)) {
        emit ringing(CallRequest {ring->callerId, m_settings.extension});
    }
}

void AmiClient::onDisconnected()
{
    if (m_state == State::Off || m_state == State::LoginRefused || m_state == State::Waiting) {
        return;
    }
    m_loginTimeout->stop();
    retryLater();
}

void AmiClient::retryLater()
{
    if (m_state == State::Off || m_state == State::LoginRefused) {
        return;
    }
    setState(State::Waiting);
    m_retry->start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, m_longestDelayMs);
}

void AmiClient::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

QString AmiClient::stateText() const
{
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
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
        return tr("Phone: %1 not reachable, trying again in %n s", nullptr, (m_retry->remainingTime() + 999) / 1000)
            .arg(where);
    case State::LoginRefused:
        return m_refusal.isEmpty()
            ? tr("Phone: %1 refused the login; check the user and secret").arg(where)
            : tr("Phone: %1 refused the login (%2); check the user and secret").arg(where, m_refusal);
    }
    return {};
}

} // namespace abonent
