#include "DataExport.h"

#include "Money.h"
#include "OwnerOnly.h"
#include "SqlSupport.h"
#include "TagCatalogue.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace abonent {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString unfinishedPath(const QString& path)
{
    return path + QStringLiteral(".unfinished");
}

// A file handed to people, written a piece at a time: created new (never
// over another) as "<name>.unfinished", its owner's only before the first
// byte, and given its name by rename() once whole.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    explicit OutputFile(QString path)
        : m_path(std::move(path))
        , m_file(unfinishedPath(m_path))
    {
    }
    ~OutputFile() { discard(); }
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    QString name() const { return QFileInfo(m_path).fileName(); }

    Status open()
    {
        // Unbuffered, with a buffer of its own: a write the disk did not
        // take whole is seen at once, with its reason.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            return failed();
        }
        m_opened = true;
        return OwnerOnly::restrictOpen(m_file);
    }

    Status write(const QByteArray& bytes)
    {
        m_buffer += bytes;
        return m_buffer.size() >= kBufferBytes ? flush() : Status {};
    }

    // Everything written and on the disk.
    Status finish()
    {
        if (Status flushed = flush(); !flushed) {
            return flushed;
        }
#ifdef Q_OS_UNIX
        if (::fsync(m_file.handle()) != 0) {
            return failed();
        }
#endif
        m_file.close();
        if (m_file.error() != QFileDevice::NoError) {
            return failed();
        }
        return {};
    }

    // The whole file under its own name; never in place of another file.
    Status rename()
    {
        if (!QFile::rename(m_file.fileName(), m_path)) {
            return makeError(QFileInfo::exists(m_path) ? Error::Code::Conflict : Error::Code::Io,
                             tr("%1 could not be given its name %2.").arg(shown(m_file.fileName()), shown(m_path)));
        }
        m_renamed = true;
        return {};
    }

    // Takes away what was written, under either name.
    void discard()
    {
        if (!m_opened) {
            return;
        }
        m_file.close();
        QFile::remove(m_renamed ? m_path : m_file.fileName());
        m_opened = false;
    }

    // Written, renamed and to be kept.
    void keep()
    {
        m_opened = false;
    }

private:
    static constexpr qsizetype kBufferBytes = 1 << 20;

    Status flush()
    {
        for (qsizetype done = 0; done < m_buffer.size();) {
            const qint64 written = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
            if (written <= 0) {
                return failed();
            }
            done += written;
        }
        m_buffer.clear();
        return {};
    }

    Error failed() const
    {
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(shown(m_file.fileName()), m_file.errorString()));
    }

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    bool m_opened = false;
    bool m_renamed = false;
};

using Kind = ExportColumn::Kind;
using Column = ExportColumn;

// One table of the export: its file, its columns, and how many rows it has
// (the progress counts them before anything is written).
struct Table
{
    QString name; // the JSON key, and the file without ".csv"
    QString counted; // the table counted for the progress
    QList<Column> columns;
};

Column text(const char* name)
{
    return ExportColumn::text(name);
}

Column column(const char* name, Kind kind)
{
    return ExportColumn::of(name, kind);
}

Column money(const char* name, const char* currency)
{
    return ExportColumn::money(name, currency);
}

