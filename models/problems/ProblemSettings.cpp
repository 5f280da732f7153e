#include "ProblemSettings.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "CaseService.h"
#include "OfficeSettings.h"
#include "Transaction.h"

#include <QJsonObject>

namespace abonent {

Result<ProblemSettings> ProblemSettings::load(const QSqlDatabase& db)
{
    const OfficeSettings office(db);
    ProblemSettings settings;
    auto thresholds = IndicatorThresholds::load(office);
    auto clause = office.text(CaseService::settingClause(), QString());
    auto months = office.number(CaseService::settingNoticeMonths(), 1);
    auto followUp = office.number(CaseService::settingFollowUpDays(), 14);
    for (const Error* error : {thresholds ? nullptr : &thresholds.error(),
                               clause ? nullptr : &clause.error(),
                               months ? nullptr : &months.error(),
                               followUp ? nullptr : &followUp.error()}) {
        if (error) {
            return *error;
        }
    }
    settings.thresholds = thresholds.value();
    settings.terminationClause = clause.value();
    settings.noticeMonths = std::clamp(months.value(), 1, 24);
    settings.followUpDays = std::clamp(followUp.value(), 1, 365);
    return settings;
}

QJsonObject ProblemSettings::asJson() const
{
    return {{QStringLiteral("incidents30"), thresholds.incidents30},
            {QStringLiteral("incidents90"), thresholds.incidents90},
            {QStringLiteral("peakContactsPerDay"), thresholds.peakContactsPerDay},
            {QStringLiteral("contacts30"), thresholds.contacts30},
            {QStringLiteral("allowancePercent"), thresholds.allowancePercent},
            {QStringLiteral("costPercent"), thresholds.costPercent},
            {QStringLiteral("clause"), terminationClause.trimmed()},
            {QStringLiteral("noticeMonths"), noticeMonths},
            {QStringLiteral("followUpDays"), followUpDays}};
}

Status ProblemSettings::save(const Actor& actor, const QSqlDatabase& db) const
{
    if (Status allowed =
            Authorization(db).requireManager(actor, tr("Only a manager or the owner can change these settings."));
        !allowed) {
        return allowed;
    }
    if (noticeMonths < 1 || noticeMonths > 24 || followUpDays < 1 || followUpDays > 365) {
        return makeError(Error::Code::Invalid,
                         tr("The notice period is 1 to 24 months; the follow-up, 1 to 365 days."));
    }
    return inTransaction(db, [&]() -> Status {
        auto before = load(db);
        if (!before) {
            return before.error();
        }
        OfficeSettings office(db);
        for (const Status& status : {thresholds.save(office),
                                     office.setText(CaseService::settingClause(), terminationClause.trimmed()),
                                     office.setNumber(CaseService::settingNoticeMonths(), noticeMonths),
                                     office.setNumber(CaseService::settingFollowUpDays(), followUpDays)}) {
            if (!status) {
                return status;
            }
        }
        return AuditLog(db).record(actor, 0, AuditLog::settingsChanged(), before->asJson(), asJson());
    });
}

} // namespace abonent
