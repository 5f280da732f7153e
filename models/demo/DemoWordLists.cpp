#include "DemoWordLists.h"

#include <QFile>

#include <functional>

namespace abonent {

namespace {

// Each non-comment line of a list, split into exactly `fields` fields.
Result<QList<QStringList>> readList(const QString& language, const QString& name, int fields, int minimum)
{
    const QString path = QStringLiteral(":/demo/%1/%2").arg(language, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return makeError(Error::Code::NotFound, DemoWordLists::tr("The demo word list %1 is missing.").arg(path));
    }
    QList<QStringList> rows;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList parts = line.split(QLatin1Char('|'));
        if (fields > 0 && parts.size() != fields) {
            return makeError(
                Error::Code::Invalid,
                DemoWordLists::tr("%1, line %2: expected %3 fields separated by '|', found %4.")
                    .arg(path, QString::number(lineNumber), QString::number(fields), QString::number(parts.size())));
        }
        rows.append(parts);
    }
    if (rows.size() < minimum) {
        return makeError(Error::Code::Invalid,
                         DemoWordLists::tr("%1 has %2 entries; at least %3 are needed.")
                             .arg(path, QString::number(rows.size()), QString::number(minimum)));
    }
    return rows;
}

QStringList firstFields(const QList<QStringList>& rows)
{
    QStringList values;
    for (const QStringList& row : rows) {
        values.append(row.first());
    }
    return values;
}

} // namespace

QStringList DemoWordLists::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")};
}

QString DemoWordLists::languageFor(const QLocale& locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return languages().contains(code) ? code : QStringLiteral("en");
}

Result<DemoWordLists> DemoWordLists::load(const QString& language)
{
    if (!languages().contains(language)) {
        return makeError(Error::Code::Invalid,
                         tr("There are no demo word lists for the language \"%1\"; choose one of %2.")
                             .arg(language, languages().join(QLatin1String(", "))));
    }
    DemoWordLists lists;
    lists.language = language;

    // Reads one file and hands its rows to `store`; stops at the first problem.
    Status status;
    const auto read =
        [&](const char* name, int fields, int minimum, const std::function<void(const QList<QStringList>&)>& store) {
            if (!status) {
                return;
            }
            auto rows = readList(language, QString::fromLatin1(name), fields, minimum);
            if (!rows) {
                status = rows.error();
                return;
            }
            store(rows.value());
        };

    read("first_names_male.txt", 1, 10, [&](const auto& rows) { lists.maleFirstNames = firstFields(rows); });
    read("first_names_female.txt", 1, 10, [&](const auto& rows) { lists.femaleFirstNames = firstFields(rows); });
    read("surnames.txt", 2, 10, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.surnames.append({row.at(0), row.at(1)});
        }
    });
    read("streets.txt", 1, 10, [&](const auto& rows) { lists.streets = firstFields(rows); });
    read("towns.txt", 1, 1, [&](const auto& rows) { lists.towns = firstFields(rows); });
    read("company_names.txt", 2, 5, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.companies.append({row.at(0), row.at(1)});
        }
    });
    read("topics.txt", 0, 5, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.topics.append({row.first(), row.size() > 1 ? row.mid(1) : QStringList {QString()}});
        }
    });
    read("incident_summaries.txt", 2, 4, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.incidents.append({row.at(0), row.at(1)});
        }
    });
    read("problem_clients.txt", 2, 10, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.problemTexts[row.at(0)].append(row.at(1));
        }
    });
    read("email_domains.txt", 1, 1, [&](const auto& rows) { lists.emailDomains = firstFields(rows); });
    read("notes.txt", 1, 1, [&](const auto& rows) { lists.notes = firstFields(rows); });
    read("phone_formats.txt", 1, 1, [&](const auto& rows) { lists.phoneFormats = firstFields(rows); });
    read("plans.txt", 5, 2, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.plans.append({row.at(0),
                                row.at(1).toLongLong(),
                                row.at(2).toInt(),
                                row.at(3).toLongLong(),
                                row.at(4) == QLatin1String("1")});
        }
    });
    read("operators.txt", 5, 3, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.operators.append(
                {row.at(0), row.at(1), row.at(2), row.at(3).toLongLong(), row.at(4) == QLatin1String("1")});
        }
    });
    read("formats.txt", 2, 6, [&](const auto& rows) {
        for (const QStringList& row : rows) {
            lists.formats.insert(row.at(0), row.at(1));
        }
    });
    if (!status) {
        return status.error();
    }
    for (const char* key : {"currency", "country", "address_house", "address_flat", "person_name", "company_name"}) {
        if (lists.format(QString::fromLatin1(key)).isEmpty()) {
            return makeError(Error::Code::Invalid,
                             tr("formats.txt for \"%1\" lacks the key %2.").arg(language, QString::fromLatin1(key)));
        }
    }
    return lists;
}

} // namespace abonent
