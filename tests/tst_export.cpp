#include "Csv.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "CustomerRepository.h"
#include "DataExport.h"
#include "DemoGenerator.h"
#include "OfficeSettings.h"
#include "PhoneNumber.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// The whole base out to a folder (DataExport): a CSV file per table and one
// JSON file, on a demo office with a few rows of its own added.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFileHasTheRowsOfItsTable();
    void aHostileNameSurvives();
    void aSemicolonFileHasADecimalComma();
    void theJsonHoldsTheSameRows();
    void anExportImportsIntoAFreshDatabase();
    void aCancelLeavesNothing_data();
    void aCancelLeavesNothing();
    void nothingIsReplaced();
    void theFilesDescribeOneMoment();

private:
    // "=1+2, "Ann"⏎Smith": a comma, quotes, a line break and a formula.
    static QString hostileName() { return QStringLiteral("=1+2, \"Ann\"\nSmith"); }
    static QString hostileContract() { return QStringLiteral("H-1"); }
    // The table each CSV file is of.
    static QList<std::pair<QString, QString>> filesAndTables();
    qint64 count(const QString& table) const;
    QString folder(const QString& name) const { return m_dir->filePath(name); }
    // Every record of a CSV file the export wrote, its headings first.
    static QList<QStringList> readCsv(const QString& path, QChar separator = QLatin1Char(','));
    // The records of one file keyed by heading.
    static QList<QHash<QString, QString>> recordsOf(const QString& path, QChar separator = QLatin1Char(','));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

QList<std::pair<QString, QString>> TestExport::filesAndTables()
{
    return {{QStringLiteral("customers.csv"), QStringLiteral("customers")},
            {QStringLiteral("phones.csv"), QStringLiteral("phones")},
            {QStringLiteral("plans.csv"), QStringLiteral("plans")},
            {QStringLiteral("plan_periods.csv"), QStringLiteral("plan_periods")},
            {QStringLiteral("payments.csv"), QStringLiteral("payments")},
            {QStringLiteral("contacts.csv"), QStringLiteral("contacts")},
            {QStringLiteral("tags.csv"), QStringLiteral("tag_assignments")},
            {QStringLiteral("cases.csv"), QStringLiteral("cases")},
            {QStringLiteral("case_steps.csv"), QStringLiteral("case_steps")},
            {QStringLiteral("letters.csv"), QStringLiteral("letters")}};
}

qint64 TestExport::count(const QString& table) const
{
    auto rows = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table);
    return rows ? rows->toLongLong() : -1;
}

QList<QStringList> TestExport::readCsv(const QString& path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const bool marked = file.peek(3) == QByteArray("\xEF\xBB\xBF");
    CsvReader reader(&file, TextEncoding::Utf8, separator, marked ? 3 : 0);
    QList<QStringList> records;
    CsvRecord record;
    while (reader.next(record)) {
        records.append(record.fields);
    }
    return records;
}

