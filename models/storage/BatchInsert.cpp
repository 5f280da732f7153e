#include "BatchInsert.h"

#include "SqlSupport.h"
#include "SqliteDirect.h"

#include <QSqlDriver>
#include <QSqlQuery>

#if ABONENT_SQLITE_BULK
#include <sqlite3.h>
#endif

namespace abonent {

namespace {

// The portable path: Qt SQL binding, one bound value at a time.
class QtBulkStatement : public BulkStatement
{
public:
    explicit QtBulkStatement(const QSqlDatabase& db)
        : m_query(db)
    {
    }

    Status prepare(const QString& statement)
    {
        if (!m_query.prepare(statement)) {
            return sql::queryError(m_query);
        }
        return {};
    }

    Status run(const QVector<QVariant>& values, int count) override
    {
        for (int i = 0; i < count; ++i) {
            m_query.bindValue(i, sql::bindable(values.at(i)));
        }
        if (!m_query.exec()) {
            return sql::queryError(m_query);
        }
        return {};
    }

private:
    QSqlQuery m_query;
};

#if ABONENT_SQLITE_BULK
// The SQLite dialect of the same thing, straight through the C API on the
// connection Qt opened. Qt's positional binding builds a string key and a hash
// lookup for every value; for millions of rows (the demo generator) that
// doubled the load time. Only used where the QSQLITE plugin and this program
// share one system libsqlite3 (checked at run time by version as well).
class SqliteBulkStatement : public BulkStatement
{
public:
    ~SqliteBulkStatement() override { sqlite3_finalize(m_statement); }

    static std::unique_ptr<SqliteBulkStatement> prepare(const QSqlDatabase& db, const QString& statement)
    {
        sqlite3* connection = sqlite::directHandle(db);
        if (!connection) {
            return nullptr;
        }
        auto bulk = std::unique_ptr<SqliteBulkStatement>(new SqliteBulkStatement(connection));
        if (sqlite3_prepare_v2(connection, statement.toUtf8().constData(), -1, &bulk->m_statement, nullptr)
            != SQLITE_OK) {
            return nullptr; // the Qt path will report the problem in its own words
        }
        return bulk;
    }

    Status run(const QVector<QVariant>& values, int count) override
    {
        for (int i = 0; i < count; ++i) {
            if (Status bound = bind(i + 1, values.at(i)); !bound) {
                sqlite3_clear_bindings(m_statement);
                return bound;
            }
        }
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result != SQLITE_DONE) {
            const int code = sqlite3_extended_errcode(m_connection);
            return makeError((code & 0xff) == SQLITE_CONSTRAINT ? Error::Code::Conflict : Error::Code::Sql,
                             QString::fromUtf8(sqlite3_errmsg(m_connection)) + QLatin1String(" [")
                                 + QString::fromUtf8(sqlite3_sql(m_statement)).left(200) + QLatin1Char(']'));
        }
        return {};
    }

private:
    explicit SqliteBulkStatement(sqlite3* connection)
        : m_connection(connection)
    {
    }

    // Binds one value; the text stays in the caller's buffer until the
    // statement has run (SQLITE_STATIC). Types the program does not store are
    // refused rather than converted.
    Status bind(int position, const QVariant& value)
    {
        int result = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            result = sqlite3_bind_null(m_statement, position);
            break;
        case QMetaType::QString: {
            // A null QString is text the program holds as empty (see sql::bindable).
            const auto* text = static_cast<const QString*>(value.constData());
            result = sqlite3_bind_text16(m_statement,
                                         position,
                                         text->isNull() ? static_cast<const void*>(u"") : text->constData(),
                                         static_cast<int>(text->size() * 2),
                                         SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            result = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::Double:
            result = sqlite3_bind_double(m_statement, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(value.constData());
            result = sqlite3_bind_blob(m_statement, position, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
            break;
        }
        default:
            return makeError(Error::Code::Invalid,
                             QStringLiteral("BatchInsert cannot store a value of type %1")
                                 .arg(QString::fromLatin1(value.typeName())));
        }
        if (result != SQLITE_OK) {
            return makeError(Error::Code::Sql, QString::fromUtf8(sqlite3_errmsg(m_connection)));
        }
        return {};
    }

    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};
#endif

// What the C API path binds as it is; the Qt path would convert anything
// else silently, so neither takes it.
bool storable(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QByteArray:
        return true;
    default:
        return false;
    }
}

Result<std::unique_ptr<BulkStatement>> prepareBulk(const QSqlDatabase& db, const QString& statement)
{
#if ABONENT_SQLITE_BULK
    if (auto native = SqliteBulkStatement::prepare(db, statement)) {
        return std::unique_ptr<BulkStatement>(std::move(native));
    }
#endif
    auto portable = std::make_unique<QtBulkStatement>(db);
    if (Status prepared = portable->prepare(statement); !prepared) {
        return prepared.error();
    }
    return std::unique_ptr<BulkStatement>(std::move(portable));
}

} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{
    m_pending.reserve(m_rowsPerStatement * m_columns.size());
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::statementFor(int rows) const
{
    const QString tuple =
        QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1String(", ")))
        + QStringList(rows, tuple).join(QLatin1Char(','));
}

Status BatchInsert::write(BulkStatement& statement, int rows)
{
    const int values = rows * static_cast<int>(m_columns.size());
    const Status status = statement.run(m_pending, values);
    // Written or not, these rows are done with: a failed batch is not resent.
    m_pending.clear();
    if (!status) {
        m_failure = status.error();
        m_full.reset();
        return status;
    }
    m_written += rows;
    return {};
}

Status BatchInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(row.size() == static_cast<std::size_t>(m_columns.size()));
    if (m_failure) {
        return *m_failure;
    }
    for (const QVariant& value : row) {
        if (!storable(value)) {
            m_failure = Error {Error::Code::Invalid,
                               QStringLiteral("BatchInsert cannot store a value of type %1")
                                   .arg(QString::fromLatin1(value.typeName()))};
            return *m_failure;
        }
    }
    for (const QVariant& value : row) {
        m_pending.append(value);
    }
    if (m_pending.size() < m_rowsPerStatement * m_columns.size()) {
        return {};
    }
    if (!m_full) {
        auto prepared = prepareBulk(m_db, statementFor(m_rowsPerStatement));
        if (!prepared) {
            m_failure = prepared.error();
            return prepared.error();
        }
        m_full = std::move(prepared).value();
    }
    return write(*m_full, m_rowsPerStatement);
}

Status BatchInsert::finish()
{
    // Statements are released here, not only in the destructor, so none
    // outlives the work it was for (an open statement keeps the connection busy).
    m_full.reset();
    if (m_failure) {
        return *m_failure;
    }
    const int rows = static_cast<int>(m_pending.size() / m_columns.size());
    if (rows == 0) {
        return {};
    }
    auto rest = prepareBulk(m_db, statementFor(rows));
    if (!rest) {
        m_pending.clear();
        m_failure = rest.error();
        return rest.error();
    }
    return write(*rest.value(), rows);
}

} // namespace abonent
