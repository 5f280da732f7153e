#include "IntegerRows.h"

#include "SqlSupport.h"
#include "SqliteDirect.h"

#include <QSqlError>
#include <QSqlRecord>

#if ABONENT_SQLITE_BULK
#include <sqlite3.h>
#endif

namespace abonent {

IntegerRows::IntegerRows(QSqlDatabase db)
    : m_db(std::move(db))
{
}

IntegerRows::~IntegerRows()
{
#if ABONENT_SQLITE_BULK
    sqlite3_finalize(m_statement);
#endif
}

namespace {

qint64 monthNumber(const char* text, qsizetype size)
{
    if (size < 7) {
        return 0;
    }
    const auto digit = [text](int at) { return static_cast<qint64>(text[at] - '0'); };
    return (digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)) * 12 + digit(5) * 10 + digit(6);
}

} // namespace

Status IntegerRows::exec(const QString& statement, const QVariantList& values, int monthColumn)
{
    m_monthColumn = monthColumn;
#if ABONENT_SQLITE_BULK
    if (sqlite3* connection = sqlite::directHandle(m_db)) {
        if (sqlite3_prepare_v2(connection, statement.toUtf8().constData(), -1, &m_statement, nullptr) == SQLITE_OK) {
            for (int i = 0; i < values.size(); ++i) {
                const QVariant& value = values.at(i);
                const int bound = value.typeId() == QMetaType::QString
                    ? sqlite3_bind_text(m_statement, i + 1, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT)
                    : sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
                if (bound != SQLITE_OK) {
                    return makeError(Error::Code::Io, QString::fromUtf8(sqlite3_errmsg(connection)));
                }
            }
            m_row.resize(sqlite3_column_count(m_statement));
            return {};
        }
        sqlite3_finalize(m_statement);
        m_statement = nullptr; // the Qt path reports the problem in its own words
    }
#endif
    m_query = std::make_unique<QSqlQuery>(m_db);
    sql::readOnce(*m_query, m_db);
    if (Status status = sql::exec(*m_query, statement, values); !status) {
        return status;
    }
    m_row.resize(m_query->record().count());
    return {};
}

bool IntegerRows::next()
{
#if ABONENT_SQLITE_BULK
    if (m_statement) {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW) {
            for (int column = 0; column < m_row.size(); ++column) {
                m_row[column] = column == m_monthColumn
                    ? monthNumber(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                                  sqlite3_column_bytes(m_statement, column))
                    : sqlite3_column_int64(m_statement, column);
            }
            return true;
        }
        if (stepped != SQLITE_DONE) {
            m_error = makeError(Error::Code::Io, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        }
        return false;
    }
#endif
    if (!m_query || !m_query->next()) {
        if (m_query && m_query->lastError().isValid()) {
            m_error = sql::queryError(*m_query);
        }
        return false;
    }
    for (int column = 0; column < m_row.size(); ++column) {
        if (column == m_monthColumn) {
            const QByteArray text = m_query->value(column).toString().toLatin1();
            m_row[column] = monthNumber(text.constData(), text.size());
        } else {
            m_row[column] = m_query->value(column).toLongLong();
        }
    }
    return true;
}

} // namespace abonent