QList<QHash<QString, QString>> TestExport::recordsOf(const QString& path, QChar separator)
{
    const QList<QStringList> records = readCsv(path, separator);
    QList<QHash<QString, QString>> keyed;
    for (qsizetype line = 1; line < records.size(); ++line) {
        QHash<QString, QString> record;
        for (qsizetype column = 0; column < records.first().size(); ++column) {
            record.insert(records.first().at(column), records.at(line).value(column));
        }
        keyed.append(record);
    }
    return keyed;
}

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = test::openDatabase(m_dir->filePath(QStringLiteral("office.sqlite")));
    QVERIFY(m_database);
    m_db = m_database->connection();
    DemoOptions options;
    options.customers = 200; // 50 contacts each: enough for the demo's problem clients
    options.asOf = QDate(2026, 11, 25);
    auto demo = DemoGenerator(m_db).generate(options);
    QVERIFY2(demo, qPrintable(demo.errorString()));

    // A customer whose name a spreadsheet would take apart or run, with an
    // extension to the number and an opening balance owed.
    Customer hostile;
    hostile.contractNumber = hostileContract();
    hostile.name = hostileName();
    hostile.customerSince = QDate(2025, 2, 1);
    auto number = PhoneNumber::parse(QStringLiteral("+1 212 555 0199 ext. 12"), QStringLiteral("US"));
    QVERIFY2(number, qPrintable(number.errorString()));
    hostile.phones.append(CustomerPhone::from(number.value()));
    auto added = CustomerRepository(m_db).add(hostile);
    QVERIFY2(added, qPrintable(added.errorString()));
    const QString currency = OfficeSettings(m_db).currency().value_or(QStringLiteral("USD"));
    QSqlQuery query(m_db);
    QVERIFY(sql::exec(query,
                      QStringLiteral("INSERT INTO opening_balances (customer_id, as_of, balance_minor, currency,"
                                     " recorded_at) VALUES (?, '2025-02-01', -123456, ?, 0)"),
                      {added.value(), currency}));
    QVERIFY(sql::exec(query,
                      QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency, note)"
                                     " VALUES (?, '2025-03-01', 'fee', 2550, ?, '=SUM(A1:A9)')"),
                      {added.value(), currency}));
    // A letter in the register (its PDF a stand-in: the export leaves PDFs in the database).
    QVERIFY(sql::exec(query,
                      QStringLiteral("INSERT INTO letters (number, year, sequence, customer_id, template_id,"
                                     " letter_date, content, pdf, pdf_sha256, issued_at)"
                                     " SELECT 'T-2026-1', 2026, 1, ?, min(id), '2026-11-20', 'text', 'pdf', ?, ?"
                                     " FROM letter_templates"),
                      {added.value(),
                       QString(64, QLatin1Char('a')),
                       sql::toEpoch(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC))}));
    // The demo has problem clients: tags with evidence, cases with steps.
    QVERIFY(count(QStringLiteral("tag_assignments")) > 0);
    QVERIFY(count(QStringLiteral("tag_evidence")) > 0);
    QVERIFY(count(QStringLiteral("cases")) > 0);
    QVERIFY(count(QStringLiteral("case_steps")) > 0);
}

void TestExport::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_dir.reset();
}

