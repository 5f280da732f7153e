#include "Migrations.h"

#include "AuditLog.h"
#include "CostModel.h"
#include "DomainTypes.h"
#include "Entities.h"
#include "ErasedCustomers.h"
#include "Rollups.h"
#include "SearchText.h"
#include "ShippedLetters.h"
#include "ShippedTags.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace abonent {

namespace {

// "col = 'a' OR col = 'b'" from the same code list the C++ enums use. Not
// "col IN (...)": SQLite builds a temporary b-tree for an IN list of more than
// two values on every execution, which made each insert several times slower.
QString oneOf(const QString& column, const QStringList& codes)
{
    QStringList alternatives;
    for (const QString& code : codes) {
        alternatives.append(column + QLatin1String(" = '") + code + QLatin1Char('\''));
    }
    return alternatives.join(QLatin1String(" OR "));
}

Status runAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (Status status = sql::execDirect(db, statement); !status) {
            return status;
        }
    }
    return {};
}

// Version 1: the customer base and its history. Times are UTC seconds since
// the epoch, calendar dates are ISO text, money is integer minor units with a
// currency code, durations are seconds.
Status createBaseSchema(const QSqlDatabase& db)
{
    const QStringList statements {
        QStringLiteral("CREATE TABLE operators ("
                       " id INTEGER PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (%1),"
                       " cost_per_hour_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_hour_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " takes_difficult_callers INTEGER NOT NULL DEFAULT 0 CHECK (takes_difficult_callers IN (0, 1)),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))")
            .arg(oneOf(QStringLiteral("role"), allCodes<Role>())),
        QStringLiteral("CREATE TABLE plans ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " monthly_fee_minor INTEGER NOT NULL CHECK (monthly_fee_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " support_included INTEGER NOT NULL DEFAULT 1 CHECK (support_included IN (0, 1)),"
                       " included_support_minutes INTEGER NOT NULL DEFAULT 0 CHECK (included_support_minutes >= 0),"
                       " paid_support_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_support_rate_minor >= 0),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral("CREATE TABLE customers ("
                       " id INTEGER PRIMARY KEY,"
                       " contract_number TEXT NOT NULL UNIQUE CHECK (length(trim(contract_number)) > 0),"
                       " kind TEXT NOT NULL CHECK (%1),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " address TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'active' CHECK (%2),"
                       " customer_since TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)")
            .arg(oneOf(QStringLiteral("kind"), allCodes<CustomerKind>()),
                 oneOf(QStringLiteral("status"), allCodes<CustomerStatus>())),
        QStringLiteral("CREATE INDEX customers_status ON customers (status)"),
        // tail_key is the national number reversed: "ends with these digits"
        // becomes a prefix range the index can serve.
        QStringLiteral("CREATE TABLE phones ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " raw TEXT NOT NULL,"
                       " e164 TEXT NOT NULL,"
                       " extension TEXT NOT NULL DEFAULT '',"
                       " tail_key TEXT NOT NULL,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (customer_id, e164, extension))"),
        QStringLiteral("CREATE INDEX phones_e164 ON phones (e164)"),
        QStringLiteral("CREATE INDEX phones_tail_key ON phones (tail_key)"),
        // A period is [starts_on, ends_on); the open one (ends_on NULL) is the plan in force.
        QStringLiteral("CREATE TABLE plan_periods ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " plan_id INTEGER NOT NULL REFERENCES plans (id),"
                       " starts_on TEXT NOT NULL,"
                       " ends_on TEXT,"
                       " CHECK (ends_on IS NULL OR ends_on > starts_on))"),
        QStringLiteral("CREATE INDEX plan_periods_customer ON plan_periods (customer_id, starts_on)"),
        QStringLiteral("CREATE UNIQUE INDEX plan_periods_open ON plan_periods (customer_id) WHERE ends_on IS NULL"),
        QStringLiteral("CREATE TABLE payments ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " paid_on TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (%1),"
                       " amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " note TEXT NOT NULL DEFAULT '')")
            .arg(oneOf(QStringLiteral("kind"), allCodes<PaymentKind>())),
        QStringLiteral("CREATE INDEX payments_customer ON payments (customer_id, paid_on)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " channel TEXT NOT NULL CHECK (%1),"
                       " started_at INTEGER NOT NULL,"
                       " duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),"
                       " operator_id INTEGER REFERENCES operators (id),"
                       " topic TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT 'resolved' CHECK (%2),"
                       " conduct TEXT NOT NULL DEFAULT 'normal' CHECK (%3))")
            .arg(oneOf(QStringLiteral("channel"), allCodes<Channel>()),
                 oneOf(QStringLiteral("outcome"), allCodes<Outcome>()),
                 oneOf(QStringLiteral("conduct"), allCodes<Conduct>())),
        QStringLiteral("CREATE INDEX contacts_customer_time ON contacts (customer_id, started_at)"),
    };
    return runAll(db, statements);
}

// Version 2: settings that belong to the office rather than to one desk — the
// country numbers are read in and the currency plans default to — so every seat
// on a shared database normalises phone numbers the same way.
Status insertOfficeDefaults(const QSqlDatabase& db);

Status createOfficeSettings(const QSqlDatabase& db)
{
    if (Status created = sql::execDirect(db,
                                         QStringLiteral("CREATE TABLE office_settings ("
                                                        " key TEXT PRIMARY KEY,"
                                                        " value TEXT NOT NULL)"));
        !created) {
        return created;
    }
    return insertOfficeDefaults(db);
}

// The country and currency of this computer's locale: what a new office starts from.
Status insertOfficeDefaults(const QSqlDatabase& db)
{
    const QLocale locale = QLocale::system();
    QString country = QLocale::territoryToCode(locale.territory());
    if (country.size() != 2) {
        country = QStringLiteral("US");
    }
    QString currency = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (currency.size() != 3) {
        currency = QStringLiteral("USD");
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO office_settings (key, value) VALUES (?, ?)"))) {
        return sql::queryError(insert);
    }
    if (Status status = sql::execPrepared(insert, {QStringLiteral("default_country"), country}); !status) {
        return status;
    }
    return sql::execPrepared(insert, {QStringLiteral("currency"), currency});
}

// SQL that is true when `channel` names a conversation (phone or chat): the
// support allowance counts these minutes.
QString isConversationSql(const QString& channel)
{
    return QLatin1Char('(') + oneOf(channel, conversationChannelCodes()) + QLatin1Char(')');
}

// The month and the cost of contact row `row` ("new", "old") as the released
// steps wrote them: SQLite's own words, for their text stays as it ran.
QString releasedMonthSql(const QString& row)
{
    return CostModel::contactMonthSql(SqlDialect(SqlDialect::Engine::SQLite), row);
}

QString releasedCostSql(const QString& row)
{
    return CostModel::contactCostSql(SqlDialect(SqlDialect::Engine::SQLite), row);
}

// Fills the search columns of existing customers with the same text the
// repository writes for new ones.
Status backfillSearchText(const QSqlDatabase& db)
{
    QHash<qint64, Customer> customers;
    {
        auto rows =
            sql::select(db, QStringLiteral("SELECT id, contract_number, name, address, email, notes FROM customers"));
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            Customer customer;
            customer.id = rows->value(0).toLongLong();
            customer.contractNumber = rows->value(1).toString();
            customer.name = rows->value(2).toString();
            customer.address = rows->value(3).toString();
            customer.email = rows->value(4).toString();
            customer.notes = rows->value(5).toString();
            customers.insert(customer.id, customer);
        }
        auto phones =
            sql::select(db, QStringLiteral("SELECT customer_id, raw, e164, tail_key FROM phones ORDER BY position"));
        if (!phones) {
            return phones.error();
        }
        while (phones->next()) {
            CustomerPhone phone;
            phone.raw = phones->value(1).toString();
            phone.e164 = phones->value(2).toString();
            phone.tailKey = phones->value(3).toString();
            customers[phones->value(0).toLongLong()].phones.append(phone);
        }
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE customers SET search_words = ?, search_digits = ? WHERE id = ?"))) {
        return sql::queryError(update);
    }
    for (const Customer& customer : std::as_const(customers)) {
        if (Status status =
                sql::execPrepared(update, {SearchText::wordsOf(customer), SearchText::digitsOf(customer), customer.id});
            !status) {
            return status;
        }
    }
    return {};
}

