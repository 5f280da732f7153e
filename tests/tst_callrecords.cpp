#include "AuditLog.h"
#include "CallRecordings.h"
#include "ContactRepository.h"
#include "CustomerService.h"
#include "FakeHttpServer.h"
#include "OperatorRepository.h"
#include "PhoneNumber.h"
#include "RemoteRecordings.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "UnlinkedCalls.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace abonent;

// What is kept of a call beyond its note: what happened when nobody spoke,
// calls waiting for a customer, and the recording with its fingerprint.
class TestCallRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aContactSaysWhatItWasAbout();
    void anUnlinkedCallIsLinkedOnceWithItsRecording();
    void anUnlinkedCallIsSetAsideWithAReason();
    void recordingNamesComeFromTheCallsIdentifiers_data();
    void recordingNamesComeFromTheCallsIdentifiers();
    void aRecordingIsFingerprintedOnceComplete();
    void aMissingOrAlteredRecordingIsSaid();
    void wavDurationIsReadFromTheHeader();
    void onlySoundFilesInsideTheFolderAreNamed_data();
    void onlySoundFilesInsideTheFolderAreNamed();
    void oldCallsAreNotLookedForForever();
    void aRecordingOnAWebServerIsFetchedOnceFinished();

private:
    Contact call(const QString& topic) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_operator = 0;
    qint64 m_customer = 0;
};

void TestCallRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("calls.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    Operator person;
    person.login = QStringLiteral("ada");
    person.name = QStringLiteral("Ada Operator");
    person.role = Role::Operator;
    person.costPerHour = Money {3000, QStringLiteral("USD")};
    const auto added = OperatorRepository(m_db).add(person);
    QVERIFY2(added, qPrintable(added.errorString()));
    m_operator = added.value();
    Customer customer;
    customer.contractNumber = QStringLiteral("R-1");
    customer.name = QStringLiteral("Rex Recorded");
    customer.customerSince = QDate(2026, 1, 1);
    customer.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0188"), {}).value())};
    const auto created = CustomerService(m_db).create(Actor {}, customer);
    QVERIFY2(created, qPrintable(created.errorString()));
    m_customer = created.value();
}

void TestCallRecords::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_dir.reset();
}

Contact TestCallRecords::call(const QString& topic) const
{
    Contact note;
    note.channel = Channel::PhoneIn;
    note.startedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
    note.durationSeconds = 95;
    note.operatorId = m_operator;
    note.topic = topic;
    return note;
}

void TestCallRecords::aContactSaysWhatItWasAbout()
{
    ContactRepository contacts(m_db);
    Contact empty = call(QStringLiteral("   "));
    empty.customerId = m_customer;
    const auto refused = contacts.add(empty);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    // A call nobody spoke on says what happened instead.
    Contact hungUp = empty;
    hungUp.noConversation = NoConversation::HungUp;
    hungUp.outcome = outcomeOf(NoConversation::HungUp);
    const auto kept = contacts.add(hungUp);
    QVERIFY2(kept, qPrintable(kept.errorString()));
    const Contact back = contacts.contactsOf(m_customer).value().first();
    QCOMPARE(back.noConversation, std::optional<NoConversation>(NoConversation::HungUp));
    QCOMPARE(back.outcome, Outcome::Unresolved);
    // Only a call can end unspoken; the schema holds the codes too.
    Contact mail = hungUp;
    mail.channel = Channel::Email;
    QVERIFY(!contacts.add(mail));
    QSqlQuery odd(m_db);
    QVERIFY(
        !sql::exec(odd, QStringLiteral("UPDATE contacts SET no_conversation = 'asleep' WHERE id = ?"), {kept.value()})
             .ok());
}

