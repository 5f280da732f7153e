#include "AmiProtocol.h"

#include "DeskSettings.h"

namespace abonent {

namespace {

constexpr int kRememberedCalls = 64;

} // namespace

AmiSettings AmiSettings::load(const QSettings& settings)
{
    AmiSettings loaded;
    loaded.enabled = DeskSettings::value(settings, DeskSetting::PhoneEnabled).toBool();
    loaded.host = DeskSettings::value(settings, DeskSetting::PhoneHost).toString();
    loaded.port = static_cast<quint16>(DeskSettings::value(settings, DeskSetting::PhonePort).toUInt());
    loaded.user = DeskSettings::value(settings, DeskSetting::PhoneUser).toString();
    loaded.extension = DeskSettings::value(settings, DeskSetting::PhoneExtension).toString();
    return loaded;
}

void AmiSettings::save(QSettings& settings) const
{
    DeskSettings::setValue(settings, DeskSetting::PhoneEnabled, enabled);
    DeskSettings::setValue(settings, DeskSetting::PhoneHost, host);
    DeskSettings::setValue(settings, DeskSetting::PhonePort, port);
    DeskSettings::setValue(settings, DeskSetting::PhoneUser, user);
    DeskSettings::setValue(settings, DeskSetting::PhoneExtension, extension);
}

QString AmiSettings::secretKey() const
{
    return QStringLiteral("ami:%1@%2:%3").arg(user, host, QString::number(port));
}

QString AmiMessage::value(QLatin1String key) const
{
    for (const auto& [name, value] : m_fields) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool AmiMessage::has(QLatin1String key) const
{
    for (const auto& field : m_fields) {
        if (field.first.compare(key, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QList<AmiMessage> AmiParser::feed(const QByteArray& bytes)
{
    QList<AmiMessage> done;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        const QByteArray piece = bytes.mid(start, end < 0 ? -1 : end - start);
        if (m_skippingLongLine) {
            // The rest of a line that was too long to keep.
            if (end >= 0) {
                m_skippingLongLine = false;
            }
        } else {
            m_partial += piece;
            if (m_partial.size() > kMaxLineBytes) {
                ++m_dropped;
                m_partial.clear();
                m_skippingLongLine = end < 0;
            } else if (end >= 0) {
                QByteArray line = m_partial;
                m_partial.clear();
                if (line.endsWith('\r')) {
                    line.chop(1);
                }
                takeLine(line, done);
            }
        }
        if (end < 0) {
            break;
        }
        start = end + 1;
    }
    return done;
}

void AmiParser::takeLine(const QByteArray& line, QList<AmiMessage>& done)
{
    if (!m_greeted) {
        m_greeted = true;
        // The greeting has no colon-space; a server that skips it starts with a field.
        if (!line.contains(": ")) {
            m_greeting = QString::fromUtf8(line).trimmed();
            return;
        }
    }
    if (line.trimmed().isEmpty()) {
        if (!m_current.isEmpty()) {
            done.append(m_current);
            m_current = {};
        }
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        ++m_dropped; // not a field: command output, noise or a damaged line
        return;
    }
    const QString key = QString::fromUtf8(line.left(colon)).trimmed();
    const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
    if (key.isEmpty() || key.contains(QLatin1Char(' '))) {
        ++m_dropped;
        return;
    }
    // A new event before the blank line: the one before was cut short.
    if (key.compare(QLatin1String("Event"), Qt::CaseInsensitive) == 0 && !m_current.isEmpty()) {
        m_dropped += static_cast<int>(m_current.fields().size());
        m_current = {};
    }
    if (m_current.fields().size() >= kMaxFields) {
        ++m_dropped;
        return;
    }
    m_current.add(key, value);
}

void AmiParser::reset()
{
    m_partial.clear();
    m_skippingLongLine = false;
    m_current = {};
    m_greeting.clear();
    m_greeted = false;
}

QByteArray amiAction(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        QString clean = value;
        clean.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        out += key.toUtf8() + ": " + clean.toUtf8() + "\r\n";
    }
    return out + "\r\n";
}

AmiRingWatcher::AmiRingWatcher(QString extension)
    : m_extension(std::move(extension).trimmed())
{
}

QString AmiRingWatcher::endpointOf(const QString& channel)
{
    // Technology/resource-sequence: SIP/101-00000001, PJSIP/101-0000002a,
    // IAX2/101-1234, Local/101@from-internal-0000;1.
    const qsizetype slash = channel.indexOf(QLatin1Char('/'));
    QString resource = slash < 0 ? channel : channel.mid(slash + 1);
    const qsizetype at = resource.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        return resource.left(at);
    }
    const qsizetype dash = resource.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? resource.left(dash) : resource;
}

QString AmiRingWatcher::numberOrEmpty(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("<unknown>"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0) {
        return {};
    }
    return trimmed;
}

bool AmiRingWatcher::isMine(const QString& channel, const QString& callerIdNum) const
{
    if (m_extension.isEmpty()) {
        return false;
    }
    return endpointOf(channel) == m_extension || callerIdNum.trimmed() == m_extension;
}

std::optional<AmiRing> AmiRingWatcher::report(const QString& callerId, const QString& callKey)
{
    if (!callKey.isEmpty()) {
        if (m_recentCalls.contains(callKey)) {
            return std::nullopt;
        }
        m_recentCalls.append(callKey);
        if (m_recentCalls.size() > kRememberedCalls) {
            m_recentCalls.removeFirst();
        }
    }
    return AmiRing {callerId, callKey};
}

std::optional<AmiRing> AmiRingWatcher::take(const AmiMessage& event)
{
    const QString name = event.event();
    if (name.compare(QLatin1String("DialBegin"), Qt::CaseInsensitive) == 0) {
        // Someone dials the operator's phone: the caller is the dialling side.
        if (!isMine(event.value(QLatin1String("DestChannel")), event.value(QLatin1String("DestCallerIDNum")))) {
            return std::nullopt;
        }
        QString caller = numberOrEmpty(event.value(QLatin1String("CallerIDNum")));
        if (caller.isEmpty()) {
            caller = numberOrEmpty(event.value(QLatin1String("DestConnectedLineNum")));
        }
        QString key = event.value(QLatin1String("DestLinkedid"));
        if (key.isEmpty()) {
            key = event.value(QLatin1String("Linkedid"));
        }
        return report(caller, key);
    }
    const bool stateEvent = name.compare(QLatin1String("Newstate"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Newchannel"), Qt::CaseInsensitive) == 0;
    if (!stateEvent) {
        return std::nullopt;
    }
    // The operator's own channel, ringing: the caller is the connected line.
    const bool ringing = event.value(QLatin1String("ChannelState")) == QLatin1String("5")
        || event.value(QLatin1String("ChannelStateDesc")).compare(QLatin1String("Ringing"), Qt::CaseInsensitive) == 0;
    if (!ringing || !isMine(event.value(QLatin1String("Channel")), event.value(QLatin1String("CallerIDNum")))) {
        return std::nullopt;
    }
    QString key = event.value(QLatin1String("Linkedid"));
    if (key.isEmpty()) {
        key = event.value(QLatin1String("Uniqueid"));
    }
    return report(numberOrEmpty(event.value(QLatin1String("ConnectedLineNum"))), key);
}

} // namespace abonent