// Version 3: what the customer list and card read at a glance. Search
// indexes over the customers (words, and digits of numbers); monthly support
// use per customer and the last contact, kept up to date by triggers in the
// same transaction as the contacts they sum up; who last saved the notes;
// and the append-only audit log of changes people make.
Status addSearchActivityAndAudit(const QSqlDatabase& db)
{
    const QString conversation = isConversationSql(QStringLiteral("new.channel"));
    const QString oldConversation = isConversationSql(QStringLiteral("old.channel"));
    const QString newMonth = QStringLiteral("strftime('%Y-%m', new.started_at, 'unixepoch')");
    const QString oldMonth = QStringLiteral("strftime('%Y-%m', old.started_at, 'unixepoch')");
    const QString addNew =
        QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                       " handling_seconds) VALUES (new.customer_id, %1, 1,"
                       " CASE WHEN %2 THEN new.duration_s ELSE 0 END, new.duration_s)"
                       " ON CONFLICT (customer_id, month) DO UPDATE SET contacts = contacts + 1,"
                       " conversation_seconds = conversation_seconds + excluded.conversation_seconds,"
                       " handling_seconds = handling_seconds + excluded.handling_seconds;")
            .arg(newMonth, conversation);
    const QString removeOld = QStringLiteral("UPDATE customer_months SET contacts = contacts - 1,"
                                             " conversation_seconds = conversation_seconds"
                                             " - CASE WHEN %2 THEN old.duration_s ELSE 0 END,"
                                             " handling_seconds = handling_seconds - old.duration_s"
                                             " WHERE customer_id = old.customer_id AND month = %1;")
                                  .arg(oldMonth, oldConversation);
    const QString lastContactOf = QStringLiteral("UPDATE customers SET last_contact_at = (SELECT max(started_at) FROM "
                                                 "contacts WHERE customer_id = %1.customer_id)"
                                                 " WHERE id = %1.customer_id;");

    const QStringList before {
        QStringLiteral("ALTER TABLE customers ADD COLUMN search_words TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN search_digits TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN last_contact_at INTEGER"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN notes_updated_at INTEGER"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN notes_updated_by INTEGER REFERENCES operators (id)"),
        QStringLiteral("CREATE INDEX customers_name ON customers (name)"),
        QStringLiteral("CREATE INDEX customers_last_contact ON customers (last_contact_at)"),
        QStringLiteral("CREATE TABLE customer_months ("
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " month TEXT NOT NULL,"
                       " contacts INTEGER NOT NULL DEFAULT 0,"
                       " conversation_seconds INTEGER NOT NULL DEFAULT 0,"
                       " handling_seconds INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (customer_id, month)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                       " handling_seconds) SELECT customer_id, strftime('%Y-%m', started_at, 'unixepoch'), count(*),"
                       " sum(CASE WHEN %1 THEN duration_s ELSE 0 END), sum(duration_s) FROM contacts GROUP BY 1, 2")
            .arg(isConversationSql(QStringLiteral("channel"))),
        QStringLiteral("UPDATE customers SET last_contact_at ="
                       " (SELECT max(started_at) FROM contacts WHERE customer_id = customers.id)"),
    };
    if (Status status = runAll(db, before); !status) {
        return status;
    }
    if (Status status = backfillSearchText(db); !status) {
        return status;
    }
    const QStringList after {
        QStringLiteral("CREATE VIRTUAL TABLE customer_words USING fts5(search_words, content='customers',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("CREATE VIRTUAL TABLE customer_digits USING fts5(search_digits, content='customers',"
                       " content_rowid='id', tokenize='trigram', detail='none')"),
        QStringLiteral("INSERT INTO customer_words (customer_words) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO customer_digits (customer_digits) VALUES ('rebuild')"),
        // The indexes follow the customers row in the same statement.
        QStringLiteral("CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
                       " INSERT INTO customer_words (rowid, search_words) VALUES (new.id, new.search_words);"
                       " INSERT INTO customer_digits (rowid, search_digits) VALUES (new.id, new.search_digits); END"),
        QStringLiteral("CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
                       " INSERT INTO customer_words (customer_words, rowid, search_words)"
                       " VALUES ('delete', old.id, old.search_words);"
                       " INSERT INTO customer_digits (customer_digits, rowid, search_digits)"
                       " VALUES ('delete', old.id, old.search_digits); END"),
        QStringLiteral("CREATE TRIGGER customers_search_update AFTER UPDATE OF search_words, search_digits"
                       " ON customers BEGIN"
                       " INSERT INTO customer_words (customer_words, rowid, search_words)"
                       " VALUES ('delete', old.id, old.search_words);"
                       " INSERT INTO customer_digits (customer_digits, rowid, search_digits)"
                       " VALUES ('delete', old.id, old.search_digits);"
                       " INSERT INTO customer_words (rowid, search_words) VALUES (new.id, new.search_words);"
                       " INSERT INTO customer_digits (rowid, search_digits) VALUES (new.id, new.search_digits); END"),
        // Monthly use and the last contact follow every contact written, changed or removed.
        QStringLiteral("CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts BEGIN %1"
                       " UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, new.started_at),"
                       " new.started_at) WHERE id = new.customer_id; END")
            .arg(addNew),
        QStringLiteral("CREATE TRIGGER contacts_activity_delete AFTER DELETE ON contacts BEGIN %1 %2 END")
            .arg(removeOld, lastContactOf.arg(QStringLiteral("old"))),
        QStringLiteral("CREATE TRIGGER contacts_activity_update AFTER UPDATE OF customer_id, started_at, duration_s,"
                       " channel ON contacts BEGIN %1 %2 %3 %4 END")
            .arg(removeOld, addNew, lastContactOf.arg(QStringLiteral("old")), lastContactOf.arg(QStringLiteral("new"))),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at INTEGER NOT NULL,"
                       " operator_id INTEGER REFERENCES operators (id),"
                       " customer_id INTEGER REFERENCES customers (id),"
                       " action TEXT NOT NULL,"
                       " before TEXT NOT NULL DEFAULT '',"
                       " after TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_customer ON audit_log (customer_id, at)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
    return runAll(db, after);
}

// Append-only: a trigger refuses to change or remove rows of `table` once
// written. `allowedUpdate` names the one change that is allowed, if any.
QStringList appendOnly(const QString& table, const QString& what, const QString& allowedUpdate = {})
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                       " SELECT RAISE(ABORT, '%2 are kept, never deleted'); END")
            .arg(table, what),
        allowedUpdate.isEmpty() ? QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN"
                                                 " SELECT RAISE(ABORT, '%2 cannot be changed once written'); END")
                                      .arg(table, what)
                                : QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 WHEN NOT (%3) BEGIN"
                                                 " SELECT RAISE(ABORT, '%2 cannot be changed once written'); END")
                                      .arg(table, what, allowedUpdate),
    };
}

// " AND new.a IS old.a AND ..." for the columns an allowed update must keep.
QString samePins(const QString& columns)
{
    QString condition;
    for (const QString& column : columns.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        condition += QStringLiteral(" AND new.%1 IS old.%1").arg(column);
    }
    return condition;
}

// A case step changes once written only to take the letter that went out
// with it (again, once that letter is void); `pinned` are all its other columns.
QString letterTakenOnce(const QString& pinned)
{
    return QStringLiteral("new.letter_id IS NOT NULL AND (old.letter_id IS NULL OR (SELECT voided_at FROM"
                          " letters WHERE id = old.letter_id) IS NOT NULL)")
        + samePins(pinned);
}

