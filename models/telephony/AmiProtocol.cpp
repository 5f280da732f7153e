#include "AmiProtocol.h"

#include "DeskSettings.h"

namespace abonent {

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
    return value(QString(key));
}

QString AmiMessage::value(const QString& key) const
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

} // namespace abonent
