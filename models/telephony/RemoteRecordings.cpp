#include "RemoteRecordings.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace abonent {

namespace {

QNetworkRequest requestFor(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(RemoteRecordings::kTimeoutMs);
    return request;
}

} // namespace

RemoteRecordings::RemoteRecordings(QObject* parent)
    : QObject(parent)
{
}

void RemoteRecordings::fingerprintRound(const QSqlDatabase& db,
                                        const RecordingPlace& place,
                                        const QDateTime& now,
                                        std::chrono::seconds quiet)
{
    if (isBusy() || !place.isUrl()) {
        return;
    }
    auto waiting = CallRecordings(db).unfingerprinted(now.addDays(-RecordingFingerprinter::kLookBackDays));
    if (!waiting) {
        return; // the next round asks again
    }
    m_finished.startRound();
    m_fingerprinted = 0;
    for (const CallRecording& recording : std::as_const(waiting.value())) {
        if (RecordingPlace::isSafeFileName(recording.fileName)) {
            look(db, recording, place.urlOf(recording.fileName), now, quiet);
        }
    }
    if (m_waiting == 0) {
        m_finished.endRound();
        emit roundDone(0);
    }
}

void RemoteRecordings::look(const QSqlDatabase& db,
                            const CallRecording& recording,
                            const QUrl& url,
                            const QDateTime& now,
                            std::chrono::seconds quiet)
{
    ++m_waiting;
    QNetworkReply* head = m_network.head(requestFor(url));
    connect(head, &QNetworkReply::finished, this, [=, this] {
        head->deleteLater();
        const qint64 size = head->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const QString version = QString::fromLatin1(head->rawHeader("Last-Modified") + ' ' + head->rawHeader("ETag"));
        if (head->error() != QNetworkReply::NoError || size <= 0
            || !m_finished.settled(recording.id, size, version, now, quiet)) {
            answered(); // not there yet, or still growing
            return;
        }
        fetch(url, this, [=, this](const Result<QByteArray>& bytes) {
            QByteArray content = bytes ? bytes.value() : QByteArray();
            QBuffer buffer(&content);
            if (bytes && content.size() == size && buffer.open(QIODevice::ReadOnly)) {
                auto fingerprint = CallRecordings::fingerprintOf(buffer);
                if (fingerprint && CallRecordings(db).keepFingerprint(recording.id, fingerprint.value())) {
                    ++m_fingerprinted;
                }
            }
            m_finished.forget(recording.id);
            answered();
        });
    });
}

void RemoteRecordings::answered()
{
    if (--m_waiting == 0) {
        m_finished.endRound();
        emit roundDone(m_fingerprinted);
    }
}

void RemoteRecordings::fetch(const QUrl& url, QObject* context, std::function<void(Result<QByteArray>)> done)
{
    QNetworkReply* reply = m_network.get(requestFor(url));
    connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(makeError(Error::Code::Io, reply->errorString()));
            return;
        }
        done(reply->readAll());
    });
}

} // namespace abonent
