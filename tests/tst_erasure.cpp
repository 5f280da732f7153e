#include "AuditLog.h"
#include "CallerLookup.h"
#include "CaseService.h"
#include "CsvImport.h"
#include "CustomerListModel.h"
#include "CustomerRepository.h"
#include "CustomerSearch.h"
#include "CustomerService.h"
#include "DatabaseCheck.h"
#include "Economics.h"
#include "ErasedCustomers.h"
#include "Erasure.h"
#include "LetterService.h"
#include "PersonalData.h"
#include "PhoneNumber.h"
#include "PrivacySettings.h"
#include "Rollups.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "TimelineSources.h"
#include "Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace abonent;

namespace {

const Actor owner {1, Role::Owner};
const Actor manager {2, Role::Manager};
const Actor operatorActor {3, Role::Operator};

// What the person is, and what was written about them: none of it may be
// left anywhere once they are erased.
const QString kName = QStringLiteral("Margaret Thornbury");
const QString kAddress = QStringLiteral("14 Quillfeather Lane, Dunmore");
const QString kEmail = QStringLiteral("margaret.thornbury@example.org");
const QString kPhone = QStringLiteral("+44 20 7946 0321");
const QString kPhoneDigits = QStringLiteral("2079460321");
const QString kSecondPhone = QStringLiteral("+44 7700 900461");
const QString kNotes = QStringLiteral("Prefers calls after six; her nephew Alastair helps with the router.");
const QStringList kWritten {
    kName,
    QStringLiteral("Thornbury"),
    QStringLiteral("Quillfeather"),
    QStringLiteral("thornbury@example"),
    QStringLiteral("Alastair"),
    QStringLiteral("Paid by her cousin Wilhelmina"),
    QStringLiteral("Router in the greenhouse"),
    QStringLiteral("Shouted at Oksana about the invoice"),
    QStringLiteral("Apologised to Oksana in writing"),
    QStringLiteral("Abusive on three calls in March"),
    QStringLiteral("Calmer since April"),
    QStringLiteral("Reminder handed over at the counter"),
    QStringLiteral("Moving to Lisbon with her sister"),
    QStringLiteral("Wrong spelling of Quillfeather"),
    QStringLiteral("Greenhouse router again"),
    QStringLiteral("2079460321"),
};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

} // namespace

// A person's data on request (GDPR art. 15 and 17): the report of
// everything held about them, and its erasure, which keeps the economics,
// the register and the audit trail; the append-only rules still hold for
// everything else.
class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportHoldsEverythingAboutThePersonAndNoOneElse();
    void reportReadsBackFromItsJsonFile();
    void reportPdfIsReadable();
    void erasureBlanksEveryPersonalColumn();
    void erasureLeavesNothingOfThePersonInAnyTable();
    void erasureLeavesNoTraceInTheSearchIndexOrTheLog();
    void erasureKeepsTheEconomics();
    void searchAndCallerLookupNoLongerFindThePerson();
    void refusedWhileTheOfficeStillNeedsTheData();
    void refusedToAnOperator();
    void ordinaryUpdatesStillFail();
    void aPermitNeedsItsOwnAuditEntryAndComesOnce();
    void checkAcceptsAnErasedLetterAndFindsAMissingPdf();
    void nothingNewIsRecordedAboutAnErasedPerson();
    void theTimelineSaysWhatHappenedWithoutTheErasedValues();
    void retentionIsTheOwnersSetting();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    void exec(const QString& statement, const QVariantList& values = {});
    QVariant scalar(const QString& statement, const QVariantList& values = {});
    // An erasure as it would run in seven years, when the letters issued
    // today no longer hold the data back.
    Erasure later(int years = 7) const;
    // What every table holds as text, for looking for the person in it.
    QString everything();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_customer = 0; // Margaret, who asks to be erased
    qint64 m_other = 0; // someone else, left alone
    QList<qint64> m_contacts;
    QList<qint64> m_letters;
    qint64 m_voidLetter = 0;
    qint64 m_otherLetter = 0;
};

void TestErasure::exec(const QString& statement, const QVariantList& values)
{
    test::exec(db(), statement, values);
}

QVariant TestErasure::scalar(const QString& statement, const QVariantList& values)
{
    auto value = sql::scalar(db(), statement, values);
    if (!value) {
        qWarning("%s", qPrintable(value.errorString()));
        return {};
    }
    return value.value();
}

Erasure TestErasure::later(int years) const
{
    return Erasure(db(), nullptr, [years] { return QDateTime::currentDateTimeUtc().addYears(years); });
}

namespace {

// An empty BLOB written into the SQL, as each engine spells one.
QString emptyBlob()
{
    return test::testsOnServer() ? QStringLiteral("CAST('' AS BYTEA)") : QStringLiteral("x''");
}

} // namespace

QString TestErasure::everything()
{
    QString text;
    QSqlQuery tables(db());
    const QString listed = test::testsOnServer()
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                         " AND table_type = 'BASE TABLE'")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*'"
                         " AND name NOT GLOB 'customer_words*' AND name NOT GLOB 'customer_digits*'");
    if (!tables.exec(listed)) {
        return {};
    }
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(db());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                text += (value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray())
                                                                 : value.toString())
                    + QLatin1Char('\x1f');
            }
        }
    }
    return text;
}

