#include "AmiCallTracker.h"
#include "AmiClient.h"
#include "AmiProtocol.h"
#include "CallTestSupport.h"
#include "FakeAmiServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace abonent;
using test::FakeAmiServer;

// The phone system's manager interface: the parser on recorded event
// sequences (whole, in pieces, damaged), which events mean "ringing here",
// and the client against a scripted server on the loopback interface.
class TestAmi : public QObject
{
    Q_OBJECT

private slots:
    void parserGivesTheSameMessagesWhateverTheChunks_data();
    void parserGivesTheSameMessagesWhateverTheChunks();
    void parserSkipsMalformedLinesAndKeepsGoing();
    void ringsAtThisExtension_data();
    void ringsAtThisExtension();
    void eachCallIsOneStory_data();
    void eachCallIsOneStory();
    void callsAfterARestartOrNewSettingsAreNewCalls();
    void eventsCarryTheIdentifiersARecordingIsNamedBy();
    void endpointOfChannelNames_data();
    void endpointOfChannelNames();
    void actionValuesCannotStartALine();
    void clientLogsInAndReportsTheRing();
    void newSettingsMidCallKeepFollowingTheCall();
    void refusedLoginIsNotRetried();
    void lostConnectionIsRetriedAndACutEventIgnored();
    void malformedStreamFromTheServerDoesNotStopTheClient();
    void pausesGrowWhileTheServerIsAway();
    void secretGoesOnlyToAnAsteriskManager();
    void deadServerIsNoticedByThePing();
    void waitingSaysWhenItTriesAgain();

private:
    static QList<AmiMessage> parseInChunks(const QByteArray& bytes, int chunk, AmiParser& parser);
};

QList<AmiMessage> TestAmi::parseInChunks(const QByteArray& bytes, int chunk, AmiParser& parser)
{
    QList<AmiMessage> messages;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        messages += parser.feed(bytes.mid(at, chunk));
    }
    return messages;
}

void TestAmi::parserGivesTheSameMessagesWhateverTheChunks_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("64 bytes") << 64;
    QTest::newRow("whole") << (1 << 20);
}

void TestAmi::parserGivesTheSameMessagesWhateverTheChunks()
{
    QFETCH(int, chunk);
    QByteArray stream =
        "Asterisk Call Manager/5.0.1\r\n" + FakeAmiServer::fixture(QStringLiteral("pjsip-dialbegin.ami"));
    stream.replace("\n", "\r\n").replace("\r\r\n", "\r\n");
    AmiParser parser;
    const QList<AmiMessage> messages = parseInChunks(stream, chunk, parser);
    QCOMPARE(parser.greeting(), QStringLiteral("Asterisk Call Manager/5.0.1"));
    QStringList events;
    for (const AmiMessage& message : messages) {
        events << message.event();
    }
    QCOMPARE(events,
             QStringList({QStringLiteral("FullyBooted"),
                          QStringLiteral("Newchannel"),
                          QStringLiteral("VarSet"),
                          QStringLiteral("Newchannel"),
                          QStringLiteral("DialBegin"),
                          QStringLiteral("Newstate"),
                          QStringLiteral("Hangup")}));
    const AmiMessage& dial = messages.at(4);
    QCOMPARE(dial.value(QLatin1String("destchannel")), QStringLiteral("PJSIP/101-0000001f"));
    QCOMPARE(dial.value(QLatin1String("CallerIDNum")), QStringLiteral("0501234567"));
    // An empty value is a field all the same.
    QVERIFY(messages.at(2).has(QLatin1String("Value")));
    QCOMPARE(parser.droppedLines(), 0);
}