void TestExport::everyFileHasTheRowsOfItsTable()
{
    const QString out = folder(QStringLiteral("export"));
    qint64 lastDone = -1;
    qint64 total = 0;
    QStringList announced;
    auto report = DataExport(m_db).run(out, [&](const QString& file, qint64 done, qint64 all) {
        if (done < lastDone) {
            return false; // progress never goes back
        }
        lastDone = done;
        total = all;
        if (!announced.contains(file)) {
            announced.append(file);
        }
        return true;
    });
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->folder, QDir(out).absolutePath());
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
             QStringList({QStringLiteral("abonent.json"),
                          QStringLiteral("case_steps.csv"),
                          QStringLiteral("cases.csv"),
                          QStringLiteral("contacts.csv"),
                          QStringLiteral("customers.csv"),
                          QStringLiteral("letters.csv"),
                          QStringLiteral("payments.csv"),
                          QStringLiteral("phones.csv"),
                          QStringLiteral("plan_periods.csv"),
                          QStringLiteral("plans.csv"),
                          QStringLiteral("tags.csv")}));
    QCOMPARE(announced, DataExport::fileNames());
    qint64 allRows = 0;
    QCOMPARE(report->files.size(), filesAndTables().size() + 1);
    for (int index = 0; index < filesAndTables().size(); ++index) {
        const auto& [file, table] = filesAndTables().at(index);
        const qint64 rows = count(table);
        QVERIFY2(rows > 0, qPrintable(table));
        const QList<QStringList> records = readCsv(QDir(out).filePath(file));
        QCOMPARE(qint64(records.size()) - 1, rows);
        QCOMPARE(report->files.at(index).name, file);
        QCOMPARE(report->files.at(index).rows, rows);
        // Every record has as many fields as the headings.
        for (const QStringList& record : records) {
            QCOMPARE(record.size(), records.first().size());
        }
        allRows += rows;
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(QDir(out).filePath(file)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
#endif
    }
    QCOMPARE(report->files.last().name, QStringLiteral("abonent.json"));
    QCOMPARE(report->files.last().rows, allRows);
    QCOMPARE(total, allRows);
    QCOMPARE(lastDone, allRows);
    // A spreadsheet's byte order mark, and headings it can be imported by.
    QVERIFY(test::fileBytes(QDir(out).filePath(QStringLiteral("customers.csv"))).startsWith("\xEF\xBB\xBF"));
    const QStringList headings = readCsv(QDir(out).filePath(QStringLiteral("payments.csv"))).first();
    QCOMPARE(headings,
             QStringList({QStringLiteral("id"),
                          QStringLiteral("contract"),
                          QStringLiteral("paid_on"),
                          QStringLiteral("kind"),
                          QStringLiteral("amount"),
                          QStringLiteral("currency"),
                          QStringLiteral("note")}));
    QCOMPARE(ImportSpec::guessFields(ImportKind::Payments, headings),
             QStringList({QStringLiteral("id"),
                          QStringLiteral("contract"),
                          QStringLiteral("date"),
                          QStringLiteral("kind"),
                          QStringLiteral("amount"),
                          QString(),
                          QStringLiteral("note")}));

    // The values as stored: a customer's phones, plan, balance; a contact's operator and codes.
    const QList<QHash<QString, QString>> customers = recordsOf(QDir(out).filePath(QStringLiteral("customers.csv")));
    const auto hostile = std::find_if(customers.cbegin(), customers.cend(), [](const QHash<QString, QString>& record) {
        return record.value(QStringLiteral("contract")) == hostileContract();
    });
    QVERIFY(hostile != customers.cend());
    QCOMPARE(hostile->value(QStringLiteral("phone")), Csv::guarded(QStringLiteral("+12125550199 ext. 12")));
    QCOMPARE(hostile->value(QStringLiteral("opening_balance")), QStringLiteral("-1234.56"));
    QCOMPARE(hostile->value(QStringLiteral("opening_balance_on")), QStringLiteral("2025-02-01"));
    QCOMPARE(hostile->value(QStringLiteral("plan")), QString());
    QCOMPARE(hostile->value(QStringLiteral("status")), QStringLiteral("active"));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        QStringLiteral("SELECT c.contract_number, p.name, count(ph.id) FROM customers c"
                       " JOIN plan_periods pp ON pp.customer_id = c.id AND pp.ends_on IS NULL"
                       " JOIN plans p ON p.id = pp.plan_id JOIN phones ph ON ph.customer_id = c.id"
                       " GROUP BY c.id, c.contract_number, p.name ORDER BY count(ph.id) DESC, c.id LIMIT 1")));
    QVERIFY(query.next());
    const auto most = std::find_if(customers.cbegin(), customers.cend(), [&](const QHash<QString, QString>& record) {
        return record.value(QStringLiteral("contract")) == query.value(0).toString();
    });
    QVERIFY(most != customers.cend());
    QCOMPARE(most->value(QStringLiteral("plan")), query.value(1).toString());
    QCOMPARE(Csv::unguarded(most->value(QStringLiteral("phones"))).split(QStringLiteral("; ")).size(),
             query.value(2).toInt());
    QVERIFY(Csv::unguarded(most->value(QStringLiteral("phones")))
                .startsWith(Csv::unguarded(most->value(QStringLiteral("phone")))));

    QVERIFY(query.exec(QStringLiteral("SELECT k.id, k.started_at, k.duration_s, k.channel, o.login, k.conduct"
                                      " FROM contacts k JOIN operators o ON o.id = k.operator_id"
                                      " WHERE k.conduct <> 'normal' ORDER BY k.id LIMIT 1")));
    QVERIFY(query.next());
    const QList<QHash<QString, QString>> contacts = recordsOf(QDir(out).filePath(QStringLiteral("contacts.csv")));
    const auto incident = std::find_if(contacts.cbegin(), contacts.cend(), [&](const QHash<QString, QString>& record) {
        return record.value(QStringLiteral("id")) == query.value(0).toString();
    });
    QVERIFY(incident != contacts.cend());
    QCOMPARE(incident->value(QStringLiteral("started_at")),
             sql::fromEpoch(query.value(1).toLongLong()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(incident->value(QStringLiteral("duration")), query.value(2).toString());
    QCOMPARE(incident->value(QStringLiteral("channel")), query.value(3).toString());
    QCOMPARE(incident->value(QStringLiteral("operator")), query.value(4).toString());
    QCOMPARE(incident->value(QStringLiteral("conduct")), query.value(5).toString());

    // A tag with its reason and the contacts it is about.
    QVERIFY(query.exec(QStringLiteral("SELECT ta.id, ta.reason, count(e.contact_id), min(e.contact_id)"
                                      " FROM tag_assignments ta JOIN tag_evidence e ON e.assignment_id = ta.id"
                                      " GROUP BY ta.id ORDER BY ta.id LIMIT 1")));
    QVERIFY(query.next());
    const QList<QHash<QString, QString>> tags = recordsOf(QDir(out).filePath(QStringLiteral("tags.csv")));
    const auto tagged = std::find_if(tags.cbegin(), tags.cend(), [&](const QHash<QString, QString>& record) {
        return record.value(QStringLiteral("id")) == query.value(0).toString();
    });
    QVERIFY(tagged != tags.cend());
    QCOMPARE(tagged->value(QStringLiteral("reason")), Csv::guarded(query.value(1).toString()));
    QVERIFY(!tagged->value(QStringLiteral("tag")).isEmpty());
    const QStringList evidence = tagged->value(QStringLiteral("evidence_contacts")).split(QStringLiteral("; "));
    QCOMPARE(evidence.size(), query.value(2).toInt());
    QCOMPARE(evidence.first(), query.value(3).toString());

    const QList<QHash<QString, QString>> letters = recordsOf(QDir(out).filePath(QStringLiteral("letters.csv")));
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().value(QStringLiteral("number")), QStringLiteral("T-2026-1"));
    QCOMPARE(letters.first().value(QStringLiteral("contract")), hostileContract());
    QCOMPARE(letters.first().value(QStringLiteral("status")), QStringLiteral("issued"));
    QCOMPARE(letters.first().value(QStringLiteral("issued_at")),
             QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void TestExport::aHostileNameSurvives()
{
    const QString out = folder(QStringLiteral("export"));
    auto report = DataExport(m_db).run(out);
    QVERIFY2(report, qPrintable(report.errorString()));
    // Quoted as RFC 4180 says, and kept from being a formula.
    const QByteArray bytes = test::fileBytes(QDir(out).filePath(QStringLiteral("customers.csv")));
    QVERIFY(bytes.contains(",\"'=1+2, \"\"Ann\"\"\nSmith\","));
    QStringList names;
    for (const QHash<QString, QString>& record : recordsOf(QDir(out).filePath(QStringLiteral("customers.csv")))) {
        if (record.value(QStringLiteral("contract")) == hostileContract()) {
            names << record.value(QStringLiteral("name"));
        }
    }
    QCOMPARE(names, QStringList {QLatin1Char('\'') + hostileName()});
    QCOMPARE(Csv::unguarded(names.first()), hostileName());
    QStringList notes;
    for (const QHash<QString, QString>& record : recordsOf(QDir(out).filePath(QStringLiteral("payments.csv")))) {
        if (record.value(QStringLiteral("contract")) == hostileContract()) {
            notes << record.value(QStringLiteral("note"));
        }
    }
    QCOMPARE(notes, QStringList {QStringLiteral("'=SUM(A1:A9)")});
    // The JSON is for programs: the name exactly as stored.
    const QJsonObject json =
        QJsonDocument::fromJson(test::fileBytes(QDir(out).filePath(QStringLiteral("abonent.json")))).object();
    QStringList jsonNames;
    for (const QJsonValue& customer :
         json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("customers")).toArray()) {
        if (customer.toObject().value(QStringLiteral("contract")).toString() == hostileContract()) {
            jsonNames << customer.toObject().value(QStringLiteral("name")).toString();
        }
    }
    QCOMPARE(jsonNames, QStringList {hostileName()});
}

void TestExport::aSemicolonFileHasADecimalComma()
{
    // What Excel wants where the comma is the decimal mark.
    const QString out = folder(QStringLiteral("export"));
    DataExport exporter(m_db);
    exporter.setCsvFormat(CsvFormat {QLatin1Char(';'), true, true});
    auto report = exporter.run(out);
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY(test::fileBytes(QDir(out).filePath(QStringLiteral("plans.csv")))
                .startsWith("\xEF\xBB\xBFid;name;fee;currency;"));
    QStringList amounts;
    for (const QHash<QString, QString>& record :
         recordsOf(QDir(out).filePath(QStringLiteral("payments.csv")), QLatin1Char(';'))) {
        if (record.value(QStringLiteral("contract")) == hostileContract()) {
            amounts << record.value(QStringLiteral("amount"));
        }
    }
    QCOMPARE(amounts, QStringList {QStringLiteral("25,50")});
    QStringList balances;
    for (const QHash<QString, QString>& record :
         recordsOf(QDir(out).filePath(QStringLiteral("customers.csv")), QLatin1Char(';'))) {
        if (record.value(QStringLiteral("contract")) == hostileContract()) {
            balances << record.value(QStringLiteral("opening_balance"));
        }
    }
    QCOMPARE(balances, QStringList {QStringLiteral("-1234,56")});
    // The JSON does not depend on it.
    const QJsonObject json =
        QJsonDocument::fromJson(test::fileBytes(QDir(out).filePath(QStringLiteral("abonent.json")))).object();
    const QJsonArray payments =
        json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("payments")).toArray();
    QCOMPARE(payments.last().toObject().value(QStringLiteral("amount_minor")).toInteger(), 2550);
}

