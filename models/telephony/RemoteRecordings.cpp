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
    // The bytes as stored, so the length the HEAD gives is the length fetched.
    request.setRawHeader("Accept-Encoding", "identity");
    // A redirect (to a login page, say) is not the recording.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

// Whether a reply is the file itself: a plain 200, not a page about it.
bool isTheFile(const QNetworkReply* reply)
{
    return reply->error() == QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
        && !reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/"));
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
    auto waiting = CallRecordings(db).awaitingFingerprint(now);
    if (!waiting) {
        return; // the next round asks again
    }
    m_finished.startRound();
    m_fingerprinted = 0;
    for (const CallRecording& recording : std::as_const(waiting.value())) {
        look(db, recording, place.urlOf(recording.fileName), now, quiet);
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
        // Without a length, the server's version alone says it is finished.
        const QVariant length = head->header(QNetworkRequest::ContentLengthHeader);
        const qint64 size = length.isValid() ? length.toLongLong() : -1;
        const QString version =
            QString::fromLatin1(head->rawHeader("Last-Modified") + ' ' + head->rawHeader("ETag")).trimmed();
        if (!isTheFile(head) || size == 0 || (size < 0 && version.isEmpty())
            || !m_finished.settled(recording.id, size, version, now, quiet)) {
            answered(); // not there yet, still growing, or nothing to tell
            return;
        }
        fetch(url, this, [=, this](const Result<QByteArray>& bytes) {
            QByteArray content = bytes ? bytes.value() : QByteArray();
            QBuffer buffer(&content);
            if (bytes && (size < 0 || content.size() == size) && buffer.open(QIODevice::ReadOnly)) {
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
    // Gone with whichever goes first: the caller or this.
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, done] {
        if (reply->error() != QNetworkReply::NoError) {
            done(makeError(Error::Code::Io, reply->errorString()));
            return;
        }
        if (!isTheFile(reply)) {
            done(makeError(Error::Code::Io,
                           RemoteRecordings::tr("the server answered %1 %2 instead of the file")
                               .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                               .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString())));
            return;
        }
        done(reply->readAll());
    });
}

} // namespace abonent