QStringList caseStepsTakeOnlyALetter(const QString& pinned)
{
    return appendOnly(QStringLiteral("case_steps"), QStringLiteral("case steps"), letterTakenOnce(pinned))
        .mid(1); // the delete trigger is older than the letters
}

// The one change each append-only table allowed before erasure (schema 14)
// added its own; the steps that made them and schema 14 share the text.
QString tagRemovedOnce()
{
    return QStringLiteral("old.removed_at IS NULL AND new.removed_at IS NOT NULL")
        + samePins(QStringLiteral("id customer_id tag_id reason assigned_at assigned_by expires_at"));
}

QString caseClosedOnce()
{
    return QStringLiteral("old.closed_at IS NULL AND new.closed_at IS NOT NULL")
        + samePins(QStringLiteral("id customer_id opened_at opened_by reason"));
}

QString letterVoidedOnce()
{
    return QStringLiteral("old.voided_at IS NULL AND new.voided_at IS NOT NULL")
        + samePins(QStringLiteral("id number year sequence customer_id template_id case_step_id letter_date"
                                  " content pdf pdf_sha256 issued_at issued_by check_hits check_override"
                                  " replaces_id"));
}

QString callSettledOnce()
{
    return QStringLiteral("old.settled_at IS NULL AND new.settled_at IS NOT NULL")
        + samePins(QStringLiteral("id caller_id started_at duration_s operator_id topic"
                                  " summary outcome conduct no_conversation recorded_at"));
}

// A recording learns its customer once (when its call is linked) and its
// fingerprint once (when the file is complete); nothing else changes.
QString recordingCompletedOnce()
{
    return QStringLiteral("(old.contact_id IS NULL OR new.contact_id IS old.contact_id)"
                          " AND (old.sha256 IS NULL OR (new.sha256 IS old.sha256 AND new.size_bytes IS old.size_bytes"
                          " AND new.duration_ms IS old.duration_ms AND new.hashed_at IS old.hashed_at))")
        + samePins(QStringLiteral("id unlinked_call_id call_id file_name"));
}

// The columns of a case step a letter leaves alone, as of schema 10.
QString caseStepColumnsBesideTheLetter()
{
    return QStringLiteral("id case_id step skipped taken_on recorded_at recorded_by note offered_plan_id"
                          " offer_accepted clause termination_on refund_minor owed_minor currency");
}

Status insertShippedTags(const QSqlDatabase& db)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO tags (shipped_key, colour, severity, marks_problem,"
                                       " default_expiry_days) VALUES (?, ?, ?, ?, ?)"))) {
        return sql::queryError(insert);
    }
    for (const ShippedTag& tag : ShippedTags::all()) {
        if (Status status =
                sql::execPrepared(insert,
                                  {QString::fromLatin1(tag.key),
                                   QString::fromLatin1(tag.colour),
                                   codeOf(tag.severity),
                                   tag.marksProblem ? 1 : 0,
                                   tag.defaultExpiryDays > 0 ? QVariant(tag.defaultExpiryDays) : QVariant()});
            !status) {
            return status;
        }
    }
    return {};
}

// Version 4: problem clients. The tag catalogue (shipped entries keep their
// text in the translations until a manager rewrites it), tags set on
// customers with the contacts they are about, escalation cases and their
// steps, and why customers left. Assignments are closed, never deleted;
// steps and exits are append-only.
Status addProblemClients(const QSqlDatabase& db)
{
    QStringList statements {
        QStringLiteral("CREATE TABLE tags ("
                       " id INTEGER PRIMARY KEY,"
                       " shipped_key TEXT UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " guidance TEXT NOT NULL DEFAULT '',"
                       " colour TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#[0-9a-fA-F]*'),"
                       " severity TEXT NOT NULL CHECK (%1),"
                       " marks_problem INTEGER NOT NULL DEFAULT 0 CHECK (marks_problem IN (0, 1)),"
                       " default_expiry_days INTEGER CHECK (default_expiry_days > 0),"
                       " retired_at INTEGER,"
                       " CHECK (shipped_key IS NOT NULL OR length(trim(name)) > 0))")
            .arg(oneOf(QStringLiteral("severity"), allCodes<Severity>())),
        QStringLiteral("CREATE TABLE tag_assignments ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " tag_id INTEGER NOT NULL REFERENCES tags (id),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " assigned_at INTEGER NOT NULL,"
                       " assigned_by INTEGER REFERENCES operators (id),"
                       " expires_at INTEGER,"
                       " removed_at INTEGER,"
                       " removed_by INTEGER REFERENCES operators (id),"
                       " removal_reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (expires_at IS NULL OR expires_at > assigned_at),"
                       " CHECK (removed_at IS NULL OR length(trim(removal_reason)) > 0))"),
        QStringLiteral("CREATE INDEX tag_assignments_customer ON tag_assignments (customer_id, assigned_at)"),
        QStringLiteral("CREATE INDEX tag_assignments_tag ON tag_assignments (tag_id)"),
        QStringLiteral("CREATE INDEX tag_assignments_open ON tag_assignments (customer_id) WHERE removed_at IS NULL"),
        QStringLiteral("CREATE TABLE tag_evidence ("
                       " assignment_id INTEGER NOT NULL REFERENCES tag_assignments (id),"
                       " contact_id INTEGER NOT NULL REFERENCES contacts (id),"
                       " PRIMARY KEY (assignment_id, contact_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX tag_evidence_contact ON tag_evidence (contact_id)"),
        QStringLiteral("CREATE TABLE cases ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " opened_at INTEGER NOT NULL,"
                       " opened_by INTEGER REFERENCES operators (id),"
                       " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                       " closed_at INTEGER,"
                       " closed_by INTEGER REFERENCES operators (id),"
                       " outcome TEXT CHECK (outcome IS NULL OR outcome = 'resolved' OR outcome = 'terminated'),"
                       " closing_note TEXT NOT NULL DEFAULT '',"
                       " CHECK ((closed_at IS NULL) = (outcome IS NULL)))"),
        QStringLiteral("CREATE INDEX cases_customer ON cases (customer_id, opened_at)"),
        QStringLiteral("CREATE UNIQUE INDEX cases_open ON cases (customer_id) WHERE closed_at IS NULL"),
        // Step details: the plan offered (and whether it was taken) for an
        // offer; clause, dates and refund for a notice. letter_id arrives
        // with letters and may be filled in once.
        QStringLiteral("CREATE TABLE case_steps ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id INTEGER NOT NULL REFERENCES cases (id),"
                       " step TEXT NOT NULL CHECK (%1),"
                       " skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),"
                       " taken_on TEXT NOT NULL,"
                       " recorded_at INTEGER NOT NULL,"
                       " recorded_by INTEGER REFERENCES operators (id),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " offered_plan_id INTEGER REFERENCES plans (id),"
                       " offer_accepted INTEGER CHECK (offer_accepted IN (0, 1)),"
                       " clause TEXT NOT NULL DEFAULT '',"
                       " termination_on TEXT,"
                       " refund_minor INTEGER CHECK (refund_minor >= 0),"
                       " currency TEXT,"
                       " letter_id INTEGER,"
                       " UNIQUE (case_id, step),"
                       " CHECK (skipped = 0 OR length(trim(note)) > 0))")
            .arg(oneOf(QStringLiteral("step"), allCodes<CaseStep>())),
        QStringLiteral("CREATE TABLE customer_exits ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " left_on TEXT NOT NULL,"
                       " reason TEXT NOT NULL CHECK (%1),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " case_id INTEGER REFERENCES cases (id),"
                       " recorded_at INTEGER NOT NULL,"
                       " recorded_by INTEGER REFERENCES operators (id))")
            .arg(oneOf(QStringLiteral("reason"), allCodes<ExitReason>())),
        QStringLiteral("CREATE INDEX customer_exits_customer ON customer_exits (customer_id)"),
        // Incidents are rare: a small index finds the recent ones of every customer.
        QStringLiteral(
            "CREATE INDEX contacts_incidents ON contacts (started_at, customer_id) WHERE conduct <> 'normal'"),
    };
    statements << appendOnly(QStringLiteral("tag_assignments"), QStringLiteral("tag assignments"), tagRemovedOnce());
    statements << appendOnly(QStringLiteral("tag_evidence"), QStringLiteral("tag evidence"));
    statements << appendOnly(
        QStringLiteral("case_steps"),
        QStringLiteral("case steps"),
        QStringLiteral("old.letter_id IS NULL AND new.letter_id IS NOT NULL")
            + samePins(QStringLiteral("id case_id step skipped taken_on recorded_at recorded_by note"
                                      " offered_plan_id offer_accepted clause termination_on"
                                      " refund_minor currency")));
    // A case is closed once, and nothing else about it changes.
    statements << appendOnly(QStringLiteral("cases"), QStringLiteral("cases"), caseClosedOnce());
    statements << appendOnly(QStringLiteral("customer_exits"), QStringLiteral("exit records"));
    if (Status status = runAll(db, statements); !status) {
        return status;
    }
    return insertShippedTags(db);
}