void TestExport::theJsonHoldsTheSameRows()
{
    const QString out = folder(QStringLiteral("export"));
    auto report = DataExport(m_db).run(out);
    QVERIFY2(report, qPrintable(report.errorString()));
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(test::fileBytes(QDir(out).filePath(QStringLiteral("abonent.json"))), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("abonent-export"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), m_database->schemaVersion());
    QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("exported_at")).toString(), Qt::ISODate),
             report->exportedAt.addMSecs(-report->exportedAt.time().msec()));
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    const QJsonObject rows = json.value(QStringLiteral("rows")).toObject();
    QCOMPARE(tables.size(), filesAndTables().size());
    for (const auto& [file, table] : filesAndTables()) {
        const QString name = file.chopped(4);
        QCOMPARE(qint64(tables.value(name).toArray().size()), count(table));
        QCOMPARE(rows.value(name).toInteger(), count(table));
        // The same columns as the CSV file, money in minor units.
        QStringList keys;
        const QStringList headings = readCsv(QDir(out).filePath(file)).value(0);
        QVERIFY(!headings.isEmpty());
        for (const QString& heading : headings) {
            keys << (tables.value(name).toArray().first().toObject().contains(heading + QStringLiteral("_minor"))
                         ? heading + QStringLiteral("_minor")
                         : heading);
        }
        keys.sort();
        QCOMPARE(tables.value(name).toArray().first().toObject().keys(), keys);
    }
    // Typed values: numbers, flags, lists, times in UTC, nothing as null.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, amount_minor, paid_on FROM payments ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    const QJsonObject payment = tables.value(QStringLiteral("payments")).toArray().last().toObject();
    QCOMPARE(payment.value(QStringLiteral("id")).toInteger(), query.value(0).toLongLong());
    QCOMPARE(payment.value(QStringLiteral("amount_minor")).toInteger(), query.value(1).toLongLong());
    QCOMPARE(payment.value(QStringLiteral("paid_on")).toString(), query.value(2).toString());
    const QJsonObject customer = tables.value(QStringLiteral("customers")).toArray().last().toObject();
    QCOMPARE(customer.value(QStringLiteral("contract")).toString(), hostileContract());
    QCOMPARE(customer.value(QStringLiteral("opening_balance_minor")).toInteger(), -123456);
    QCOMPARE(customer.value(QStringLiteral("phones")).toArray(), QJsonArray({QStringLiteral("+12125550199 ext. 12")}));
    QVERIFY(customer.value(QStringLiteral("plan")).isNull());
    const QJsonObject letter = tables.value(QStringLiteral("letters")).toArray().first().toObject();
    QCOMPARE(letter.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2026-11-20T09:30:00Z"));
    QVERIFY(letter.value(QStringLiteral("voided_at")).isNull());
    const QJsonObject plan = tables.value(QStringLiteral("plans")).toArray().first().toObject();
    QVERIFY(plan.value(QStringLiteral("active")).isBool());
    QVERIFY(plan.value(QStringLiteral("fee_minor")).isDouble());
    for (const QJsonValue& tag : tables.value(QStringLiteral("tags")).toArray()) {
        QVERIFY(tag.toObject().value(QStringLiteral("evidence_contacts")).isArray());
    }
}

