#include "Erasure.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "ChangeNotifier.h"
#include "CustomerRepository.h"
#include "ErasedCustomers.h"
#include "PrivacySettings.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace abonent {

namespace {

// One table's part of an erasure: which of its rows hold something of the
// person (`where`), and what is done to them (`set`, or deleted when empty).
struct Step
{
    QString table;
    QString set;
    QVariantList setValues;
    QString where;
    QVariantList whereValues;
};

QList<Step> stepsFor(qint64 customerId)
{
    const QVariant id(customerId);
    const QVariant filler(ErasedCustomers::filler());
    const QString ofContacts = QStringLiteral("contact_id IN (SELECT id FROM contacts WHERE customer_id = ?)");
    return {
        {QStringLiteral("audit_log"),
         QStringLiteral("before = '', after = '', reason = ''"),
         {},
         QStringLiteral("customer_id = ? AND action <> ? AND (before <> '' OR after <> '' OR reason <> '')"),
         {id, AuditLog::customerErased()}},
        // An empty PDF: a zero-length BLOB (the column takes no NULL).
        {QStringLiteral("letters"),
         QStringLiteral("content = '', pdf = ?, check_hits = '', check_override = '',"
                        " void_reason = CASE WHEN voided_at IS NULL THEN '' ELSE ? END"),
         {QVariant(QByteArray("")), filler},
         QStringLiteral("customer_id = ?"),
         {id}},
        {QStringLiteral("case_steps"),
         QStringLiteral("note = CASE WHEN skipped = 1 THEN ? ELSE '' END"),
         {filler},
         QStringLiteral("note <> '' AND case_id IN (SELECT id FROM cases WHERE customer_id = ?)"),
         {id}},
        {QStringLiteral("cases"),
         QStringLiteral("reason = ?, closing_note = ''"),
         {filler},
         QStringLiteral("customer_id = ?"),
         {id}},
        {QStringLiteral("tag_assignments"),
         QStringLiteral("reason = '', removal_reason = CASE WHEN removed_at IS NULL THEN '' ELSE ? END"),
         {filler},
         QStringLiteral("customer_id = ?"),
         {id}},
        {QStringLiteral("customer_exits"),
         QStringLiteral("note = ''"),
         {},
         QStringLiteral("customer_id = ? AND note <> ''"),
         {id}},
        {QStringLiteral("unlinked_calls"),
         QStringLiteral("caller_id = '', summary = '', topic = CASE WHEN no_conversation IS NULL THEN ? ELSE '' END"),
         {filler},
         ofContacts,
         {id}},
        {QStringLiteral("call_recordings"),
         QStringLiteral("call_id = '', file_name = ?"),
         {filler},
         ofContacts
             + QStringLiteral(" OR unlinked_call_id IN (SELECT u.id FROM unlinked_calls u"
                              " JOIN contacts k ON k.id = u.contact_id WHERE k.customer_id = ?)"),
         {id, id}},
        {QStringLiteral("contacts"),
         QStringLiteral("topic = '', summary = ''"),
         {},
         QStringLiteral("customer_id = ? AND (topic <> '' OR summary <> '')"),
         {id}},
        {QStringLiteral("payments"),
         QStringLiteral("note = ''"),
         {},
         QStringLiteral("customer_id = ? AND note <> ''"),
         {id}},
        {QStringLiteral("phones"), {}, {}, QStringLiteral("customer_id = ?"), {id}},
        {QStringLiteral("call_drafts"), {}, {}, QStringLiteral("customer_id = ?"), {id}},
    };
}

QString mayNotErase()
{
    return Erasure::tr("Only a manager or the owner can erase a person's data.");
}

bool keepsTheContract(CustomerStatus status)
{
    return status == CustomerStatus::Active || status == CustomerStatus::Suspended
        || status == CustomerStatus::NoticeGiven;
}

} // namespace

Erasure::Erasure(QSqlDatabase db, ChangeNotifier* notifier, Clock clock)
    : m_db(std::move(db))
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{
}