// Version 5: the half-typed note of a call, saved every few seconds so a
// crash or a power cut does not lose it. A working copy, not history: it is
// deleted when the call is recorded or the operator discards it.
Status addCallDrafts(const QSqlDatabase& db)
{
    return runAll(db,
                  {QStringLiteral("CREATE TABLE call_drafts ("
                                  " id INTEGER PRIMARY KEY,"
                                  " desk TEXT NOT NULL CHECK (length(desk) > 0),"
                                  " caller_id TEXT NOT NULL DEFAULT '',"
                                  " customer_id INTEGER REFERENCES customers (id),"
                                  " operator_id INTEGER REFERENCES operators (id),"
                                  " started_at INTEGER NOT NULL,"
                                  " duration_seconds INTEGER NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),"
                                  " topic TEXT NOT NULL DEFAULT '',"
                                  " summary TEXT NOT NULL DEFAULT '',"
                                  " outcome TEXT NOT NULL DEFAULT '',"
                                  " conduct TEXT NOT NULL DEFAULT '',"
                                  " pending_tags TEXT NOT NULL DEFAULT '',"
                                  " saved_at INTEGER NOT NULL)"),
                   QStringLiteral("CREATE INDEX call_drafts_desk ON call_drafts (desk, started_at)")});
}

// Version 6: support cost against revenue. The monthly roll-ups also carry
// the support cost of the month's contacts and the money received and given
// back; the rates behind the cost are office settings (a default hourly rate
// and a fixed cost per channel) beside the operators' own hourly cost.
Status addEconomics(const QSqlDatabase& db)
{
    using namespace CostModel;
    const QString conversation = isConversationSql(QStringLiteral("new.channel"));
    const QString oldConversation = isConversationSql(QStringLiteral("old.channel"));
    const QString addContact =
        QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                       " handling_seconds, cost_minor) VALUES (new.customer_id, %1, 1,"
                       " CASE WHEN %2 THEN new.duration_s ELSE 0 END, new.duration_s, %3)"
                       " ON CONFLICT (customer_id, month) DO UPDATE SET contacts = contacts + 1,"
                       " conversation_seconds = conversation_seconds + excluded.conversation_seconds,"
                       " handling_seconds = handling_seconds + excluded.handling_seconds,"
                       " cost_minor = cost_minor + excluded.cost_minor;")
            .arg(releasedMonthSql(QStringLiteral("new")), conversation, releasedCostSql(QStringLiteral("new")));
    const QString removeContact =
        QStringLiteral("UPDATE customer_months SET contacts = contacts - 1,"
                       " conversation_seconds = conversation_seconds"
                       " - CASE WHEN %2 THEN old.duration_s ELSE 0 END,"
                       " handling_seconds = handling_seconds - old.duration_s,"
                       " cost_minor = cost_minor - %3"
                       " WHERE customer_id = old.customer_id AND month = %1;")
            .arg(releasedMonthSql(QStringLiteral("old")), oldConversation, releasedCostSql(QStringLiteral("old")));
    const QString lastContactOf = QStringLiteral("UPDATE customers SET last_contact_at = (SELECT max(started_at) FROM "
                                                 "contacts WHERE customer_id = %1.customer_id)"
                                                 " WHERE id = %1.customer_id;");
    const QString addPayment =
        QStringLiteral("INSERT INTO customer_months (customer_id, month, paid_minor, credited_minor, payments)"
                       " VALUES (new.customer_id, %1, CASE WHEN %2 > 0 THEN new.amount_minor ELSE 0 END,"
                       " CASE WHEN %2 < 0 THEN new.amount_minor ELSE 0 END, CASE WHEN %2 > 0 THEN 1 ELSE 0 END)"
                       " ON CONFLICT (customer_id, month) DO UPDATE SET paid_minor = paid_minor + excluded.paid_minor,"
                       " credited_minor = credited_minor + excluded.credited_minor,"
                       " payments = payments + excluded.payments;")
            .arg(paymentMonthSql(QStringLiteral("new")), paymentSignSql(QStringLiteral("new")));
    const QString removePayment =
        QStringLiteral("UPDATE customer_months SET"
                       " paid_minor = paid_minor - CASE WHEN %2 > 0 THEN old.amount_minor ELSE 0 END,"
                       " credited_minor = credited_minor - CASE WHEN %2 < 0 THEN old.amount_minor ELSE 0 END,"
                       " payments = payments - CASE WHEN %2 > 0 THEN 1 ELSE 0 END"
                       " WHERE customer_id = old.customer_id AND month = %1;")
            .arg(paymentMonthSql(QStringLiteral("old")), paymentSignSql(QStringLiteral("old")));

    QStringList statements {
        QStringLiteral("ALTER TABLE customer_months ADD COLUMN cost_minor INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE customer_months ADD COLUMN paid_minor INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE customer_months ADD COLUMN credited_minor INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE customer_months ADD COLUMN payments INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE channel_costs ("
                       " channel TEXT PRIMARY KEY CHECK (%1),"
                       " cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0))")
            .arg(oneOf(QStringLiteral("channel"), allCodes<Channel>())),
        // Until the office sets it, the default rate is what its staff costs on average.
        QStringLiteral("INSERT INTO office_settings (key, value) SELECT '%1', CAST(coalesce((sum(cost_per_hour_minor)"
                       " + count(*) / 2) / nullif(count(*), 0), 0) AS TEXT) FROM operators"
                       " WHERE active = 1 AND cost_per_hour_minor > 0")
            .arg(QLatin1String(kDefaultRateKey)),
        QStringLiteral("DROP TRIGGER contacts_activity_insert"),
        QStringLiteral("DROP TRIGGER contacts_activity_delete"),
        QStringLiteral("DROP TRIGGER contacts_activity_update"),
        QStringLiteral("CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts BEGIN %1"
                       " UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, new.started_at),"
                       " new.started_at) WHERE id = new.customer_id; END")
            .arg(addContact),
        QStringLiteral("CREATE TRIGGER contacts_activity_delete AFTER DELETE ON contacts BEGIN %1 %2 END")
            .arg(removeContact, lastContactOf.arg(QStringLiteral("old"))),
        QStringLiteral("CREATE TRIGGER contacts_activity_update AFTER UPDATE OF customer_id, started_at, duration_s,"
                       " channel, operator_id ON contacts BEGIN %1 %2 %3 %4 END")
            .arg(removeContact,
                 addContact,
                 lastContactOf.arg(QStringLiteral("old")),
                 lastContactOf.arg(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER payments_rollup_insert AFTER INSERT ON payments BEGIN %1 END").arg(addPayment),
        QStringLiteral("CREATE TRIGGER payments_rollup_delete AFTER DELETE ON payments BEGIN %1 END")
            .arg(removePayment),
        QStringLiteral("CREATE TRIGGER payments_rollup_update AFTER UPDATE OF customer_id, paid_on, kind, amount_minor"
                       " ON payments BEGIN %1 %2 END")
            .arg(removePayment, addPayment),
    };
    for (const QString& channel : allCodes<Channel>()) {
        statements << QStringLiteral("INSERT INTO channel_costs (channel, cost_minor) VALUES ('%1', 0)").arg(channel);
    }
    if (Status status = runAll(db, statements); !status) {
        return status;
    }
    return Rollups::rebuild(db, Rollups::Shape::Version6);
}

// Version 7: a new contact no longer touches customer_months. Updating the
// roll-up in place meant a random seek into a table of a million rows with
// every contact (+40 to +80 % on recording one). The roll-ups now cover the
// contacts up to rollup_state.folded_through; newer ones are added by the
// readers (Rollups::monthRowsSql) until Rollups::foldChanges takes them in.
// Changing or removing a contact already folded in still updates the roll-ups
// at once. A new contact always gets an id above the mark: SQLite gives the
// highest id + 1, and every removal pulls the mark down to the highest id left,
// which moves no contact across it (there is none between the two).
Status addRollupWatermark(const QSqlDatabase& db)
{
    using namespace CostModel;
    const auto month = releasedMonthSql;
    const auto conversation = [](const QString& row) { return isConversationSql(row + QStringLiteral(".channel")); };
    const auto cost = releasedCostSql;
    const QString folded = QStringLiteral("(SELECT folded_through FROM rollup_state)");
    const auto add = [&](const QString& row) {
        return QStringLiteral("INSERT INTO customer_months (customer_id, month, contacts, conversation_seconds,"
                              " handling_seconds, cost_minor) VALUES (%1.customer_id, %2, 1,"
                              " CASE WHEN %3 THEN %1.duration_s ELSE 0 END, %1.duration_s, %4)"
                              " ON CONFLICT (customer_id, month) DO UPDATE SET contacts = contacts + 1,"
                              " conversation_seconds = conversation_seconds + excluded.conversation_seconds,"
                              " handling_seconds = handling_seconds + excluded.handling_seconds,"
                              " cost_minor = cost_minor + excluded.cost_minor;")
            .arg(row, month(row), conversation(row), cost(row));
    };
    const auto remove = [&](const QString& row) {
        return QStringLiteral(
                   "UPDATE customer_months SET contacts = contacts - 1,"
                   " conversation_seconds = conversation_seconds - CASE WHEN %3 THEN %1.duration_s ELSE 0 END,"
                   " handling_seconds = handling_seconds - %1.duration_s, cost_minor = cost_minor - %4"
                   " WHERE customer_id = %1.customer_id AND month = %2;")
            .arg(row, month(row), conversation(row), cost(row));
    };
    const QString lastContactOf = QStringLiteral("UPDATE customers SET last_contact_at = (SELECT max(started_at) FROM "
                                                 "contacts WHERE customer_id = %1.customer_id)"
                                                 " WHERE id = %1.customer_id;");
    const QString newRow = QStringLiteral("new");
    const QString oldRow = QStringLiteral("old");
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE rollup_state ("
                        " id INTEGER PRIMARY KEY CHECK (id = 1),"
                        " folded_through INTEGER NOT NULL)"),
         // Every contact so far is in customer_months already.
         QStringLiteral("INSERT INTO rollup_state (id, folded_through) SELECT 1, coalesce(max(id), 0) FROM contacts"),
         QStringLiteral("DROP TRIGGER contacts_activity_insert"),
         QStringLiteral("DROP TRIGGER contacts_activity_delete"),
         QStringLiteral("DROP TRIGGER contacts_activity_update"),
         QStringLiteral("CREATE TRIGGER contacts_activity_insert AFTER INSERT ON contacts BEGIN"
                        " UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, new.started_at),"
                        " new.started_at) WHERE id = new.customer_id; END"),
         QStringLiteral("CREATE TRIGGER contacts_activity_delete AFTER DELETE ON contacts BEGIN %1"
                        " UPDATE rollup_state SET folded_through = (SELECT coalesce(max(id), 0) FROM contacts)"
                        " WHERE folded_through > (SELECT coalesce(max(id), 0) FROM contacts); END")
             .arg(lastContactOf.arg(oldRow)),
         QStringLiteral("CREATE TRIGGER contacts_activity_update AFTER UPDATE OF customer_id, started_at ON contacts"
                        " BEGIN %1 %2 END")
             .arg(lastContactOf.arg(oldRow), lastContactOf.arg(newRow)),
         QStringLiteral("CREATE TRIGGER contacts_rollup_delete AFTER DELETE ON contacts WHEN old.id <= %1 BEGIN %2 END")
             .arg(folded, remove(oldRow)),
         QStringLiteral("CREATE TRIGGER contacts_rollup_update AFTER UPDATE OF customer_id, started_at, duration_s,"
                        " channel, operator_id ON contacts WHEN old.id <= %1 BEGIN %2 %3 END")
             .arg(folded, remove(oldRow), add(newRow))});
}