void TestAmi::parserSkipsMalformedLinesAndKeepsGoing()
{
    const QByteArray stream = FakeAmiServer::fixture(QStringLiteral("malformed.ami"));
    QVERIFY(!stream.isEmpty());
    for (int chunk : {5, 1000, int(stream.size())}) {
        AmiParser parser;
        const QList<AmiMessage> messages = parseInChunks(stream, chunk, parser);
        QStringList events;
        for (const AmiMessage& message : messages) {
            events << message.event();
        }
        // The DialBegin cut short by the next event is gone; what follows is whole.
        QCOMPARE(events, QStringList({QStringLiteral("Newstate"), QStringLiteral("VarSet"), QStringLiteral("Hangup")}));
        QCOMPARE(messages.first().value(QLatin1String("ConnectedLineNum")), QStringLiteral("0502222222"));
        // The over-long value is dropped, the rest of its message kept.
        QVERIFY(!messages.at(1).has(QLatin1String("Value")));
        QCOMPARE(messages.at(1).value(QLatin1String("Channel")), QStringLiteral("PJSIP/101-00000052"));
        QVERIFY(parser.droppedLines() >= 6);
    }
}

void TestAmi::ringsAtThisExtension_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QStringList>("callers");
    QTest::newRow("DialBegin then Newstate: once")
        << QStringLiteral("pjsip-dialbegin.ami") << QStringLiteral("101") << QStringList {QStringLiteral("0501234567")};
    QTest::newRow("chan_sip Newstate only") << QStringLiteral("sip-newstate.ami") << QStringLiteral("101")
                                            << QStringList {QStringLiteral("+1 (212) 555-0144")};
    QTest::newRow("other desks ring") << QStringLiteral("other-desks.ami") << QStringLiteral("101") << QStringList {};
    QTest::newRow("desk 102") << QStringLiteral("other-desks.ami") << QStringLiteral("102")
                              << QStringList {QStringLiteral("0509999999")};
    QTest::newRow("desk 1010, not 101") << QStringLiteral("other-desks.ami") << QStringLiteral("1010")
                                        << QStringList {QStringLiteral("0508888888")};
    QTest::newRow("withheld") << QStringLiteral("withheld.ami") << QStringLiteral("101") << QStringList {QString()};
    QTest::newRow("damaged stream") << QStringLiteral("malformed.ami") << QStringLiteral("101")
                                    << QStringList {QStringLiteral("0502222222")};
    QTest::newRow("no extension set") << QStringLiteral("pjsip-dialbegin.ami") << QStringLiteral("") << QStringList {};
}

void TestAmi::ringsAtThisExtension()
{
    QFETCH(QString, fixture);
    QFETCH(QString, extension);
    QFETCH(QStringList, callers);
    AmiParser parser;
    AmiCallTracker tracker(extension);
    QStringList rung;
    for (const AmiMessage& event : parser.feed(FakeAmiServer::fixture(fixture))) {
        for (const AmiCallEvent& call : tracker.take(event)) {
            if (call.kind == AmiCallEvent::Kind::Ringing) {
                rung << call.callerId;
            }
        }
    }
    QCOMPARE(rung, callers);
}

// The story of every call at an extension, as the console is told it: one
// "ring" a call, then what became of it, each line led by the call's number
// in the order they rang.
static QStringList storiesOf(const QByteArray& stream, const QString& extension)
{
    AmiParser parser;
    AmiCallTracker tracker(extension);
    QStringList keys;
    QStringList story;
    for (const AmiMessage& message : parser.feed(stream)) {
        for (const AmiCallEvent& event : tracker.take(message)) {
            if (event.kind == AmiCallEvent::Kind::Ringing) {
                keys << event.callKey;
            }
            const QString call = QString::number(keys.indexOf(event.callKey) + 1);
            switch (event.kind) {
            case AmiCallEvent::Kind::Ringing:
                story << call + QStringLiteral(" ring ") + event.callerId;
                if (!event.recordingFile.isEmpty()) {
                    story << call + QStringLiteral(" recorded in ") + event.recordingFile;
                }
                break;
            case AmiCallEvent::Kind::RecordingNamed:
                story << call + QStringLiteral(" recorded in ") + event.recordingFile;
                break;
            case AmiCallEvent::Kind::CallerKnown:
                story << call + QStringLiteral(" caller ") + event.callerId;
                break;
            case AmiCallEvent::Kind::Answered:
                story << call + QStringLiteral(" answered");
                break;
            case AmiCallEvent::Kind::Ended: {
                static const QStringList endings {QStringLiteral("?"),
                                                  QStringLiteral("hung up"),
                                                  QStringLiteral("missed"),
                                                  QStringLiteral("answered elsewhere"),
                                                  QStringLiteral("transferred away")};
                story << call + QStringLiteral(" ended ") + endings.at(static_cast<int>(event.ending));
                break;
            }
            }
        }
    }
    if (tracker.activeCalls() != 0) {
        story << QStringLiteral("%1 calls never ended").arg(tracker.activeCalls());
    }
    return story;
}