void TestErasure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(path(QStringLiteral("office.sqlite")));
    QVERIFY(m_database);
    const QStringList settings {
        QStringLiteral("currency|GBP"),
        QStringLiteral("default_country|GB"),
        QStringLiteral("letters.company.name|Riverside Fibre Ltd"),
        QStringLiteral("letters.company.address|1 Mill Road, Dunmore"),
        QStringLiteral("letters.company.phone|+44 20 7946 0000"),
        QStringLiteral("letters.company.email|office@riverside.example"),
        QStringLiteral("letters.company.signatory|Olga Ward"),
        QStringLiteral("letters.company.signatory_title|Director"),
        QStringLiteral("letters.number_prefix|RF"),
        QStringLiteral("letters.default_language|en"),
    };
    for (const QString& setting : settings) {
        exec(QStringLiteral("INSERT INTO office_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                            " SET value = excluded.value"),
             {setting.section(QLatin1Char('|'), 0, 0), setting.section(QLatin1Char('|'), 1)});
    }
    exec(QStringLiteral("INSERT INTO operators (id, login, name, role, cost_per_hour_minor, currency) VALUES"
                        " (1, 'olga', 'Olga Ward', 'owner', 3000, 'GBP'),"
                        " (2, 'max', 'Max Orr', 'manager', 2500, 'GBP'),"
                        " (3, 'oksana', 'Oksana Bell', 'operator', 1800, 'GBP')"));
    exec(QStringLiteral("INSERT INTO plans (id, name, monthly_fee_minor, currency, support_included,"
                        " included_support_minutes, paid_support_rate_minor) VALUES (1, 'Home 100', 3000, 'GBP', 1,"
                        " 60, 50)"));

    CustomerService customers(db());
    const QDate since = QDate::currentDate().addYears(-1);
    Customer margaret;
    margaret.contractNumber = QStringLiteral("RF-1001");
    margaret.name = kName;
    margaret.address = kAddress;
    margaret.email = QStringLiteral("m.thornbury@example.org");
    margaret.customerSince = since;
    margaret.phones = {
        CustomerPhone::from(PhoneNumber::parse(kPhone, QStringLiteral("GB")).value(), QStringLiteral("home")),
        CustomerPhone::from(PhoneNumber::parse(kSecondPhone, QStringLiteral("GB")).value())};
    auto created = customers.create(manager, margaret);
    QVERIFY2(created, qPrintable(created.errorString()));
    m_customer = created.value();
    margaret = CustomerRepository(db()).find(m_customer).value();
    margaret.email = kEmail; // an edit: the audit log quotes both addresses
    QVERIFY(customers.update(manager, margaret));
    QVERIFY(customers.saveNotes(manager, m_customer, kNotes, margaret.notesVersion));
    QVERIFY(customers.changePlan(manager, m_customer, 1, since));

    Customer other;
    other.contractNumber = QStringLiteral("RF-1002");
    other.name = QStringLiteral("Bartholomew Quince");
    other.address = QStringLiteral("2 Orchard Row");
    other.customerSince = since;
    other.phones = {
        CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+44 20 7946 0999"), QStringLiteral("GB")).value())};
    auto otherId = customers.create(manager, other);
    QVERIFY(otherId);
    m_other = otherId.value();
    QVERIFY(customers.saveNotes(manager, m_other, QStringLiteral("Quince keeps bees"), 1)); // just made
    QVERIFY(customers.changePlan(manager, m_other, 1, since));

    for (qint64 customer : {m_customer, m_other}) {
        for (int month = 0; month < 12; ++month) {
            Payment payment;
            payment.customerId = customer;
            payment.paidOn = since.addMonths(month);
            payment.amount = Money {3000, QStringLiteral("GBP")};
            payment.note =
                customer == m_customer && month == 3 ? QStringLiteral("Paid by her cousin Wilhelmina") : QString();
            QVERIFY(customers.addPayment(manager, payment));
        }
    }
    const QDateTime lastMonth = QDateTime::currentDateTimeUtc().addDays(-35);
    const QList<std::pair<QString, QString>> calls {
        {QStringLiteral("Router in the greenhouse"), QStringLiteral("Greenhouse router again")},
        {QStringLiteral("Invoice"), QStringLiteral("Shouted at Oksana about the invoice")},
        {QStringLiteral("Invoice"), QStringLiteral("Apologised to Oksana in writing")},
    };
    for (int index = 0; index < calls.size(); ++index) {
        Contact contact;
        contact.customerId = m_customer;
        contact.channel = Channel::PhoneIn;
        contact.startedAt = lastMonth.addDays(index);
        contact.durationSeconds = 600 + 60 * index;
        contact.operatorId = 3;
        contact.topic = calls.at(index).first;
        contact.summary = calls.at(index).second;
        contact.conduct = index == 1 ? Conduct::Insults : Conduct::Normal;
        auto added = customers.addContact(operatorActor, contact);
        QVERIFY2(added, qPrintable(added.errorString()));
        m_contacts << added.value();
    }
    Contact otherCall;
    otherCall.customerId = m_other;
    otherCall.startedAt = lastMonth;
    otherCall.durationSeconds = 300;
    otherCall.operatorId = 3;
    otherCall.topic = QStringLiteral("Bees on the antenna");
    QVERIFY(customers.addContact(operatorActor, otherCall));

    TagService tags(db());
    auto abusive = tags.shippedTag(QString::fromLatin1(ShippedTags::abusiveLanguage));
    QVERIFY(abusive);
    TagRequest tag;
    tag.tagId = abusive->id;
    tag.reason = QStringLiteral("Abusive on three calls in March");
    tag.evidence = {m_contacts.at(1)};
    auto assigned = tags.assign(operatorActor, m_customer, tag);
    QVERIFY2(assigned, qPrintable(assigned.errorString()));
    QVERIFY(tags.remove(manager, assigned.value(), QStringLiteral("Calmer since April")));
    tag.evidence.clear();
    QVERIFY(tags.assign(operatorActor, m_customer, tag));

    CaseService cases(db());
    auto opened = cases.open(manager, m_customer, QStringLiteral("Abusive on three calls in March"));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    StepInput reminder;
    reminder.step = CaseStep::Reminder;
    reminder.takenOn = QDate::currentDate();
    reminder.note = QStringLiteral("Reminder handed over at the counter");
    QVERIFY(cases.takeStep(manager, opened.value(), reminder));
    QVERIFY(cases.closeResolved(manager, opened.value(), QStringLiteral("Calmer since April")));

    LetterService letters(db());
    LetterRequest request;
    request.kind = LetterKind::ServiceReport;
    request.customerId = m_customer;
    auto first = letters.issue(manager, request);
    QVERIFY2(first, qPrintable(first.errorString()));
    QVERIFY(letters.voidLetter(manager, first->id, QStringLiteral("Wrong spelling of Quillfeather")));
    m_voidLetter = first->id;
    request.replacesLetterId = first->id;
    auto second = letters.issue(manager, request);
    QVERIFY2(second, qPrintable(second.errorString()));
    m_letters = {first->id, second->id};
    request.customerId = m_other;
    request.replacesLetterId.reset();
    auto otherLetter = letters.issue(manager, request);
    QVERIFY2(otherLetter, qPrintable(otherLetter.errorString()));
    m_otherLetter = otherLetter->id;

    // A withheld call linked to her later, recorded; a note still being
    // written at a desk; the old system's id of a payment; an opening balance.
    const qint64 at = lastMonth.toSecsSinceEpoch();
    exec(QStringLiteral("INSERT INTO unlinked_calls (caller_id, started_at, duration_s, operator_id, topic, summary,"
                        " outcome, conduct, recorded_at, contact_id, settled_at, settled_by) VALUES (?, ?, 600, 3,"
                        " 'Router in the greenhouse', 'Greenhouse router again', 'resolved', 'normal', ?, ?, ?, 3)"),
         {kPhone, at, at, m_contacts.at(0), at + 60});
    exec(QStringLiteral("INSERT INTO call_recordings (contact_id, call_id, file_name, size_bytes, sha256,"
                        " duration_ms, hashed_at) VALUES (?, '1712.44', ?, 4000, ?, 600000, ?)"),
         {m_contacts.at(1),
          QStringLiteral("2026/03/in-%1-1712.44.wav").arg(kPhoneDigits),
          QString(64, QLatin1Char('a')),
          at});
    exec(QStringLiteral("INSERT INTO call_drafts (desk, caller_id, customer_id, operator_id, started_at, topic,"
                        " summary, saved_at) VALUES ('desk-1', ?, ?, 3, ?, 'Router', 'Greenhouse router again', ?)"),
         {kPhone, m_customer, at, at});
    const qint64 payment =
        scalar(QStringLiteral("SELECT min(id) FROM payments WHERE customer_id = ?"), {m_customer}).toLongLong();
    exec(QStringLiteral("INSERT INTO import_keys (source, external_id, row_id) VALUES ('payment', 'OLD-PAY-77', ?)"),
         {payment});
    exec(QStringLiteral("INSERT INTO opening_balances (customer_id, as_of, balance_minor, currency, recorded_at)"
                        " VALUES (?, ?, 1500, 'GBP', ?)"),
         {m_customer, sql::toDateValue(since), at});
    // She left; the notes of the leaving name where to.
    QVERIFY(cases.recordDeparture(manager,
                                  m_customer,
                                  QDate::currentDate(),
                                  ExitReason::Moved,
                                  QStringLiteral("Moving to Lisbon with her sister")));
    QCOMPARE(CustomerRepository(db()).find(m_customer)->status, CustomerStatus::Terminated);
}

void TestErasure::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestErasure::reportHoldsEverythingAboutThePersonAndNoOneElse()
{
    auto report = PersonalData(db()).report(m_customer);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->value(QStringLiteral("format")).toString(), QStringLiteral("abonent-person-data"));
    QCOMPARE(report->value(QStringLiteral("office")).toString(), QStringLiteral("Riverside Fibre Ltd"));
    const QJsonObject tables = report->value(QStringLiteral("tables")).toObject();
    const auto rows = [&tables](const char* table) { return tables.value(QLatin1String(table)).toArray(); };
    const QJsonObject person = rows("customers").at(0).toObject();
    QCOMPARE(rows("customers").size(), 1);
    QCOMPARE(person.value(QStringLiteral("name")).toString(), kName);
    QCOMPARE(person.value(QStringLiteral("address")).toString(), kAddress);
    QCOMPARE(person.value(QStringLiteral("email")).toString(), kEmail);
    QCOMPARE(person.value(QStringLiteral("notes")).toString(), kNotes);
    QCOMPARE(person.value(QStringLiteral("opening_balance_minor")).toInteger(), 1500);
    QCOMPARE(rows("phones").size(), 2);
    QCOMPARE(rows("phones").at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("home"));
    QCOMPARE(rows("plans").size(), 1);
    QCOMPARE(rows("plan_periods").size(), 1);
    QCOMPARE(rows("payments").size(), 12);
    QCOMPARE(rows("contacts").size(), 3);
    QCOMPARE(rows("contacts").at(1).toObject().value(QStringLiteral("summary")).toString(),
             QStringLiteral("Shouted at Oksana about the invoice"));
    // Internal tags with their reasons and evidence: held about her, so hers to see.
    QCOMPARE(rows("tags").size(), 2);
    const QJsonObject removed = rows("tags").at(0).toObject();
    QCOMPARE(removed.value(QStringLiteral("reason")).toString(), QStringLiteral("Abusive on three calls in March"));
    QCOMPARE(removed.value(QStringLiteral("removal_reason")).toString(), QStringLiteral("Calmer since April"));
    QCOMPARE(removed.value(QStringLiteral("evidence_contacts")).toArray(), QJsonArray({m_contacts.at(1)}));
    QCOMPARE(rows("cases").size(), 1);
    QCOMPARE(rows("case_steps").size(), 1);
    QCOMPARE(rows("case_steps").at(0).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Reminder handed over at the counter"));
    QCOMPARE(rows("letters").size(), 2);
    for (const QJsonValue& letter : rows("letters")) {
        QVERIFY(letter.toObject().value(QStringLiteral("content")).toString().contains(kName));
        QCOMPARE(letter.toObject().value(QStringLiteral("pdf_sha256")).toString().size(), 64);
        QVERIFY(!letter.toObject().contains(QStringLiteral("pdf"))); // the register's entry, not the file
    }
    QCOMPARE(rows("customer_exits").at(0).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Moving to Lisbon with her sister"));
    QCOMPARE(rows("unlinked_calls").at(0).toObject().value(QStringLiteral("caller_id")).toString(), kPhone);
    QVERIFY(
        rows("call_recordings").at(0).toObject().value(QStringLiteral("file_name")).toString().contains(kPhoneDigits));
    QCOMPARE(rows("call_drafts").size(), 1);
    QCOMPARE(rows("import_keys").at(0).toObject().value(QStringLiteral("external_id")).toString(),
             QStringLiteral("OLD-PAY-77"));
    QVERIFY(rows("months").size() >= 12);
    QVERIFY(rows("audit_log").size() >= 6);
    const QString audit = QString::fromUtf8(QJsonDocument(rows("audit_log")).toJson());
    QVERIFY(audit.contains(kNotes));
    QVERIFY(audit.contains(kEmail));

    // Nobody else's data.
    const QString whole = QString::fromUtf8(QJsonDocument(report.value()).toJson());
    for (const QString& theirs : {QStringLiteral("Quince"),
                                  QStringLiteral("bees"),
                                  QStringLiteral("Bees"),
                                  QStringLiteral("RF-1002"),
                                  QStringLiteral("2079460999")}) {
        QVERIFY2(!whole.contains(theirs), qPrintable(theirs));
    }
    QCOMPARE(report->value(QStringLiteral("rows")).toObject().value(QStringLiteral("payments")).toInt(), 12);
}

void TestErasure::reportReadsBackFromItsJsonFile()
{
    const QDateTime fixed(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
    const PersonalData data(db(), [fixed] { return fixed; });
    auto files = data.write(m_customer, path(QStringLiteral("out/new-folder")));
    QVERIFY2(files, qPrintable(files.errorString()));
    QCOMPARE(QFileInfo(files->json).fileName(), QStringLiteral("personal-data-RF-1001-2026-05-04.json"));
    QCOMPARE(QFileInfo(files->pdf).fileName(), QStringLiteral("personal-data-RF-1001-2026-05-04.pdf"));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(files->json).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
#endif
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(test::fileBytes(files->json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    auto report = data.report(m_customer);
    QVERIFY(report);
    QCOMPARE(read.object(), report.value());
    QCOMPARE(read.object().value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-05-04T09:30:00Z"));
}

void TestErasure::reportPdfIsReadable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed");
    }
    auto files = PersonalData(db()).write(m_customer, m_dir->path());
    QVERIFY2(files, qPrintable(files.errorString()));
    QVERIFY(test::fileBytes(files->pdf).startsWith("%PDF"));
    const QString text = pdfText(files->pdf);
    for (const QString& expected : {QStringLiteral("Riverside Fibre Ltd"),
                                    QStringLiteral("Personal data held about %1 (contract RF-1001)").arg(kName),
                                    kAddress,
                                    QStringLiteral("Phone numbers (2)"),
                                    QStringLiteral("Shouted at Oksana about the invoice"),
                                    QStringLiteral("Abusive on three calls in March"),
                                    QStringLiteral("Moving to Lisbon with her sister"),
                                    QStringLiteral("The letters' text"),
                                    QStringLiteral("Changes recorded in the audit log"),
                                    QStringLiteral("page 1 of")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text.left(600)));
    }
    QVERIFY(!text.contains(QStringLiteral("Quince")));
}

void TestErasure::erasureBlanksEveryPersonalColumn()
{
    const QString sha =
        scalar(QStringLiteral("SELECT pdf_sha256 FROM letters WHERE id = ?"), {m_letters.at(1)}).toString();
    const qint64 entriesBefore =
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE customer_id = ?"), {m_customer}).toLongLong();
    auto report = later().erase(manager, m_customer);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->placeholderName, ErasedCustomers::placeholderName(m_customer));
    QCOMPARE(report->recordings, QStringList {QStringLiteral("2026/03/in-%1-1712.44.wav").arg(kPhoneDigits)});
    const auto rowsOf = [&report](const char* table) {
        for (const auto& [name, rows] : report->rows) {
            if (name == QLatin1String(table)) {
                return rows;
            }
        }
        return qint64(0);
    };
    QCOMPARE(rowsOf("phones"), 2);
    QCOMPARE(rowsOf("contacts"), 3);
    QCOMPARE(rowsOf("letters"), 2);
    QCOMPARE(rowsOf("payments"), 1);
    QCOMPARE(rowsOf("call_drafts"), 1);

    // customers: the placeholder, nothing else of her.
    auto customer = CustomerRepository(db()).find(m_customer);
    QVERIFY(customer);
    QCOMPARE(customer->name, QStringLiteral("Erased customer #%1").arg(m_customer));
    QCOMPARE(customer->contractNumber, QStringLiteral("RF-1001"));
    QCOMPARE(customer->status, CustomerStatus::Terminated);
    QVERIFY(customer->address.isEmpty() && customer->email.isEmpty() && customer->notes.isEmpty());
    QVERIFY(customer->phones.isEmpty());
    QVERIFY(customer->isErased());
    QCOMPARE(customer->erasedBy, std::optional<qint64>(2));
    QVERIFY(!customer->notesUpdatedAt.isValid());
    const QString words =
        scalar(QStringLiteral("SELECT search_words || search_digits FROM customers WHERE id = ?"), {m_customer})
            .toString();
    QVERIFY2(!words.contains(QStringLiteral("thornbury")) && !words.contains(kPhoneDigits), qPrintable(words));
    // phones and call drafts: gone.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM phones WHERE customer_id = ?"), {m_customer}).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM call_drafts WHERE customer_id = ?"), {m_customer}).toInt(), 0);
    // payments: notes gone, money kept.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM payments WHERE customer_id = ? AND note <> ''"), {m_customer})
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(amount_minor) FROM payments WHERE customer_id = ?"), {m_customer})
                 .toLongLong(),
             36000);
    // contacts: topic and summary gone; channel, duration, operator, conduct kept.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = ? AND (topic <> ''"
                                   " OR summary <> '')"),
                    {m_customer})
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(duration_s) FROM contacts WHERE customer_id = ?"), {m_customer}).toInt(),
             1980);
    QCOMPARE(scalar(QStringLiteral("SELECT conduct FROM contacts WHERE id = ?"), {m_contacts.at(1)}).toString(),
             QStringLiteral("insults"));
    // tags: reasons gone, the filler where a removal needs one; evidence kept.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_assignments WHERE customer_id = ? AND reason = ''"
                                   " AND (removed_at IS NULL AND removal_reason = '' OR removal_reason = ?)"),
                    {m_customer, ErasedCustomers::filler()})
                 .toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tag_evidence")).toInt(), 1);
    // cases and steps.
    QCOMPARE(
        scalar(QStringLiteral("SELECT reason || '|' || closing_note FROM cases WHERE customer_id = ?"), {m_customer})
            .toString(),
        ErasedCustomers::filler() + QLatin1Char('|'));
    QCOMPARE(scalar(QStringLiteral("SELECT note FROM case_steps")).toString(), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT note FROM customer_exits WHERE customer_id = ?"), {m_customer}).toString(),
             QString());
    QCOMPARE(scalar(QStringLiteral("SELECT reason FROM customer_exits WHERE customer_id = ?"), {m_customer}).toString(),
             QStringLiteral("moved"));
    // letters: text and PDF gone, the register's facts and the digest kept.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM letters WHERE customer_id = ? AND content = ''"
                                   " AND length(pdf) = 0 AND check_hits = '' AND check_override = ''"),
                    {m_customer})
                 .toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT pdf_sha256 FROM letters WHERE id = ?"), {m_letters.at(1)}).toString(), sha);
    QCOMPARE(scalar(QStringLiteral("SELECT void_reason FROM letters WHERE id = ?"), {m_voidLetter}).toString(),
             ErasedCustomers::filler());
    QVERIFY(!scalar(QStringLiteral("SELECT voided_at FROM letters WHERE id = ?"), {m_voidLetter}).isNull());
    QVERIFY(scalar(QStringLiteral("SELECT length(pdf) FROM letters WHERE id = ?"), {m_otherLetter}).toInt() > 1000);
    QVERIFY(!LetterService(db()).pdfOf(m_letters.at(1)));
    QVERIFY(LetterService(db()).pdfOf(m_otherLetter));
    // the call linked later and its recording.
    QCOMPARE(
        scalar(QStringLiteral("SELECT caller_id || '|' || topic || '|' || summary FROM unlinked_calls")).toString(),
        QStringLiteral("|%1|").arg(ErasedCustomers::filler()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT file_name || '|' || call_id || '|' || sha256 FROM call_recordings")).toString(),
        ErasedCustomers::filler() + QStringLiteral("||") + QString(64, QLatin1Char('a')));
    // import keys and the opening balance: kept.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_keys")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT balance_minor FROM opening_balances WHERE customer_id = ?"), {m_customer})
                 .toInt(),
             1500);
    // the audit log: what it quoted of her gone, when and who kept, one entry more.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE customer_id = ?"), {m_customer}).toLongLong(),
             entriesBefore + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE customer_id = ? AND action <> ?"
                                   " AND (before <> '' OR after <> '' OR reason <> '')"),
                    {m_customer, AuditLog::customerErased()})
                 .toInt(),
             0);
    QSqlQuery entry(db());
    QVERIFY(entry.exec(QStringLiteral("SELECT operator_id, after, before, reason FROM audit_log WHERE action ="
                                      " 'customer.erased'")));
    QVERIFY(entry.next());
    QCOMPARE(entry.value(0).toInt(), 2);
    const QJsonObject after = QJsonDocument::fromJson(entry.value(1).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toObject().value(QStringLiteral("phones")).toInt(), 2);
    QVERIFY(entry.value(2).toString().isEmpty() && entry.value(3).toString().isEmpty());
    QVERIFY(!entry.next());
    // The permit went with the transaction.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM erasure_permits")).toInt(), 0);
    // The other customer is untouched.
    auto other = CustomerRepository(db()).find(m_other);
    QCOMPARE(other->name, QStringLiteral("Bartholomew Quince"));
    QCOMPARE(other->notes, QStringLiteral("Quince keeps bees"));
    QCOMPARE(other->phones.size(), 1);
}

