// The phone system's manager interface: a byte stream from the network, cut
// into TCP segments wherever the network pleases. The first byte says how
// many cuts, the next bytes where; the rest is the stream. However it is
// cut, the parser must find the same messages, and the call tracker must
// ring each call once and tell nothing of a call it never rang or that ended.
#include "AmiCallTracker.h"
#include "AmiProtocol.h"
#include "FuzzSupport.h"

#include <QSet>

using namespace abonent;

namespace {

struct Parsed
{
    QList<AmiMessage> messages;
    QString greeting;
    int dropped = 0;
};

Parsed parseInPieces(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    AmiParser parser;
    Parsed parsed;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        const qsizetype to = std::min<qsizetype>(from + cut, stream.size());
        parsed.messages += parser.feed(stream.mid(from, to - from));
        from = to;
    }
    parsed.messages += parser.feed(stream.mid(from));
    parsed.greeting = parser.greeting();
    parsed.dropped = parser.droppedLines();
    return parsed;
}

bool same(const QList<AmiMessage>& a, const QList<AmiMessage>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).fields() != b.at(i).fields()) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const qsizetype cutCount = input.isEmpty() ? 0 : std::min<qsizetype>(input.at(0) & 0x0f, input.size() - 1);
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i <= cutCount; ++i) {
        cuts.append(static_cast<uchar>(input.at(i)));
    }
    const QByteArray stream = input.mid(1 + cutCount);

    const Parsed whole = parseInPieces(stream, {});
    const Parsed pieces = parseInPieces(stream, cuts);
    fuzz::check(same(whole.messages, pieces.messages), "cutting the stream changed the messages");
    fuzz::check(whole.greeting == pieces.greeting, "cutting the stream changed the greeting");
    fuzz::check(whole.dropped == pieces.dropped, "cutting the stream changed the dropped lines");

    for (const QString& extension : {QStringLiteral("101"), QString()}) {
        AmiCallTracker tracker(extension);
        QSet<QString> rung;
        QSet<QString> ended;
        for (const AmiMessage& message : whole.messages) {
            fuzz::check(message.fields().size() <= AmiParser::kMaxFields, "message over the field limit");
            const QList<AmiCallEvent> events = tracker.take(message);
            fuzz::check(extension.isEmpty() ? events.isEmpty() : true, "news of a call for a desk without extension");
            for (const AmiCallEvent& event : events) {
                fuzz::check(!event.callKey.isEmpty(), "a call without key");
                fuzz::check(!ended.contains(event.callKey), "news of a call that had ended", event.callKey);
                if (event.kind == AmiCallEvent::Kind::Ringing) {
                    fuzz::check(!rung.contains(event.callKey), "one call rang twice", event.callKey);
                    rung.insert(event.callKey);
                } else {
                    fuzz::check(rung.contains(event.callKey), "news of a call that never rang", event.callKey);
                }
                if (event.kind == AmiCallEvent::Kind::Ended) {
                    ended.insert(event.callKey);
                }
            }
            // The same event again tells nothing new: one call, one console.
            for (const AmiCallEvent& again : tracker.take(message)) {
                fuzz::check(again.kind != AmiCallEvent::Kind::Ringing, "one event rang twice", again.callKey);
            }
        }
        fuzz::check(tracker.activeCalls() <= 2 * AmiCallTracker::kRememberedCalls, "calls without bound");
    }
    return 0;
}
