#include "AmiCallTracker.h"

#include <atomic>

namespace abonent {

namespace {

// Asterisk's channel states (ChannelState) that matter here.
const QLatin1String kStateRinging("5");
const QLatin1String kStateUp("6");
// AST_CAUSE_ANSWERED_ELSEWHERE: another phone of the group took the call.
constexpr int kCauseAnsweredElsewhere = 26;

// Keys unique for the whole run: a tracker made for new settings must not
// hand out the key of a call whose console is still open.
std::atomic<int> nextKey {1};

// Whether an event's leg is this leg. Uniqueids are unique across PBX
// restarts; channel names are not (their counters start again), so a name
// decides only where a Uniqueid is missing on either side.
bool sameLeg(const QString& channel, const QString& uniqueid, const QString& legChannel, const QString& legUniqueid)
{
    if (!uniqueid.isEmpty() && !legUniqueid.isEmpty()) {
        return uniqueid == legUniqueid;
    }
    return !channel.isEmpty() && channel == legChannel;
}

bool is(const AmiMessage& event, QLatin1String name)
{
    return event.event().compare(name, Qt::CaseInsensitive) == 0;
}

bool sameText(const QString& value, QLatin1String expected)
{
    return value.compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace

AmiCallTracker::AmiCallTracker(QString extension)
    : m_extension(std::move(extension).trimmed())
{
}

QString AmiCallTracker::endpointOf(const QString& channel)
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

QString AmiCallTracker::numberOrEmpty(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || sameText(trimmed, QLatin1String("<unknown>"))
        || sameText(trimmed, QLatin1String("anonymous"))) {
        return {};
    }
    return trimmed;
}

void AmiCallTracker::forgetEndedCalls()
{
    m_calls.removeIf([](const Call& call) { return call.ended; });
}

int AmiCallTracker::activeCalls() const
{
    return static_cast<int>(
        std::count_if(m_calls.begin(), m_calls.end(), [](const Call& call) { return !call.ended; }));
}

bool AmiCallTracker::isMine(const QString& channel, const QString& callerIdNum) const
{
    if (m_extension.isEmpty() || channel.isEmpty()) {
        return false;
    }
    return endpointOf(channel) == m_extension || callerIdNum.trimmed() == m_extension;
}

std::optional<AmiCallTracker::Sighting> AmiCallTracker::legOf(const AmiMessage& event, QLatin1String prefix) const
{
    const auto field = [&event, prefix](const char* name) {
        return event.value(QString(prefix) + QLatin1String(name));
    };
    const QString channel = field("Channel");
    if (!isMine(channel, field("CallerIDNum"))) {
        return std::nullopt;
    }
    Sighting seen;
    seen.channel = channel;
    seen.uniqueid = field("Uniqueid");
    // The event's own Linkedid names the call first; DestLinkedid may differ.
    seen.primaryLinkedId = event.value(QLatin1String("Linkedid"));
    if (seen.primaryLinkedId.isEmpty()) {
        seen.primaryLinkedId = event.value(QLatin1String("DestLinkedid"));
    }
    for (const QString& linked : {event.value(QLatin1String("Linkedid")), event.value(QLatin1String("DestLinkedid"))}) {
        if (!linked.isEmpty()) {
            seen.linkedIds.insert(linked);
        }
    }
    if (prefix.size() > 0) {
        seen.callerUniqueid = event.value(QLatin1String("Uniqueid"));
        // A dial towards the operator: the caller is the dialling side, or
        // the line the operator's phone is told it is connected to.
        seen.callerId = numberOrEmpty(event.value(QLatin1String("CallerIDNum")));
        if (seen.callerId.isEmpty()) {
            seen.callerId = numberOrEmpty(field("ConnectedLineNum"));
        }
    } else {
        // The operator's own channel: the caller is the connected line.
        seen.callerId = numberOrEmpty(event.value(QLatin1String("ConnectedLineNum")));
    }
    return seen;
}

AmiCallTracker::Call* AmiCallTracker::find(const Sighting& seen)
{
    // A leg's own names first, whatever became of the call since.
    for (auto call = m_calls.rbegin(); call != m_calls.rend(); ++call) {
        for (const Leg& leg : std::as_const(call->legs)) {
            if (sameLeg(seen.channel, seen.uniqueid, leg.channel, leg.uniqueid)) {
                return &*call;
            }
        }
    }
    // Then the call as a whole, while it lasts.
    for (auto call = m_calls.rbegin(); call != m_calls.rend(); ++call) {
        if (!call->ended && call->linkedIds.intersects(seen.linkedIds)) {
            return &*call;
        }
    }
    return nullptr;
}

AmiCallEvent AmiCallTracker::storyOf(const Call& call, AmiCallEvent::Kind kind)
{
    AmiCallEvent event;
    event.kind = kind;
    event.callKey = call.key;
    event.callerId = call.callerId;
    event.uniqueId = call.callerUniqueid.isEmpty() ? call.firstLinkedId : call.callerUniqueid;
    event.linkedId = call.firstLinkedId;
    event.recordingFile = call.recordingFile;
    return event;
}

bool AmiCallTracker::isCalled(const Call& call, const QSet<QString>& ids)
{
    if (call.linkedIds.intersects(ids) || ids.contains(call.callerUniqueid)) {
        return true;
    }
    return std::any_of(
        call.legs.cbegin(), call.legs.cend(), [&ids](const Leg& leg) { return ids.contains(leg.uniqueid); });
}

QList<AmiCallEvent> AmiCallTracker::recordingNamed(const AmiMessage& event)
{
    const QString file = event.value(QLatin1String("Value")).trimmed();
    QSet<QString> ids;
    for (const char* name : {"Uniqueid", "Linkedid"}) {
        if (const QString id = event.value(QLatin1String(name)); !id.isEmpty()) {
            ids.insert(id);
        }
    }
    if (file.isEmpty() || ids.isEmpty()) {
        return {};
    }
    for (auto call = m_calls.rbegin(); call != m_calls.rend(); ++call) {
        if (!call->ended && isCalled(*call, ids)) {
            if (!call->recordingFile.isEmpty()) {
                return {}; // the first file is the call's; a restarted recording does not replace it
            }
            call->recordingFile = file;
            return {storyOf(*call, AmiCallEvent::Kind::RecordingNamed)};
        }
    }
    m_announced.append(Announced {ids, file});
    while (m_announced.size() > kRememberedCalls) {
        m_announced.removeFirst();
    }
    return {};
}

void AmiCallTracker::remember(const Sighting& seen, Call& call)
{
    call.linkedIds.unite(seen.linkedIds);
    if (call.firstLinkedId.isEmpty()) {
        call.firstLinkedId = seen.primaryLinkedId;
    }
    if (call.callerUniqueid.isEmpty()) {
        call.callerUniqueid = seen.callerUniqueid;
    }
    for (Leg& leg : call.legs) {
        if (sameLeg(seen.channel, seen.uniqueid, leg.channel, leg.uniqueid)) {
            // One event may name a field another left out.
            if (leg.channel.isEmpty()) {
                leg.channel = seen.channel;
            }
            if (leg.uniqueid.isEmpty()) {
                leg.uniqueid = seen.uniqueid;
            }
            return;
        }
    }
    call.legs.append(Leg {seen.channel, seen.uniqueid, true});
}

void AmiCallTracker::forgetOldCalls()
{
    while (m_calls.size() > kRememberedCalls) {
        const auto oldestEnded =
            std::find_if(m_calls.begin(), m_calls.end(), [](const Call& call) { return call.ended; });
        // Calls under way are kept however many there are; a PBX that never
        // says they ended still cannot grow this past twice the limit.
        if (oldestEnded == m_calls.end() && m_calls.size() <= 2 * kRememberedCalls) {
            return;
        }
        m_calls.erase(oldestEnded == m_calls.end() ? m_calls.begin() : oldestEnded);
    }
}

QList<AmiCallEvent> AmiCallTracker::ring(const Sighting& seen)
{
    if (Call* call = find(seen)) {
        if (call->ended) {
            return {}; // a late event of a leg that has hung up
        }
        remember(seen, *call);
        if (!seen.callerId.isEmpty() && seen.callerId != call->callerId) {
            call->callerId = seen.callerId;
            return {storyOf(*call, AmiCallEvent::Kind::CallerKnown)};
        }
        return {};
    }
    Call call;
    call.key = QString::number(nextKey++);
    call.callerId = seen.callerId;
    remember(seen, call);
    for (auto announced = m_announced.rbegin(); announced != m_announced.rend(); ++announced) {
        if (isCalled(call, announced->ids)) {
            call.recordingFile = announced->file;
            break;
        }
    }
    m_calls.append(call);
    forgetOldCalls();
    return {storyOf(call, AmiCallEvent::Kind::Ringing)};
}

QList<AmiCallEvent> AmiCallTracker::answer(const Sighting& seen)
{
    Call* call = find(seen);
    if (!call || call->ended || call->answered) {
        return {}; // the operator's own outgoing calls are no business of this
    }
    remember(seen, *call);
    call->answered = true;
    return {storyOf(*call, AmiCallEvent::Kind::Answered)};
}

QList<AmiCallEvent> AmiCallTracker::connectedLine(const Sighting& seen)
{
    Call* call = find(seen);
    if (!call || call->ended || seen.callerId.isEmpty() || seen.callerId == call->callerId) {
        return {};
    }
    // After a transfer the operator's phone is told who is on the line now.
    call->callerId = seen.callerId;
    return {storyOf(*call, AmiCallEvent::Kind::CallerKnown)};
}

QList<AmiCallEvent> AmiCallTracker::hangUp(const Sighting& seen, const AmiMessage& event)
{
    Call* call = find(seen);
    if (!call || call->ended) {
        return {};
    }
    remember(seen, *call);
    bool anyLive = false;
    for (Leg& leg : call->legs) {
        if (sameLeg(seen.channel, seen.uniqueid, leg.channel, leg.uniqueid)) {
            leg.live = false;
        }
        anyLive = anyLive || leg.live;
    }
    if (anyLive) {
        return {}; // another device of the operator still rings or talks
    }
    call->ended = true;
    AmiCallEvent ended = storyOf(*call, AmiCallEvent::Kind::Ended);
    const bool elsewhere = event.value(QLatin1String("Cause")).toInt() == kCauseAnsweredElsewhere
        || event.value(QLatin1String("Cause-txt")).contains(QLatin1String("elsewhere"), Qt::CaseInsensitive);
    if (call->answered) {
        ended.ending = call->transferredAway ? AmiCallEvent::Ending::TransferredAway : AmiCallEvent::Ending::HungUp;
    } else {
        ended.ending = elsewhere ? AmiCallEvent::Ending::AnsweredElsewhere : AmiCallEvent::Ending::Missed;
    }
    return {ended};
}

void AmiCallTracker::transferredBy(const QString& channel, const QString& uniqueid)
{
    if (!isMine(channel, {})) {
        return;
    }
    if (Call* call = find(Sighting {channel, uniqueid, {}, {}, {}, {}}); call && !call->ended) {
        call->transferredAway = true;
    }
}

QList<AmiCallEvent> AmiCallTracker::take(const AmiMessage& event)
{
    const QLatin1String dest("Dest");
    if (is(event, QLatin1String("DialBegin")) || is(event, QLatin1String("AgentCalled"))) {
        // Someone dials the operator's phone, directly or from a queue.
        if (const auto seen = legOf(event, dest)) {
            return ring(*seen);
        }
        return {};
    }
    if (is(event, QLatin1String("DialEnd")) || is(event, QLatin1String("AgentConnect"))) {
        const auto seen = legOf(event, dest);
        const bool answered = is(event, QLatin1String("AgentConnect"))
            || sameText(event.value(QLatin1String("DialStatus")), QLatin1String("ANSWER"));
        // An unanswered dial ends with the leg's Hangup, which says why.
        return seen && answered ? answer(*seen) : QList<AmiCallEvent> {};
    }
    if (is(event, QLatin1String("Newchannel")) || is(event, QLatin1String("Newstate"))) {
        const auto seen = legOf(event, QLatin1String(""));
        if (!seen) {
            return {};
        }
        const QString state = event.value(QLatin1String("ChannelState"));
        if (state == kStateRinging
            || sameText(event.value(QLatin1String("ChannelStateDesc")), QLatin1String("Ringing"))) {
            return ring(*seen);
        }
        if (state == kStateUp || sameText(event.value(QLatin1String("ChannelStateDesc")), QLatin1String("Up"))) {
            return answer(*seen);
        }
        return {};
    }
    if (is(event, QLatin1String("BridgeEnter"))) {
        const auto seen = legOf(event, QLatin1String(""));
        return seen ? answer(*seen) : QList<AmiCallEvent> {};
    }
    if (is(event, QLatin1String("NewConnectedLine"))) {
        const auto seen = legOf(event, QLatin1String(""));
        return seen ? connectedLine(*seen) : QList<AmiCallEvent> {};
    }
    if (is(event, QLatin1String("Hangup"))) {
        // The leg is known by its names, whatever its caller ID says by now.
        const Sighting seen {
            event.value(QLatin1String("Channel")), event.value(QLatin1String("Uniqueid")), {}, {}, {}, {}};
        return hangUp(seen, event);
    }
    if (is(event, QLatin1String("VarSet"))
        && sameText(event.value(QLatin1String("Variable")), QLatin1String("MIXMONITOR_FILENAME"))) {
        return recordingNamed(event);
    }
    if (is(event, QLatin1String("BlindTransfer"))) {
        transferredBy(event.value(QLatin1String("TransfererChannel")),
                      event.value(QLatin1String("TransfererUniqueid")));
        return {};
    }
    if (is(event, QLatin1String("AttendedTransfer"))) {
        transferredBy(event.value(QLatin1String("OrigTransfererChannel")),
                      event.value(QLatin1String("OrigTransfererUniqueid")));
        transferredBy(event.value(QLatin1String("SecondTransfererChannel")),
                      event.value(QLatin1String("SecondTransfererUniqueid")));
        return {};
    }
    return {};
}

} // namespace abonent