// Version 8: letters. Templates are versioned and never changed once saved
// (an edit is a new version, so an issued letter keeps the text it was made
// from). The register numbers letters per year without gaps: the counter row
// is taken first in the issuing transaction, so two seats issuing at once
// wait for each other, and a failed issue rolls its number back. An issued
// letter keeps its rendered content and PDF; it can only be voided, once.
Status addLetters(const QSqlDatabase& db)
{
    QStringList statements {
        QStringLiteral("CREATE TABLE letter_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (%1),"
                       " language TEXT NOT NULL CHECK (length(language) = 2),"
                       " version INTEGER NOT NULL CHECK (version > 0),"
                       " body TEXT NOT NULL CHECK (length(trim(body)) > 0),"
                       " shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1)),"
                       " created_at INTEGER NOT NULL,"
                       " created_by INTEGER REFERENCES operators (id),"
                       " UNIQUE (kind, language, version))")
            .arg(oneOf(QStringLiteral("kind"), allCodes<LetterKind>())),
        QStringLiteral("CREATE TABLE letter_register ("
                       " year INTEGER PRIMARY KEY,"
                       " last_sequence INTEGER NOT NULL CHECK (last_sequence > 0))"),
        QStringLiteral("CREATE TABLE letters ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " year INTEGER NOT NULL,"
                       " sequence INTEGER NOT NULL CHECK (sequence > 0),"
                       " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                       " template_id INTEGER NOT NULL REFERENCES letter_templates (id),"
                       " case_step_id INTEGER REFERENCES case_steps (id),"
                       " letter_date TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " pdf BLOB NOT NULL,"
                       " pdf_sha256 TEXT NOT NULL CHECK (length(pdf_sha256) = 64),"
                       " issued_at INTEGER NOT NULL,"
                       " issued_by INTEGER REFERENCES operators (id),"
                       " check_hits TEXT NOT NULL DEFAULT '',"
                       " check_override TEXT NOT NULL DEFAULT '',"
                       " replaces_id INTEGER REFERENCES letters (id),"
                       " voided_at INTEGER,"
                       " voided_by INTEGER REFERENCES operators (id),"
                       " void_reason TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (year, sequence),"
                       " CHECK (check_hits = '' OR length(trim(check_override)) > 0),"
                       " CHECK ((voided_at IS NULL) = (length(trim(void_reason)) = 0)))"),
        QStringLiteral("CREATE INDEX letters_customer ON letters (customer_id, issued_at)"),
        QStringLiteral("CREATE INDEX letters_case_step ON letters (case_step_id) WHERE case_step_id IS NOT NULL"),
        // A step's letter may now be replaced once the letter it had is void.
        QStringLiteral("DROP TRIGGER case_steps_no_update"),
    };
    statements << appendOnly(QStringLiteral("letter_templates"), QStringLiteral("letter templates"));
    statements << appendOnly(QStringLiteral("letters"), QStringLiteral("issued letters"), letterVoidedOnce());
    statements << caseStepsTakeOnlyALetter(QStringLiteral("id case_id step skipped taken_on recorded_at recorded_by"
                                                          " note offered_plan_id offer_accepted clause"
                                                          " termination_on refund_minor currency"));
    if (Status status = runAll(db, statements); !status) {
        return status;
    }
    return ShippedLetters::insertInto(db);
}

