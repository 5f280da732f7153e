#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QIODevice;

namespace abonent {

// What the phone system called one call: what a recording's name is made from.
struct CallIdentity
{
    QString uniqueId; // the caller's channel (Asterisk's ${UNIQUEID} where MixMonitor runs)
    QString linkedId; // the whole call
    QString callerId;
    QDateTime startedAt; // UTC
    QString announcedFile; // the file name MixMonitor was given, as the phone system sees it
};

// Where this desk reaches the phone system's recordings and how a call's
// file is named there. A desk setting: one office mounts the share at
// different places on different desks, so the database keeps only the file
// name and each desk finds it under its own folder.
struct RecordingPlace
{
    QString where; // a folder (local or a mounted share), or an http(s) URL
    QString pattern = QStringLiteral("${UNIQUEID}.wav");
    QString pbxFolder = QStringLiteral("/var/spool/asterisk/monitor");

    static RecordingPlace ofDesk(const QSettings& settings);
    void saveToDesk(QSettings& settings) const;

    bool isSet() const { return !where.trimmed().isEmpty(); }
    bool isUrl() const;
    // The file name under `where`: the name the phone system announced, else
    // the pattern with ${UNIQUEID}, ${LINKEDID}, ${CALLERID}, ${YEAR},
    // ${MONTH} and ${DAY} (of the call's start, local time). Empty when the
    // identifiers it needs are missing or the name is not a safe one.
    QString fileNameFor(const CallIdentity& call) const;
    // A sound file's name relative to the folder, with no way out of it.
    static bool isSafeFileName(const QString& name);
    // Whether a pattern tells one call's file from another's.
    static bool namesOneCall(const QString& pattern);
    // The file's path or URL at this desk.
    QString locationOf(const QString& fileName) const;
    // The web address of a recording behind a URL (isUrl()).
    QUrl urlOf(const QString& fileName) const;

private:
    QString unsafeFileNameFor(const CallIdentity& call) const;
};

// A recording's size and SHA-256, and its length where the file says.
struct RecordingFingerprint
{
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex
    std::optional<qint64> durationMs; // from a WAV header
};

// The recording of one call, as kept with its contact.
struct CallRecording
{
    qint64 id = 0;
    qint64 contactId = 0; // 0 while its call waits for a customer
    qint64 unlinkedCallId = 0;
    QString callId;
    QString fileName;
    std::optional<RecordingFingerprint> fingerprint; // once the file was complete
    QDateTime fingerprintedAt;
    QDateTime callStartedAt;
    int callSeconds = 0;
};

// What a recording's file says now against what was kept.
struct RecordingCheck
{
    enum class State {
        Unchanged, // the file is the one fingerprinted
        NotFingerprinted, // there, but not yet complete when last looked at
        Missing,
        Changed, // its SHA-256 differs: not the file that was meant
        Unreadable,
        Remote, // behind a URL: to be fetched, then compared
    };
    State state = State::Missing;
    QString location;
    QString explanation; // for people, when it is not Unchanged
    std::optional<RecordingFingerprint> now;

    bool playable() const { return state == State::Unchanged || state == State::NotFingerprinted; }
};

// The recordings kept with calls. A recording row is written with its call;
// its fingerprint once the file is complete (the phone system writes it to
// the end of the call), by a short update after the file was read, never
// while a transaction is open. Nothing is deleted or changed afterwards.
class CallRecordings
{
    Q_DECLARE_TR_FUNCTIONS(CallRecordings)

public:
    explicit CallRecordings(QSqlDatabase db);

    // In the caller's transaction, with the contact or unlinked call it belongs to.
    Result<qint64> attach(qint64 contactId, qint64 unlinkedCallId, const QString& callId, const QString& fileName);
    Result<CallRecording> one(qint64 recordingId) const;
    Result<QList<CallRecording>> ofContacts(const QList<qint64>& contactIds) const;
    Result<QList<CallRecording>> ofCustomer(qint64 customerId) const;
    // Those of calls since `since` whose fingerprint is not taken yet.
    // Those not yet fingerprinted whose names are safe to open, of the calls
    // of the last kLookBackDays days: files that never come are not looked
    // for forever.
    Result<QList<CallRecording>> awaitingFingerprint(const QDateTime& now) const;
    static constexpr int kLookBackDays = 30;
    Status keepFingerprint(qint64 recordingId, const RecordingFingerprint& fingerprint);

    // A file's state now; a URL's is Remote, to be fetched and compare()d.
    static RecordingCheck check(const RecordingPlace& place, const CallRecording& recording);
    static RecordingCheck
    compare(const CallRecording& recording, const RecordingFingerprint& now, const QString& location);
    static Result<RecordingFingerprint> fingerprintOf(const QString& path);
    static Result<RecordingFingerprint> fingerprintOf(QIODevice& device);
    // The length of a RIFF/WAVE file from its header; nothing for other files.
    static std::optional<qint64> wavDurationMs(QIODevice& file);

private:
    Result<QList<CallRecording>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

// When a recording is finished: looked at again and again, its size and
// version (a file's time, a web server's Last-Modified or ETag) have not
// changed for `quiet` by this desk's clock, whatever the server's clock says.
class FinishedFiles
{
public:
    void startRound();
    // Whether the recording is finished; remembers this look.
    bool settled(qint64 id, qint64 size, const QString& version, const QDateTime& now, std::chrono::seconds quiet);
    void forget(qint64 id);
    // Forgets the recordings not looked at in this round.
    void endRound();

private:
    struct Look
    {
        qint64 size = -1;
        QString version;
        QDateTime since; // by this desk's clock
    };
    QHash<qint64, Look> m_looks;
    QSet<qint64> m_seenThisRound;
};

// Takes the fingerprint of each recording in a folder once the phone system
// has finished it (looked at every half minute in the window), among those
// awaitingFingerprint().
class RecordingFingerprinter
{
public:
    Result<int>
    run(const QSqlDatabase& db, const RecordingPlace& place, const QDateTime& now, std::chrono::seconds quiet);

private:
    FinishedFiles m_finished;
};

} // namespace abonent