void TestCallRecords::anUnlinkedCallIsLinkedOnceWithItsRecording()
{
    UnlinkedCalls unlinked(m_db);
    const Actor ada {m_operator, Role::Operator};
    QVERIFY(!unlinked.keep(ada, QString(), call(QString())).ok()); // says nothing: refused
    const auto kept = unlinked.keep(ada, QString(), call(QStringLiteral("Router blinks red")));
    QVERIFY2(kept, qPrintable(kept.errorString()));
    QVERIFY(CallRecordings(m_db).attach(0, kept.value(), QStringLiteral("1764.5"), QStringLiteral("1764.5.wav")));
    QCOMPARE(unlinked.waitingCount().value(), 1);
    const UnlinkedCall waiting = unlinked.waiting().value().first();
    QCOMPARE(waiting.note.topic, QStringLiteral("Router blinks red"));
    QCOMPARE(waiting.operatorName, QStringLiteral("Ada Operator"));

    const auto contact = unlinked.link(ada, kept.value(), m_customer);
    QVERIFY2(contact, qPrintable(contact.errorString()));
    QCOMPARE(unlinked.waitingCount().value(), 0);
    const QList<Contact> history = ContactRepository(m_db).contactsOf(m_customer).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().id, contact.value());
    QCOMPARE(history.first().topic, QStringLiteral("Router blinks red"));
    QCOMPARE(history.first().durationSeconds, 95);
    QCOMPARE(history.first().operatorId, std::optional<qint64>(m_operator));
    // The recording went with it, and the link is in the customer's audit trail.
    const QList<CallRecording> recordings = CallRecordings(m_db).ofCustomer(m_customer).value();
    QCOMPARE(recordings.size(), 1);
    QCOMPARE(recordings.first().contactId, contact.value());
    QCOMPARE(sql::scalar(m_db,
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE customer_id = ? AND action = ?"),
                         {m_customer, AuditLog::callLinked()})
                 .value()
                 .toInt(),
             1);
    // Linked once: again (from another desk) is a conflict, not a second contact.
    const auto again = unlinked.link(ada, kept.value(), m_customer);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(ContactRepository(m_db).contactsOf(m_customer).value().size(), 1);
    // What was kept is not rewritten or removed by hand either.
    QSqlQuery change(m_db);
    QVERIFY(
        !sql::exec(change, QStringLiteral("UPDATE unlinked_calls SET topic = 'x' WHERE id = ?"), {kept.value()}).ok());
    QVERIFY(!sql::exec(change, QStringLiteral("DELETE FROM unlinked_calls WHERE id = ?"), {kept.value()}).ok());
    QVERIFY(!sql::exec(change,
                       QStringLiteral("UPDATE call_recordings SET contact_id = NULL WHERE id = ?"),
                       {recordings.first().id})
                 .ok());
}

void TestCallRecords::anUnlinkedCallIsSetAsideWithAReason()
{
    UnlinkedCalls unlinked(m_db);
    const Actor ada {m_operator, Role::Operator};
    Contact wrong = call(QString());
    wrong.noConversation = NoConversation::WrongNumber;
    const qint64 id = unlinked.keep(ada, QStringLiteral("2125550100"), wrong).value();
    QVERIFY(!unlinked.dismiss(ada, id, QStringLiteral("  ")).ok());
    QCOMPARE(unlinked.waitingCount().value(), 1);
    QVERIFY(unlinked.dismiss(ada, id, QStringLiteral("A pizza order for someone else")).ok());
    QCOMPARE(unlinked.waitingCount().value(), 0);
    // Kept, with the reason, and not linkable afterwards.
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT dismiss_reason FROM unlinked_calls WHERE id = ?"), {id})
                 .value()
                 .toString(),
             QStringLiteral("A pizza order for someone else"));
    QCOMPARE(unlinked.link(ada, id, m_customer).error().code, Error::Code::Conflict);
}

void TestCallRecords::recordingNamesComeFromTheCallsIdentifiers_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("announced");
    QTest::addColumn<QString>("uniqueId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the Uniqueid") << QStringLiteral("${UNIQUEID}.wav") << QString() << QStringLiteral("1764.50")
                                  << QStringLiteral("1764.50.wav");
    QTest::newRow("dated folders") << QStringLiteral("${YEAR}/${MONTH}/${DAY}/${CALLERID}-${LINKEDID}.wav") << QString()
                                   << QStringLiteral("1764.50") << QStringLiteral("2026/12/06/2125550188-1764.40.wav");
    QTest::newRow("no Uniqueid: the call's Linkedid")
        << QStringLiteral("${UNIQUEID}.wav") << QString() << QString() << QStringLiteral("1764.40.wav");
    QTest::newRow("an identifier cannot leave the folder")
        << QStringLiteral("${UNIQUEID}.wav") << QString() << QStringLiteral("../../etc/passwd")
        << QStringLiteral(".._.._etc_passwd.wav");
    QTest::newRow("announced under the phone system's folder")
        << QStringLiteral("${UNIQUEID}.wav") << QStringLiteral("/var/spool/asterisk/monitor/2026/12/06/in-101.wav")
        << QStringLiteral("1764.50") << QStringLiteral("2026/12/06/in-101.wav");
    QTest::newRow("announced elsewhere: its name")
        << QStringLiteral("${UNIQUEID}.wav") << QStringLiteral("/srv/rec/in-102.wav") << QStringLiteral("1")
        << QStringLiteral("in-102.wav");
}