// Version 9: calls as the phone system knows them. A call that ended before
// anything was said records what happened instead of a topic (a column added
// rather than new outcome codes, so the contacts table is not rebuilt). A call
// nobody could be found for is kept aside until someone links it to a
// customer or says why it belongs to nobody. A recorded call keeps where the
// phone system put the recording and, once the file is complete, its size and
// SHA-256, so the file handed to a lawyer can be shown to be the one meant.
Status addCallRecords(const QSqlDatabase& db)
{
    const QString noConversation = QStringLiteral("no_conversation IS NULL OR ")
        + oneOf(QStringLiteral("no_conversation"), allCodes<NoConversation>());
    QStringList statements {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN no_conversation TEXT CHECK (%1)").arg(noConversation),
        QStringLiteral("CREATE TABLE unlinked_calls ("
                       " id INTEGER PRIMARY KEY,"
                       " caller_id TEXT NOT NULL DEFAULT '',"
                       " started_at INTEGER NOT NULL,"
                       " duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),"
                       " operator_id INTEGER REFERENCES operators (id),"
                       " topic TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL CHECK (%1),"
                       " conduct TEXT NOT NULL CHECK (%2),"
                       " no_conversation TEXT CHECK (%3),"
                       " recorded_at INTEGER NOT NULL,"
                       " contact_id INTEGER UNIQUE REFERENCES contacts (id),"
                       " settled_at INTEGER,"
                       " settled_by INTEGER REFERENCES operators (id),"
                       " dismiss_reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (length(trim(topic)) > 0 OR no_conversation IS NOT NULL),"
                       " CHECK ((settled_at IS NULL) = (contact_id IS NULL AND length(trim(dismiss_reason)) = 0)))")
            .arg(oneOf(QStringLiteral("outcome"), allCodes<Outcome>()),
                 oneOf(QStringLiteral("conduct"), allCodes<Conduct>()),
                 noConversation),
        QStringLiteral("CREATE INDEX unlinked_calls_open ON unlinked_calls (started_at) WHERE settled_at IS NULL"),
        QStringLiteral("CREATE TABLE call_recordings ("
                       " id INTEGER PRIMARY KEY,"
                       " contact_id INTEGER REFERENCES contacts (id),"
                       " unlinked_call_id INTEGER REFERENCES unlinked_calls (id),"
                       " call_id TEXT NOT NULL DEFAULT '',"
                       " file_name TEXT NOT NULL CHECK (length(file_name) > 0),"
                       " size_bytes INTEGER CHECK (size_bytes IS NULL OR size_bytes >= 0),"
                       " sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),"
                       " duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),"
                       " hashed_at INTEGER,"
                       " CHECK (contact_id IS NOT NULL OR unlinked_call_id IS NOT NULL),"
                       " CHECK ((sha256 IS NULL) = (hashed_at IS NULL) AND (sha256 IS NULL) = (size_bytes IS NULL)))"),
        QStringLiteral(
            "CREATE INDEX call_recordings_contact ON call_recordings (contact_id) WHERE contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX call_recordings_unlinked ON call_recordings (unlinked_call_id)"
                       " WHERE unlinked_call_id IS NOT NULL"),
    };
    statements << appendOnly(QStringLiteral("unlinked_calls"), QStringLiteral("unlinked calls"), callSettledOnce());
    statements << appendOnly(
        QStringLiteral("call_recordings"), QStringLiteral("call recordings"), recordingCompletedOnce());
    return runAll(db, statements);
}

// Version 10: what a customer still owes when the contract ends. A notice
// records it beside the refund, so its letter says how much is to be paid
// rather than promising a refund of nothing; the letters that say so are
// revised where the office still uses the shipped text.
Status addSettlementOwed(const QSqlDatabase& db)
{
    QStringList statements {
        QStringLiteral("ALTER TABLE case_steps ADD COLUMN owed_minor INTEGER CHECK (owed_minor >= 0)"),
        QStringLiteral("DROP TRIGGER case_steps_no_update"),
    };
    statements << caseStepsTakeOnlyALetter(caseStepColumnsBesideTheLetter());
    if (Status status = runAll(db, statements); !status) {
        return status;
    }
    return ShippedLetters::reviseIn(db);
}

// Version 11: what a customer was charged. Revenue was "a month's payments
// if there were any, otherwise the plan's fee", which counted a month twice
// when its payment came the month after. The economics now charge the plan's
// fee for the days it was in force plus the paid support, less compensation,
// and show the money received beside it; for that the roll-ups keep paid
// support and compensation apart from the other money in and out.
Status addChargedRevenue(const QSqlDatabase& db)
{
    using namespace CostModel;
    const auto payment = [](const QString& row) {
        return QStringLiteral("CASE WHEN %2 > 0 THEN %1.amount_minor ELSE 0 END,"
                              " CASE WHEN %2 < 0 THEN %1.amount_minor ELSE 0 END, CASE WHEN %2 > 0 THEN 1 ELSE 0 END,"
                              " %3, %4")
            .arg(row,
                 paymentSignSql(row),
                 paymentOfKindSql(row, PaymentKind::PaidSupport),
                 paymentOfKindSql(row, PaymentKind::Compensation));
    };
    const QString addPayment =
        QStringLiteral("INSERT INTO customer_months (customer_id, month, paid_minor, credited_minor, payments,"
                       " support_minor, compensation_minor) VALUES (new.customer_id, %1, %2)"
                       " ON CONFLICT (customer_id, month) DO UPDATE SET paid_minor = paid_minor + excluded.paid_minor,"
                       " credited_minor = credited_minor + excluded.credited_minor,"
                       " payments = payments + excluded.payments,"
                       " support_minor = support_minor + excluded.support_minor,"
                       " compensation_minor = compensation_minor + excluded.compensation_minor;")
            .arg(paymentMonthSql(QStringLiteral("new")), payment(QStringLiteral("new")));
    const QString removePayment =
        QStringLiteral("UPDATE customer_months SET"
                       " paid_minor = paid_minor - CASE WHEN %2 > 0 THEN old.amount_minor ELSE 0 END,"
                       " credited_minor = credited_minor - CASE WHEN %2 < 0 THEN old.amount_minor ELSE 0 END,"
                       " payments = payments - CASE WHEN %2 > 0 THEN 1 ELSE 0 END,"
                       " support_minor = support_minor - %3, compensation_minor = compensation_minor - %4"
                       " WHERE customer_id = old.customer_id AND month = %1;")
            .arg(paymentMonthSql(QStringLiteral("old")),
                 paymentSignSql(QStringLiteral("old")),
                 paymentOfKindSql(QStringLiteral("old"), PaymentKind::PaidSupport),
                 paymentOfKindSql(QStringLiteral("old"), PaymentKind::Compensation));
    return runAll(
        db,
        {
            QStringLiteral("ALTER TABLE customer_months ADD COLUMN support_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE customer_months ADD COLUMN compensation_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DROP TRIGGER payments_rollup_insert"),
            QStringLiteral("DROP TRIGGER payments_rollup_delete"),
            QStringLiteral("DROP TRIGGER payments_rollup_update"),
            QStringLiteral("CREATE TRIGGER payments_rollup_insert AFTER INSERT ON payments BEGIN %1 END")
                .arg(addPayment),
            QStringLiteral("CREATE TRIGGER payments_rollup_delete AFTER DELETE ON payments BEGIN %1 END")
                .arg(removePayment),
            QStringLiteral("CREATE TRIGGER payments_rollup_update AFTER UPDATE OF customer_id, paid_on, kind,"
                           " amount_minor ON payments BEGIN %1 %2 END")
                .arg(removePayment, addPayment),
            // Both kinds are rare: only their months are touched.
            QStringLiteral("INSERT INTO customer_months (customer_id, month, support_minor, compensation_minor)"
                           " SELECT p.customer_id, %1, sum(%2), sum(%3) FROM payments p WHERE p.kind IN ('%4', '%5')"
                           " GROUP BY p.customer_id, %1 ON CONFLICT (customer_id, month) DO UPDATE SET"
                           " support_minor = excluded.support_minor, compensation_minor = excluded.compensation_minor")
                .arg(paymentMonthSql(QStringLiteral("p")),
                     paymentOfKindSql(QStringLiteral("p"), PaymentKind::PaidSupport),
                     paymentOfKindSql(QStringLiteral("p"), PaymentKind::Compensation),
                     codeOf(PaymentKind::PaidSupport),
                     codeOf(PaymentKind::Compensation)),
        });
}

