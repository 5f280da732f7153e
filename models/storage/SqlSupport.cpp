#include "SqlSupport.h"

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace abonent::sql {

namespace {

// Whether `error` came of the server having gone away. Qt's PostgreSQL
// driver closes a connection whose server went away, so whatever failed on
// it since failed for that reason.
bool serverWentAway(const QSqlDriver* driver, const QSqlError& error)
{
    const SqlDialect dialect = SqlDialect::of(driver);
    return dialect.engine() == SqlDialect::Engine::PostgreSQL
        && (!driver->isOpen() || dialect.codeOf(error) == Error::Code::Unreachable);
}

} // namespace

Error queryError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (serverWentAway(query.driver(), error)) {
        return Error {Error::Code::Unreachable, unreachableMessage(message.trimmed())};
    }
    const Error::Code code = SqlDialect::of(query.driver()).codeOf(error);
    if (code == Error::Code::Refused) {
        return Error {code, refusedMessage(message.trimmed())};
    }
    const QString statement = query.lastQuery().simplified();
    if (!statement.isEmpty()) {
        message += QLatin1String(" [") + statement.left(200) + QLatin1Char(']');
    }
    return Error {code, message};
}

QString refusedMessage(const QString& detail)
{
    const QString said = QCoreApplication::translate(
        "abonent::sql", "The database server refused this: your login's role does not allow it. Nothing was written.");
    return detail.isEmpty() ? said : said + QLatin1String(" (") + detail + QLatin1Char(')');
}

QString unreachableMessage(const QString& detail)
{
    const QString said =
        QCoreApplication::translate("abonent::sql",
                                    "The database server cannot be reached, so nothing was read or written. What "
                                    "you entered is still here; Abonent reconnects by itself, so try again in a "
                                    "moment.");
    return detail.isEmpty() ? said : said + QLatin1String(" (") + detail + QLatin1Char(')');
}

Error databaseError(const QSqlDatabase& db, const QString& what)
{
    const QSqlError error = db.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (serverWentAway(db.driver(), error)) {
        return Error {Error::Code::Unreachable, unreachableMessage(text.trimmed())};
    }
    return Error {SqlDialect::of(db).codeOf(error), what + QLatin1String(": ") + text};
}

Error inContext(const QString& what, Error error)
{
    error.message = what + QLatin1String(": ") + error.message;
    return error;
}

QVariant bindable(const QVariant& value)
{
    // Qt SQL binds a null QString as SQL NULL; text the program holds is never
    // NULL, only empty. A NULL is asked for with an invalid QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QString::fromLatin1(""));
    }
    // Flags are stored as 0 and 1 on every engine: SQLite binds a bool so,
    // PostgreSQL would send a boolean an integer column does not take.
    if (value.typeId() == QMetaType::Bool) {
        return QVariant(value.toBool() ? 1 : 0);
    }
    return value;
}

namespace {

void bindInOrder(QSqlQuery& query, const QVariantList& values)
{
    for (int position = 0; position < values.size(); ++position) {
        query.bindValue(position, bindable(values.at(position)));
    }
}

// A server forgets the statements a connection prepared when the connection
// is made again (after the server was away): SQLSTATE 26000.
bool serverForgotStatement(const QSqlQuery& query)
{
    return query.lastError().nativeErrorCode() == QLatin1String("26000");
}

} // namespace

Status execPrepared(QSqlQuery& query, const QVariantList& values)
{
    bindInOrder(query, values);
    if (query.exec()) {
        return {};
    }
    // A statement prepared before a reconnection is prepared again, once.
    if (serverForgotStatement(query)) {
        const QString statement = query.lastQuery();
        if (query.prepare(statement)) {
            bindInOrder(query, values);
            if (query.exec()) {
                return {};
            }
        }
    }
    return queryError(query);
}

Status execPrepared(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    return execPrepared(query, QVariantList(values));
}

Status exec(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (!query.prepare(statement)) {
        return queryError(query);
    }
    return execPrepared(query, values);
}

Status exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    return exec(query, statement, QVariantList(values));
}

Result<qint64> insert(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (Status status = exec(query, SqlDialect::of(query.driver()).returningId(statement), values); !status) {
        return status.error();
    }
    return newRowId(query);
}

Result<qint64> insert(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    return insert(query, statement, QVariantList(values));
}

Result<qint64> newRowId(QSqlQuery& query)
{
    const QVariant id = SqlDialect::of(query.driver()).insertReturnsId() ? (query.next() ? query.value(0) : QVariant())
                                                                         : query.lastInsertId();
    if (!id.isValid()) {
        return Error {Error::Code::Sql,
                      QCoreApplication::translate("abonent::sql", "The database gave no id for the new row: %1")
                          .arg(query.lastQuery().simplified().left(200))};
    }
    return id.toLongLong();
}

Status execDirect(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return queryError(query);
    }
    return {};
}

void readOnce(QSqlQuery& query, const QSqlDatabase& db)
{
    query.setForwardOnly(SqlDialect::of(db).engine() == SqlDialect::Engine::SQLite);
}

Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    readOnce(query, db);
    if (Status status = exec(query, statement, values); !status) {
        return status.error();
    }
    return query;
}

Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    return select(db, statement, QVariantList(values));
}

Result<QSqlQuery> stream(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        return queryError(query);
    }
    return query;
}

Result<QSqlQuery> prepareSelect(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    readOnce(query, db);
    if (!query.prepare(statement)) {
        return queryError(query);
    }
    return query;
}

Result<QSet<qint64>> idSet(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = select(db, statement, values);
    if (!query) {
        return query.error();
    }
    QSet<qint64> ids;
    while (query->next()) {
        ids.insert(query->value(0).toLongLong());
    }
    return ids;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    return scalar(db, statement, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto selected = select(db, statement, values);
    if (!selected) {
        return selected.error();
    }
    QSqlQuery& query = selected.value();
    if (!query.next()) {
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("abonent::sql", "The query returned no rows: %1")
                          .arg(statement.simplified().left(200))};
    }
    return query.value(0);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

qint64 toEpoch(const QDateTime& time)
{
    return time.toSecsSinceEpoch();
}

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QVariant toDateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate fromDateValue(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QStringList scriptStatements(const QString& script)
{
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype n = script.size();
    const auto flush = [&] {
        if (const QString statement = current.trimmed(); !statement.isEmpty()) {
            statements << statement;
        }
        current.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n')) {
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // To the closing quote; a doubled quote stays inside.
            qsizetype end = i + 1;
            while (end < n) {
                if (script.at(end) == c) {
                    if (end + 1 < n && script.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += script.mid(i, end + 1 - i);
            i = end + 1;
            continue;
        }
        if (c == QLatin1Char('$')) {
            // $tag$ … $tag$, where the tag is empty or a name.
            qsizetype tagEnd = i + 1;
            while (tagEnd < n && (script.at(tagEnd).isLetterOrNumber() || script.at(tagEnd) == QLatin1Char('_'))) {
                ++tagEnd;
            }
            if (tagEnd < n && script.at(tagEnd) == QLatin1Char('$')) {
                const QString tag = script.mid(i, tagEnd + 1 - i);
                const qsizetype close = script.indexOf(tag, tagEnd + 1);
                const qsizetype end = close < 0 ? n : close + tag.size();
                current += script.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

Status execScript(const QSqlDatabase& db, const QString& script)
{
    for (const QString& statement : scriptStatements(script)) {
        if (Status done = execDirect(db, statement); !done) {
            return done;
        }
    }
    return {};
}

} // namespace abonent::sql