void TestErasure::erasureLeavesNothingOfThePersonInAnyTable()
{
    const QString before = everything();
    for (const QString& written : kWritten) {
        QVERIFY2(before.contains(written), qPrintable(written)); // the fixture holds it, so the check means something
    }
    QVERIFY(later().erase(manager, m_customer));
    const QString after = everything();
    for (const QString& written : kWritten) {
        QVERIFY2(!after.contains(written), qPrintable(written));
    }
    QVERIFY(after.contains(QStringLiteral("Quince keeps bees")));
}

void TestErasure::erasureLeavesNoTraceInTheSearchIndexOrTheLog()
{
    // A full-text index only marks a row's words deleted until its pages
    // are merged; the write-ahead log keeps earlier copies of pages. (Free
    // space inside the file's pages may still hold copies of rows as they
    // were before earlier changes: SQLite's secure_delete is off for speed,
    // and only VACUUM rewrites every page.)
    if (test::testsOnServer()) {
        QSKIP("about FTS5's pages and SQLite's write-ahead log; a server's search indexes are on the customers'"
              " own columns");
    }
    const auto indexBytes = [this]() -> QByteArray {
        QByteArray bytes;
        QSqlQuery blocks(db());
        blocks.exec(QStringLiteral("SELECT block FROM customer_words_data"));
        while (blocks.next()) {
            bytes += blocks.value(0).toByteArray();
        }
        return bytes;
    };
    // Terms are stored folded, and each after the one before it with their
    // common start left out: the words seen whole before are looked for after.
    QList<QByteArray> words;
    for (const char* word : {"thornbury", "margaret", "quillfeather", "alastair", "dunmore"}) {
        if (indexBytes().contains(word)) {
            words << QByteArray(word);
        }
    }
    QVERIFY(words.size() >= 3);
    auto report = later().erase(manager, m_customer);
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY2(report->leftInTheFile.isEmpty(), qPrintable(report->leftInTheFile.join(QLatin1Char('\n'))));
    const QByteArray index = indexBytes();
    for (const QByteArray& word : words) {
        QVERIFY2(!index.contains(word), word.constData());
    }
    QVERIFY(index.contains("quince"));
    QCOMPARE(QFileInfo(m_database->path() + QStringLiteral("-wal")).size(), 0);
    QVERIFY(CustomerSearch::matchingIds(db(), QStringLiteral("Quince"), QStringLiteral("GB"))->contains(m_other));
}

