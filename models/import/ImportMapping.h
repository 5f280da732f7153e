#pragma once

#include "ImportSpec.h"
#include "Result.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace abonent {

enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

// How one file is read: its encoding, separator, the order of day and
// month in its dates, its decimal mark, and which column holds which
// field. What is left unset is worked out from the file. Saved as JSON,
// so the next export from the same billing system is read the same way.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    ImportKind kind = ImportKind::Customers;
    std::optional<TextEncoding> encoding;
    QChar separator; // null: guessed
    std::optional<DateOrder> dateOrder;
    std::optional<bool> decimalComma;
    QString currency; // empty: the office's
    QDate balanceOn; // the date opening balances stand at; invalid: the day of the import
    QMap<QString, QString> columns; // field key → the column's heading in the file

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject& json);
    static Result<ImportMapping> load(const QString& path);
    Status save(const QString& path) const;

    static QString nameOf(DateOrder order);
    static std::optional<DateOrder> dateOrderFrom(const QString& name);
};

} // namespace abonent