Result<QStringList> Erasure::refusals(qint64 customerId, const std::optional<Actor>& actor) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    const QLocale locale;
    if (customer->isErased()) {
        return QStringList {
            tr("The personal data of %1 was erased on %2 already.")
                .arg(customer->name, locale.toString(customer->erasedAt.toLocalTime().date(), QLocale::ShortFormat))};
    }
    QStringList reasons;
    if (actor) {
        if (Status allowed = Authorization(m_db).requireManager(*actor, mayNotErase()); !allowed) {
            reasons << allowed.errorString();
        }
    }
    if (keepsTheContract(customer->status)) {
        reasons << tr("The contract is still in force (%1): the office needs the name and address while it serves "
                      "the customer. Record that they left, or archive them, first.")
                       .arg(labelOf(customer->status));
    }
    auto openCase = sql::select(
        m_db, QStringLiteral("SELECT opened_at FROM cases WHERE customer_id = ? AND closed_at IS NULL"), {customerId});
    if (!openCase) {
        return openCase.error();
    }
    if (openCase->next()) {
        reasons << tr("An escalation case is open (since %1); it needs the person's data until it is closed.")
                       .arg(locale.toString(sql::fromEpoch(openCase->value(0).toLongLong()).toLocalTime().date(),
                                            QLocale::ShortFormat));
    }
    auto settings = PrivacySettings::load(m_db);
    if (!settings) {
        return settings.error();
    }
    // The newest letter decides: the data stays as long as it must be kept.
    auto letter = sql::select(m_db,
                              QStringLiteral("SELECT number, issued_at FROM letters WHERE customer_id = ?"
                                             " ORDER BY issued_at DESC, id DESC"),
                              {customerId});
    if (!letter) {
        return letter.error();
    }
    if (settings->letterRetentionYears > 0 && letter->next()) {
        const QDate issued = sql::fromEpoch(letter->value(1).toLongLong()).toLocalTime().date();
        const QDate keptUntil = settings->letterKeptUntil(issued);
        if (keptUntil > m_clock().toLocalTime().date()) {
            reasons << tr("Letter %1 was issued on %2, and letters are kept %n year(s) (Settings → Privacy): the "
                          "data can be erased from %3.",
                          nullptr,
                          settings->letterRetentionYears)
                           .arg(letter->value(0).toString(),
                                locale.toString(issued, QLocale::ShortFormat),
                                locale.toString(keptUntil, QLocale::ShortFormat));
        }
    }
    return reasons;
}

Result<ErasureReport> Erasure::erase(const Actor& actor, qint64 customerId)
{
    if (Status allowed = Authorization(m_db).requireManager(actor, mayNotErase()); !allowed) {
        return allowed.error();
    }
    const SqlDialect dialect = SqlDialect::of(m_db);
    auto overwrote = dialect.overwriteDeleted(m_db, true);
    if (!overwrote) {
        return overwrote.error();
    }
    auto report = inTransaction(m_db, [&] { return eraseInTransaction(actor, customerId); });
    if (report) {
        clearFromTheFile(report.value());
    }
    if (auto restored = dialect.overwriteDeleted(m_db, overwrote.value()); !restored && report) {
        report->leftInTheFile << restored.errorString();
    }
    if (report && m_notifier) {
        emit m_notifier->customerChanged(customerId);
    }
    return report;
}

void Erasure::clearFromTheFile(ErasureReport& report)
{
    // A full-text index marks an entry deleted and keeps its words until its
    // pages are merged: merged now, the old name and numbers leave the file.
    const SqlDialect dialect = SqlDialect::of(m_db);
    for (const QString& index : {SearchText::wordIndex(), SearchText::digitIndex()}) {
        const QString compact = dialect.compactIndex(index);
        if (compact.isEmpty()) {
            continue;
        }
        if (Status merged = inTransaction(m_db, [&] { return sql::execDirect(m_db, compact); }); !merged) {
            report.leftInTheFile << tr("The search index %1 could not be merged: %2").arg(index, merged.errorString());
        }
    }
    auto truncated = dialect.truncateLog(m_db);
    if (!truncated) {
        report.leftInTheFile << truncated.errorString();
    } else if (!truncated.value()) {
        report.leftInTheFile << tr("Another desk had the database open, so earlier copies of the erased rows stay in "
                                   "its write-ahead log until SQLite writes over them.");
    }
}