const QList<Table>& tables()
{
    static const QList<Table> all {
        {QStringLiteral("customers"),
         QStringLiteral("customers"),
         {column("id", Kind::Integer),
          text("contract"),
          text("kind"),
          text("name"),
          text("phone"),
          column("phones", Kind::List),
          text("address"),
          text("email"),
          text("status"),
          column("customer_since", Kind::Date),
          text("plan"),
          column("plan_since", Kind::Date),
          text("notes"),
          money("opening_balance", "opening_balance_currency"),
          column("opening_balance_on", Kind::Date),
          text("opening_balance_currency")}},
        {QStringLiteral("phones"),
         QStringLiteral("phones"),
         {column("id", Kind::Integer),
          text("contract"),
          column("position", Kind::Integer),
          text("phone"),
          text("raw"),
          text("e164"),
          text("extension"),
          text("label")}},
        {QStringLiteral("plans"),
         QStringLiteral("plans"),
         {column("id", Kind::Integer),
          text("name"),
          money("fee", "currency"),
          text("currency"),
          column("included_minutes", Kind::Integer),
          money("extra_rate", "currency"),
          column("no_support", Kind::Flag),
          column("active", Kind::Flag)}},
        {QStringLiteral("plan_periods"),
         QStringLiteral("plan_periods"),
         {column("id", Kind::Integer),
          text("contract"),
          text("plan"),
          column("starts_on", Kind::Date),
          column("ends_on", Kind::Date)}},
        {QStringLiteral("payments"),
         QStringLiteral("payments"),
         {column("id", Kind::Integer),
          text("contract"),
          column("paid_on", Kind::Date),
          text("kind"),
          money("amount", "currency"),
          text("currency"),
          text("note")}},
        {QStringLiteral("contacts"),
         QStringLiteral("contacts"),
         {column("id", Kind::Integer),
          text("contract"),
          column("started_at", Kind::Time),
          column("duration", Kind::Integer),
          text("channel"),
          text("operator"),
          text("operator_name"),
          text("topic"),
          text("summary"),
          text("outcome"),
          text("conduct"),
          text("no_conversation")}},
        {QStringLiteral("tags"),
         QStringLiteral("tag_assignments"),
         {column("id", Kind::Integer),
          text("contract"),
          text("tag"),
          text("tag_key"),
          column("problem_tag", Kind::Flag),
          text("reason"),
          column("set_at", Kind::Time),
          text("set_by"),
          column("expires_at", Kind::Time),
          column("removed_at", Kind::Time),
          text("removed_by"),
          text("removal_reason"),
          column("evidence_contacts", Kind::IdList)}},
        {QStringLiteral("cases"),
         QStringLiteral("cases"),
         {column("id", Kind::Integer),
          text("contract"),
          column("opened_at", Kind::Time),
          text("opened_by"),
          text("reason"),
          column("closed_at", Kind::Time),
          text("closed_by"),
          text("outcome"),
          text("closing_note")}},
        {QStringLiteral("case_steps"),
         QStringLiteral("case_steps"),
         {column("id", Kind::Integer),
          column("case_id", Kind::Integer),
          text("contract"),
          text("step"),
          column("skipped", Kind::Flag),
          column("taken_on", Kind::Date),
          column("recorded_at", Kind::Time),
          text("recorded_by"),
          text("note"),
          text("offered_plan"),
          column("offer_accepted", Kind::Flag),
          text("clause"),
          column("termination_on", Kind::Date),
          money("refund", "currency"),
          money("owed", "currency"),
          text("currency"),
          text("letter")}},
        {QStringLiteral("letters"),
         QStringLiteral("letters"),
         {column("id", Kind::Integer),
          text("number"),
          text("kind"),
          text("language"),
          column("template_version", Kind::Integer),
          text("contract"),
          column("letter_date", Kind::Date),
          column("issued_at", Kind::Time),
          text("issued_by"),
          column("case_step_id", Kind::Integer),
          text("replaces"),
          text("status"),
          column("voided_at", Kind::Time),
          text("voided_by"),
          text("void_reason"),
          text("check_override"),
          text("pdf_sha256")}},
    };
    return all;
}

QString jsonFileName()
{
    return QStringLiteral("abonent.json");
}

// The rows of a side table that belong to each row of the main one, both
// read in the order of the key they share: a merge of two cursors, so no
// table is held in memory.
class Beside
{
public:
    explicit Beside(QSqlQuery query)
        : m_query(std::move(query))
        , m_columns(m_query.record().count())
    {
        m_more = m_query.next();
    }