void TestAmi::eachCallIsOneStory_data()
{
    // Streams shaped as the Asterisk 16-20 manager documentation gives the
    // events of each kind of call (tests/data/ami).
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QStringList>("story");
    QTest::newRow("DialBegin without Linkedid: three calls, three consoles")
        << QStringLiteral("dialbegin-without-linkedid.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 2125550101"),
                        QStringLiteral("1 answered"),
                        QStringLiteral("1 ended hung up"),
                        QStringLiteral("2 ring 2125550102"),
                        QStringLiteral("2 answered"),
                        QStringLiteral("2 ended hung up"),
                        QStringLiteral("3 ring 2125550103"),
                        QStringLiteral("3 answered"),
                        QStringLiteral("3 ended hung up")};
    QTest::newRow("queue through a Local channel")
        << QStringLiteral("queue-call.ami") << QStringLiteral("101")
        << QStringList {
               QStringLiteral("1 ring 2125550111"), QStringLiteral("1 answered"), QStringLiteral("1 ended hung up")};
    QTest::newRow("ring group, taken at the other phone")
        << QStringLiteral("ring-group.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 2125550122"), QStringLiteral("1 ended answered elsewhere")};
    QTest::newRow("ring group, taken here")
        << QStringLiteral("ring-group.ami") << QStringLiteral("102")
        << QStringList {
               QStringLiteral("1 ring 2125550122"), QStringLiteral("1 answered"), QStringLiteral("1 ended hung up")};
    QTest::newRow("caller hangs up before an answer")
        << QStringLiteral("hangup-before-answer.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 2125550133"), QStringLiteral("1 ended missed")};
    QTest::newRow("blind transfer, the operator who passes it on")
        << QStringLiteral("blind-transfer.ami") << QStringLiteral("102")
        << QStringList {QStringLiteral("1 ring 2125550155"),
                        QStringLiteral("1 answered"),
                        QStringLiteral("1 ended transferred away")};
    QTest::newRow("blind transfer, the operator who gets it")
        << QStringLiteral("blind-transfer.ami") << QStringLiteral("101")
        << QStringList {
               QStringLiteral("1 ring 2125550155"), QStringLiteral("1 answered"), QStringLiteral("1 ended hung up")};
    QTest::newRow("attended transfer, the operator who passes it on")
        << QStringLiteral("attended-transfer.ami") << QStringLiteral("102")
        << QStringList {QStringLiteral("1 ring 2125550166"),
                        QStringLiteral("1 answered"),
                        QStringLiteral("1 ended transferred away")};
    QTest::newRow("attended transfer: asked by a colleague, then given the caller")
        << QStringLiteral("attended-transfer.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 102"),
                        QStringLiteral("1 answered"),
                        QStringLiteral("1 caller 2125550166"),
                        QStringLiteral("1 ended hung up")};
    QTest::newRow("two devices on one extension")
        << QStringLiteral("two-devices.ami") << QStringLiteral("101")
        << QStringList {
               QStringLiteral("1 ring 2125550177"), QStringLiteral("1 answered"), QStringLiteral("1 ended hung up")};
    QTest::newRow("recordings named before the dial and after the answer")
        << QStringLiteral("recorded-calls.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 2125550188"),
                        QStringLiteral("1 recorded in /var/spool/asterisk/monitor/2026/12/06/"
                                       "in-101-2125550188-20261206-101500-1764120000.50.wav"),
                        QStringLiteral("1 answered"),
                        QStringLiteral("1 ended hung up"),
                        QStringLiteral("2 ring 2125550189"),
                        QStringLiteral("2 answered"),
                        QStringLiteral("2 recorded in /srv/elsewhere/1764120100.52.wav"),
                        QStringLiteral("2 ended hung up")};
    QTest::newRow("the recorded Asterisk 18 call")
        << QStringLiteral("pjsip-dialbegin.ami") << QStringLiteral("101")
        << QStringList {QStringLiteral("1 ring 0501234567"), QStringLiteral("1 ended missed")};
}