void TestCallRecords::recordingNamesComeFromTheCallsIdentifiers()
{
    QFETCH(QString, pattern);
    QFETCH(QString, announced);
    QFETCH(QString, uniqueId);
    QFETCH(QString, expected);
    RecordingPlace place;
    place.where = m_dir->path();
    place.pattern = pattern;
    CallIdentity call;
    call.uniqueId = uniqueId;
    call.linkedId = QStringLiteral("1764.40");
    call.callerId = QStringLiteral("2125550188");
    call.startedAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::LocalTime).toUTC();
    call.announcedFile = announced;
    QCOMPARE(place.fileNameFor(call), expected);
    // Without the identifier the pattern needs at all, there is no name.
    call.uniqueId.clear();
    call.linkedId.clear();
    call.announcedFile.clear();
    if (pattern.contains(QLatin1String("ID}"))) {
        QVERIFY(place.fileNameFor(call).isEmpty());
    }
}

void TestCallRecords::aRecordingIsFingerprintedOnceComplete()
{
    Contact note = call(QStringLiteral("Shouting about the bill"));
    note.customerId = m_customer;
    const qint64 contact = ContactRepository(m_db).add(note).value();
    CallRecordings recordings(m_db);
    QVERIFY(recordings.attach(contact, 0, QStringLiteral("1764.60"), QStringLiteral("2026/1764.60.wav")));
    RecordingPlace place;
    place.where = m_dir->filePath(QStringLiteral("monitor"));
    QVERIFY(QDir().mkpath(place.where + QStringLiteral("/2026")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::chrono::seconds quiet(20);
    RecordingFingerprinter fingerprinter;
    // Not there yet: nothing to do.
    QCOMPARE(fingerprinter.run(m_db, place, now, quiet).value(), 0);
    const QString path = place.locationOf(QStringLiteral("2026/1764.60.wav"));
    QByteArray bytes = test::wavBytes(2000, 3);
    test::writeFile(path, bytes);
    // Seen for the first time, then unchanged for less than the quiet time.
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(5), quiet).value(), 0);
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(15), quiet).value(), 0);
    // Still being written: the quiet time starts again.
    bytes = test::wavBytes(2500, 3);
    test::writeFile(path, bytes);
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(30), quiet).value(), 0);
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(45), quiet).value(), 0);
    QVERIFY(!recordings.ofCustomer(m_customer).value().first().fingerprint);
    // Unchanged for long enough by this desk's clock, whatever the file's
    // own time says: fingerprinted, once.
    const QDateTime later = now.addSecs(55);
    QCOMPARE(fingerprinter.run(m_db, place, later, quiet).value(), 1);
    const CallRecording kept = recordings.ofCustomer(m_customer).value().first();
    QVERIFY(kept.fingerprint);
    QCOMPARE(kept.fingerprint->sizeBytes, bytes.size());
    QCOMPARE(kept.fingerprint->sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(kept.fingerprint->durationMs, std::optional<qint64>(2500));
    QCOMPARE(fingerprinter.run(m_db, place, later.addSecs(30), quiet).value(), 0);
    // A fingerprint is never replaced, by the program or by hand.
    RecordingFingerprint other = *kept.fingerprint;
    other.sha256 = QString(64, QLatin1Char('0'));
    QVERIFY(recordings.keepFingerprint(kept.id, other));
    QCOMPARE(recordings.one(kept.id).value().fingerprint->sha256, kept.fingerprint->sha256);
    QSqlQuery change(m_db);
    QVERIFY(!sql::exec(
                 change, QStringLiteral("UPDATE call_recordings SET sha256 = ? WHERE id = ?"), {other.sha256, kept.id})
                 .ok());
    QVERIFY(!sql::exec(change, QStringLiteral("DELETE FROM call_recordings WHERE id = ?"), {kept.id}).ok());
}

