#include "DatabaseLocation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace abonent {

namespace {

// A parameter libpq accepts in a URI whose value cannot end the option list
// early: QPSQL splits its options at ';'.
bool isSafeOption(const QString& key, const QString& value)
{
    static const QRegularExpression kKey(QStringLiteral("^[a-z_]+$"));
    return kKey.match(key).hasMatch() && !value.contains(QLatin1Char(';'));
}

// The URI with any password left out, for messages.
QString withoutPassword(const QString& given)
{
    static const QRegularExpression kPassword(QStringLiteral("^([a-zA-Z]+://[^:@/?]*):[^@/?]*@"));
    QString shown = given;
    return shown.replace(kPassword, QStringLiteral("\\1@"));
}

// What lies between "://" and the path: user, host and port.
QString authorityOf(const QString& given)
{
    const qsizetype start = given.indexOf(QLatin1String("://")) + 3;
    qsizetype end = start;
    while (end < given.size() && given.at(end) != QLatin1Char('/') && given.at(end) != QLatin1Char('?')) {
        ++end;
    }
    return given.mid(start, end - start);
}

// A value as libpq's "key=value" strings take it: quoted where it holds a
// space, a quote or a backslash (QPSQL joins the options with spaces).
QString conninfoValue(QString value)
{
    static const QRegularExpression kPlain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (kPlain.match(value).hasMatch()) {
        return value;
    }
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool isPortNumber(const QString& text)
{
    bool number = false;
    const int port = text.toInt(&number);
    return number && port > 0 && port <= 65535;
}

} // namespace

bool DatabaseLocation::namesServer(const QString& given)
{
    return given.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || given.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& given)
{
    DatabaseLocation location;
    location.m_given = given;
    if (!namesServer(given)) {
        location.m_filePath = given;
        return location;
    }
    const auto refused = [&given](const QString& why) {
        return makeError(Error::Code::Invalid,
                         tr("%1 is not a PostgreSQL address Abonent can use: %2. It is written "
                            "postgresql://user@host:port/database.")
                             .arg(withoutPassword(given), why));
    };
    const QString hostAndPort = authorityOf(given).section(QLatin1Char('@'), -1);
    if (hostAndPort.contains(QLatin1Char(','))) {
        return refused(tr("several servers are not supported"));
    }
    // The port follows the last ':' outside an IPv6 address's brackets.
    const qsizetype colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    if (colon > hostAndPort.lastIndexOf(QLatin1Char(']')) && !isPortNumber(hostAndPort.mid(colon + 1))) {
        return refused(tr("the port is not a number from 1 to 65535"));
    }
    const QUrl url(given, QUrl::StrictMode);
    if (!url.isValid()) {
        return refused(tr("it cannot be read as an address"));
    }
    location.m_engine = Engine::PostgreSQL;
    location.m_host = url.host();
    location.m_port = url.port(0);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_databaseName = url.path().mid(1); // without the leading '/'
    if (location.m_databaseName.contains(QLatin1Char('/'))) {
        return refused(tr("the database name contains '/'"));
    }
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!isSafeOption(key, value)) {
            return refused(tr("the parameter %1 cannot be passed on").arg(key));
        }
        // Parts the URI also names as parameters (libpq allows both).
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            if (!isPortNumber(value)) {
                return refused(tr("the port is not a number from 1 to 65535"));
            }
            location.m_port = value.toInt();
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_databaseName = value;
        } else if (key == QLatin1String("password")) {
            location.m_password = value;
        } else {
            options << key + QLatin1Char('=') + conninfoValue(value);
        }
    }
    location.m_connectOptions = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::remembered() const
{
    if (!isServer()) {
        return m_given;
    }
    static const QRegularExpression kBetween(QStringLiteral("([?&])password=[^&]*&"));
    static const QRegularExpression kLast(QStringLiteral("[?&]password=[^&]*$"));
    QString uri = withoutPassword(m_given);
    return uri.replace(kBetween, QStringLiteral("\\1")).remove(kLast);
}

QString DatabaseLocation::shown() const
{
    if (!isServer()) {
        return m_filePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setUserName(m_user);
    if (m_port > 0) {
        url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_databaseName);
    // Without a host, user or port QUrl leaves out the "//" libpq needs
    // ("postgresql:///office" is the local server's database "office").
    const QString shown = url.toDisplayString();
    const QString scheme = QStringLiteral("postgresql:");
    return shown.startsWith(scheme + QLatin1String("//")) ? shown
                                                          : scheme + QLatin1String("//") + shown.mid(scheme.size());
}

namespace {

// How long a desk waits for a server that has gone quiet (a cable pulled, a
// machine off) before its statement fails as Unreachable, instead of the
// operating system's TCP timeouts of many minutes with the window frozen.
// What the URI says itself is kept.
QString withTimeouts(const QString& given)
{
    static const QList<QPair<QString, QString>> kDefaults {
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("10")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("15000")},
    };
    QStringList options = given.isEmpty() ? QStringList() : given.split(QLatin1Char(';'));
    for (const auto& [key, value] : kDefaults) {
        const bool set = std::any_of(options.cbegin(), options.cend(), [&key](const QString& option) {
            return option.startsWith(key + QLatin1Char('='));
        });
        if (!set) {
            options << key + QLatin1Char('=') + value;
        }
    }
    return options.join(QLatin1Char(';'));
}

} // namespace

void DatabaseLocation::configure(QSqlDatabase& connection) const
{
    connection.setHostName(m_host);
    if (m_port > 0) {
        connection.setPort(m_port);
    }
    connection.setUserName(m_user);
    connection.setPassword(m_password);
    connection.setDatabaseName(m_databaseName);
    connection.setConnectOptions(withTimeouts(m_connectOptions));
}

} // namespace abonent