void TestErasure::erasureKeepsTheEconomics()
{
    const EconomicsService economics(db());
    const QDate first = QDate::currentDate().addYears(-2);
    const QDate last = QDate::currentDate();
    auto before = economics.portfolio({first, last, 0});
    auto monthsBefore = economics.customerMonths(m_customer, first, last);
    QVERIFY(before && monthsBefore);
    QVERIFY(later().erase(manager, m_customer));
    auto after = economics.portfolio({first, last, 0});
    auto monthsAfter = economics.customerMonths(m_customer, first, last);
    QVERIFY(after && monthsAfter);
    QVERIFY(before->revenueMinor() > 0 && before->costMinor() > 0);
    QCOMPARE(after->revenueMinor(), before->revenueMinor());
    QCOMPARE(after->cashMinor(), before->cashMinor());
    QCOMPARE(after->costMinor(), before->costMinor());
    QCOMPARE(after->lossMaking(), before->lossMaking());
    QCOMPARE(after->customers.size(), before->customers.size());
    QCOMPARE(monthsAfter->size(), monthsBefore->size());
    for (int index = 0; index < monthsBefore->size(); ++index) {
        QCOMPARE(monthsAfter->at(index).revenueMinor(), monthsBefore->at(index).revenueMinor());
        QCOMPARE(monthsAfter->at(index).costMinor, monthsBefore->at(index).costMinor);
        QCOMPARE(monthsAfter->at(index).conversationSeconds, monthsBefore->at(index).conversationSeconds);
    }
    // The roll-ups still agree with the raw rows.
    QVERIFY(inTransaction(db(), [this] { return Rollups::foldChanges(db()); }));
    QCOMPARE(Rollups::mismatches(db()).value(), 0);
}