void TestAmi::eachCallIsOneStory()
{
    QFETCH(QString, fixture);
    QFETCH(QString, extension);
    QFETCH(QStringList, story);
    QCOMPARE(storiesOf(FakeAmiServer::fixture(fixture), extension), story);
}

void TestAmi::eventsCarryTheIdentifiersARecordingIsNamedBy()
{
    // The caller's channel is where MixMonitor runs, so its Uniqueid is the
    // ${UNIQUEID} of the file name; the operator's own leg is not.
    AmiParser parser;
    AmiCallTracker tracker(QStringLiteral("101"));
    QHash<QString, AmiCallEvent> last;
    for (const AmiMessage& message : parser.feed(FakeAmiServer::fixture(QStringLiteral("recorded-calls.ami")))) {
        for (const AmiCallEvent& event : tracker.take(message)) {
            last.insert(event.callerId, event);
        }
    }
    QCOMPARE(last.size(), 2);
    const AmiCallEvent first = last.value(QStringLiteral("2125550188"));
    QCOMPARE(first.kind, AmiCallEvent::Kind::Ended);
    QCOMPARE(first.uniqueId, QStringLiteral("1764120000.50"));
    QCOMPARE(first.linkedId, QStringLiteral("1764120000.50"));
    // The file named first, not the one a restarted recording named later.
    QCOMPARE(
        first.recordingFile,
        QStringLiteral("/var/spool/asterisk/monitor/2026/12/06/in-101-2125550188-20261206-101500-1764120000.50.wav"));
    const AmiCallEvent second = last.value(QStringLiteral("2125550189"));
    QCOMPARE(second.uniqueId, QStringLiteral("1764120100.52"));
    QCOMPARE(second.recordingFile, QStringLiteral("/srv/elsewhere/1764120100.52.wav"));
}

void TestAmi::callsAfterARestartOrNewSettingsAreNewCalls()
{
    // A restarted PBX counts its channel names from the start again: a new
    // call on a leg named like an ended one is a new call (its Uniqueid says
    // so), not a late event of the old one.
    const auto ringingLeg = [](const QString& uniqueid, const QString& caller) {
        AmiMessage event;
        event.add(QStringLiteral("Event"), QStringLiteral("Newstate"));
        event.add(QStringLiteral("Channel"), QStringLiteral("PJSIP/101-00000001"));
        event.add(QStringLiteral("ChannelState"), QStringLiteral("5"));
        event.add(QStringLiteral("CallerIDNum"), QStringLiteral("101"));
        event.add(QStringLiteral("ConnectedLineNum"), caller);
        event.add(QStringLiteral("Uniqueid"), uniqueid);
        event.add(QStringLiteral("Linkedid"), uniqueid);
        return event;
    };
    AmiMessage hangup;
    hangup.add(QStringLiteral("Event"), QStringLiteral("Hangup"));
    hangup.add(QStringLiteral("Channel"), QStringLiteral("PJSIP/101-00000001"));
    hangup.add(QStringLiteral("Uniqueid"), QStringLiteral("1764400000.1"));
    hangup.add(QStringLiteral("Cause"), QStringLiteral("16"));

    AmiCallTracker tracker(QStringLiteral("101"));
    const QList<AmiCallEvent> first =
        tracker.take(ringingLeg(QStringLiteral("1764400000.1"), QStringLiteral("2125550301")));
    QCOMPARE(first.size(), 1);
    QCOMPARE(tracker.take(hangup).size(), 1);
    const QList<AmiCallEvent> again =
        tracker.take(ringingLeg(QStringLiteral("1764409999.1"), QStringLiteral("2125550302")));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().kind, AmiCallEvent::Kind::Ringing);
    QCOMPARE(again.first().callerId, QStringLiteral("2125550302"));
    QVERIFY(again.first().callKey != first.first().callKey);

    // A tracker made for new settings never hands out a key a console of the
    // old one may still hold.
    AmiCallTracker other(QStringLiteral("101"));
    const QList<AmiCallEvent> elsewhere =
        other.take(ringingLeg(QStringLiteral("1764400000.1"), QStringLiteral("2125550301")));
    QCOMPARE(elsewhere.size(), 1);
    QVERIFY(elsewhere.first().callKey != first.first().callKey);
    QVERIFY(elsewhere.first().callKey != again.first().callKey);
}

