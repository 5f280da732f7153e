#include "CallRecordings.h"

#include "DeskSettings.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QtEndian>

namespace abonent {

RecordingPlace RecordingPlace::ofDesk(const QSettings& settings)
{
    RecordingPlace place;
    place.where = DeskSettings::value(settings, DeskSetting::RecordingsWhere).toString();
    place.pattern = DeskSettings::value(settings, DeskSetting::RecordingsPattern).toString();
    place.pbxFolder = DeskSettings::value(settings, DeskSetting::RecordingsPbxFolder).toString();
    return place;
}

void RecordingPlace::saveToDesk(QSettings& settings) const
{
    DeskSettings::setValue(settings, DeskSetting::RecordingsWhere, where.trimmed());
    DeskSettings::setValue(settings, DeskSetting::RecordingsPattern, pattern.trimmed());
    DeskSettings::setValue(settings, DeskSetting::RecordingsPbxFolder, pbxFolder.trimmed());
}

bool RecordingPlace::isUrl() const
{
    const QString trimmed = where.trimmed();
    return trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool RecordingPlace::isSafeFileName(const QString& name)
{
    // Relative, inside the folder, and a sound file: a caller's number is
    // part of many names, and the desktop would run what it is handed.
    static const QStringList kSoundSuffixes {QStringLiteral("wav"),
                                             QStringLiteral("mp3"),
                                             QStringLiteral("ogg"),
                                             QStringLiteral("opus"),
                                             QStringLiteral("flac"),
                                             QStringLiteral("gsm"),
                                             QStringLiteral("m4a")};
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char(':')) || QDir::isAbsolutePath(name)) {
        return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")) {
            return false;
        }
    }
    return kSoundSuffixes.contains(parts.last().section(QLatin1Char('.'), -1).toLower());
}

QString RecordingPlace::fileNameFor(const CallIdentity& call) const
{
    const QString name = unsafeFileNameFor(call);
    return isSafeFileName(name) ? name : QString();
}

