#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QWidget;

namespace abonent {

struct CallRecording;
struct RecordingCheck;
struct RecordingPlace;
class RemoteRecordings;

// Plays a call's recording with the desktop's own player, after checking
// that the file is still the one fingerprinted; says why when it cannot.
// A recording on the phone system's web server is fetched first and played
// from a copy in this desk's cache once its digest is checked.
class RecordingPlayer : public QObject
{
    Q_OBJECT

public:
    // Message boxes open over `window`.
    RecordingPlayer(QSqlDatabase db, QWidget* window);

    void play(qint64 recordingId);

signals:
    // What to tell the person in the status bar.
    void message(const QString& text);

private:
    void playChecked(const RecordingCheck& check, const QString& localPath);
    void playRemote(const RecordingPlace& place, const CallRecording& recording);
    // A copy of checked bytes to hand the player; empty, and said why, when it cannot be kept.
    QString cachedCopy(const QByteArray& content, const QString& sha256, const QString& suffix);

    QSqlDatabase m_db;
    QWidget* m_window = nullptr;
    RemoteRecordings* m_remote = nullptr; // made when first needed
    bool m_fetching = false;
};

} // namespace abonent
