#pragma once

#include "Actor.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// Appends entries to the audit log: who changed what about a customer, when,
// the values before and after, and why. Written inside the caller's
// transaction, so a change and its record commit together or not at all.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    Status record(const Actor& actor,
                  qint64 customerId,
                  const QString& action,
                  const QJsonObject& before,
                  const QJsonObject& after,
                  const QString& reason = {});

    // Action names, stable in the database.
    static QString customerCreated() { return QStringLiteral("customer.created"); }
    static QString customerEdited() { return QStringLiteral("customer.edited"); }
    static QString notesSaved() { return QStringLiteral("customer.notes"); }
    static QString statusChanged() { return QStringLiteral("customer.status"); }
    static QString planChanged() { return QStringLiteral("customer.plan"); }
    static QString paymentRecorded() { return QStringLiteral("customer.payment"); }
    static QString tagAssigned() { return QStringLiteral("tag.assigned"); }
    static QString tagRemoved() { return QStringLiteral("tag.removed"); }
    static QString tagCatalogueChanged() { return QStringLiteral("tag.catalogue"); }
    static QString caseOpened() { return QStringLiteral("case.opened"); }
    static QString caseStepTaken() { return QStringLiteral("case.step"); }
    static QString caseClosed() { return QStringLiteral("case.closed"); }
    static QString customerLeft() { return QStringLiteral("customer.left"); }
    // A person's data erased on request; the one entry that permits it (see Erasure).
    static QString customerErased() { return QStringLiteral("customer.erased"); }
    static QString settingsChanged() { return QStringLiteral("settings"); }
    static QString planCreated() { return QStringLiteral("plan.created"); }
    static QString planEdited() { return QStringLiteral("plan.edited"); }
    static QString planFeeChanged() { return QStringLiteral("plan.fee"); }
    static QString planRemoved() { return QStringLiteral("plan.removed"); }
    static QString personChanged() { return QStringLiteral("operator"); }
    static QString officeSetUp() { return QStringLiteral("office.setup"); }
    static QString letterTemplateSaved() { return QStringLiteral("letter.template"); }
    static QString letterIssued() { return QStringLiteral("letter.issued"); }
    static QString letterVoided() { return QStringLiteral("letter.voided"); }
    static QString callLinked() { return QStringLiteral("call.linked"); }
    static QString callSetAside() { return QStringLiteral("call.set_aside"); }

private:
    QSqlDatabase m_db;
};

} // namespace abonent
