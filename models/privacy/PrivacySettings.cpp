#include "PrivacySettings.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "OfficeSettings.h"
#include "Transaction.h"

#include <QJsonObject>

#include <algorithm>

namespace abonent {

Result<PrivacySettings> PrivacySettings::load(const QSqlDatabase& db)
{
    auto years = OfficeSettings(db).number(letterRetentionKey(), kDefaultLetterRetentionYears);
    if (!years) {
        return years.error();
    }
    PrivacySettings settings;
    settings.letterRetentionYears = std::clamp(years.value(), 0, kMaxLetterRetentionYears);
    return settings;
}

Status PrivacySettings::save(const Actor& actor, const QSqlDatabase& db) const
{
    if (Status allowed = Authorization(db).requireOwner(
            actor, tr("Only the owner can change how long letters keep a person's data from being erased."));
        !allowed) {
        return allowed;
    }
    if (letterRetentionYears < 0 || letterRetentionYears > kMaxLetterRetentionYears) {
        return makeError(Error::Code::Invalid, tr("Letters are kept 0 to %1 years.").arg(kMaxLetterRetentionYears));
    }
    return inTransaction(db, [&]() -> Status {
        auto before = load(db);
        if (!before) {
            return before.error();
        }
        if (Status saved = OfficeSettings(db).setNumber(letterRetentionKey(), letterRetentionYears); !saved) {
            return saved;
        }
        return AuditLog(db).record(actor,
                                   0,
                                   AuditLog::settingsChanged(),
                                   {{letterRetentionKey(), before->letterRetentionYears}},
                                   {{letterRetentionKey(), letterRetentionYears}});
    });
}

} // namespace abonent
