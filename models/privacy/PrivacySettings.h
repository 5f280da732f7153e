#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace abonent {

// How long the office keeps what the law makes it keep before a person's
// data may be erased on request: an office-wide setting, the owner's to
// change, read by every desk alike.
struct PrivacySettings
{
    Q_DECLARE_TR_FUNCTIONS(PrivacySettings)

public:
    // Six years by default: how long commercial letters sent and received
    // must be kept under German commercial and tax law (HGB § 257(4), AO
    // § 147(3)), and the limitation period for claims under a contract in
    // England and Wales (Limitation Act 1980, s. 5), within which a letter
    // may be needed as evidence. Russian law keeps primary accounting
    // documents five years (402-FZ art. 29); an office under other rules sets
    // its own. Counted from the day a letter was issued (the German periods
    // run from the end of that calendar year: an office that counts so adds
    // one). 0: letters do not hold an erasure back.
    static constexpr int kDefaultLetterRetentionYears = 6;
    static constexpr int kMaxLetterRetentionYears = 30;

    int letterRetentionYears = kDefaultLetterRetentionYears;

    // The first day a letter issued on `issuedOn` no longer holds its
    // customer's data back.
    QDate letterKeptUntil(const QDate& issuedOn) const { return issuedOn.addYears(letterRetentionYears); }

    static Result<PrivacySettings> load(const QSqlDatabase& db);
    // The owner's; one transaction with its audit entry.
    Status save(const Actor& actor, const QSqlDatabase& db) const;

    // The office_settings key.
    static QString letterRetentionKey() { return QStringLiteral("privacy.letter_retention_years"); }
};

} // namespace abonent