void TestExport::anExportImportsIntoAFreshDatabase()
{
    const QString out = folder(QStringLiteral("export"));
    auto report = DataExport(m_db).run(out);
    QVERIFY2(report, qPrintable(report.errorString()));
    const QString currency = OfficeSettings(m_db).currency().value_or(QString());
    QVERIFY(!currency.isEmpty());

    auto fresh = test::openDatabase(m_dir->filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh);
    const QSqlDatabase db = fresh->connection();
    // In the order each needs the one before: plans, the customers on them,
    // then the rest of their history.
    for (const auto& [kind, file] :
         QList<std::pair<ImportKind, QString>> {{ImportKind::Plans, QStringLiteral("plans.csv")},
                                                {ImportKind::Customers, QStringLiteral("customers.csv")},
                                                {ImportKind::Phones, QStringLiteral("phones.csv")},
                                                {ImportKind::PlanPeriods, QStringLiteral("plan_periods.csv")},
                                                {ImportKind::Payments, QStringLiteral("payments.csv")},
                                                {ImportKind::Contacts, QStringLiteral("contacts.csv")}}) {
        ImportMapping mapping;
        mapping.kind = kind;
        mapping.currency = currency;
        auto imported = CsvImport(db, QDir(out).filePath(file), mapping).run(Actor {});
        QVERIFY2(imported, qPrintable(file + QStringLiteral(": ") + imported.errorString()));
        QVERIFY2(imported->problems.isEmpty(),
                 qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(imported->problemsCsv())));
        QVERIFY(imported->imported);
    }
    const auto countIn = [](const QSqlDatabase& database, const QString& statement) {
        auto rows = sql::scalar(database, statement);
        return rows ? rows->toLongLong() : -1;
    };
    for (const QString& table : {QStringLiteral("customers"),
                                 QStringLiteral("phones"),
                                 QStringLiteral("plans"),
                                 QStringLiteral("payments"),
                                 QStringLiteral("contacts")}) {
        const QString statement = QStringLiteral("SELECT count(*) FROM ") + table;
        QVERIFY2(countIn(m_db, statement) > 0, qPrintable(table));
        QCOMPARE(countIn(db, statement), countIn(m_db, statement));
    }
    // Sums too, so a payment or contact brought in twice and another lost would show.
    for (const QString& statement : {QStringLiteral("SELECT sum(amount_minor) FROM payments"),
                                     QStringLiteral("SELECT sum(duration_s) FROM contacts"),
                                     QStringLiteral("SELECT count(*) FROM contacts WHERE conduct <> 'normal'")}) {
        QCOMPARE(countIn(db, statement), countIn(m_db, statement));
    }
    // The name a spreadsheet would have run comes back as it was, with its number.
    auto back = CustomerRepository(db).findByContract(hostileContract());
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->name, hostileName());
    QCOMPARE(back->phones.size(), 1);
    QCOMPARE(back->phones.first().e164, QStringLiteral("+12125550199"));
    QCOMPARE(back->phones.first().extension, QStringLiteral("12"));
    QCOMPARE(countIn(db, QStringLiteral("SELECT balance_minor FROM opening_balances")), -123456);
}