    // The rows whose key (column 0) is `key`, each its other columns; rows
    // with a smaller key are passed over.
    QList<QVariantList> of(qint64 key)
    {
        QList<QVariantList> rows;
        while (m_more && m_query.value(0).toLongLong() <= key) {
            if (m_query.value(0).toLongLong() == key) {
                QVariantList values;
                for (int column = 1; column < m_columns; ++column) {
                    values.append(m_query.value(column));
                }
                rows.append(values);
            }
            m_more = m_query.next();
        }
        return rows;
    }

private:
    QSqlQuery m_query;
    int m_columns = 0;
    bool m_more = false;
};

// The index of each money column's currency column in `columns` (-1 for the others).
QList<int> currencyColumnsOf(const QList<Column>& columns)
{
    QList<int> indexes;
    for (const Column& column : columns) {
        int index = -1;
        if (column.kind == Kind::Money) {
            for (int other = 0; other < columns.size(); ++other) {
                if (columns.at(other).name == column.currency) {
                    index = other;
                }
            }
            Q_ASSERT(index >= 0);
        }
        indexes.append(index);
    }
    return indexes;
}

// A value as the CSV files write it (`currency` is the code beside an
// amount) and as abonent.json does.
struct Written
{
    QString field;
    QJsonValue json;
};

Written writtenValue(const Column& column, const QVariant& value, const QVariant& currency, QChar decimalMark)
{
    if (value.isNull()) {
        return {};
    }
    switch (column.kind) {
    case Kind::Text:
    case Kind::Date:
        return {value.toString(), value.toString()};
    case Kind::Integer:
        return {QString::number(value.toLongLong()), value.toLongLong()};
    case Kind::Time: {
        const QDateTime at = sql::fromEpoch(value.toLongLong());
        return {at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), at.toString(Qt::ISODate)};
    }
    case Kind::Money:
        return {Money {value.toLongLong(), currency.toString()}.plain(decimalMark), value.toLongLong()};
    case Kind::Flag:
        return {value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"), value.toBool()};
    case Kind::List:
        return {value.toStringList().join(QStringLiteral("; ")), QJsonArray::fromStringList(value.toStringList())};
    case Kind::IdList: {
        QStringList list;
        QJsonArray array;
        for (const QVariant& id : value.toList()) {
            list.append(QString::number(id.toLongLong()));
            array.append(id.toLongLong());
        }
        return {list.join(QStringLiteral("; ")), array};
    }
    }
    return {};
}