QString RecordingPlace::unsafeFileNameFor(const CallIdentity& call) const
{
    if (!call.announcedFile.trimmed().isEmpty()) {
        // The phone system's own path: what lies under its recordings folder
        // lies under ours; elsewhere, only the name can be taken.
        const QString announced = QDir::fromNativeSeparators(call.announcedFile.trimmed());
        QString root = QDir::fromNativeSeparators(pbxFolder.trimmed());
        if (!root.isEmpty() && !root.endsWith(QLatin1Char('/'))) {
            root += QLatin1Char('/');
        }
        if (!root.isEmpty() && announced.startsWith(root)) {
            return announced.mid(root.size());
        }
        return announced.section(QLatin1Char('/'), -1);
    }
    const QDate day = call.startedAt.toLocalTime().date();
    const QList<QPair<QString, QString>> values {
        {QStringLiteral("${UNIQUEID}"), call.uniqueId.isEmpty() ? call.linkedId : call.uniqueId},
        {QStringLiteral("${LINKEDID}"), call.linkedId.isEmpty() ? call.uniqueId : call.linkedId},
        {QStringLiteral("${CALLERID}"), call.callerId},
        {QStringLiteral("${YEAR}"), day.isValid() ? QString::number(day.year()) : QString()},
        {QStringLiteral("${MONTH}"),
         day.isValid() ? QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0')) : QString()},
        {QStringLiteral("${DAY}"),
         day.isValid() ? QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0')) : QString()},
    };
    QString name = pattern.trimmed();
    if (!namesOneCall(name)) {
        return {}; // every call would point at the same file
    }
    for (const auto& [variable, value] : values) {
        if (!name.contains(variable)) {
            continue;
        }
        if (value.isEmpty()) {
            return {}; // a name without its identifier would point at some other file
        }
        // An identifier is part of one name: never a way out of the folder.
        QString safe = value;
        safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
        name.replace(variable, safe);
    }
    return name;
}

bool RecordingPlace::namesOneCall(const QString& pattern)
{
    return pattern.contains(QLatin1String("${UNIQUEID}")) || pattern.contains(QLatin1String("${LINKEDID}"));
}

QString RecordingPlace::locationOf(const QString& fileName) const
{
    if (isUrl()) {
        return urlOf(fileName).toDisplayString(QUrl::RemovePassword); // shown to people
    }
    return QDir::toNativeSeparators(QDir(where.trimmed()).filePath(fileName));
}

QUrl RecordingPlace::urlOf(const QString& fileName) const
{
    QString base = where.trimmed();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    QStringList parts;
    for (const QString& part : fileName.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(part));
    }
    return QUrl(base + parts.join(QLatin1Char('/')));
}

CallRecordings::CallRecordings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64>
CallRecordings::attach(qint64 contactId, qint64 unlinkedCallId, const QString& callId, const QString& fileName)
{
    if (fileName.trimmed().isEmpty() || (contactId <= 0 && unlinkedCallId <= 0)) {
        return makeError(Error::Code::Invalid, tr("A recording needs its file name and the call it belongs to."));
    }
    QSqlQuery insert(m_db);
    return sql::insert(insert,
                       QStringLiteral("INSERT INTO call_recordings (contact_id, unlinked_call_id, call_id, file_name)"
                                      " VALUES (?, ?, ?, ?)"),
                       {contactId > 0 ? QVariant(contactId) : QVariant(),
                        unlinkedCallId > 0 ? QVariant(unlinkedCallId) : QVariant(),
                        callId,
                        fileName.trimmed()});
}

Result<QList<CallRecording>> CallRecordings::select(const QString& where, const QVariantList& values) const
{
    auto query = sql::select(
        m_db,
        QStringLiteral("SELECT r.id, r.contact_id, r.unlinked_call_id, r.call_id, r.file_name, r.size_bytes,"
                       " r.sha256, r.duration_ms, r.hashed_at, coalesce(k.started_at, u.started_at),"
                       " coalesce(k.duration_s, u.duration_s) FROM call_recordings r"
                       " LEFT JOIN contacts k ON k.id = r.contact_id"
                       " LEFT JOIN unlinked_calls u ON u.id = r.unlinked_call_id WHERE ")
            + where + QStringLiteral(" ORDER BY 10, r.id"),
        values);
    if (!query) {
        return query.error();
    }
    QList<CallRecording> recordings;
    while (query->next()) {
        CallRecording recording;
        recording.id = query->value(0).toLongLong();
        recording.contactId = query->value(1).toLongLong();
        recording.unlinkedCallId = query->value(2).toLongLong();
        recording.callId = query->value(3).toString();
        recording.fileName = query->value(4).toString();
        if (!query->value(6).isNull()) {
            RecordingFingerprint fingerprint;
            fingerprint.sizeBytes = query->value(5).toLongLong();
            fingerprint.sha256 = query->value(6).toString();
            if (!query->value(7).isNull()) {
                fingerprint.durationMs = query->value(7).toLongLong();
            }
            recording.fingerprint = fingerprint;
            recording.fingerprintedAt = sql::fromEpoch(query->value(8).toLongLong());
        }
        recording.callStartedAt = sql::fromEpoch(query->value(9).toLongLong());
        recording.callSeconds = query->value(10).toInt();
        recordings.append(recording);
    }
    return recordings;
}

Result<CallRecording> CallRecordings::one(qint64 recordingId) const
{
    auto found = select(QStringLiteral("r.id = ?"), {recordingId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("Recording %1 is not on record.").arg(recordingId));
    }
    return found->first();
}

Result<QList<CallRecording>> CallRecordings::ofContacts(const QList<qint64>& contactIds) const
{
    if (contactIds.isEmpty()) {
        return QList<CallRecording> {};
    }
    QStringList marks;
    QVariantList values;
    for (const qint64 id : contactIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(QStringLiteral("r.contact_id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
}

Result<QList<CallRecording>> CallRecordings::ofCustomer(qint64 customerId) const
{
    return select(QStringLiteral("k.customer_id = ?"), {customerId});
}

Result<QList<CallRecording>> CallRecordings::awaitingFingerprint(const QDateTime& now) const
{
    auto waiting = select(QStringLiteral("r.sha256 IS NULL AND coalesce(k.started_at, u.started_at) >= ?"),
                          {sql::toEpoch(now.addDays(-kLookBackDays))});
    if (!waiting) {
        return waiting;
    }
    QList<CallRecording> safe;
    for (const CallRecording& recording : std::as_const(waiting.value())) {
        if (RecordingPlace::isSafeFileName(recording.fileName)) {
            safe.append(recording);
        }
    }
    return safe;
}

Status CallRecordings::keepFingerprint(qint64 recordingId, const RecordingFingerprint& fingerprint)
{
    QSqlQuery update(m_db);
    // Only the first fingerprint counts: a later look at a changed file must not replace it.
    return sql::exec(update,
                     QStringLiteral("UPDATE call_recordings SET size_bytes = ?, sha256 = ?, duration_ms = ?,"
                                    " hashed_at = ? WHERE id = ? AND sha256 IS NULL"),
                     {fingerprint.sizeBytes,
                      fingerprint.sha256,
                      fingerprint.durationMs ? QVariant(*fingerprint.durationMs) : QVariant(),
                      sql::toEpoch(QDateTime::currentDateTimeUtc()),
                      recordingId});
}

void FinishedFiles::startRound()
{
    m_seenThisRound.clear();
}

bool FinishedFiles::settled(
    qint64 id, qint64 size, const QString& version, const QDateTime& now, std::chrono::seconds quiet)
{
    m_seenThisRound.insert(id);
    const auto before = m_looks.constFind(id);
    if (before == m_looks.cend() || before->size != size || before->version != version) {
        m_looks.insert(id, Look {size, version, now});
        return false;
    }
    return before->since.secsTo(now) >= quiet.count();
}

void FinishedFiles::forget(qint64 id)
{
    m_looks.remove(id);
}

void FinishedFiles::endRound()
{
    // What was fingerprinted, or is gone, is not remembered.
    for (auto look = m_looks.begin(); look != m_looks.end();) {
        look = m_seenThisRound.contains(look.key()) ? std::next(look) : m_looks.erase(look);
    }
}

Result<int> RecordingFingerprinter::run(const QSqlDatabase& db,
                                        const RecordingPlace& place,
                                        const QDateTime& now,
                                        std::chrono::seconds quiet)
{
    if (!place.isSet() || place.isUrl()) {
        return 0;
    }
    CallRecordings recordings(db);
    auto waiting = recordings.awaitingFingerprint(now);
    if (!waiting) {
        return waiting.error();
    }
    m_finished.startRound();
    int done = 0;
    for (const CallRecording& recording : std::as_const(waiting.value())) {
        const QFileInfo file(place.locationOf(recording.fileName));
        if (!file.isFile()) {
            continue; // not there yet (or never will be: the look-back ends it)
        }
        if (!m_finished.settled(
                recording.id, file.size(), file.lastModified().toString(Qt::ISODateWithMs), now, quiet)) {
            continue;
        }
        auto fingerprint = CallRecordings::fingerprintOf(file.filePath());
        if (!fingerprint || fingerprint->sizeBytes != file.size()) {
            m_finished.forget(recording.id); // changed while read: look again later
            continue;
        }
        if (Status saved = recordings.keepFingerprint(recording.id, fingerprint.value()); !saved) {
            return saved.error();
        }
        m_finished.forget(recording.id);
        ++done;
    }
    m_finished.endRound();
    return done;
}

Result<RecordingFingerprint> CallRecordings::fingerprintOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    auto fingerprint = fingerprintOf(file);
    if (!fingerprint) {
        return makeError(
            Error::Code::Io,
            tr("%1 could not be read to the end: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return fingerprint;
}

Result<RecordingFingerprint> CallRecordings::fingerprintOf(QIODevice& device)
{
    RecordingFingerprint fingerprint;
    fingerprint.durationMs = wavDurationMs(device);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!device.seek(0) || !hash.addData(&device)) {
        return makeError(Error::Code::Io, device.errorString());
    }
    fingerprint.sizeBytes = device.size();
    fingerprint.sha256 = QString::fromLatin1(hash.result().toHex());
    return fingerprint;
}

std::optional<qint64> CallRecordings::wavDurationMs(QIODevice& file)
{
    const QByteArray head = file.read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE") {
        return std::nullopt;
    }
    quint32 byteRate = 0;
    // Walk the chunks to "fmt " and "data"; anything else is skipped.
    for (int chunks = 0; chunks < 64; ++chunks) {
        const QByteArray header = file.read(8);
        if (header.size() < 8) {
            return std::nullopt;
        }
        const quint32 size = qFromLittleEndian<quint32>(header.constData() + 4);
        if (header.startsWith("fmt ")) {
            // Only the first 12 bytes matter; the size is the file's word, not to be allocated.
            const qint64 next = file.pos() + size + (size & 1);
            const QByteArray format = file.read(12);
            if (size < 12 || format.size() < 12 || !file.seek(next)) {
                return std::nullopt;
            }
            byteRate = qFromLittleEndian<quint32>(format.constData() + 8);
        } else if (header.startsWith("data")) {
            if (byteRate == 0) {
                return std::nullopt;
            }
            // A recording still being written may say 0 or more than there is.
            const qint64 bytes = std::min<qint64>(size, file.size() - file.pos());
            return bytes * 1000 / byteRate;
        } else if (!file.seek(file.pos() + size + (size & 1))) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

RecordingCheck CallRecordings::check(const RecordingPlace& place, const CallRecording& recording)
{
    RecordingCheck result;
    if (!place.isSet()) {
        result.state = RecordingCheck::State::Missing;
        result.explanation = tr("This desk does not know where the phone system's recordings are: set the folder "
                                "under Settings → Phone System.");
        return result;
    }
    if (!RecordingPlace::isSafeFileName(recording.fileName)) {
        result.state = RecordingCheck::State::Unreadable;
        result.explanation = tr("%1 is not the name of a sound file in the recordings folder; Abonent does not "
                                "open it.")
                                 .arg(recording.fileName);
        return result;
    }
    result.location = place.locationOf(recording.fileName);
    if (place.isUrl()) {
        result.state = RecordingCheck::State::Remote; // fetched, then compare()d
        return result;
    }
    if (!QFileInfo(result.location).isFile()) {
        result.state = RecordingCheck::State::Missing;
        result.explanation = tr("The recording is not there: %1. It may have been moved, deleted by the phone "
                                "system's clean-up, or the share is not mounted.")
                                 .arg(result.location);
        return result;
    }
    auto now = fingerprintOf(result.location);
    if (!now) {
        result.state = RecordingCheck::State::Unreadable;
        result.explanation = now.errorString();
        return result;
    }
    return compare(recording, now.value(), result.location);
}

RecordingCheck
CallRecordings::compare(const CallRecording& recording, const RecordingFingerprint& now, const QString& location)
{
    RecordingCheck result;
    result.location = location;
    result.now = now;
    if (!recording.fingerprint) {
        result.state = RecordingCheck::State::NotFingerprinted;
        result.explanation = tr("The recording has not been fingerprinted yet: it was still being written when "
                                "Abonent last looked.");
        return result;
    }
    if (recording.fingerprint->sha256 != now.sha256) {
        result.state = RecordingCheck::State::Changed;
        result.explanation =
            tr("The file %1 has changed since the call: its SHA-256 was %2 and is now %3. It is not the recording "
               "that was kept, and is not played as if it were.")
                .arg(location, recording.fingerprint->sha256, now.sha256);
        return result;
    }
    result.state = RecordingCheck::State::Unchanged;
    return result;
}

} // namespace abonent
