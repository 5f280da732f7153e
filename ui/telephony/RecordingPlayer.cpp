#include "RecordingPlayer.h"

#include "CallRecordings.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QSettings>

namespace abonent {

QString RecordingPlayer::play(QWidget* parent, const QSqlDatabase& db, qint64 recordingId)
{
    auto recording = CallRecordings(db).one(recordingId);
    if (!recording) {
        return recording.errorString();
    }
    const RecordingPlace place = RecordingPlace::ofDesk(QSettings());
    const RecordingCheck check = CallRecordings::check(place, recording.value());
    if (!check.playable()) {
        QMessageBox problem(QMessageBox::Warning, tr("Call Recording"), check.explanation, QMessageBox::Ok, parent);
        problem.setObjectName(QStringLiteral("recordingProblem"));
        problem.exec();
        return check.state == RecordingCheck::State::Changed ? tr("The recording has changed since the call.")
                                                             : tr("The recording cannot be played.");
    }
    if (!QDesktopServices::openUrl(place.urlOf(recording->fileName))) {
        return tr("No program on this computer opens %1.").arg(check.location);
    }
    return check.state == RecordingCheck::State::Unchanged
        ? tr("Playing the recording; it is unchanged since the call.")
        : check.explanation;
}

} // namespace abonent