QJsonObject jsonRow(const QList<Column>& columns, const QVariantList& values)
{
    Q_ASSERT(values.size() == columns.size());
    QJsonObject object;
    for (int index = 0; index < columns.size(); ++index) {
        const Column& column = columns.at(index);
        object.insert(column.kind == Kind::Money ? column.name + QStringLiteral("_minor") : column.name,
                      writtenValue(column, values.at(index), {}, QLatin1Char('.')).json);
    }
    return object;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Reads the export's tables, every row or only those about one customer,
// and hands each row's values (in the order of its table's columns) to a sink.
class TableReader
{
public:
    using Sink = std::function<Status(const QVariantList&)>;

    explicit TableReader(QSqlDatabase db, std::optional<qint64> customerId = std::nullopt)
        : m_db(std::move(db))
        , m_customerId(customerId)
    {
    }

    // The catalogue the tags' names come from; before the first read.
    Status loadTags()
    {
        auto tags = TagCatalogue(m_db).tags(true);
        if (!tags) {
            return tags.error();
        }
        for (const Tag& tag : tags.value()) {
            m_tags.insert(tag.id, tag);
        }
        return {};
    }

    Status read(const QString& table, const Sink& sink)
    {
        m_sink = &sink;
        return readTable(table);
    }

private:
    Status row(const QVariantList& values) { return (*m_sink)(values); }

    // " WHERE `condition`" when one customer is read (its id is bound to
    // each "?" in it), otherwise nothing.
    QString where(const QString& condition) const
    {
        return m_customerId ? QStringLiteral(" WHERE ") + condition : QString();
    }

    QVariantList bound(const QString& condition) const
    {
        QVariantList values;
        if (m_customerId) {
            for (qsizetype count = condition.count(QLatin1Char('?')); count > 0; --count) {
                values.append(*m_customerId);
            }
        }
        return values;
    }

    // Runs `from`, filtered to the customer by `condition`, in `order`.
    template <typename Each>
    Status eachRow(const QString& from, const QString& condition, const QString& order, Each&& each)
    {
        auto query =
            sql::select(m_db, from + where(condition) + QStringLiteral(" ORDER BY ") + order, bound(condition));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            if (Status status = each(query.value()); !status) {
                return status;
            }
        }
        if (query->lastError().isValid()) {
            return sql::queryError(query.value());
        }
        return {};
    }

    Result<Beside> beside(const QString& from, const QString& condition, const QString& order)
    {
        auto query =
            sql::select(m_db, from + where(condition) + QStringLiteral(" ORDER BY ") + order, bound(condition));
        if (!query) {
            return query.error();
        }
        return Beside(std::move(query).value());
    }

    Status readTable(const QString& name)
    {
        if (name == QLatin1String("customers")) {
            return customers();
        }
        if (name == QLatin1String("phones")) {
            return eachRow(QStringLiteral("SELECT ph.id, c.contract_number, ph.position, ph.e164, ph.extension, ph.raw,"
                                          " ph.label FROM phones ph JOIN customers c ON c.id = ph.customer_id"),
                           QStringLiteral("ph.customer_id = ?"),
                           QStringLiteral("ph.customer_id, ph.position, ph.id"),
                           [this](const QSqlQuery& q) {
                               const QString e164 = q.value(3).toString();
                               const QString extension = q.value(4).toString();
                               return row({q.value(0),
                                           q.value(1),
                                           q.value(2),
                                           phoneText(e164, extension),
                                           q.value(5),
                                           e164,
                                           extension,
                                           q.value(6)});
                           });
        }
        if (name == QLatin1String("plans")) {
            // For one customer, the plans they had.
            return eachRow(QStringLiteral("SELECT id, name, monthly_fee_minor, currency, included_support_minutes,"
                                          " paid_support_rate_minor, support_included, active FROM plans"),
                           QStringLiteral("id IN (SELECT plan_id FROM plan_periods WHERE customer_id = ?)"),
                           QStringLiteral("id"),
                           [this](const QSqlQuery& q) {
                               return row({q.value(0),
                                           q.value(1),
                                           q.value(2),
                                           q.value(3),
                                           q.value(4),
                                           q.value(5),
                                           !q.value(6).toBool(),
                                           q.value(7).toBool()});
                           });
        }
        if (name == QLatin1String("plan_periods")) {
            return eachRow(QStringLiteral("SELECT pp.id, c.contract_number, p.name, pp.starts_on, pp.ends_on"
                                          " FROM plan_periods pp JOIN customers c ON c.id = pp.customer_id"
                                          " JOIN plans p ON p.id = pp.plan_id"),
                           QStringLiteral("pp.customer_id = ?"),
                           QStringLiteral("pp.customer_id, pp.starts_on, pp.id"),
                           [this](const QSqlQuery& q) { return row(valuesOf(q, 5)); });
        }
        if (name == QLatin1String("payments")) {
            return eachRow(QStringLiteral("SELECT py.id, c.contract_number, py.paid_on, py.kind, py.amount_minor,"
                                          " py.currency, py.note FROM payments py"
                                          " JOIN customers c ON c.id = py.customer_id"),
                           QStringLiteral("py.customer_id = ?"),
                           QStringLiteral("py.id"),
                           [this](const QSqlQuery& q) { return row(valuesOf(q, 7)); });
        }
        if (name == QLatin1String("contacts")) {
            return eachRow(QStringLiteral("SELECT k.id, c.contract_number, k.started_at, k.duration_s, k.channel,"
                                          " o.login, o.name, k.topic, k.summary, k.outcome, k.conduct,"
                                          " k.no_conversation FROM contacts k"
                                          " JOIN customers c ON c.id = k.customer_id"
                                          " LEFT JOIN operators o ON o.id = k.operator_id"),
                           QStringLiteral("k.customer_id = ?"),
                           QStringLiteral("k.id"),
                           [this](const QSqlQuery& q) { return row(valuesOf(q, 12)); });
        }
        if (name == QLatin1String("tags")) {
            return tagAssignments();
        }
        if (name == QLatin1String("cases")) {
            return eachRow(QStringLiteral("SELECT cs.id, c.contract_number, cs.opened_at, ob.name, cs.reason,"
                                          " cs.closed_at, cb.name, cs.outcome, cs.closing_note FROM cases cs"
                                          " JOIN customers c ON c.id = cs.customer_id"
                                          " LEFT JOIN operators ob ON ob.id = cs.opened_by"
                                          " LEFT JOIN operators cb ON cb.id = cs.closed_by"),
                           QStringLiteral("cs.customer_id = ?"),
                           QStringLiteral("cs.id"),
                           [this](const QSqlQuery& q) { return row(valuesOf(q, 9)); });
        }
        if (name == QLatin1String("case_steps")) {
            return eachRow(
                QStringLiteral("SELECT st.id, st.case_id, c.contract_number, st.step, st.skipped, st.taken_on,"
                               " st.recorded_at, rb.name, st.note, p.name, st.offer_accepted, st.clause,"
                               " st.termination_on, st.refund_minor, st.owed_minor, st.currency, l.number"
                               " FROM case_steps st JOIN cases cs ON cs.id = st.case_id"
                               " JOIN customers c ON c.id = cs.customer_id"
                               " LEFT JOIN operators rb ON rb.id = st.recorded_by"
                               " LEFT JOIN plans p ON p.id = st.offered_plan_id"
                               " LEFT JOIN letters l ON l.id = st.letter_id"),
                QStringLiteral("cs.customer_id = ?"),
                QStringLiteral("st.case_id, st.id"),
                [this](const QSqlQuery& q) { return row(valuesOf(q, 17)); });
        }
        if (name == QLatin1String("letters")) {
            return eachRow(QStringLiteral("SELECT l.id, l.number, t.kind, t.language, t.version, c.contract_number,"
                                          " l.letter_date, l.issued_at, ib.name, l.case_step_id, r.number, l.voided_at,"
                                          " vb.name, l.void_reason, l.check_override, l.pdf_sha256 FROM letters l"
                                          " JOIN customers c ON c.id = l.customer_id"
                                          " JOIN letter_templates t ON t.id = l.template_id"
                                          " LEFT JOIN operators ib ON ib.id = l.issued_by"
                                          " LEFT JOIN letters r ON r.id = l.replaces_id"
                                          " LEFT JOIN operators vb ON vb.id = l.voided_by"),
                           QStringLiteral("l.customer_id = ?"),
                           QStringLiteral("l.year, l.sequence, l.id"),
                           [this](const QSqlQuery& q) {
                               const bool voided = !q.value(11).isNull();
                               return row({q.value(0),
                                           q.value(1),
                                           q.value(2),
                                           q.value(3),
                                           q.value(4),
                                           q.value(5),
                                           q.value(6),
                                           q.value(7),
                                           q.value(8),
                                           q.value(9),
                                           q.value(10),
                                           voided ? QStringLiteral("void") : QStringLiteral("issued"),
                                           q.value(11),
                                           q.value(12),
                                           q.value(13),
                                           q.value(14),
                                           q.value(15)});
                           });
        }
        Q_UNREACHABLE();
        return {};
    }

    static QVariantList valuesOf(const QSqlQuery& query, int columns)
    {
        QVariantList values;
        values.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            values.append(query.value(column));
        }
        return values;
    }

    // The number as `abonent import` and a phone read it: E.164, and the
    // extension after it as CustomerPhone::shownIn() writes it.
    static QString phoneText(const QString& e164, const QString& extension)
    {
        return extension.isEmpty() ? e164 : e164 + QStringLiteral(" ext. ") + extension;
    }

    Status customers()
    {
        auto phones = beside(QStringLiteral("SELECT customer_id, e164, extension FROM phones"),
                             QStringLiteral("customer_id = ?"),
                             QStringLiteral("customer_id, position, id"));
        if (!phones) {
            return phones.error();
        }
        return eachRow(
            QStringLiteral("SELECT c.id, c.contract_number, c.kind, c.name, c.address, c.email, c.status,"
                           " c.customer_since, p.name, pp.starts_on, c.notes, ob.balance_minor, ob.as_of, ob.currency"
                           " FROM customers c"
                           " LEFT JOIN plan_periods pp ON pp.customer_id = c.id AND pp.ends_on IS NULL"
                           " LEFT JOIN plans p ON p.id = pp.plan_id"
                           " LEFT JOIN opening_balances ob ON ob.customer_id = c.id"),
            QStringLiteral("c.id = ?"),
            QStringLiteral("c.id"),
            [&](const QSqlQuery& q) {
                QStringList shown;
                for (const QVariantList& phone : phones->of(q.value(0).toLongLong())) {
                    shown.append(phoneText(phone.at(0).toString(), phone.at(1).toString()));
                }
                return row({q.value(0),
                            q.value(1),
                            q.value(2),
                            q.value(3),
                            orNull(shown.value(0)),
                            shown,
                            q.value(4),
                            q.value(5),
                            q.value(6),
                            q.value(7),
                            q.value(8),
                            q.value(9),
                            q.value(10),
                            q.value(11),
                            q.value(12),
                            q.value(13)});
            });
    }

    static QVariantList contactIds(const QList<QVariantList>& rows)
    {
        QVariantList ids;
        for (const QVariantList& row : rows) {
            ids.append(row.at(0));
        }
        return ids;
    }

    Status tagAssignments()
    {
        auto evidence =
            beside(QStringLiteral("SELECT assignment_id, contact_id FROM tag_evidence"),
                   QStringLiteral("assignment_id IN (SELECT id FROM tag_assignments WHERE customer_id = ?)"),
                   QStringLiteral("assignment_id, contact_id"));
        if (!evidence) {
            return evidence.error();
        }
        return eachRow(QStringLiteral("SELECT ta.id, c.contract_number, ta.tag_id, ta.reason, ta.assigned_at,"
                                      " sb.name, ta.expires_at, ta.removed_at, rb.name, ta.removal_reason"
                                      " FROM tag_assignments ta JOIN customers c ON c.id = ta.customer_id"
                                      " LEFT JOIN operators sb ON sb.id = ta.assigned_by"
                                      " LEFT JOIN operators rb ON rb.id = ta.removed_by"),
                       QStringLiteral("ta.customer_id = ?"),
                       QStringLiteral("ta.id"),
                       [&](const QSqlQuery& q) {
                           const Tag tag = m_tags.value(q.value(2).toLongLong());
                           return row({q.value(0),
                                       q.value(1),
                                       tag.name,
                                       orNull(tag.shippedKey),
                                       tag.marksProblem,
                                       q.value(3),
                                       q.value(4),
                                       q.value(5),
                                       q.value(6),
                                       q.value(7),
                                       q.value(8),
                                       q.value(9),
                                       contactIds(evidence->of(q.value(0).toLongLong()))});
                       });
    }

    QSqlDatabase m_db;
    std::optional<qint64> m_customerId;
    QHash<qint64, Tag> m_tags;
    const Sink* m_sink = nullptr;
};

