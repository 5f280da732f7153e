#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QWidget;

namespace abonent {

// Plays a call's recording with the desktop's own player, after checking
// that the file is still the one fingerprinted; says why when it cannot.
class RecordingPlayer
{
    Q_DECLARE_TR_FUNCTIONS(RecordingPlayer)

public:
    // Returns what to tell the person in the status bar; a recording that
    // cannot be played is explained in a message box over `parent`.
    static QString play(QWidget* parent, const QSqlDatabase& db, qint64 recordingId);
};

} // namespace abonent
