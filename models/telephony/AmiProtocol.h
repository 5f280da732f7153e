#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QSettings;

namespace abonent {

// Where the phone system's manager interface is and which extension is this
// desk's. Kept in the desk's settings; the secret is not (see PhoneSecret).
struct AmiSettings
{
    bool enabled = false;
    QString host;
    quint16 port = 5038; // Asterisk's manager port, the default of DeskSetting::PhonePort
    QString user;
    QString extension;

    bool isComplete() const { return !host.isEmpty() && !user.isEmpty() && !extension.isEmpty(); }
    static AmiSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    // The keychain entry of this user on this server.
    QString secretKey() const;
};

// One Asterisk Manager Interface message: "Key: Value" lines, in the order
// they came. Keys are matched without regard to case, as Asterisk does.
class AmiMessage
{
public:
    void add(const QString& key, const QString& value) { m_fields.append({key, value}); }
    QString value(QLatin1String key) const;
    QString value(const QString& key) const;
    bool has(QLatin1String key) const;
    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<QPair<QString, QString>>& fields() const { return m_fields; }

    QString event() const { return value(QLatin1String("Event")); }
    QString response() const { return value(QLatin1String("Response")); }

private:
    QList<QPair<QString, QString>> m_fields;
};

// Splits the manager's byte stream into messages. Lines end with CR LF (a
// bare LF is taken too); a blank line ends a message. The greeting line
// ("Asterisk Call Manager/5.0") comes before any message. Lines without a
// "Key: Value" shape, over-long lines and messages cut short by a new
// "Event:" are dropped and counted, never fatal: the client keeps listening.
class AmiParser
{
public:
    static constexpr int kMaxLineBytes = 8 * 1024;
    static constexpr int kMaxFields = 256;

    // Every message completed by these bytes, in order.
    QList<AmiMessage> feed(const QByteArray& bytes);
    // Forgets a partial line and message, as after a reconnect.
    void reset();

    QString greeting() const { return m_greeting; }
    // Whether the first line (the greeting, if the server sent one) has come.
    bool pastGreeting() const { return m_greeted; }
    int droppedLines() const { return m_dropped; }

private:
    void takeLine(const QByteArray& line, QList<AmiMessage>& done);

    QByteArray m_partial;
    bool m_skippingLongLine = false;
    AmiMessage m_current;
    QString m_greeting;
    bool m_greeted = false;
    int m_dropped = 0;
};

// An action to send: "Key: Value" lines and the blank line. Line breaks in
// values are removed so a value cannot start a line of its own.
QByteArray amiAction(const QList<QPair<QString, QString>>& fields);

} // namespace abonent