void TestExport::aCancelLeavesNothing_data()
{
    QTest::addColumn<QString>("stopAt"); // the file being written when the person stops
    QTest::addColumn<bool>("folderThere"); // an empty folder chosen, or a new one
    QTest::newRow("at the start, new folder") << QStringLiteral("customers.csv") << false;
    QTest::newRow("among the contacts, new folder") << QStringLiteral("contacts.csv") << false;
    QTest::newRow("among the contacts, empty folder") << QStringLiteral("contacts.csv") << true;
    QTest::newRow("with every file written") << QStringLiteral("abonent.json") << true;
}

void TestExport::aCancelLeavesNothing()
{
    QFETCH(QString, stopAt);
    QFETCH(bool, folderThere);
    const QString out = folder(QStringLiteral("export"));
    if (folderThere) {
        QVERIFY(QDir().mkdir(out));
    }
    bool stopped = false;
    QStringList seenOnDisk;
    auto report = DataExport(m_db).run(out, [&](const QString& file, qint64, qint64) {
        if (file != stopAt || stopped) {
            return true;
        }
        // What is there when the person stops: the files begun, unfinished.
        seenOnDisk = QDir(out).entryList(QDir::Files);
        stopped = true;
        return false;
    });
    QVERIFY(stopped);
    QVERIFY(!report);
    QCOMPARE(report.error().code, Error::Code::Cancelled);
    QVERIFY(!seenOnDisk.isEmpty());
    for (const QString& name : std::as_const(seenOnDisk)) {
        QVERIFY2(name.endsWith(QLatin1String(".unfinished")), qPrintable(name));
    }
    if (folderThere) {
        QVERIFY(QFileInfo(out).isDir());
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    } else {
        QVERIFY(!QFileInfo::exists(out));
    }
}