class ExportRun
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    ExportRun(QSqlDatabase db, const CsvFormat& format, QString folder, const ExportProgress& progress)
        : m_db(std::move(db))
        , m_format(format)
        , m_folder(std::move(folder))
        , m_progress(progress)
        , m_decimalMark(format.separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.'))
    {
    }

    Result<ExportReport> run()
    {
        ExportReport report;
        report.folder = m_folder;
        report.exportedAt = QDateTime::currentDateTimeUtc();
        ReadSnapshot snapshot(m_db);
        if (!snapshot.isActive()) {
            return sql::inContext(tr("The database could not be read as of one moment"), snapshot.error());
        }
        if (Status counted = countRows(); !counted) {
            return counted.error();
        }
        if (Status loaded = m_reader.loadTags(); !loaded) {
            return loaded.error();
        }
        auto version = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        if (!version) {
            return version.error();
        }

        m_json = std::make_unique<OutputFile>(QDir(m_folder).filePath(jsonFileName()));
        if (Status opened = m_json->open(); !opened) {
            return opened.error();
        }
        QJsonObject head {
            {QStringLiteral("format"), QStringLiteral("abonent-export")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("exported_at"), report.exportedAt.toString(Qt::ISODate)},
            {QStringLiteral("schema_version"), version->toLongLong()},
            {QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
        };
        QByteArray start = QJsonDocument(head).toJson(QJsonDocument::Compact);
        start.chop(1); // the closing brace: the tables follow
        if (Status written = m_json->write(start + ",\n\"tables\": {"); !written) {
            return written.error();
        }

        QJsonObject rows;
        qint64 allRows = 0;
        for (const Table& table : tables()) {
            auto written = writeTable(table);
            if (!written) {
                return written.error();
            }
            rows.insert(table.name, written.value());
            report.files.append({table.name + QStringLiteral(".csv"), written.value()});
            allRows += written.value();
        }
        if (Status written =
                m_json->write("\n},\n\"rows\": " + QJsonDocument(rows).toJson(QJsonDocument::Compact) + "}\n");
            !written) {
            return written.error();
        }
        report.files.append({jsonFileName(), allRows});
        if (m_progress && !m_progress(jsonFileName(), m_done, m_total)) {
            return cancelled();
        }
        if (Status finished = m_json->finish(); !finished) {
            return finished.error();
        }
        m_csv.push_back(std::move(m_json));
        // Every file whole: now they get their names, all or none.
        for (const auto& file : m_csv) {
            if (Status renamed = file->rename(); !renamed) {
                return renamed.error();
            }
        }
        for (const auto& file : m_csv) {
            file->keep();
        }
        return report;
    }

private:
    Error cancelled() const
    {
        return makeError(Error::Code::Cancelled, tr("The export was stopped; nothing was kept."));
    }

    Status countRows()
    {
        m_total = 0;
        for (const Table& table : tables()) {
            // Table names come from the fixed list above, never from input.
            auto rows = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table.counted);
            if (!rows) {
                return rows.error();
            }
            m_total += rows->toLongLong();
        }
        return {};
    }

    Result<qint64> writeTable(const Table& table)
    {
        m_table = &table;
        m_rows = 0;
        m_currencyColumn = currencyColumnsOf(table.columns);
        auto file = std::make_unique<OutputFile>(QDir(m_folder).filePath(table.name + QStringLiteral(".csv")));
        OutputFile& csv = *file;
        m_csv.push_back(std::move(file));
        if (Status opened = csv.open(); !opened) {
            return opened.error();
        }
        QStringList headings;
        for (const Column& column : table.columns) {
            headings.append(column.name);
        }
        if (Status written = csv.write(Csv::start(m_format) + Csv::line(headings, m_format.separator).toUtf8());
            !written) {
            return written.error();
        }
        const QByteArray opening =
            (table.name == tables().first().name ? "\n\"" : ",\n\"") + table.name.toUtf8() + "\": [";
        if (Status written = m_json->write(opening); !written) {
            return written.error();
        }
        if (m_progress && !m_progress(csv.name(), m_done, m_total)) {
            return cancelled();
        }
        m_file = &csv;
        if (Status read = m_reader.read(table.name, [this](const QVariantList& values) { return row(values); });
            !read) {
            return read.error();
        }
        if (Status written = m_json->write(m_rows > 0 ? "\n]" : "]"); !written) {
            return written.error();
        }
        if (Status finished = csv.finish(); !finished) {
            return finished.error();
        }
        return m_rows;
    }

    // One row of the table being written, its values in the order of its columns.
    Status row(const QVariantList& values)
    {
        const QList<Column>& columns = m_table->columns;
        Q_ASSERT(values.size() == columns.size());
        QStringList fields;
        fields.reserve(columns.size());
        for (int index = 0; index < columns.size(); ++index) {
            const int currency = m_currencyColumn.at(index);
            fields.append(writtenValue(columns.at(index),
                                       values.at(index),
                                       currency >= 0 ? values.at(currency) : QVariant(),
                                       m_decimalMark)
                              .field);
        }
        if (Status written = m_file->write(Csv::record(std::move(fields), m_format).toUtf8()); !written) {
            return written;
        }
        const QByteArray json = QJsonDocument(jsonRow(columns, values)).toJson(QJsonDocument::Compact);
        if (Status written = m_json->write((m_rows > 0 ? ",\n" : "\n") + json); !written) {
            return written;
        }
        ++m_rows;
        ++m_done;
        if (m_progress && m_done % kProgressRows == 0 && !m_progress(m_file->name(), m_done, m_total)) {
            return cancelled();
        }
        return {};
    }

    static constexpr qint64 kProgressRows = 1000;

    QSqlDatabase m_db;
    CsvFormat m_format;
    QString m_folder;
    const ExportProgress& m_progress;
    QChar m_decimalMark;
    TableReader m_reader {m_db};
    qint64 m_total = 0;
    qint64 m_done = 0;
    // Every file opened so far, the JSON last once it is whole. Those not
    // kept are removed when the run ends.
    std::vector<std::unique_ptr<OutputFile>> m_csv;
    std::unique_ptr<OutputFile> m_json;
    const Table* m_table = nullptr;
    OutputFile* m_file = nullptr;
    QList<int> m_currencyColumn;
    qint64 m_rows = 0;
};

} // namespace

