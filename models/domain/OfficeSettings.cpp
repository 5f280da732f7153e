#include "OfficeSettings.h"

#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

OfficeSettings::OfficeSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QString> OfficeSettings::value(const QString& key) const
{
    auto stored = sql::scalar(m_db, QStringLiteral("SELECT value FROM office_settings WHERE key = ?"), {key});
    if (!stored) {
        return stored.error();
    }
    return stored.value().toString();
}

Status OfficeSettings::setValue(const QString& key, const QString& value)
{
    QSqlQuery upsert(m_db);
    return sql::exec(
        upsert,
        QStringLiteral("INSERT INTO office_settings (key, value) VALUES (?, ?)")
            + SqlDialect::of(m_db).upsertClause({QStringLiteral("key")}, QStringLiteral("value = excluded.value")),
        {key, value});
}

Result<QString> OfficeSettings::text(const QString& key, const QString& fallback) const
{
    auto query = sql::select(m_db, QStringLiteral("SELECT value FROM office_settings WHERE key = ?"), {key});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toString() : fallback;
}

Result<int> OfficeSettings::number(const QString& key, int fallback) const
{
    auto stored = text(key, QString::number(fallback));
    if (!stored) {
        return stored.error();
    }
    bool ok = false;
    const int value = stored.value().toInt(&ok);
    return ok ? value : fallback;
}

Status OfficeSettings::setText(const QString& key, const QString& value)
{
    return setValue(key, value);
}

Status OfficeSettings::setNumber(const QString& key, int value)
{
    return setValue(key, QString::number(value));
}

Result<QString> OfficeSettings::defaultCountry() const
{
    return value(QStringLiteral("default_country"));
}

Status OfficeSettings::setDefaultCountry(const QString& isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter()) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not a two-letter country code.").arg(isoCode));
    }
    return setValue(QStringLiteral("default_country"), code);
}

Result<QString> OfficeSettings::currency() const
{
    return value(QStringLiteral("currency"));
}

Status OfficeSettings::setCurrency(const QString& isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.size() != 3) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not a three-letter currency code.").arg(isoCode));
    }
    return setValue(QStringLiteral("currency"), code);
}

} // namespace abonent