void TestCallRecords::aMissingOrAlteredRecordingIsSaid()
{
    Contact note = call(QStringLiteral("Threatened the installer"));
    note.customerId = m_customer;
    const qint64 contact = ContactRepository(m_db).add(note).value();
    CallRecordings recordings(m_db);
    const qint64 id = recordings.attach(contact, 0, QStringLiteral("1764.70"), QStringLiteral("1764.70.wav")).value();
    RecordingPlace place;
    place.where = m_dir->path();
    const QString path = place.locationOf(QStringLiteral("1764.70.wav"));
    QCOMPARE(CallRecordings::check(place, recordings.one(id).value()).state, RecordingCheck::State::Missing);
    test::writeFile(path, test::wavBytes(1000, 7));
    QCOMPARE(CallRecordings::check(place, recordings.one(id).value()).state, RecordingCheck::State::NotFingerprinted);
    RecordingFingerprinter fingerprinter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(fingerprinter.run(m_db, place, now, std::chrono::seconds(1)).value(), 0);
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(2), std::chrono::seconds(1)).value(), 1);
    const RecordingCheck unchanged = CallRecordings::check(place, recordings.one(id).value());
    QCOMPARE(unchanged.state, RecordingCheck::State::Unchanged);
    QVERIFY(unchanged.playable());
    // One byte changed: said, with both digests, and not playable as the recording.
    QByteArray altered = test::wavBytes(1000, 7);
    altered[altered.size() - 1] = static_cast<char>(altered.at(altered.size() - 1) ^ 0x01);
    test::writeFile(path, altered);
    const RecordingCheck changed = CallRecordings::check(place, recordings.one(id).value());
    QCOMPARE(changed.state, RecordingCheck::State::Changed);
    QVERIFY(!changed.playable());
    QVERIFY(changed.explanation.contains(recordings.one(id).value().fingerprint->sha256));
    QVERIFY(changed.explanation.contains(changed.now->sha256));
    QVERIFY(QFile::remove(path));
    const RecordingCheck missing = CallRecordings::check(place, recordings.one(id).value());
    QCOMPARE(missing.state, RecordingCheck::State::Missing);
    QVERIFY(missing.explanation.contains(QDir::toNativeSeparators(path)));
    // A desk that does not know where recordings are says so.
    QCOMPARE(CallRecordings::check(RecordingPlace {}, recordings.one(id).value()).state,
             RecordingCheck::State::Missing);
}

void TestCallRecords::wavDurationIsReadFromTheHeader()
{
    QByteArray wav = test::wavBytes(1500);
    QBuffer buffer(&wav);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(CallRecordings::wavDurationMs(buffer), std::optional<qint64>(1500));
    // Cut short (still being written): what is there, not what the header hoped.
    QByteArray cut = wav.left(44 + 8000);
    QBuffer partial(&cut);
    QVERIFY(partial.open(QIODevice::ReadOnly));
    QCOMPARE(CallRecordings::wavDurationMs(partial), std::optional<qint64>(500));
    // A header that claims a 4 GiB format chunk is refused, not allocated.
    QByteArray huge = wav;
    qToLittleEndian<quint32>(0xfffffff0u, huge.data() + 16);
    QBuffer claims(&huge);
    QVERIFY(claims.open(QIODevice::ReadOnly));
    QVERIFY(!CallRecordings::wavDurationMs(claims));
    QByteArray notWav("ID3\x03 an mp3");
    QBuffer mp3(&notWav);
    QVERIFY(mp3.open(QIODevice::ReadOnly));
    QVERIFY(!CallRecordings::wavDurationMs(mp3));
}

void TestCallRecords::onlySoundFilesInsideTheFolderAreNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("a file") << QStringLiteral("1764.50.wav") << true;
    QTest::newRow("dated folders") << QStringLiteral("2026/12/06/in-101.WAV") << true;
    QTest::newRow("mp3") << QStringLiteral("q/1.mp3") << true;
    QTest::newRow("up and out") << QStringLiteral("../../etc/passwd.wav") << false;
    QTest::newRow("up inside") << QStringLiteral("2026/../1.wav") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/x.wav") << false;
    QTest::newRow("a drive") << QStringLiteral("C:/x.wav") << false;
    QTest::newRow("backslashes") << QStringLiteral("..\\x.wav") << false;
    QTest::newRow("a program") << QStringLiteral("setup.exe") << false;
    QTest::newRow("a shortcut") << QStringLiteral("rec.wav.lnk") << false;
    QTest::newRow("empty part") << QStringLiteral("2026//1.wav") << false;
}