void TestErasure::searchAndCallerLookupNoLongerFindThePerson()
{
    const auto found = [this](const QString& text) {
        return CustomerSearch::matchingIds(db(), text, QStringLiteral("GB")).value().contains(m_customer);
    };
    QVERIFY(found(QStringLiteral("Thornbury")));
    QVERIFY(found(QStringLiteral("Quillfeather")));
    QVERIFY(found(kPhone));
    QVERIFY(found(QStringLiteral("94603")));
    CallerLookup lookup(db(), QStringLiteral("GB"));
    QCOMPARE(lookup.lookup(kPhone)->matches.size(), 1);

    QVERIFY(later().erase(manager, m_customer));
    for (const QString& text : {QStringLiteral("Thornbury"),
                                QStringLiteral("Margaret"),
                                QStringLiteral("Quillfeather"),
                                QStringLiteral("thornbury@example.org"),
                                QStringLiteral("Alastair"),
                                kPhone,
                                QStringLiteral("94603"),
                                QStringLiteral("7700 900461")}) {
        QVERIFY2(!found(text), qPrintable(text));
    }
    QVERIFY(lookup.lookup(kPhone)->matches.isEmpty());
    // Found by what the record goes by now, in the list; not offered where a
    // customer is chosen to record something about (a call, a number).
    QVERIFY(found(QStringLiteral("RF-1001")));
    QVERIFY(found(QStringLiteral("Erased customer")));
    CustomerListModel list(db());
    CustomerFilter filter;
    filter.search = QStringLiteral("RF-100");
    list.setFilter(filter);
    QCOMPARE(list.rowCount(), 2);
    filter.includeErased = false;
    list.setFilter(filter);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.customerIdAt(0), m_other);
}