// Version 12: an office's history brought in from its old system. An
// opening balance says what a customer had prepaid (or owed) on the day
// the imported payments start, so a refund or a balance counts from it
// rather than from fees due since the contract began. Payments and
// contacts keep the id they had in the old system, so importing the same
// file again finds them instead of adding them twice.
Status addImports(const QSqlDatabase& db)
{
    return runAll(db,
                  {QStringLiteral("CREATE TABLE opening_balances ("
                                  " customer_id INTEGER PRIMARY KEY REFERENCES customers (id),"
                                  " as_of TEXT NOT NULL,"
                                  " balance_minor INTEGER NOT NULL,"
                                  " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                                  " recorded_at INTEGER NOT NULL)"),
                   QStringLiteral("CREATE TABLE import_keys ("
                                  " source TEXT NOT NULL CHECK (source IN ('payment', 'contact')),"
                                  " external_id TEXT NOT NULL CHECK (length(external_id) > 0),"
                                  " row_id INTEGER NOT NULL,"
                                  " PRIMARY KEY (source, external_id))")});
}

// Version 13: a plan's fee changes from a date. plans.monthly_fee_minor
// stays the fee the plan started with; each change holds from its day on,
// so fees due for past months stay what they were when a price goes up.
// A change already in force is history and is never altered.
Status addPlanFeeChanges(const QSqlDatabase& db)
{
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE plan_fee_changes ("
                        " id INTEGER PRIMARY KEY,"
                        " plan_id INTEGER NOT NULL REFERENCES plans (id),"
                        " starts_on TEXT NOT NULL,"
                        " monthly_fee_minor INTEGER NOT NULL CHECK (monthly_fee_minor >= 0),"
                        " recorded_at INTEGER NOT NULL,"
                        " recorded_by INTEGER REFERENCES operators (id),"
                        " UNIQUE (plan_id, starts_on))"),
         QStringLiteral("CREATE TRIGGER plan_fee_changes_no_update BEFORE UPDATE ON plan_fee_changes BEGIN"
                        " SELECT RAISE(ABORT, 'a fee change is withdrawn and made again, never edited'); END")});
}

// True while an erasure of the customer `customerId` (SQL) is under way:
// Erasure holds a permit for it inside its own transaction.
QString erasing(const QString& customerId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM erasure_permits WHERE customer_id = %1)").arg(customerId);
}

// `table`'s update trigger again: the change it allowed (if any), or else
// erasure's blanking of `blanked` under a permit for `customerId`, with
// every column in `pinned` kept as it was.
QStringList allowErasureOf(const QString& table,
                           const QString& what,
                           const QString& allowedBefore,
                           const QString& customerId,
                           const QString& blanked,
                           const QString& pinned)
{
    const QString erasure = erasing(customerId) + QStringLiteral(" AND ") + blanked + samePins(pinned);
    const QString allowed =
        allowedBefore.isEmpty() ? erasure : QStringLiteral("(%1) OR (%2)").arg(allowedBefore, erasure);
    return QStringList {QStringLiteral("DROP TRIGGER %1_no_update").arg(table)}
    + appendOnly(table, what, allowed).mid(1);
}