Result<ErasureReport> Erasure::eraseInTransaction(const Actor& actor, qint64 customerId)
{
    auto refused = refusals(customerId);
    if (!refused) {
        return refused.error();
    }
    if (!refused->isEmpty()) {
        return makeError(Error::Code::Blocked, tr("Nothing was erased: %1").arg(refused->join(QLatin1Char(' '))));
    }
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    ErasureReport report;
    report.customerId = customerId;
    report.contractNumber = customer->contractNumber;
    report.placeholderName = ErasedCustomers::placeholderName(customerId);
    report.erasedAt = m_clock();

    // What each table holds of the person, counted before anything changes:
    // the erasure's audit entry comes first, for it is what permits the rest.
    const QList<Step> steps = stepsFor(customerId);
    QJsonObject counts;
    for (const Step& step : steps) {
        auto rows = sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(step.table, step.where), step.whereValues);
        if (!rows) {
            return rows.error();
        }
        if (rows->toLongLong() > 0) {
            report.rows.append({step.table, rows->toLongLong()});
            counts.insert(step.table, rows->toLongLong());
        }
        if (step.table == QLatin1String("call_recordings")) {
            auto files = sql::select(
                m_db,
                QStringLiteral("SELECT file_name FROM call_recordings WHERE %1 ORDER BY id").arg(step.where),
                step.whereValues);
            if (!files) {
                return files.error();
            }
            while (files->next()) {
                report.recordings << files->value(0).toString();
            }
        }
    }
    if (Status audited = AuditLog(m_db).record(
            actor,
            customerId,
            AuditLog::customerErased(),
            {},
            {{QStringLiteral("rows"), counts}, {QStringLiteral("erased_at"), sql::toEpoch(report.erasedAt)}});
        !audited) {
        return audited.error();
    }
    auto entry = sql::scalar(m_db,
                             QStringLiteral("SELECT max(id) FROM audit_log WHERE customer_id = ? AND action = ?"),
                             {customerId, AuditLog::customerErased()});
    if (!entry) {
        return entry.error();
    }
    QSqlQuery write(m_db);
    if (Status permitted =
            sql::exec(write,
                      QStringLiteral("INSERT INTO erasure_permits (customer_id, audit_id) VALUES (?, ?)"),
                      {customerId, entry.value()});
        !permitted) {
        return permitted.error();
    }
    for (const Step& step : steps) {
        const QString statement = step.set.isEmpty()
            ? QStringLiteral("DELETE FROM %1 WHERE %2").arg(step.table, step.where)
            : QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(step.table, step.set, step.where);
        if (Status done = sql::exec(write, statement, step.setValues + step.whereValues); !done) {
            return done.error();
        }
    }
    Customer left;
    left.id = customerId;
    left.contractNumber = customer->contractNumber;
    left.name = report.placeholderName;
    if (Status blanked = sql::exec(write,
                                   QStringLiteral("UPDATE customers SET name = ?, address = '', email = '', notes = '',"
                                                  " search_words = ?, search_digits = ?, notes_updated_at = NULL,"
                                                  " notes_updated_by = NULL, erased_at = ?, erased_by = ?,"
                                                  " updated_at = ?, details_version = details_version + 1,"
                                                  " notes_version = notes_version + 1 WHERE id = ?"),
                                   {left.name,
                                    SearchText::wordsOf(left),
                                    SearchText::digitsOf(left),
                                    sql::toEpoch(report.erasedAt),
                                    actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                    sql::toEpoch(report.erasedAt),
                                    customerId});
        !blanked) {
        return blanked.error();
    }
    // The permit goes with the transaction that used it.
    if (Status returned =
            sql::exec(write, QStringLiteral("DELETE FROM erasure_permits WHERE customer_id = ?"), {customerId});
        !returned) {
        return returned.error();
    }
    return report;
}

QStringList Erasure::removedItems()
{
    return {
        tr("the name (the record is called \"Erased customer\" and its number from now on), address, e-mail, "
           "notes and phone numbers;"),
        tr("what operators wrote: the topics and summaries of contacts, notes of payments, reasons of tags and "
           "cases, notes of case steps and of the customer leaving;"),
        tr("the text and PDF of every letter to them;"),
        tr("the caller ID, topic and summary of calls linked to them, and the file names of their call recordings;"),
        tr("what the audit log quoted of them (its values before and after, and its reasons);"),
        tr("call notes still being written about them."),
    };
}

QStringList Erasure::keptItems()
{
    return {
        tr("the contract number, kind, status and dates of the record;"),
        tr("payments (day, kind, amount), plan history, opening balance and monthly figures: the economics and "
           "totals stay as they are;"),
        tr("each contact's channel, time, duration, operator, outcome and conduct;"),
        tr("tags, cases and their steps without their text: what was done, when and by whom;"),
        tr("each letter's number, dates and the SHA-256 of its PDF: the register runs on without a gap;"),
        tr("the audit log's entries (when, who, what), and one more that records this erasure."),
    };
}

QString Erasure::tableLabel(const QString& table)
{
    static const QList<std::pair<const char*, const char*>> labels {
        {"audit_log", QT_TRANSLATE_NOOP("Erasure", "audit log entries")},
        {"letters", QT_TRANSLATE_NOOP("Erasure", "letters")},
        {"case_steps", QT_TRANSLATE_NOOP("Erasure", "case steps")},
        {"cases", QT_TRANSLATE_NOOP("Erasure", "cases")},
        {"tag_assignments", QT_TRANSLATE_NOOP("Erasure", "tags")},
        {"customer_exits", QT_TRANSLATE_NOOP("Erasure", "records of leaving")},
        {"unlinked_calls", QT_TRANSLATE_NOOP("Erasure", "calls linked later")},
        {"call_recordings", QT_TRANSLATE_NOOP("Erasure", "call recordings")},
        {"contacts", QT_TRANSLATE_NOOP("Erasure", "contacts")},
        {"payments", QT_TRANSLATE_NOOP("Erasure", "payments")},
        {"phones", QT_TRANSLATE_NOOP("Erasure", "phone numbers")},
        {"call_drafts", QT_TRANSLATE_NOOP("Erasure", "call notes being written")},
    };
    for (const auto& [name, label] : labels) {
        if (table == QLatin1String(name)) {
            return tr(label);
        }
    }
    return table;
}

} // namespace abonent