void TestErasure::refusedWhileTheOfficeStillNeedsTheData()
{
    // Today the letters are fresh: six years by default keep them, and her data.
    auto now = Erasure(db()).refusals(m_customer);
    QVERIFY(now);
    QCOMPARE(now->size(), 1);
    QVERIFY2(now->first().contains(QStringLiteral("Letter RF-%1-0002").arg(QDate::currentDate().year()))
                 && now->first().contains(QStringLiteral("kept 6 year")),
             qPrintable(now->first()));
    auto refused = Erasure(db()).erase(manager, m_customer);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Blocked);
    QVERIFY(later(5).refusals(m_customer)->size() == 1);
    QVERIFY(later(7).refusals(m_customer)->isEmpty());
    QCOMPARE(CustomerRepository(db()).find(m_customer)->name, kName); // nothing changed
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.erased'")).toInt(), 0);

    // The other customer is still served, and has an open case.
    auto opened = CaseService(db()).open(manager, m_other, QStringLiteral("Three hour-long calls a week"));
    QVERIFY(opened);
    auto other = later().refusals(m_other);
    QVERIFY(other);
    QCOMPARE(other->size(), 2);
    QVERIFY2(other->at(0).contains(QStringLiteral("still in force")), qPrintable(other->at(0)));
    QVERIFY2(other->at(1).contains(QStringLiteral("escalation case is open")), qPrintable(other->at(1)));
    auto blocked = later().erase(owner, m_other);
    QVERIFY(!blocked);
    QVERIFY2(blocked.errorString().contains(QStringLiteral("escalation case is open")),
             qPrintable(blocked.errorString()));
    QCOMPARE(CustomerRepository(db()).find(m_other)->phones.size(), 1);

    // Erased once; a second time is refused, and says when.
    QVERIFY(later().erase(manager, m_customer));
    auto again = later().refusals(m_customer);
    QVERIFY(again->first().contains(QStringLiteral("was erased on")));
    QVERIFY(!later().erase(manager, m_customer));
}

void TestErasure::refusedToAnOperator()
{
    auto refusals = later().refusals(m_customer, operatorActor);
    QVERIFY(refusals);
    QCOMPARE(refusals.value(), QStringList {QStringLiteral("Only a manager or the owner can erase a person's data.")});
    QVERIFY(later().refusals(m_customer, manager)->isEmpty());
    auto refused = later().erase(operatorActor, m_customer);
    QVERIFY(!refused);
    QCOMPARE(CustomerRepository(db()).find(m_customer)->name, kName);
    // A role the desk claims is not the role on record.
    QVERIFY(!later().erase(Actor {3, Role::Owner}, m_customer));
}