void TestCallRecords::onlySoundFilesInsideTheFolderAreNamed()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(RecordingPlace::isSafeFileName(name), safe);
    // The phone system announcing such a name gives no recording at all.
    RecordingPlace place;
    place.where = m_dir->path();
    CallIdentity call;
    call.uniqueId = QStringLiteral("1");
    call.announcedFile = place.pbxFolder + QLatin1Char('/') + name;
    QCOMPARE(place.fileNameFor(call).isEmpty(), !safe);
    // Nor does a pattern that names no call: every call would get one file.
    place.pattern = QStringLiteral("${CALLERID}.wav");
    call.announcedFile.clear();
    call.callerId = QStringLiteral("2125550188");
    QVERIFY(place.fileNameFor(call).isEmpty());
}

void TestCallRecords::oldCallsAreNotLookedForForever()
{
    Contact note = call(QStringLiteral("Long ago"));
    note.customerId = m_customer;
    note.startedAt = QDateTime::currentDateTimeUtc().addDays(-(CallRecordings::kLookBackDays + 5));
    const qint64 contact = ContactRepository(m_db).add(note).value();
    QVERIFY(CallRecordings(m_db).attach(contact, 0, QStringLiteral("9"), QStringLiteral("9.wav")));
    RecordingPlace place;
    place.where = m_dir->path();
    test::writeFile(place.locationOf(QStringLiteral("9.wav")), test::wavBytes(500));
    RecordingFingerprinter fingerprinter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(fingerprinter.run(m_db, place, now, std::chrono::seconds(1)).value(), 0);
    QCOMPARE(fingerprinter.run(m_db, place, now.addSecs(5), std::chrono::seconds(1)).value(), 0);
    // Still checked when someone plays it.
    QCOMPARE(CallRecordings::check(place, CallRecordings(m_db).ofCustomer(m_customer).value().first()).state,
             RecordingCheck::State::NotFingerprinted);
}

void TestCallRecords::aRecordingOnAWebServerIsFetchedOnceFinished()
{
    test::FakeHttpServer pbx;
    QVERIFY(pbx.listen());
    Contact note = call(QStringLiteral("Threatened to sue"));
    note.customerId = m_customer;
    const qint64 contact = ContactRepository(m_db).add(note).value();
    QVERIFY(CallRecordings(m_db).attach(contact, 0, QStringLiteral("1764.80"), QStringLiteral("2026/1764.80.wav")));
    RecordingPlace place;
    place.where = pbx.baseUrl();
    RemoteRecordings remote;
    QSignalSpy rounds(&remote, &RemoteRecordings::roundDone);
    const std::chrono::seconds quiet(20);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto round = [&](int secondsLater) {
        rounds.clear();
        remote.fingerprintRound(m_db, place, now.addSecs(secondsLater), quiet);
        // A round with nothing to ask of the server ends at once.
        if (rounds.isEmpty() && !rounds.wait(10000)) {
            return -1;
        }
        return rounds.first().first().toInt();
    };
    QCOMPARE(round(0), 0); // not on the server yet
    // A page instead of the file (a login, a "not found" page) is not the recording.
    pbx.put(QStringLiteral("/monitor/2026/1764.80.wav"), {"<html>Sign in</html>", {}, "text/html"});
    QCOMPARE(round(5), 0);
    QCOMPARE(round(40), 0);
    QCOMPARE(pbx.gets(), 0);
    // Still being written: its length changes between looks.
    pbx.put(QStringLiteral("/monitor/2026/1764.80.wav"), {test::wavBytes(1000, 4)});
    QCOMPARE(round(50), 0);
    pbx.put(QStringLiteral("/monitor/2026/1764.80.wav"), {test::wavBytes(1800, 4)});
    QCOMPARE(round(75), 0);
    QCOMPARE(pbx.gets(), 0); // only looked at, not fetched
    // Unchanged for longer than the pause: fetched once and fingerprinted.
    QCOMPARE(round(100), 1);
    QCOMPARE(pbx.gets(), 1);
    const CallRecording kept = CallRecordings(m_db).ofCustomer(m_customer).value().first();
    QVERIFY(kept.fingerprint);
    QCOMPARE(
        kept.fingerprint->sha256,
        QString::fromLatin1(QCryptographicHash::hash(test::wavBytes(1800, 4), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(kept.fingerprint->durationMs, std::optional<qint64>(1800));
    QCOMPARE(round(130), 0);
    QCOMPARE(pbx.gets(), 1);
}

QTEST_GUILESS_MAIN(TestCallRecords)
#include "tst_callrecords.moc"
