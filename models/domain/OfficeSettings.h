#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace abonent {

// Settings shared by every seat on one database (unlike QSettings, which are per desk).
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)

public:
    explicit OfficeSettings(QSqlDatabase db);

    // ISO 3166 code of the country numbers without a country code belong to.
    Result<QString> defaultCountry() const;
    Status setDefaultCountry(const QString& isoCode);
    // ISO 4217 code new plans and payments default to.
    Result<QString> currency() const;
    Status setCurrency(const QString& isoCode);

    // Any other office-wide setting; `fallback` when it was never set.
    Result<QString> text(const QString& key, const QString& fallback) const;
    Result<int> number(const QString& key, int fallback) const;
    Status setText(const QString& key, const QString& value);
    Status setNumber(const QString& key, int value);

private:
    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

    QSqlDatabase m_db;
};

} // namespace abonent
