#include "RecordingPlayer.h"

#include "CallRecordings.h"
#include "RemoteRecordings.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace abonent {

RecordingPlayer::RecordingPlayer(QSqlDatabase db, QWidget* window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
}

void RecordingPlayer::play(qint64 recordingId)
{
    auto recording = CallRecordings(m_db).one(recordingId);
    if (!recording) {
        emit message(recording.errorString());
        return;
    }
    const RecordingPlace place = RecordingPlace::ofDesk(QSettings());
    const RecordingCheck check = CallRecordings::check(place, recording.value());
    if (check.state == RecordingCheck::State::Remote) {
        playRemote(place, recording.value());
        return;
    }
    playChecked(check, check.location);
}

void RecordingPlayer::playChecked(const RecordingCheck& check, const QString& localPath)
{
    if (!check.playable()) {
        emit message(check.state == RecordingCheck::State::Changed ? tr("The recording has changed since the call.")
                                                                   : tr("The recording cannot be played."));
        // Opened, not exec()'d: this may run from a network reply, and the
        // card may close while the box is up.
        auto* problem =
            new QMessageBox(QMessageBox::Warning, tr("Call Recording"), check.explanation, QMessageBox::Ok, m_window);
        problem->setObjectName(QStringLiteral("recordingProblem"));
        problem->setAttribute(Qt::WA_DeleteOnClose);
        problem->open();
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(localPath))) {
        emit message(tr("No program on this computer opens %1.").arg(check.location));
        return;
    }
    emit message(check.state == RecordingCheck::State::Unchanged
                     ? tr("Playing the recording; it is unchanged since the call.")
                     : check.explanation);
}

void RecordingPlayer::playRemote(const RecordingPlace& place, const CallRecording& recording)
{
    if (m_fetching) {
        return; // Enter pressed again while the first fetch runs
    }
    if (!m_remote) {
        m_remote = new RemoteRecordings(this);
    }
    const QUrl url = place.urlOf(recording.fileName);
    emit message(tr("Fetching the recording from %1…").arg(url.host()));
    m_fetching = true;
    m_remote->fetch(
        url, this, [this, recording, location = place.locationOf(recording.fileName)](const Result<QByteArray>& bytes) {
            m_fetching = false;
            RecordingCheck check;
            check.location = location;
            if (!bytes) {
                check.state = RecordingCheck::State::Missing;
                check.explanation =
                    tr("The recording could not be fetched from %1: %2").arg(check.location, bytes.errorString());
                playChecked(check, {});
                return;
            }
            QByteArray content = bytes.value();
            QBuffer buffer(&content);
            buffer.open(QIODevice::ReadOnly);
            auto now = CallRecordings::fingerprintOf(buffer);
            if (!now) {
                check.state = RecordingCheck::State::Unreadable;
                check.explanation = now.errorString();
                playChecked(check, {});
                return;
            }
            check = CallRecordings::compare(recording, now.value(), check.location);
            if (!check.playable()) {
                playChecked(check, {});
                return;
            }
            // The player gets the bytes that were checked, from this desk's
            // cache, named by their digest; copies of earlier days are removed.
            const QString path = cachedCopy(content, now->sha256, recording.fileName.section(QLatin1Char('.'), -1));
            if (path.isEmpty()) {
                return;
            }
            playChecked(check, path);
        });
}

QString RecordingPlayer::cachedCopy(const QByteArray& content, const QString& sha256, const QString& suffix)
{
    QDir folder(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("recordings")));
    if (!folder.mkpath(QStringLiteral("."))) {
        emit message(
            tr("The recording could not be kept in %1 to play it.").arg(QDir::toNativeSeparators(folder.path())));
        return {};
    }
    // Recordings are personal data: a copy is kept for a day, for replays.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo& old : folder.entryInfoList(QDir::Files)) {
        if (old.lastModified().toUTC() < dayAgo) {
            QFile::remove(old.filePath());
        }
    }
    const QString path = folder.filePath(sha256 + QLatin1Char('.') + suffix.toLower());
    if (QFileInfo(path).size() == content.size()) {
        return path; // the same bytes, perhaps open in the player now
    }
    QSaveFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(content) != content.size() || !copy.commit()) {
        emit message(tr("The recording could not be kept in %1 to play it: %2")
                         .arg(QDir::toNativeSeparators(folder.path()), copy.errorString()));
        return {};
    }
    return path;
}

} // namespace abonent