void TestAmi::endpointOfChannelNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("pjsip") << QStringLiteral("PJSIP/101-0000001f") << QStringLiteral("101");
    QTest::newRow("sip") << QStringLiteral("SIP/101-00000a12") << QStringLiteral("101");
    QTest::newRow("named peer") << QStringLiteral("SIP/desk-anna-000000a1") << QStringLiteral("desk-anna");
    QTest::newRow("iax2") << QStringLiteral("IAX2/101-1234") << QStringLiteral("101");
    QTest::newRow("local") << QStringLiteral("Local/101@from-internal-00000012;1") << QStringLiteral("101");
    QTest::newRow("bare") << QStringLiteral("101") << QStringLiteral("101");
}

void TestAmi::endpointOfChannelNames()
{
    QFETCH(QString, channel);
    QFETCH(QString, endpoint);
    QCOMPARE(AmiCallTracker::endpointOf(channel), endpoint);
}

void TestAmi::actionValuesCannotStartALine()
{
    const QByteArray action = amiAction({{QStringLiteral("Action"), QStringLiteral("Login")},
                                         {QStringLiteral("Secret"), QStringLiteral("x\r\nAction: Originate")}});
    QCOMPARE(action, QByteArray("Action: Login\r\nSecret: xAction: Originate\r\n\r\n"));
}

