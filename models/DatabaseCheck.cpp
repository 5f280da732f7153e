#include "DatabaseCheck.h"

#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace abonent {

DatabaseCheck::DatabaseCheck(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList DatabaseCheck::dataTables()
{
    return {QStringLiteral("office_settings"),
            QStringLiteral("operators"),
            QStringLiteral("plans"),
            QStringLiteral("customers"),
            QStringLiteral("phones"),
            QStringLiteral("plan_periods"),
            QStringLiteral("payments"),
            QStringLiteral("contacts"),
            QStringLiteral("customer_months"),
            QStringLiteral("channel_costs"),
            QStringLiteral("tags"),
            QStringLiteral("tag_assignments"),
            QStringLiteral("tag_evidence"),
            QStringLiteral("cases"),
            QStringLiteral("case_steps"),
            QStringLiteral("customer_exits"),
            QStringLiteral("audit_log"),
            // Last, so clearing in reverse order removes drafts before the customers they name.
            QStringLiteral("call_drafts")};
}

Result<DatabaseCheck::Report> DatabaseCheck::run() const
{
    Report report;
    QSqlQuery integrity(m_db);
    integrity.setForwardOnly(true);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return sql::queryError(integrity, tr("Integrity check could not run"));
    }
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok")) {
            report.integrityProblems.append(line);
        }
    }
    QSqlQuery foreignKeys(m_db);
    foreignKeys.setForwardOnly(true);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sql::queryError(foreignKeys, tr("Foreign key check could not run"));
    }
    while (foreignKeys.next()) {
        report.integrityProblems.append(tr("row %1 of %2 refers to a missing row of %3")
                                            .arg(foreignKeys.value(1).toString(),
                                                 foreignKeys.value(0).toString(),
                                                 foreignKeys.value(2).toString()));
    }
    for (const QString& table : dataTables()) {
        // Table names come from the fixed list above, never from input.
        auto rows = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!rows) {
            return rows.error();
        }
        report.rowCounts.append({table, rows.value().toLongLong()});
    }
    return report;
}

Result<QByteArray> DatabaseCheck::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : dataTables()) {
        const QString order = table == QLatin1String("office_settings") ? QStringLiteral("key")
            : table == QLatin1String("customer_months")                 ? QStringLiteral("customer_id, month")
            : table == QLatin1String("channel_costs")                   ? QStringLiteral("channel")
            : table == QLatin1String("tag_evidence")                    ? QStringLiteral("assignment_id, contact_id")
                                                                        : QStringLiteral("id");
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order))) {
            return sql::queryError(rows);
        }
        hash.addData(table.toUtf8());
        const int columns = rows.record().count();
        while (rows.next()) {
            for (int column = 0; column < columns; ++column) {
                const QVariant value = rows.value(column);
                // Separate NULL from empty text, and fields from each other.
                hash.addData(value.isNull() ? QByteArrayView("\x01N") : QByteArrayView("\x01V"));
                hash.addData(value.toString().toUtf8());
            }
            hash.addData(QByteArrayView("\x02"));
        }
    }
    return hash.result();
}

} // namespace abonent
