#pragma once

#include "Clock.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace abonent {

// The files one report of a person's data was written to.
struct PersonalDataFiles
{
    QString json;
    QString pdf;
};

// Everything the database holds about one customer, for the person's right
// of access (GDPR art. 15 and similar laws): the record with its phones and
// opening balance, the plans they had, payments, contacts with what was
// written about them, tags with their reasons and evidence, cases and their
// steps, the letters (register entries and text, not the PDF files), the
// record of leaving, calls linked to them later, call recordings, call notes
// being written, the old system's ids of their payments and contacts, the
// monthly figures the economics show, and the audit log's entries about
// them. Internal tags and notes are included: a person has a right to all
// personal data held about them, the office's own assessments too, and
// nothing is left out for being internal. The operators' names appear as who
// handled what.
//
// As JSON (the tables the export writes, with the export's column names and
// conventions, cut to this customer, and the tables only a person's report
// has) and as a readable PDF made from that same JSON: headed by the office's
// name and the date, a section a table, pages numbered, in the fonts letters
// use. Read as of one moment. The PDF needs a QGuiApplication (fonts).
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    explicit PersonalData(QSqlDatabase db, Clock clock = systemClock());

    // {"format": "abonent-person-data", "version": 1, "generated_at": UTC,
    //  "schema_version": N, "office": the letterhead's company name,
    //  "time_zone": …, "customer": {"id", "contract", "erased_at"},
    //  "tables": {"customers": [row], "phones": […], …}, "rows": {table: N}}
    Result<QJsonObject> report(qint64 customerId) const;
    Result<QString> html(const QJsonObject& report) const;
    Result<QByteArray> pdf(const QJsonObject& report) const;

    // "personal-data-<contract>-<yyyy-MM-dd>" without its extension.
    static QString baseName(const QJsonObject& report);
    // Writes the JSON and the PDF into `folder` (made if missing, its
    // owner's only). Each file is written whole or not at all; one of the
    // same name there already is replaced.
    // `progress`, if given, hears of each of the steps done (reading,
    // laying out the PDF, writing the files).
    Result<PersonalDataFiles> write(qint64 customerId,
                                    const QString& folder,
                                    const std::function<void(int done, int steps)>& progress = {}) const;

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace abonent
