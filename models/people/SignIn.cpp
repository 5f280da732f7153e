#include "SignIn.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "OfficeSettings.h"
#include "Passphrase.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace abonent {

namespace {

const QLatin1String kRequiredKey("sign_in.required");
const QLatin1String kLockMinutesKey("sign_in.lock_minutes");

Status recordSetting(const QSqlDatabase& db, const Actor& actor, const QString& key, int before, int after)
{
    return AuditLog(db).record(
        actor, 0, AuditLog::settingsChanged(), QJsonObject {{key, before}}, QJsonObject {{key, after}});
}

} // namespace

SignIn::SignIn(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<bool> SignIn::required() const
{
    auto value = OfficeSettings(m_db).number(kRequiredKey, 0);
    if (!value) {
        return value.error();
    }
    return value.value() != 0;
}

Result<int> SignIn::lockAfterMinutes() const
{
    return OfficeSettings(m_db).number(kLockMinutesKey, kDefaultLockMinutes);
}

Result<Actor> SignIn::signIn(const QString& login, const QString& passphrase) const
{
    auto query = sql::select(m_db,
                             QStringLiteral("SELECT id, role, passphrase_hash FROM operators"
                                            " WHERE login = ? AND active = 1"),
                             {login.trimmed()});
    if (!query) {
        return query.error();
    }
    const auto refused = [] {
        return makeError(Error::Code::Invalid, tr("The login or the passphrase is not right."));
    };
    if (!query->next()) {
        // The same work as a real check, so the time taken does not tell
        // which logins exist.
        static const QByteArray nobody = [] {
            auto made = Passphrase::hash(QStringLiteral("nobody signs in with this"));
            return made ? made.value() : QByteArray();
        }();
        Passphrase::matches(nobody, passphrase);
        return refused();
    }
    const auto role = fromCode<Role>(query->value(1).toString());
    if (!role || !Passphrase::matches(query->value(2).toByteArray(), passphrase)) {
        return refused();
    }
    return Actor {query->value(0).toLongLong(), *role};
}

Result<bool> SignIn::hasPassphrase(qint64 personId) const
{
    auto stored = sql::scalar(
        m_db, QStringLiteral("SELECT coalesce(passphrase_hash, '') FROM operators WHERE id = ?"), {personId});
    if (!stored) {
        return stored.error();
    }
    return !stored->toString().isEmpty();
}

Status SignIn::setPassphrase(const Actor& actor, qint64 personId, const QString& passphrase)
{
    if (actor.operatorId != personId) {
        if (Status owner =
                Authorization(m_db).requireOwner(actor, tr("Only the owner sets another person's passphrase."));
            !owner) {
            return owner;
        }
    }
    // Hashing takes a fraction of a second: before the transaction, not in it.
    auto hashed = Passphrase::hash(passphrase);
    if (!hashed) {
        return hashed.error();
    }
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery update(m_db);
        if (Status status = sql::exec(update,
                                      QStringLiteral("UPDATE operators SET passphrase_hash = ? WHERE id = ?"),
                                      {QString::fromLatin1(hashed.value()), personId});
            !status) {
            return status;
        }
        if (update.numRowsAffected() != 1) {
            return makeError(Error::Code::NotFound, tr("Person %1 does not exist.").arg(personId));
        }
        // That it changed, never what it is.
        return AuditLog(m_db).record(
            actor,
            0,
            AuditLog::personChanged(),
            {},
            QJsonObject {{QStringLiteral("id"), personId}, {QStringLiteral("passphrase"), QStringLiteral("changed")}});
    });
}

Status SignIn::setRequired(const Actor& actor, bool on)
{
    if (Status owner = Authorization(m_db).requireOwner(actor, tr("Only the owner decides whether people sign in."));
        !owner) {
        return owner;
    }
    if (on) {
        auto own = hasPassphrase(*actor.operatorId);
        if (!own) {
            return own.error();
        }
        if (!own.value()) {
            return makeError(Error::Code::Invalid,
                             tr("Set your own passphrase first: without it, nobody could sign in as the owner."));
        }
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = required();
        if (!before) {
            return before.error();
        }
        if (Status saved = OfficeSettings(m_db).setNumber(kRequiredKey, on ? 1 : 0); !saved) {
            return saved;
        }
        return recordSetting(m_db, actor, kRequiredKey, before.value() ? 1 : 0, on ? 1 : 0);
    });
}

Status SignIn::setLockAfterMinutes(const Actor& actor, int minutes)
{
    if (Status owner = Authorization(m_db).requireOwner(actor, tr("Only the owner decides when the window locks."));
        !owner) {
        return owner;
    }
    if (minutes < 1 || minutes > 24 * 60) {
        return makeError(Error::Code::Invalid, tr("The window locks after 1 minute to 24 hours."));
    }
    return inTransaction(m_db, [&]() -> Status {
        auto before = lockAfterMinutes();
        if (!before) {
            return before.error();
        }
        if (Status saved = OfficeSettings(m_db).setNumber(kLockMinutesKey, minutes); !saved) {
            return saved;
        }
        return recordSetting(m_db, actor, kLockMinutesKey, before.value(), minutes);
    });
}

} // namespace abonent
