#pragma once

// The table of hostile input in tests/data/hostile-input.json: each row an
// input, where it goes and what it must give. Its "about" lines say how to
// write a row.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace abonent::test {

struct HostileRow
{
    enum class Expect { Literal, NoMatch, Customer, Refused };

    QString name;
    QString goes; // "caller ID", "customer name", "customer address", "database path"
    QString input;
    Expect expect = Expect::Literal;
    QString contract; // Customer: whose number it is
    QString message; // words the message must contain; may be empty unless Refused
};

// A customer whose number caller IDs may match.
struct HostileCaller
{
    QString contract;
    QString name;
    QString phone;
};

struct HostileInputTable
{
    static inline const QStringList kDestinations {QStringLiteral("caller ID"),
                                                   QStringLiteral("customer name"),
                                                   QStringLiteral("customer address"),
                                                   QStringLiteral("database path")};

    QString defaultCountry;
    QList<HostileCaller> callers;
    QList<HostileRow> rows;
    // What in the file could not be read as a row, one line each: a row the
    // test would otherwise skip silently.
    QStringList problems;

    QList<HostileRow> rowsGoing(const QString& goes) const
    {
        QList<HostileRow> going;
        for (const HostileRow& row : rows) {
            if (row.goes == goes) {
                going.append(row);
            }
        }
        return going;
    }

    static HostileInputTable load(const QString& path)
    {
        HostileInputTable table;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            table.problems << QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return table;
        }
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            table.problems << QStringLiteral("%1 is not valid JSON at byte %2: %3")
                                  .arg(path, QString::number(parseError.offset), parseError.errorString());
            return table;
        }
        table.defaultCountry = root.value(QStringLiteral("defaultCountry")).toString();
        for (const QJsonValue& value : root.value(QStringLiteral("callers")).toArray()) {
            const QJsonObject caller = value.toObject();
            table.callers.append({caller.value(QStringLiteral("contract")).toString(),
                                  caller.value(QStringLiteral("name")).toString(),
                                  caller.value(QStringLiteral("phone")).toString()});
        }
        QSet<QString> names;
        for (const QJsonValue& value : root.value(QStringLiteral("rows")).toArray()) {
            table.readRow(value.toObject(), names);
        }
        if (table.rows.isEmpty()) {
            table.problems << QStringLiteral("%1 has no rows").arg(path);
        }
        return table;
    }

private:
    void readRow(const QJsonObject& object, QSet<QString>& names)
    {
        HostileRow row;
        row.name = object.value(QStringLiteral("name")).toString();
        row.goes = object.value(QStringLiteral("goes")).toString();
        row.message = object.value(QStringLiteral("message")).toString();
        const QString input = object.value(QStringLiteral("input")).toString();
        const int repeat = object.value(QStringLiteral("repeat")).toInt(1);
        row.input = input.repeated(repeat);
        const QString expect = object.value(QStringLiteral("expect")).toString();
        const QString customerPrefix = QStringLiteral("customer ");

        const QString shownName = row.name.isEmpty() ? QStringLiteral("(a row without a name)") : row.name;
        if (row.name.isEmpty() || names.contains(row.name)) {
            problems << QStringLiteral("%1: every row needs a name of its own").arg(shownName);
        }
        names.insert(row.name);
        if (!kDestinations.contains(row.goes)) {
            problems << QStringLiteral("%1: \"goes\" is one of %2, not \"%3\"")
                            .arg(shownName, kDestinations.join(QStringLiteral(", ")), row.goes);
        }
        if (!object.contains(QStringLiteral("input")) || repeat < 1) {
            problems << QStringLiteral("%1: needs an input (and a repeat of 1 or more)").arg(shownName);
        }
        if (expect == QLatin1String("literal")) {
            row.expect = HostileRow::Expect::Literal;
        } else if (expect == QLatin1String("no match")) {
            row.expect = HostileRow::Expect::NoMatch;
        } else if (expect == QLatin1String("refused")) {
            row.expect = HostileRow::Expect::Refused;
        } else if (expect.startsWith(customerPrefix)) {
            row.expect = HostileRow::Expect::Customer;
            row.contract = expect.mid(customerPrefix.size());
        } else {
            problems << QStringLiteral("%1: \"expect\" is literal, no match, customer CONTRACT or refused, not \"%2\"")
                            .arg(shownName, expect);
        }
        const bool aboutCallers = row.goes == QLatin1String("caller ID");
        const bool matching = row.expect == HostileRow::Expect::NoMatch || row.expect == HostileRow::Expect::Customer;
        if (aboutCallers ? row.expect == HostileRow::Expect::Literal : matching) {
            problems << QStringLiteral("%1: a %2 cannot be expected to give \"%3\"").arg(shownName, row.goes, expect);
        }
        if (row.expect == HostileRow::Expect::Refused && row.message.isEmpty()) {
            problems << QStringLiteral("%1: a refusal needs the words of its message").arg(shownName);
        }
        rows.append(row);
    }
};

} // namespace abonent::test

Q_DECLARE_METATYPE(abonent::test::HostileRow)