DataExport::DataExport(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList DataExport::fileNames()
{
    QStringList names;
    for (const Table& table : tables()) {
        names.append(table.name + QStringLiteral(".csv"));
    }
    names.append(jsonFileName());
    return names;
}

ExportColumn ExportColumn::of(const char* name, Kind kind)
{
    return {QString::fromLatin1(name), kind, {}};
}

ExportColumn ExportColumn::text(const char* name)
{
    return of(name, Kind::Text);
}

ExportColumn ExportColumn::money(const char* name, const char* currency)
{
    return {QString::fromLatin1(name), Kind::Money, QString::fromLatin1(currency)};
}

QJsonObject ExportColumn::jsonRow(const QList<ExportColumn>& columns, const QVariantList& values)
{
    return abonent::jsonRow(columns, values);
}

Result<QJsonObject> DataExport::customerTables(qint64 customerId) const
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive()) {
        return sql::inContext(tr("The database could not be read as of one moment"), snapshot.error());
    }
    TableReader reader(m_db, customerId);
    if (Status loaded = reader.loadTags(); !loaded) {
        return loaded.error();
    }
    QJsonObject found;
    for (const Table& table : tables()) {
        QJsonArray rows;
        const Status read = reader.read(table.name, [&](const QVariantList& values) -> Status {
            rows.append(jsonRow(table.columns, values));
            return {};
        });
        if (!read) {
            return read.error();
        }
        found.insert(table.name, rows);
    }
    return found;
}

Result<ExportReport> DataExport::run(const QString& folder, const ExportProgress& progress)
{
    const QString absolute = QDir(folder).absolutePath();
    // Nothing is replaced: a file of an export's name (or one an export
    // left unfinished) stops it before anything is read or written.
    for (const QString& name : fileNames()) {
        const QString path = QDir(absolute).filePath(name);
        for (const QString& taken : {path, unfinishedPath(path)}) {
            if (QFileInfo::exists(taken)) {
                return makeError(Error::Code::Conflict,
                                 tr("%1 is there already; an export never replaces a file. Choose an empty folder.")
                                     .arg(shown(taken)));
            }
        }
    }
    const bool made = !QFileInfo::exists(absolute);
    if (Status folderMade = OwnerOnly::makeFolder(absolute); !folderMade) {
        return folderMade.error();
    }
    Result<ExportReport> report = ExportRun(m_db, m_format, absolute, progress).run();
    if (!report && made) {
        QDir().rmdir(absolute); // only when nothing else was put there meanwhile
    }
    return report;
}

} // namespace abonent