// Version 14: a person's data erased on request (GDPR art. 17), the one
// sanctioned change to append-only rows. A customer records when and by whom
// it was erased. Erasure takes a permit for the customer (a row of
// erasure_permits) at the start of its transaction and gives it back before
// the commit; while it is held, each append-only table lets the person's free
// text be blanked and nothing else (every other column is pinned), so an
// ordinary UPDATE still fails. A permit is granted only against an erasure
// entry for the same customer in the append-only audit log, written by a
// manager or the owner, and only while the customer is not erased yet: every
// use of it is on record, and once the customer is erased no permit can be
// had for them again. (The PostgreSQL twin will also keep the permits table
// writable by the erasing function alone.) An erased customer's name,
// contact details, notes and search text stay as the erasure left them, and
// no phone is added to them.
Status addErasure(const QSqlDatabase& db)
{
    const QString filler = QLatin1Char('\'') + ErasedCustomers::filler() + QLatin1Char('\'');
    const QString personal = QStringLiteral("contract_number kind name address email notes search_words search_digits"
                                            " notes_updated_at notes_updated_by erased_at erased_by");
    QStringList statements {
        QStringLiteral("ALTER TABLE customers ADD COLUMN erased_at INTEGER"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN erased_by INTEGER REFERENCES operators (id)"),
        QStringLiteral("CREATE TABLE erasure_permits ("
                       " customer_id INTEGER PRIMARY KEY REFERENCES customers (id),"
                       " audit_id INTEGER NOT NULL REFERENCES audit_log (id))"),
        QStringLiteral("CREATE TRIGGER erasure_permits_need_an_entry BEFORE INSERT ON erasure_permits"
                       " WHEN NOT EXISTS (SELECT 1 FROM audit_log a JOIN operators o ON o.id = a.operator_id"
                       " WHERE a.id = new.audit_id AND a.customer_id = new.customer_id AND a.action = '%1'"
                       " AND (o.role = '%2' OR o.role = '%3'))"
                       " OR (SELECT erased_at FROM customers WHERE id = new.customer_id) IS NOT NULL BEGIN"
                       " SELECT RAISE(ABORT, 'an erasure needs its own entry in the audit log and happens once');"
                       " END")
            .arg(AuditLog::customerErased(), codeOf(Role::Manager), codeOf(Role::Owner)),
        QStringLiteral("CREATE TRIGGER erasure_permits_no_update BEFORE UPDATE ON erasure_permits BEGIN"
                       " SELECT RAISE(ABORT, 'erasure permits cannot be changed'); END"),
        // Marked erased under a permit, once; the person's columns then stay as they are.
        QStringLiteral("CREATE TRIGGER customers_stay_erased BEFORE UPDATE OF %1 ON customers"
                       " WHEN NOT ((old.erased_at IS NULL AND ((new.erased_at IS NULL AND new.erased_by IS NULL)"
                       " OR %2)) OR (old.erased_at IS NOT NULL%3)) BEGIN"
                       " SELECT RAISE(ABORT, 'an erased customer''s personal data stays erased'); END")
            .arg(QString(personal).replace(QLatin1Char(' '), QStringLiteral(", ")),
                 erasing(QStringLiteral("old.id")),
                 samePins(personal)),
        QStringLiteral("CREATE TRIGGER phones_not_for_the_erased BEFORE INSERT ON phones"
                       " WHEN (SELECT erased_at FROM customers WHERE id = new.customer_id) IS NOT NULL BEGIN"
                       " SELECT RAISE(ABORT, 'an erased customer''s personal data stays erased'); END"),
        // The audit log keeps who did what when about the person; what it
        // quoted of them goes. The erasure's own entry never changes.
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT (%1"
                       " AND old.action <> '%2' AND new.before = '' AND new.after = '' AND new.reason = ''%3) BEGIN"
                       " SELECT RAISE(ABORT, 'the audit log is append-only'); END")
            .arg(erasing(QStringLiteral("old.customer_id")),
                 AuditLog::customerErased(),
                 samePins(QStringLiteral("id at operator_id customer_id action"))),
    };
    statements << allowErasureOf(
        QStringLiteral("letters"),
        QStringLiteral("issued letters"),
        letterVoidedOnce(),
        QStringLiteral("old.customer_id"),
        QStringLiteral("new.content = '' AND length(new.pdf) = 0 AND new.check_hits = '' AND new.check_override = ''"
                       " AND new.void_reason = CASE WHEN old.voided_at IS NULL THEN '' ELSE %1 END")
            .arg(filler),
        QStringLiteral("id number year sequence customer_id template_id case_step_id letter_date pdf_sha256"
                       " issued_at issued_by replaces_id voided_at voided_by"));
    statements << allowErasureOf(
        QStringLiteral("case_steps"),
        QStringLiteral("case steps"),
        letterTakenOnce(caseStepColumnsBesideTheLetter()),
        QStringLiteral("(SELECT customer_id FROM cases WHERE id = old.case_id)"),
        QStringLiteral("new.note = CASE WHEN old.skipped = 1 THEN %1 ELSE '' END").arg(filler),
        QStringLiteral("id case_id step skipped taken_on recorded_at recorded_by offered_plan_id offer_accepted"
                       " clause termination_on refund_minor owed_minor currency letter_id"));
    statements << allowErasureOf(QStringLiteral("cases"),
                                 QStringLiteral("cases"),
                                 caseClosedOnce(),
                                 QStringLiteral("old.customer_id"),
                                 QStringLiteral("new.reason = %1 AND new.closing_note = ''").arg(filler),
                                 QStringLiteral("id customer_id opened_at opened_by closed_at closed_by outcome"));
    statements << allowErasureOf(
        QStringLiteral("tag_assignments"),
        QStringLiteral("tag assignments"),
        tagRemovedOnce(),
        QStringLiteral("old.customer_id"),
        QStringLiteral("new.reason = '' AND new.removal_reason = CASE WHEN old.removed_at IS NULL THEN '' ELSE %1 END")
            .arg(filler),
        QStringLiteral("id customer_id tag_id assigned_at assigned_by expires_at removed_at removed_by"));
    statements << allowErasureOf(QStringLiteral("customer_exits"),
                                 QStringLiteral("exit records"),
                                 QString(),
                                 QStringLiteral("old.customer_id"),
                                 QStringLiteral("new.note = ''"),
                                 QStringLiteral("id customer_id left_on reason case_id recorded_at recorded_by"));
    statements << allowErasureOf(
        QStringLiteral("unlinked_calls"),
        QStringLiteral("unlinked calls"),
        callSettledOnce(),
        QStringLiteral("(SELECT customer_id FROM contacts WHERE id = old.contact_id)"),
        QStringLiteral("new.caller_id = '' AND new.summary = ''"
                       " AND new.topic = CASE WHEN old.no_conversation IS NULL THEN %1 ELSE '' END")
            .arg(filler),
        QStringLiteral("id started_at duration_s operator_id outcome conduct no_conversation recorded_at contact_id"
                       " settled_at settled_by dismiss_reason"));
    statements << allowErasureOf(
        QStringLiteral("call_recordings"),
        QStringLiteral("call recordings"),
        recordingCompletedOnce(),
        QStringLiteral(
            "coalesce((SELECT customer_id FROM contacts WHERE id = old.contact_id), (SELECT k.customer_id"
            " FROM unlinked_calls u JOIN contacts k ON k.id = u.contact_id WHERE u.id = old.unlinked_call_id))"),
        QStringLiteral("new.call_id = '' AND new.file_name = %1").arg(filler),
        QStringLiteral("id contact_id unlinked_call_id size_bytes sha256 duration_ms hashed_at"));
    return runAll(db, statements);
}

// Version 15: several desks at once. What the customer editor saves and the
// notes each carry a version that every save raises, so a save made from an
// older copy is refused (and offered for merging) instead of overwriting
// what another desk saved meanwhile.
Status addRowVersions(const QSqlDatabase& db)
{
    return runAll(db,
                  {QStringLiteral("ALTER TABLE customers ADD COLUMN details_version INTEGER NOT NULL DEFAULT 1"),
                   QStringLiteral("ALTER TABLE customers ADD COLUMN notes_version INTEGER NOT NULL DEFAULT 1")});
}

// Version 16: people sign in. A desk's file keeps each person's passphrase
// as an argon2id hash (none until the owner sets them); on a server each
// person has a login instead (postgresql/16-people.sql).
Status addPassphrases(const QSqlDatabase& db)
{
    return runAll(db, {QStringLiteral("ALTER TABLE operators ADD COLUMN passphrase_hash TEXT")});
}

// A script of the server's schema, from this build's resources.
Status runServerScript(const QSqlDatabase& db, const QString& name)
{
    QFile file(QStringLiteral(":/abonent/postgresql/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, QStringLiteral("%1 is missing from this build").arg(name));
    }
    return sql::execScript(db, QString::fromUtf8(file.readAll()));
}

// The server's version 15: the row versions, and every committed change
// announced to the other desks (postgresql/15-live-updates.sql).
Status addServerRowVersionsAndAnnouncements(const QSqlDatabase& db)
{
    if (Status versions = addRowVersions(db); !versions) {
        return versions;
    }
    return runServerScript(db, QStringLiteral("15-live-updates.sql"));
}

// The server's baseline: models/core/postgresql/baseline.sql, and the rows a
// new file gets from steps 2 to 14 (the office's country and currency, the
// default rate, a cost for every channel, the shipped tags and letters).
Status createServerBaseline(const QSqlDatabase& db)
{
    if (Status made = runServerScript(db, QStringLiteral("baseline.sql")); !made) {
        return made;
    }
    if (Status office = insertOfficeDefaults(db); !office) {
        return office;
    }
    QStringList statements {
        QStringLiteral("INSERT INTO office_settings (key, value) VALUES ('%1', '0')")
            .arg(QLatin1String(CostModel::kDefaultRateKey)),
    };
    for (const QString& channel : allCodes<Channel>()) {
        statements << QStringLiteral("INSERT INTO channel_costs (channel, cost_minor) VALUES ('%1', 0)").arg(channel);
    }
    if (Status status = runAll(db, statements); !status) {
        return status;
    }
    if (Status tags = insertShippedTags(db); !tags) {
        return tags;
    }
    if (Status letters = ShippedLetters::insertInto(db); !letters) {
        return letters;
    }
    return ShippedLetters::reviseIn(db);
}

} // namespace

const Schema& serverSchemaMigrations()
{
    static const Schema steps {
        {14, QStringLiteral("baseline: the schema of version 14"), createServerBaseline},
        {15, QStringLiteral("row versions and live updates"), addServerRowVersionsAndAnnouncements},
        {16,
         QStringLiteral("people sign in with their own logins"),
         [](const QSqlDatabase& db) { return runServerScript(db, QStringLiteral("16-people.sql")); }},
    };
    return steps;
}

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps {
        {1, QStringLiteral("base schema"), createBaseSchema},
        {2, QStringLiteral("office settings"), createOfficeSettings},
        {3, QStringLiteral("search, activity and audit"), addSearchActivityAndAudit},
        {4, QStringLiteral("problem clients"), addProblemClients},
        {5, QStringLiteral("call drafts"), addCallDrafts},
        {6, QStringLiteral("support economics"), addEconomics},
        {7, QStringLiteral("roll-ups folded in later"), addRollupWatermark},
        {8, QStringLiteral("letters"), addLetters},
        {9, QStringLiteral("call records"), addCallRecords},
        {10, QStringLiteral("what is owed at the end of a contract"), addSettlementOwed},
        {11, QStringLiteral("revenue as charged"), addChargedRevenue},
        {12, QStringLiteral("imports and opening balances"), addImports},
        {13, QStringLiteral("plan fees from a date"), addPlanFeeChanges},
        {14, QStringLiteral("erasure on request"), addErasure},
        {15, QStringLiteral("row versions"), addRowVersions},
        {16, QStringLiteral("passphrases"), addPassphrases},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace abonent
