#pragma once

#include "AmiProtocol.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

namespace abonent {

// Something that happened to a call at the operator's phone.
struct AmiCallEvent
{
    enum class Kind {
        Ringing, // a new call rings: one console
        CallerKnown, // the caller's number came (or changed, after a transfer)
        Answered, // the operator picked up
        Ended,
        RecordingNamed, // the phone system said which file records the call
    };
    // How a call ended at this phone.
    enum class Ending {
        None,
        HungUp, // after a conversation
        Missed, // the caller gave up (or the phone stopped ringing) before an answer
        AnsweredElsewhere, // another phone of the group or queue took it
        TransferredAway, // the operator passed it on
    };

    Kind kind = Kind::Ringing;
    QString callKey; // the same for every event of one call at this phone
    QString callerId; // empty when withheld
    Ending ending = Ending::None;
    // The phone system's names for the call, for finding its recording.
    QString uniqueId; // the caller's channel where known, else the call's
    QString linkedId;
    QString recordingFile; // as MIXMONITOR_FILENAME gave it; empty until then
};

// Follows the calls that ring at one extension through the manager's event
// stream and tells each call's story once: it rang, whose number it is, it
// was answered, it ended and how.
//
// One call comes as many events over several channels, and PBX versions and
// configurations leave out different fields. The events of a call are tied
// together by every identifier there is: the channel names of the
// operator's legs (a dial's DestChannel is the Channel of the ringing leg),
// their Uniqueid/DestUniqueid, and the Linkedid/DestLinkedid the whole call
// shares. Only calls still under way are matched by Linkedid, so a call
// transferred back to the operator later rings as a new call.
class AmiCallTracker
{
public:
    explicit AmiCallTracker(QString extension);

    // What this event means for the calls at the extension; usually nothing.
    QList<AmiCallEvent> take(const AmiMessage& event);

    // Calls still ringing or under way.
    int activeCalls() const;
    // After a reconnect: the PBX may have restarted, and the names of ended
    // calls' legs may come again for new calls.
    void forgetEndedCalls();

    // The extension part of a channel name: "PJSIP/101-0000002a" is 101.
    static QString endpointOf(const QString& channel);
    // "<unknown>", "anonymous" and blanks mean no number was given.
    static QString numberOrEmpty(const QString& value);

    // Calls remembered after they ended, for the late events of their legs.
    static constexpr int kRememberedCalls = 64;

private:
    // One channel of the operator's phone in a call. A ring group or two
    // devices on one extension give a call several.
    struct Leg
    {
        QString channel;
        QString uniqueid;
        bool live = true;
    };
    struct Call
    {
        QString key;
        QString callerId;
        QString callerUniqueid; // the dialling side's channel
        QString firstLinkedId;
        QString recordingFile;
        QList<Leg> legs;
        QSet<QString> linkedIds;
        bool answered = false;
        bool transferredAway = false;
        bool ended = false;
    };
    // What one event says about a leg at this extension.
    struct Sighting
    {
        QString channel;
        QString uniqueid;
        QSet<QString> linkedIds;
        QString callerId;
        QString callerUniqueid;
        QString primaryLinkedId;
    };
    // A recording's file named before its call rang here (MixMonitor runs
    // before the Dial), by the identifiers of the channel that named it.
    struct Announced
    {
        QSet<QString> ids;
        QString file;
    };

    bool isMine(const QString& channel, const QString& callerIdNum) const;
    // The operator's leg an event names as Channel (prefix "") or DestChannel ("Dest").
    std::optional<Sighting> legOf(const AmiMessage& event, QLatin1String prefix) const;
    Call* find(const Sighting& seen);
    QList<AmiCallEvent> ring(const Sighting& seen);
    QList<AmiCallEvent> answer(const Sighting& seen);
    QList<AmiCallEvent> connectedLine(const Sighting& seen);
    QList<AmiCallEvent> hangUp(const Sighting& seen, const AmiMessage& event);
    void transferredBy(const QString& channel, const QString& uniqueid);
    QList<AmiCallEvent> recordingNamed(const AmiMessage& event);
    void remember(const Sighting& seen, Call& call);
    static AmiCallEvent storyOf(const Call& call, AmiCallEvent::Kind kind);
    static bool isCalled(const Call& call, const QSet<QString>& ids);
    void forgetOldCalls();

    QString m_extension;
    QList<Call> m_calls; // newest last
    QList<Announced> m_announced; // newest last, as many as calls remembered
};

} // namespace abonent

Q_DECLARE_METATYPE(abonent::AmiCallEvent)
