#pragma once

#include "Actor.h"
#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

class ChangeNotifier;

// A call recorded before anyone knew whose it was (a withheld number, a
// caller who would not say), waiting to be linked to a customer.
struct UnlinkedCall
{
    qint64 id = 0;
    QString callerId;
    Contact note; // as the operator left it; no customer yet
    QString operatorName;
    QDateTime recordedAt; // UTC
};

// Calls kept aside without a customer. Linking one records it on the
// customer's history, with its recording, in one transaction; a call that
// belongs to nobody (a sales call, a wrong number from a stranger) is set
// aside with a reason. Neither is undone and nothing is deleted.
class UnlinkedCalls
{
    Q_DECLARE_TR_FUNCTIONS(UnlinkedCalls)

public:
    explicit UnlinkedCalls(QSqlDatabase db, ChangeNotifier* notifier = nullptr);

    // Keeps the note of a call nobody was found for. The caller's transaction, if any, is used.
    Result<qint64> keep(const Actor& actor, const QString& callerId, const Contact& note);
    // The calls still waiting for a customer, oldest first.
    Result<QList<UnlinkedCall>> waiting() const;
    Result<int> waitingCount() const;
    // Records the call on the customer's history; returns the new contact's id.
    Result<qint64> link(const Actor& actor, qint64 callId, qint64 customerId);
    Status dismiss(const Actor& actor, qint64 callId, const QString& reason);

private:
    Result<UnlinkedCall> waitingCall(qint64 callId) const;

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
};

} // namespace abonent
