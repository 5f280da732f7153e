#pragma once

#include "CallRecordings.h"
#include "Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <chrono>
#include <functional>

namespace abonent {

// Recordings on the phone system's web server. Looked at (HEAD) every round
// until the server has the whole file — its length and Last-Modified or ETag
// unchanged for a while — then fetched once to be fingerprinted; fetched
// again to be played, after checking they are the file fingerprinted.
class RemoteRecordings : public QObject
{
    Q_OBJECT

public:
    explicit RemoteRecordings(QObject* parent = nullptr);

    // One round over the recordings not yet fingerprinted; roundDone() when
    // every answer is in. A round still waiting for answers is not doubled.
    void fingerprintRound(const QSqlDatabase& db,
                          const RecordingPlace& place,
                          const QDateTime& now,
                          std::chrono::seconds quiet);
    bool isBusy() const { return m_waiting > 0; }

    // The whole file, or why not.
    void fetch(const QUrl& url, QObject* context, std::function<void(Result<QByteArray>)> done);

    static constexpr int kTimeoutMs = 20000;

signals:
    void roundDone(int fingerprinted);

private:
    void look(const QSqlDatabase& db,
              const CallRecording& recording,
              const QUrl& url,
              const QDateTime& now,
              std::chrono::seconds quiet);
    void answered();

    QNetworkAccessManager m_network;
    FinishedFiles m_finished;
    int m_waiting = 0;
    int m_fingerprinted = 0;
};

} // namespace abonent