void TestAmi::clientLogsInAndReportsTheRing()
{
    FakeAmiServer server(QStringLiteral("s3cret"));
    // The recorded call, then another: once that one rings, every event of the first has been read.
    server.addSession({FakeAmiServer::fixture(QStringLiteral("pjsip-dialbegin.ami"))
                           + FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")),
                       false});
    QVERIFY(server.listen());
    AmiClient client;
    QSignalSpy rings(&client, &AmiClient::ringing);
    client.start(test::listeningAt(server.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(client.state(), AmiClient::State::Connected);
    QTRY_COMPARE(rings.count(), 2);
    const auto call = rings.first().first().value<CallRequest>();
    QCOMPARE(call.from, QStringLiteral("0501234567"));
    QCOMPARE(call.to, QStringLiteral("101"));
    QVERIFY(client.stateText().contains(QStringLiteral("extension 101")));
    // Logged in as configured, asking for call events only.
    QCOMPARE(server.logins().size(), 1);
    QCOMPARE(server.logins().first().value(QLatin1String("Username")), QStringLiteral("abonent"));
    QCOMPARE(server.logins().first().value(QLatin1String("Events")), QStringLiteral("call,dialplan"));
    // Later events of the same call do not pop it again: the next ring is the next call.
    QCOMPARE(rings.at(1).first().value<CallRequest>().from, QStringLiteral("+1 (212) 555-0144"));
    client.stop();
    QCOMPARE(client.state(), AmiClient::State::Off);
}

void TestAmi::newSettingsMidCallKeepFollowingTheCall()
{
    // The call rings through the first server, which then goes away; the
    // operator saves settings for another one (same extension) while the
    // client waits to reconnect. The call's end, told by the new server,
    // still reaches the call.
    const QByteArray call = FakeAmiServer::fixture(QStringLiteral("hangup-before-answer.ami"));
    const qsizetype hangups = call.indexOf("Event: DialEnd");
    QVERIFY(hangups > 0);
    FakeAmiServer first(QStringLiteral("s3cret"));
    first.addSession({call.left(hangups), true});
    first.addSession({QByteArray(), false});
    QVERIFY(first.listen());
    FakeAmiServer second(QStringLiteral("s3cret"));
    second.addSession({call.mid(hangups), false});
    QVERIFY(second.listen());

    AmiClient client;
    client.setRetryDelays(60000, 60000); // the reconnect stays pending
    QSignalSpy rings(&client, &AmiClient::ringing);
    QSignalSpy changes(&client, &AmiClient::callChanged);
    client.start(test::listeningAt(first.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(rings.count(), 1);
    QTRY_COMPARE(client.state(), AmiClient::State::Waiting);
    client.start(test::listeningAt(second.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(client.state(), AmiClient::State::Connected);
    QTRY_COMPARE(changes.count(), 2); // the ring itself, then its end
    QCOMPARE(changes.first().first().value<AmiCallEvent>().kind, AmiCallEvent::Kind::Ringing);
    const auto ended = changes.last().first().value<AmiCallEvent>();
    QCOMPARE(ended.callKey, rings.first().first().value<CallRequest>().callKey);
    QCOMPARE(ended.kind, AmiCallEvent::Kind::Ended);
    QCOMPARE(ended.ending, AmiCallEvent::Ending::Missed);
    QCOMPARE(rings.count(), 1);
}

void TestAmi::refusedLoginIsNotRetried()
{
    FakeAmiServer server(QStringLiteral("right"));
    QVERIFY(server.listen());
    AmiClient client;
    client.setRetryDelays(20, 40);
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(test::listeningAt(server.port()), QStringLiteral("wrong"));
    QTRY_COMPARE(client.state(), AmiClient::State::LoginRefused);
    QVERIFY(client.stateText().contains(QStringLiteral("Authentication failed")));
    // The same secret would be refused again: the client hangs up and plans
    // no more attempts (a planned one shows as Waiting).
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.connections(), 1);
    QCOMPARE(client.state(), AmiClient::State::LoginRefused);
    QVERIFY(!states.contains({QVariant::fromValue(AmiClient::State::Waiting)}));
}

void TestAmi::lostConnectionIsRetriedAndACutEventIgnored()
{
    const QByteArray whole = FakeAmiServer::fixture(QStringLiteral("pjsip-dialbegin.ami"));
    // The first session, another call, hangs up in the middle of the
    // DialBegin's DestChannel line; what is left of it must not pop.
    QByteArray other = whole;
    other.replace("1764070000.61", "1764070000.99").replace("0501234567", "0509990000");
    const QByteArray cut = other.left(other.indexOf("DestChannel: PJSIP/1") + 17);
    FakeAmiServer server(QStringLiteral("s3cret"));
    server.addSession({cut, true});
    // The replay, then another call: once that one rings, every event before it has been read.
    server.addSession({whole + FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")), false});
    QVERIFY(server.listen());
    AmiClient client;
    client.setRetryDelays(20, 200);
    QSignalSpy rings(&client, &AmiClient::ringing);
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(test::listeningAt(server.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(server.connections(), 2);
    QTRY_COMPARE(client.state(), AmiClient::State::Connected);
    QVERIFY(states.contains({QVariant::fromValue(AmiClient::State::Waiting)}));
    // The cut event never popped anything; the replay did, once.
    QTRY_COMPARE(rings.count(), 2);
    QCOMPARE(rings.at(0).first().value<CallRequest>().from, QStringLiteral("0501234567"));
    QCOMPARE(rings.at(1).first().value<CallRequest>().from, QStringLiteral("+1 (212) 555-0144"));
}

void TestAmi::malformedStreamFromTheServerDoesNotStopTheClient()
{
    FakeAmiServer server(QStringLiteral("s3cret"));
    server.addSession({FakeAmiServer::fixture(QStringLiteral("malformed.ami"))
                           + FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")),
                       false});
    QVERIFY(server.listen());
    AmiClient client;
    QSignalSpy rings(&client, &AmiClient::ringing);
    client.start(test::listeningAt(server.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(rings.count(), 2);
    QCOMPARE(rings.at(0).first().value<CallRequest>().from, QStringLiteral("0502222222"));
    QCOMPARE(rings.at(1).first().value<CallRequest>().from, QStringLiteral("+1 (212) 555-0144"));
    QCOMPARE(client.state(), AmiClient::State::Connected);
    QVERIFY(client.droppedLines() > 0);
    QCOMPARE(server.connections(), 1);
}

void TestAmi::pausesGrowWhileTheServerIsAway()
{
    // A manager that keeps hanging up, as while it restarts.
    FakeAmiServer restarting(QStringLiteral("s3cret"));
    restarting.setHangsUpAtOnce(true);
    QVERIFY(restarting.listen());
    AmiClient client;
    client.setRetryDelays(10, 80);
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(test::listeningAt(restarting.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE_WITH_TIMEOUT(client.retryDelayMs(), 80, 15000);
    int waits = 0;
    for (const QList<QVariant>& change : std::as_const(states)) {
        waits += change.first().value<AmiClient::State>() == AmiClient::State::Waiting;
    }
    QVERIFY(waits >= 3); // 10, 20, 40, then 80 and no longer
    QVERIFY(restarting.connections() >= 3);
    QVERIFY(client.stateText().contains(QStringLiteral("not reachable")));
    // Once it is back, the client finds it and starts the pauses over.
    FakeAmiServer server(QStringLiteral("s3cret"));
    QVERIFY(server.listen());
    client.stop();
    client.start(test::listeningAt(server.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(client.state(), AmiClient::State::Connected);
    QCOMPARE(client.retryDelayMs(), 10);
}

void TestAmi::secretGoesOnlyToAnAsteriskManager()
{
    // Something else answers on the port: it never sees the secret.
    FakeAmiServer web(QStringLiteral("s3cret"));
    web.setGreeting("HTTP/1.1 400 Bad Request\r\n\r\n");
    QVERIFY(web.listen());
    AmiClient client;
    client.setRetryDelays(20, 40);
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(test::listeningAt(web.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(client.state(), AmiClient::State::LoginRefused);
    QVERIFY(web.logins().isEmpty());
    QVERIFY(client.stateText().contains(QStringLiteral("not an Asterisk manager interface")));
    // Hung up, and no attempt planned (a planned one shows as Waiting).
    QTRY_COMPARE(web.openConnections(), 0);
    QCOMPARE(web.connections(), 1);
    QVERIFY(!states.contains({QVariant::fromValue(AmiClient::State::Waiting)}));
}

void TestAmi::deadServerIsNoticedByThePing()
{
    FakeAmiServer server(QStringLiteral("s3cret"));
    QVERIFY(server.listen());
    AmiClient client;
    client.setRetryDelays(20, 40);
    client.setPingInterval(50);
    client.setAnswerTimeout(200);
    client.start(test::listeningAt(server.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(client.state(), AmiClient::State::Connected);
    // Answered pings keep the connection.
    QTRY_VERIFY(server.pings() >= 3);
    QCOMPARE(server.connections(), 1);
    QCOMPARE(client.state(), AmiClient::State::Connected);
    // Then the server falls silent: the client gives up on that connection and connects anew.
    server.setAnswersPings(false);
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 15000);
}

void TestAmi::waitingSaysWhenItTriesAgain()
{
    FakeAmiServer restarting(QStringLiteral("s3cret"));
    restarting.setHangsUpAtOnce(true);
    QVERIFY(restarting.listen());
    AmiClient client;
    client.setRetryDelays(3000, 3000);
    client.start(test::listeningAt(restarting.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Waiting, 15000);
    QVERIFY2(client.stateText().contains(QStringLiteral("trying again in 3 s")), qPrintable(client.stateText()));
}

QTEST_MAIN(TestAmi)
#include "tst_ami.moc"