void TestErasure::ordinaryUpdatesStillFail()
{
    QVERIFY(later().erase(manager, m_customer));
    const QStringList refused {
        // The erased person's rows: no more blanking, nothing put back.
        QStringLiteral("UPDATE audit_log SET before = '' WHERE customer_id = %1").arg(m_other),
        QStringLiteral("UPDATE audit_log SET after = 'x' WHERE action = 'customer.erased'"),
        QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE customer_id = %1").arg(m_customer),
        QStringLiteral("DELETE FROM audit_log WHERE customer_id = %1").arg(m_customer),
        QStringLiteral("UPDATE letters SET content = '' WHERE id = %1").arg(m_otherLetter),
        QStringLiteral("UPDATE letters SET pdf = %1 WHERE id = %2").arg(emptyBlob()).arg(m_otherLetter),
        QStringLiteral("UPDATE letters SET content = 'restored' WHERE id = %1").arg(m_letters.at(1)),
        QStringLiteral("UPDATE letters SET pdf_sha256 = '%1' WHERE id = %2")
            .arg(QString(64, QLatin1Char('0')))
            .arg(m_letters.at(1)),
        QStringLiteral("UPDATE cases SET reason = 'x'"),
        QStringLiteral("UPDATE case_steps SET note = 'x'"),
        QStringLiteral("UPDATE tag_assignments SET reason = 'x'"),
        QStringLiteral("UPDATE customer_exits SET note = 'x'"),
        QStringLiteral("UPDATE unlinked_calls SET caller_id = '+44 1'"),
        QStringLiteral("UPDATE call_recordings SET file_name = 'x.wav'"),
        QStringLiteral("UPDATE customers SET name = 'Margaret T.' WHERE id = %1").arg(m_customer),
        QStringLiteral("UPDATE customers SET notes = 'back' WHERE id = %1").arg(m_customer),
        QStringLiteral("UPDATE customers SET erased_at = NULL WHERE id = %1").arg(m_customer),
        QStringLiteral("UPDATE customers SET erased_at = 1 WHERE id = %1").arg(m_other),
        QStringLiteral("INSERT INTO phones (customer_id, raw, e164, tail_key) VALUES (%1, '1', '+441', '1')")
            .arg(m_customer),
    };
    for (const QString& statement : refused) {
        QSqlQuery query(db());
        QVERIFY2(!query.exec(statement), qPrintable(statement));
    }
    // What stays ordinary for both.
    exec(QStringLiteral("UPDATE customers SET status = 'archived' WHERE id = ?"), {m_customer});
    exec(QStringLiteral("UPDATE customers SET notes = 'Still keeps bees' WHERE id = ?"), {m_other});
    const QString withPermit =
        QStringLiteral("UPDATE letters SET content = '' WHERE id = %1").arg(m_otherLetter); // no permit held
    QSqlQuery query(db());
    QVERIFY(!query.exec(withPermit));
}

void TestErasure::aPermitNeedsItsOwnAuditEntryAndComesOnce()
{
    // The schema's side of it, as a tool outside Abonent would try.
    QSqlQuery query(db());
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO erasure_permits (customer_id, audit_id) VALUES (%1, 1)").arg(m_other)));
    exec(QStringLiteral("INSERT INTO audit_log (at, operator_id, customer_id, action) VALUES (1, 3, ?, ?)"),
         {m_other, AuditLog::customerErased()});
    const qint64 byOperator = scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    QVERIFY2(!query.exec(QStringLiteral("INSERT INTO erasure_permits (customer_id, audit_id) VALUES (%1, %2)")
                             .arg(m_other)
                             .arg(byOperator)),
             "an operator's entry permits nothing");
    // With a manager's entry, a permit lets exactly the blanking through, on
    // that customer's rows alone, and pins everything else.
    exec(QStringLiteral("INSERT INTO audit_log (at, operator_id, customer_id, action) VALUES (1, 2, ?, ?)"),
         {m_other, AuditLog::customerErased()});
    const qint64 entry = scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    exec(QStringLiteral("INSERT INTO erasure_permits (customer_id, audit_id) VALUES (?, ?)"), {m_other, entry});
    QVERIFY(!query.exec(QStringLiteral("UPDATE letters SET content = '' WHERE id = %1").arg(m_letters.at(1))));
    QVERIFY(!query.exec(QStringLiteral("UPDATE letters SET content = '', pdf = %1, number = 'X' WHERE id = %2")
                            .arg(emptyBlob())
                            .arg(m_otherLetter)));
    QVERIFY(
        !query.exec(QStringLiteral("UPDATE letters SET content = 'something else' WHERE id = %1").arg(m_otherLetter)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET before = '' WHERE id = %1").arg(entry)));
    QVERIFY2(query.exec(QStringLiteral("UPDATE letters SET content = '', pdf = %1 WHERE id = %2")
                            .arg(emptyBlob())
                            .arg(m_otherLetter)),
             qPrintable(query.lastError().text()));
    // The check sees a permit left behind, and a letter without its PDF while the customer is not erased.
    auto report = DatabaseCheck(db()).run();
    QVERIFY(report);
    QVERIFY2(report->integrityProblems.join(QLatin1Char(' ')).contains(QStringLiteral("erasure permit")),
             qPrintable(report->integrityProblems.join(QLatin1Char(' '))));
    QVERIFY(report->registerProblems.join(QLatin1Char(' ')).contains(QStringLiteral("its PDF is missing")));
    exec(QStringLiteral("DELETE FROM erasure_permits"));

    // Once a customer is erased, no permit can be had for them again.
    QVERIFY(later().erase(manager, m_customer));
    exec(QStringLiteral("INSERT INTO audit_log (at, operator_id, customer_id, action) VALUES (1, 1, ?, ?)"),
         {m_customer, AuditLog::customerErased()});
    const qint64 late = scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO erasure_permits (customer_id, audit_id) VALUES (%1, %2)")
                            .arg(m_customer)
                            .arg(late)));
}

