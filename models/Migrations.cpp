#include "Migrations.h"

#include "DomainTypes.h"
#include "SqlSupport.h"

#include <QLocale>
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
Status createOfficeSettings(const QSqlDatabase& db)
{
    if (Status created = sql::execDirect(db,
                                         QStringLiteral("CREATE TABLE office_settings ("
                                                        " key TEXT PRIMARY KEY,"
                                                        " value TEXT NOT NULL)"));
        !created) {
        return created;
    }
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

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps {
        {1, QStringLiteral("base schema"), createBaseSchema},
        {2, QStringLiteral("office settings"), createOfficeSettings},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace abonent
