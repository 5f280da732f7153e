#pragma once

#include "Result.h"
#include "TagService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// The note of a call while it is being typed: what the operator has entered
// so far, so a crash or a power cut does not lose it. Outcome and conduct are
// kept as their codes.
struct CallDraft
{
    qint64 id = 0;
    QString desk; // the desk that wrote it, where it is offered back
    QString callerId;
    qint64 customerId = 0; // 0 while nobody is chosen
    std::optional<qint64> operatorId;
    QDateTime startedAt;
    int durationSeconds = 0; // timed up to the last save
    QString topic;
    QString summary;
    QString outcome; // an outcome choice (outcomeChoiceOf)
    QString conduct;
    QList<TagRequest> pendingTags;
    QDateTime savedAt;

    // Worth keeping: something was typed, a tag or a call without
    // conversation chosen, or the caller's conduct noted.
    bool hasContent() const;
};

// Stores drafts of call notes, one row per call, written over as typing goes
// on and deleted when the call is recorded or the note discarded.
class CallDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(CallDraftStore)

public:
    explicit CallDraftStore(QSqlDatabase db);

    // Inserts the draft (id 0) or writes over it; returns its id.
    Result<qint64> save(const CallDraft& draft);
    Status discard(qint64 draftId);
    // The drafts a desk left behind, oldest call first.
    Result<QList<CallDraft>> leftAt(const QString& desk) const;

    static QString encodeTags(const QList<TagRequest>& tags);
    static QList<TagRequest> decodeTags(const QString& text);

private:
    QSqlDatabase m_db;
};

} // namespace abonent
