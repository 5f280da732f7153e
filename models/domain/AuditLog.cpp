#include "AuditLog.h"

#include "SqlSupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace abonent {

namespace {

QString compact(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status AuditLog::record(const Actor& actor,
                        qint64 customerId,
                        const QString& action,
                        const QJsonObject& before,
                        const QJsonObject& after,
                        const QString& reason)
{
    QSqlQuery insert(m_db);
    return sql::exec(
        insert,
        QStringLiteral("INSERT INTO audit_log (at, operator_id, customer_id, action, before, after, reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentSecsSinceEpoch(),
         actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
         customerId > 0 ? QVariant(customerId) : QVariant(),
         action,
         compact(before),
         compact(after),
         reason});
}

} // namespace abonent