void TestExport::nothingIsReplaced()
{
    const QString out = folder(QStringLiteral("export"));
    QVERIFY(QDir().mkdir(out));
    const QString kept = QDir(out).filePath(QStringLiteral("payments.csv"));
    test::writeFile(kept, "last month's payments");
    bool progressed = false;
    auto refused = DataExport(m_db).run(out, [&](const QString&, qint64, qint64) {
        progressed = true;
        return true;
    });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.errorString().contains(QDir::toNativeSeparators(kept)), qPrintable(refused.errorString()));
    QVERIFY(!progressed);
    QCOMPARE(test::fileBytes(kept), QByteArray("last month's payments"));
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList {QStringLiteral("payments.csv")});
    // What an export killed halfway left behind stops the next one too.
    QVERIFY(QFile::remove(kept));
    test::writeFile(QDir(out).filePath(QStringLiteral("contacts.csv.unfinished")), "half");
    QCOMPARE(DataExport(m_db).run(out).error().code, Error::Code::Conflict);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList {QStringLiteral("contacts.csv.unfinished")});
}

void TestExport::theFilesDescribeOneMoment()
{
    // Another desk records a customer and a payment once the export has
    // begun: it is not held up, and none of the files has them.
    const qint64 customers = count(QStringLiteral("customers"));
    const qint64 payments = count(QStringLiteral("payments"));
    bool wrote = false;
    {
        // Opened as the program opens it, on either engine.
        auto otherDesk = openAbonentDatabase(m_database->path(), Database::Mode::ReadWrite);
        QVERIFY2(otherDesk, qPrintable(otherDesk.errorString()));
        QSqlDatabase other = otherDesk.value()->connection();
        const QString out = folder(QStringLiteral("export"));
        auto report = DataExport(m_db).run(out, [&](const QString& file, qint64, qint64) {
            if (file == QLatin1String("customers.csv") && !wrote) {
                QSqlQuery write(other);
                wrote = write.exec(QStringLiteral("INSERT INTO customers (contract_number, kind, name, customer_since,"
                                                  " created_at, updated_at)"
                                                  " VALUES ('LATE-1', 'person', 'Late', '2026-11-01', 0, 0)"))
                    && write.exec(QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor,"
                                                 " currency) SELECT id, '2026-11-02', 'fee', 100, 'USD'"
                                                 " FROM customers WHERE contract_number = 'LATE-1'"));
                if (!wrote) {
                    qWarning("%s", qPrintable(write.lastError().text()));
                }
            }
            return true;
        });
        other = QSqlDatabase();
        otherDesk.value().reset();
        QVERIFY2(report, qPrintable(report.errorString()));
        QVERIFY(wrote);
        QCOMPARE(count(QStringLiteral("customers")), customers + 1);
        QCOMPARE(count(QStringLiteral("payments")), payments + 1);
        QCOMPARE(qint64(readCsv(QDir(out).filePath(QStringLiteral("customers.csv"))).size()) - 1, customers);
        QCOMPARE(qint64(readCsv(QDir(out).filePath(QStringLiteral("payments.csv"))).size()) - 1, payments);
        QCOMPARE(report->files.at(4).rows, payments);
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
