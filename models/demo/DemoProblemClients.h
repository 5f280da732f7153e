#pragma once

#include "DemoGenerator.h"
#include "DemoPopulation.h"
#include "DemoWordLists.h"
#include "Result.h"

#include <QSqlDatabase>

namespace abonent {

// After the customer base is written: what the demo provider's people did
// about their difficult callers. Most customers with repeated incidents are
// tagged, with the incidents as evidence; every third is left for the
// pattern indicators to suggest. A few tagged customers are in escalation
// cases at different steps, the costly caller among them; some calm ones
// carry friendly tags (VIP, needs patience); customers who left have an exit
// reason. Deterministic: rows are taken in id order, choices drawn per customer.
class DemoProblemClients
{
public:
    DemoProblemClients(QSqlDatabase db, const DemoOptions& options, const DemoWordLists& words, DemoTeam team);

    Status write(const QString& costlyCallerContract);

private:
    struct Incident
    {
        qint64 contactId = 0;
        qint64 at = 0;
        qint64 operatorId = 0;
    };
    struct Incidents
    {
        qint64 customerId = 0;
        bool threats = false;
        QList<Incident> incidents; // newest first

        // The latest few before `time`: what the person tagging then had seen.
        QList<Incident> before(qint64 time) const;
    };

    Result<QList<Incidents>> repeatedIncidents() const;
    Result<qint64> tagId(const char* key) const;
    Result<qint64> tag(qint64 customerId,
                       const char* key,
                       const QString& reason,
                       qint64 at,
                       qint64 byOperator,
                       const QList<qint64>& evidence);
    Status removeTag(qint64 assignmentId, qint64 at, const QString& reason);
    // When a case with this many steps taken opened (steps a fortnight apart,
    // the latest a few days ago).
    qint64 caseOpening(int stepsTaken) const;
    Status openCase(qint64 customerId, int stepsTaken, const QString& reasonKind);
    Status writeExits();
    QString text(const QString& kind, qint64 customerId) const;

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    const DemoWordLists& m_words;
    DemoTeam m_team;
    qint64 m_now = 0; // the end of the history: the start of the "as of" day, UTC
};

} // namespace abonent
