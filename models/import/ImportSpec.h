#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace abonent {

// What a file brings in; each kind is one CSV file.
enum class ImportKind { Customers, Phones, Plans, PlanPeriods, Payments, Contacts };

// A value Abonent keeps, and the column headings files give it.
struct ImportField
{
    QString key; // stable: a mapping file names fields by it
    QString label; // translated, for the mapping step
    bool required = false;
    QStringList headings; // lower case, in English, Russian and Ukrainian
};

class ImportSpec
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)

public:
    static QList<ImportKind> kinds();
    // "customers", "plan-periods": the command line's and the mapping file's names.
    static QString nameOf(ImportKind kind);
    static std::optional<ImportKind> fromName(const QString& name);
    static QString labelOf(ImportKind kind);
    static QList<ImportField> fieldsOf(ImportKind kind);
    static std::optional<ImportField> field(ImportKind kind, const QString& key);
    // For each column heading, the key of the field it names, or an empty
    // string; no field is given two columns.
    static QStringList guessFields(ImportKind kind, const QStringList& headings);
    // What a file with these headings most likely holds: the kind that knows
    // the most of them (the contract, in every kind, not counted); nothing
    // when none knows any or two know as many.
    static std::optional<ImportKind> guessKind(const QStringList& headings);
    // A heading as compared: lower case, letters and digits only.
    static QString comparable(const QString& heading);
};

} // namespace abonent