void TestErasure::checkAcceptsAnErasedLetterAndFindsAMissingPdf()
{
    QVERIFY(later().erase(manager, m_customer));
    auto report = DatabaseCheck(db()).run();
    QVERIFY2(report, qPrintable(report.errorString()));
    QVERIFY2(
        report->healthy(),
        qPrintable(report->integrityProblems.join(QLatin1Char(' ')) + report->registerProblems.join(QLatin1Char(' '))));
    const int year = QDate::currentDate().year();
    QCOMPARE(report->erasedLetters,
             QStringList({QStringLiteral("RF-%1-0001").arg(year), QStringLiteral("RF-%1-0002").arg(year)}));
    QVERIFY(report->rowCounts.contains({QStringLiteral("erasure_permits"), 0}));

    // With the triggers out of the way: the other customer's PDF removed,
    // and an erased letter given a PDF back, are both found.
    QSqlQuery query(db());
    QVERIFY(query.exec(test::testsOnServer() ? QStringLiteral("DROP TRIGGER letters_no_update ON letters")
                                             : QStringLiteral("DROP TRIGGER letters_no_update")));
    exec(QStringLiteral("UPDATE letters SET pdf = ? WHERE id = ?"), {QVariant(QByteArray("")), m_otherLetter});
    exec(QStringLiteral("UPDATE letters SET pdf = ? WHERE id = ?"),
         {QVariant(QByteArray("%PDF-1.4 ...")), m_letters.at(0)});
    auto tampered = DatabaseCheck(db()).run();
    QVERIFY(tampered);
    QCOMPARE(tampered->registerProblems.size(), 2);
    QVERIFY2(tampered->registerProblems.at(0).contains(QStringLiteral("text or PDF is still there")),
             qPrintable(tampered->registerProblems.at(0)));
    QVERIFY2(tampered->registerProblems.at(1).contains(QStringLiteral("its PDF is missing")),
             qPrintable(tampered->registerProblems.at(1)));
    QCOMPARE(tampered->erasedLetters.size(), 1);
}

void TestErasure::nothingNewIsRecordedAboutAnErasedPerson()
{
    QVERIFY(later().erase(manager, m_customer));
    const QString said = QStringLiteral("personal data was erased on");
    CustomerService customers(db());
    Contact contact;
    contact.customerId = m_customer;
    contact.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    contact.topic = QStringLiteral("Router");
    auto call = customers.addContact(operatorActor, contact);
    QVERIFY(!call);
    QVERIFY2(call.errorString().contains(said), qPrintable(call.errorString()));
    QVERIFY(customers
                .saveNotes(manager,
                           m_customer,
                           QStringLiteral("Back again"),
                           CustomerRepository(db()).find(m_customer)->notesVersion)
                .errorString()
                .contains(said));
    Customer edited = CustomerRepository(db()).find(m_customer).value();
    edited.name = kName;
    QVERIFY(customers.update(manager, edited).errorString().contains(said));
    QVERIFY(
        customers.linkPhone(manager, m_customer, kPhone, QStringLiteral("GB"), QString()).errorString().contains(said));
    TagRequest tag;
    tag.tagId = TagService(db()).shippedTag(QStringLiteral("vip"))->id;
    QVERIFY(TagService(db()).assign(operatorActor, m_customer, tag).errorString().contains(said));
    QVERIFY(CaseService(db()).open(manager, m_customer, QStringLiteral("x")).errorString().contains(said));
    LetterRequest letter;
    letter.kind = LetterKind::ServiceReport;
    letter.customerId = m_customer;
    auto issued = LetterService(db()).issue(manager, letter);
    QVERIFY(!issued);
    QVERIFY2(issued.errorString().contains(said), qPrintable(issued.errorString()));
    // A payment is money, not the person: a late refund is still recorded.
    Payment refund;
    refund.customerId = m_customer;
    refund.paidOn = QDate::currentDate();
    refund.kind = PaymentKind::Refund;
    refund.amount = Money {500, QStringLiteral("GBP")};
    QVERIFY(customers.addPayment(manager, refund));

    // An import does not fill the record in again.
    const QString file = path(QStringLiteral("customers.csv"));
    test::writeFile(file, QStringLiteral("contract,name,phone\nRF-1001,%1,%2\n").arg(kName, kPhone).toUtf8());
    ImportMapping mapping;
    mapping.kind = ImportKind::Customers;
    CsvImport import(db(), file, mapping);
    QVERIFY(import.preview());
    auto checked = import.check();
    QVERIFY(checked);
    QCOMPARE(checked->refusedRows(), 1);
    QVERIFY2(checked->problems.first().message.contains(QStringLiteral("was erased")),
             qPrintable(checked->problems.first().message));
}

void TestErasure::theTimelineSaysWhatHappenedWithoutTheErasedValues()
{
    const auto titles = [this] {
        QStringList said;
        const auto entries = ChangeTimelineSource().entriesFor(db(), m_customer);
        if (!entries) {
            return QStringList {entries.errorString()};
        }
        for (const TimelineEntry& entry : entries.value()) {
            said << entry.title;
        }
        return said;
    };
    const QStringList before = titles();
    QVERIFY2(before.contains(QStringLiteral("Status: Terminated")), qPrintable(before.join(QLatin1String(" | "))));
    QVERIFY2(before.contains(QStringLiteral("Details edited: e-mail")), qPrintable(before.join(QLatin1String(" | "))));

    QVERIFY(later().erase(manager, m_customer));
    const QStringList after = titles();
    const QString all = after.join(QLatin1String(" | "));
    QVERIFY2(after.contains(QStringLiteral("Personal data erased at the person's request")), qPrintable(all));
    QVERIFY2(after.contains(QStringLiteral("Status changed")), qPrintable(all));
    QVERIFY2(after.contains(QStringLiteral("Details edited")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("erased_at")) && !all.contains(QStringLiteral(": |")), qPrintable(all));
}

void TestErasure::retentionIsTheOwnersSetting()
{
    QCOMPARE(PrivacySettings::load(db())->letterRetentionYears, 6);
    PrivacySettings settings;
    settings.letterRetentionYears = 0;
    QVERIFY(!settings.save(manager, db()));
    settings.letterRetentionYears = 31;
    QVERIFY(!settings.save(owner, db()));
    settings.letterRetentionYears = 0;
    QVERIFY(settings.save(owner, db()));
    QCOMPARE(PrivacySettings::load(db())->letterRetentionYears, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings' AND after LIKE ?"),
                    {QStringLiteral("%privacy.letter_retention_years%")})
                 .toInt(),
             1);
    // Letters hold nothing back now: today's erasure goes ahead.
    QVERIFY(Erasure(db()).refusals(m_customer)->isEmpty());
    QVERIFY(Erasure(db()).erase(owner, m_customer));
}

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
