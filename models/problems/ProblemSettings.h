#pragma once

#include "Actor.h"
#include "IndicatorService.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace abonent {

// The office's rules for problem clients: where the indicators see a
// pattern, and the defaults a notice of termination starts from. Managers
// and owners change them; every desk reads the same values.
struct ProblemSettings
{
    Q_DECLARE_TR_FUNCTIONS(ProblemSettings)

public:
    IndicatorThresholds thresholds;
    QString terminationClause;
    int noticeMonths = 1;
    int followUpDays = 14;

    static Result<ProblemSettings> load(const QSqlDatabase& db);
    Status save(const Actor& actor, const QSqlDatabase& db) const;
    // As the audit log records it.
    QJsonObject asJson() const;
};

} // namespace abonent
