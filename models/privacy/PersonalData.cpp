#include "PersonalData.h"

#include "CaseFile.h"
#include "CustomerRepository.h"
#include "DataExport.h"
#include "DocumentHtml.h"
#include "DomainTypes.h"
#include "Economics.h"
#include "FileOutput.h"
#include "LetterPdf.h"
#include "Letterhead.h"
#include "Money.h"
#include "OfficeSettings.h"
#include "OwnerOnly.h"
#include "SqlSupport.h"
#include "TimelineModel.h"
#include "Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <functional>

namespace abonent {

namespace {

using Kind = ExportColumn::Kind;

// A table only a person's report has: its columns as the export writes
// them, and the statement that reads its rows (each "?" the customer's id).
struct ReportTable
{
    QString name;
    QList<ExportColumn> columns;
    QString statement;
};

QList<ReportTable> reportTables()
{
    const QString ofContacts = QStringLiteral("(SELECT id FROM contacts WHERE customer_id = ?)");
    return {
        {QStringLiteral("customer_exits"),
         {ExportColumn::of("id", Kind::Integer),
          ExportColumn::of("left_on", Kind::Date),
          ExportColumn::text("reason"),
          ExportColumn::text("note"),
          ExportColumn::of("case_id", Kind::Integer),
          ExportColumn::of("recorded_at", Kind::Time),
          ExportColumn::text("recorded_by")},
         QStringLiteral("SELECT e.id, e.left_on, e.reason, e.note, e.case_id, e.recorded_at, o.name"
                        " FROM customer_exits e LEFT JOIN operators o ON o.id = e.recorded_by"
                        " WHERE e.customer_id = ? ORDER BY e.id")},
        {QStringLiteral("unlinked_calls"),
         {ExportColumn::of("id", Kind::Integer),
          ExportColumn::text("caller_id"),
          ExportColumn::of("started_at", Kind::Time),
          ExportColumn::of("duration", Kind::Integer),
          ExportColumn::text("operator_name"),
          ExportColumn::text("topic"),
          ExportColumn::text("summary"),
          ExportColumn::text("outcome"),
          ExportColumn::text("conduct"),
          ExportColumn::text("no_conversation"),
          ExportColumn::of("contact_id", Kind::Integer),
          ExportColumn::of("settled_at", Kind::Time)},
         QStringLiteral("SELECT u.id, u.caller_id, u.started_at, u.duration_s, o.name, u.topic, u.summary, u.outcome,"
                        " u.conduct, u.no_conversation, u.contact_id, u.settled_at FROM unlinked_calls u"
                        " LEFT JOIN operators o ON o.id = u.operator_id WHERE u.contact_id IN %1 ORDER BY u.id")
             .arg(ofContacts)},
        {QStringLiteral("call_recordings"),
         {ExportColumn::of("id", Kind::Integer),
          ExportColumn::of("contact_id", Kind::Integer),
          ExportColumn::text("file_name"),
          ExportColumn::text("call_id"),
          ExportColumn::of("size_bytes", Kind::Integer),
          ExportColumn::of("duration_ms", Kind::Integer),
          ExportColumn::text("sha256"),
          ExportColumn::of("fingerprinted_at", Kind::Time)},
         QStringLiteral("SELECT id, contact_id, file_name, call_id, size_bytes, duration_ms, sha256, hashed_at"
                        " FROM call_recordings WHERE contact_id IN %1 OR unlinked_call_id IN (SELECT u.id"
                        " FROM unlinked_calls u JOIN contacts k ON k.id = u.contact_id WHERE k.customer_id = ?)"
                        " ORDER BY id")
             .arg(ofContacts)},
        {QStringLiteral("call_drafts"),
         {ExportColumn::of("id", Kind::Integer),
          ExportColumn::text("desk"),
          ExportColumn::text("caller_id"),
          ExportColumn::of("started_at", Kind::Time),
          ExportColumn::of("duration", Kind::Integer),
          ExportColumn::text("topic"),
          ExportColumn::text("summary"),
          ExportColumn::of("saved_at", Kind::Time)},
         QStringLiteral("SELECT id, desk, caller_id, started_at, duration_seconds, topic, summary, saved_at"
                        " FROM call_drafts WHERE customer_id = ? ORDER BY id")},
        {QStringLiteral("import_keys"),
         {ExportColumn::text("source"), ExportColumn::text("external_id"), ExportColumn::of("row_id", Kind::Integer)},
         QStringLiteral("SELECT source, external_id, row_id FROM import_keys"
                        " WHERE (source = 'payment' AND row_id IN (SELECT id FROM payments WHERE customer_id = ?))"
                        " OR (source = 'contact' AND row_id IN %1) ORDER BY source, row_id")
             .arg(ofContacts)},
        {QStringLiteral("audit_log"),
         {ExportColumn::of("id", Kind::Integer),
          ExportColumn::of("at", Kind::Time),
          ExportColumn::text("by"),
          ExportColumn::text("action"),
          ExportColumn::text("before"),
          ExportColumn::text("after"),
          ExportColumn::text("reason")},
         QStringLiteral("SELECT a.id, a.at, o.name, a.action, a.before, a.after, a.reason FROM audit_log a"
                        " LEFT JOIN operators o ON o.id = a.operator_id WHERE a.customer_id = ? ORDER BY a.id")},
    };
}

const QList<ExportColumn>& monthColumns()
{
    static const QList<ExportColumn> columns {ExportColumn::of("month", Kind::Date),
                                              ExportColumn::of("contacts", Kind::Integer),
                                              ExportColumn::of("conversation_minutes", Kind::Integer),
                                              ExportColumn::money("charged", "currency"),
                                              ExportColumn::money("received", "currency"),
                                              ExportColumn::money("support_cost", "currency"),
                                              ExportColumn::money("margin", "currency"),
                                              ExportColumn::text("currency")};
    return columns;
}

QVariantList boundFor(const QString& statement, qint64 customerId)
{
    QVariantList values;
    for (qsizetype count = statement.count(QLatin1Char('?')); count > 0; --count) {
        values.append(customerId);
    }
    return values;
}

// ------------------------------------------------------------ the PDF

// A column of a table as the PDF shows it.
struct Shown
{
    QString key; // in the JSON row
    QString heading;
};

// A table of the report as the PDF shows it: a section with a grid of
// `columns`, and `below` (long text) on a row of its own under each record.
struct Section
{
    QString table;
    QString title;
    QList<Shown> columns;
    QList<Shown> below;
};

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    static QList<Section> sections()
    {
        return {
            {QStringLiteral("phones"),
             tr("Phone numbers"),
             {{QStringLiteral("phone"), tr("Number")},
              {QStringLiteral("raw"), tr("As written")},
              {QStringLiteral("label"), tr("Label")}},
             {}},
            {QStringLiteral("plan_periods"),
             tr("Plans"),
             {{QStringLiteral("plan"), tr("Plan")},
              {QStringLiteral("starts_on"), tr("From")},
              {QStringLiteral("ends_on"), tr("Until")}},
             {}},
            {QStringLiteral("payments"),
             tr("Payments"),
             {{QStringLiteral("paid_on"), tr("Day")},
              {QStringLiteral("kind"), tr("Kind")},
              {QStringLiteral("amount_minor"), tr("Amount")},
              {QStringLiteral("note"), tr("Note")}},
             {}},
            {QStringLiteral("months"),
             tr("Monthly figures"),
             {{QStringLiteral("month"), tr("Month")},
              {QStringLiteral("contacts"), tr("Contacts")},
              {QStringLiteral("conversation_minutes"), tr("Minutes")},
              {QStringLiteral("charged_minor"), tr("Charged")},
              {QStringLiteral("received_minor"), tr("Received")},
              {QStringLiteral("support_cost_minor"), tr("Support cost")},
              {QStringLiteral("margin_minor"), tr("Margin")}},
             {}},
            {QStringLiteral("contacts"),
             tr("Contacts"),
             {{QStringLiteral("started_at"), tr("When")},
              {QStringLiteral("channel"), tr("Channel")},
              {QStringLiteral("duration"), tr("Duration")},
              {QStringLiteral("operator_name"), tr("Operator")},
              {QStringLiteral("topic"), tr("Topic")},
              {QStringLiteral("outcome"), tr("Outcome")},
              {QStringLiteral("conduct"), tr("Conduct")}},
             {{QStringLiteral("summary"), tr("Summary")}}},
            {QStringLiteral("tags"),
             tr("Tags"),
             {{QStringLiteral("tag"), tr("Tag")},
              {QStringLiteral("problem_tag"), tr("Problem")},
              {QStringLiteral("set_at"), tr("Set")},
              {QStringLiteral("set_by"), tr("By")},
              {QStringLiteral("expires_at"), tr("Until")},
              {QStringLiteral("removed_at"), tr("Removed")},
              {QStringLiteral("removed_by"), tr("Removed by")}},
             {{QStringLiteral("reason"), tr("Reason")},
              {QStringLiteral("removal_reason"), tr("Why removed")},
              {QStringLiteral("evidence_contacts"), tr("Evidence (contact numbers)")}}},
            {QStringLiteral("cases"),
             tr("Escalation cases"),
             {{QStringLiteral("id"), tr("Case")},
              {QStringLiteral("opened_at"), tr("Opened")},
              {QStringLiteral("opened_by"), tr("By")},
              {QStringLiteral("closed_at"), tr("Closed")},
              {QStringLiteral("closed_by"), tr("Closed by")},
              {QStringLiteral("outcome"), tr("Outcome")}},
             {{QStringLiteral("reason"), tr("Reason")}, {QStringLiteral("closing_note"), tr("Closing note")}}},
            {QStringLiteral("case_steps"),
             tr("Case steps"),
             {{QStringLiteral("case_id"), tr("Case")},
              {QStringLiteral("step"), tr("Step")},
              {QStringLiteral("skipped"), tr("Skipped")},
              {QStringLiteral("taken_on"), tr("Taken on")},
              {QStringLiteral("recorded_by"), tr("By")},
              {QStringLiteral("clause"), tr("Clause")},
              {QStringLiteral("termination_on"), tr("Contract ends")},
              {QStringLiteral("refund_minor"), tr("Refund")},
              {QStringLiteral("owed_minor"), tr("Owed")},
              {QStringLiteral("letter"), tr("Letter")}},
             {{QStringLiteral("note"), tr("Note")}}},
            {QStringLiteral("letters"),
             tr("Letters"),
             {{QStringLiteral("number"), tr("Number")},
              {QStringLiteral("kind"), tr("Letter")},
              {QStringLiteral("language"), tr("Language")},
              {QStringLiteral("letter_date"), tr("Date")},
              {QStringLiteral("issued_by"), tr("Issued by")},
              {QStringLiteral("status"), tr("Status")},
              {QStringLiteral("voided_at"), tr("Voided")}},
             {{QStringLiteral("void_reason"), tr("Why void")},
              {QStringLiteral("check_override"), tr("Sent despite the politeness check because")},
              {QStringLiteral("pdf_sha256"), tr("SHA-256 of its PDF")}}},
            {QStringLiteral("customer_exits"),
             tr("Leaving"),
             {{QStringLiteral("left_on"), tr("Left on")},
              {QStringLiteral("reason"), tr("Reason")},
              {QStringLiteral("recorded_by"), tr("Recorded by")}},
             {{QStringLiteral("note"), tr("Note")}}},
            {QStringLiteral("unlinked_calls"),
             tr("Calls linked to the customer later"),
             {{QStringLiteral("started_at"), tr("When")},
              {QStringLiteral("caller_id"), tr("Caller ID")},
              {QStringLiteral("duration"), tr("Duration")},
              {QStringLiteral("operator_name"), tr("Operator")},
              {QStringLiteral("topic"), tr("Topic")},
              {QStringLiteral("contact_id"), tr("Contact")}},
             {{QStringLiteral("summary"), tr("Summary")}}},
            {QStringLiteral("call_recordings"),
             tr("Call recordings"),
             {{QStringLiteral("contact_id"), tr("Contact")},
              {QStringLiteral("size_bytes"), tr("Bytes")},
              {QStringLiteral("duration_ms"), tr("Milliseconds")},
              {QStringLiteral("fingerprinted_at"), tr("Fingerprinted")}},
             {{QStringLiteral("file_name"), tr("File")}, {QStringLiteral("sha256"), tr("SHA-256")}}},
            {QStringLiteral("call_drafts"),
             tr("Call notes being written"),
             {{QStringLiteral("started_at"), tr("Call began")},
              {QStringLiteral("desk"), tr("Desk")},
              {QStringLiteral("caller_id"), tr("Caller ID")},
              {QStringLiteral("topic"), tr("Topic")},
              {QStringLiteral("saved_at"), tr("Saved")}},
             {{QStringLiteral("summary"), tr("Summary")}}},
            {QStringLiteral("import_keys"),
             tr("Ids in the office's previous system"),
             {{QStringLiteral("source"), tr("Of a")},
              {QStringLiteral("external_id"), tr("Id there")},
              {QStringLiteral("row_id"), tr("Number here")}},
             {}},
            {QStringLiteral("audit_log"),
             tr("Changes recorded in the audit log"),
             {{QStringLiteral("at"), tr("When")},
              {QStringLiteral("by"), tr("Who")},
              {QStringLiteral("action"), tr("What")}},
             {{QStringLiteral("before"), tr("Before")},
              {QStringLiteral("after"), tr("After")},
              {QStringLiteral("reason"), tr("Reason")}}},
        };
    }

    static QList<Shown> customerFacts()
    {
        return {{QStringLiteral("contract"), tr("Contract")},
                {QStringLiteral("name"), tr("Name")},
                {QStringLiteral("kind"), tr("Kind")},
                {QStringLiteral("address"), tr("Address")},
                {QStringLiteral("email"), tr("E-mail")},
                {QStringLiteral("phones"), tr("Phones")},
                {QStringLiteral("status"), tr("Status")},
                {QStringLiteral("customer_since"), tr("Customer since")},
                {QStringLiteral("plan"), tr("Plan in force")},
                {QStringLiteral("plan_since"), tr("Since")},
                {QStringLiteral("opening_balance_minor"), tr("Opening balance")},
                {QStringLiteral("opening_balance_on"), tr("Balance on")},
                {QStringLiteral("notes"), tr("Notes")}};
    }

    static QString yes(bool value) { return value ? tr("yes") : tr("no"); }
    static QString noConversation(const QString& what) { return tr("No conversation: %1").arg(what); }
    static QString caseOutcome(const QString& code)
    {
        return code == QLatin1String("resolved")  ? tr("resolved")
            : code == QLatin1String("terminated") ? tr("terminated")
                                                  : code;
    }
    static QString letterStatus(const QString& code)
    {
        return code == QLatin1String("void") ? tr("void") : tr("issued");
    }
};

template <typename Enum>
QString labelOfCode(const QString& code)
{
    const auto value = fromCode<Enum>(code);
    return value ? labelOf(*value) : code;
}

// A stored code as people read it.
QString codeLabel(const QString& table, const QString& key, const QString& code)
{
    const auto is = [&](const char* name) { return key == QLatin1String(name); };
    const auto in = [&](const char* name) { return table == QLatin1String(name); };
    if (in("customers") && is("kind")) {
        return labelOfCode<CustomerKind>(code);
    }
    if (in("customers") && is("status")) {
        return labelOfCode<CustomerStatus>(code);
    }
    if (in("payments") && is("kind")) {
        return labelOfCode<PaymentKind>(code);
    }
    if (in("letters") && is("kind")) {
        return labelOfCode<LetterKind>(code);
    }
    if (in("letters") && is("status")) {
        return Texts::letterStatus(code);
    }
    if (in("cases") && is("outcome")) {
        return Texts::caseOutcome(code);
    }
    if (is("channel")) {
        return labelOfCode<Channel>(code);
    }
    if (is("outcome")) {
        return labelOfCode<Outcome>(code);
    }
    if (is("conduct")) {
        return labelOfCode<Conduct>(code);
    }
    if (is("no_conversation")) {
        return labelOfCode<NoConversation>(code);
    }
    if (in("case_steps") && is("step")) {
        return labelOfCode<CaseStep>(code);
    }
    if (in("customer_exits") && is("reason")) {
        return labelOfCode<ExitReason>(code);
    }
    return code;
}

// A value of a JSON row as the PDF shows it.
QString shownValue(const QString& table, const QString& key, const QJsonObject& row)
{
    const QJsonValue value = row.value(key);
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    const QLocale locale;
    if (value.isBool()) {
        return Texts::yes(value.toBool());
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items << item.toVariant().toString();
        }
        return items.join(QStringLiteral(", "));
    }
    if (key.endsWith(QLatin1String("_minor"))) {
        const QString currency =
            row.value(key == QLatin1String("opening_balance_minor") ? QStringLiteral("opening_balance_currency")
                                                                    : QStringLiteral("currency"))
                .toString();
        return Money {value.toInteger(), currency}.format(locale);
    }
    if (key.endsWith(QLatin1String("_at")) || key == QLatin1String("at")) {
        return locale.toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                               QLocale::ShortFormat);
    }
    if (key == QLatin1String("month")) {
        return locale.toString(QDate::fromString(value.toString(), Qt::ISODate), QStringLiteral("MMM yyyy"));
    }
    if (key.endsWith(QLatin1String("_on")) || key.endsWith(QLatin1String("_since"))
        || key == QLatin1String("letter_date")) {
        return locale.toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    }
    if (key == QLatin1String("duration")) {
        return TimelineModel::formatDuration(value.toInt());
    }
    if (value.isDouble()) {
        return locale.toString(value.toInteger());
    }
    // A call nobody spoke on says so in place of its outcome.
    if (key == QLatin1String("outcome") && row.value(QStringLiteral("no_conversation")).isString()) {
        return Texts::noConversation(
            labelOfCode<NoConversation>(row.value(QStringLiteral("no_conversation")).toString()));
    }
    return codeLabel(table, key, value.toString());
}

} // namespace

PersonalData::PersonalData(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

Result<QJsonObject> PersonalData::report(qint64 customerId) const
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive()) {
        return sql::inContext(tr("The database could not be read as of one moment"), snapshot.error());
    }
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    auto exported = DataExport(m_db).customerTables(customerId);
    if (!exported) {
        return exported.error();
    }
    QJsonObject tables = exported.value();

    // The letters' text beside their register entries (the PDF files stay in the database).
    auto texts =
        sql::select(m_db, QStringLiteral("SELECT number, content FROM letters WHERE customer_id = ?"), {customerId});
    if (!texts) {
        return texts.error();
    }
    QHash<QString, QString> contentOf;
    while (texts->next()) {
        contentOf.insert(texts->value(0).toString(), texts->value(1).toString());
    }
    QJsonArray letters;
    for (const QJsonValue& letter : tables.value(QStringLiteral("letters")).toArray()) {
        QJsonObject withText = letter.toObject();
        withText.insert(QStringLiteral("content"),
                        contentOf.value(withText.value(QStringLiteral("number")).toString()));
        letters.append(withText);
    }
    tables.insert(QStringLiteral("letters"), letters);

    for (const ReportTable& table : reportTables()) {
        auto rows = sql::select(m_db, table.statement, boundFor(table.statement, customerId));
        if (!rows) {
            return rows.error();
        }
        QJsonArray array;
        while (rows->next()) {
            QVariantList values;
            for (int column = 0; column < table.columns.size(); ++column) {
                values.append(rows->value(column));
            }
            array.append(ExportColumn::jsonRow(table.columns, values));
        }
        tables.insert(table.name, array);
    }

    // The months the economics show for them, from their first to this one.
    const QDate today = m_clock().toLocalTime().date();
    auto currency = OfficeSettings(m_db).currency();
    if (!currency) {
        return currency.error();
    }
    auto months = EconomicsService(m_db).customerMonths(
        customerId, std::min(customer->customerSince.isValid() ? customer->customerSince : today, today), today);
    if (!months) {
        return months.error();
    }
    QJsonArray monthRows;
    for (const MonthFigures& month : months.value()) {
        if (month.hasActivity() || month.contacts > 0) {
            monthRows.append(ExportColumn::jsonRow(monthColumns(),
                                                   {month.month,
                                                    month.contacts,
                                                    month.conversationMinutes(),
                                                    month.revenueMinor(),
                                                    month.cashMinor(),
                                                    month.costMinor,
                                                    month.marginMinor(),
                                                    currency.value()}));
        }
    }
    tables.insert(QStringLiteral("months"), monthRows);

    auto version = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    auto letterhead = Letterhead::load(m_db);
    if (!letterhead) {
        return letterhead.error();
    }
    QJsonObject rows;
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        rows.insert(table.key(), table.value().toArray().size());
    }
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("abonent-person-data")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generated_at"), m_clock().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("schema_version"), version->toLongLong()},
        {QStringLiteral("office"), letterhead->companyName},
        {QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
        {QStringLiteral("customer"),
         QJsonObject {
             {QStringLiteral("id"), customerId},
             {QStringLiteral("contract"), customer->contractNumber},
             {QStringLiteral("erased_at"),
              customer->isErased() ? QJsonValue(customer->erasedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}}},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("rows"), rows},
    };
}

Result<QString> PersonalData::html(const QJsonObject& report) const
{
    using DocumentHtml::cell;
    using DocumentHtml::section;
    using DocumentHtml::table;
    const QLocale locale;
    const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
    const QJsonObject person = tables.value(QStringLiteral("customers")).toArray().at(0).toObject();
    const QJsonObject customer = report.value(QStringLiteral("customer")).toObject();
    const QString office = report.value(QStringLiteral("office")).toString();
    const QDateTime generated =
        QDateTime::fromString(report.value(QStringLiteral("generated_at")).toString(), Qt::ISODate).toLocalTime();

    QString html;
    if (!office.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(office.toHtmlEscaped());
    }
    html += QStringLiteral("<h2>%1</h2>\n")
                .arg(tr("Personal data held about %1 (contract %2)")
                         .arg(person.value(QStringLiteral("name")).toString(),
                              customer.value(QStringLiteral("contract")).toString())
                         .toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(tr("As of %1. Everything %2 holds about this person in its customer records, as the right of "
                    "access provides (GDPR art. 15): the record, phone numbers, plans, payments, contacts and "
                    "what was written about them, tags with their reasons (internal ones included), cases, "
                    "letters, calls and the audit log's entries about them. The same data is in the JSON file "
                    "beside this one.")
                     .arg(locale.toString(generated, QLocale::LongFormat), office.isEmpty() ? tr("the office") : office)
                     .toHtmlEscaped());
    if (!customer.value(QStringLiteral("erased_at")).isNull()) {
        html += QStringLiteral("<p><b>%1</b></p>\n")
                    .arg(tr("This person's data was erased on %1 at their request; what is left is what the office "
                            "must keep by law.")
                             .arg(shownValue(QStringLiteral("customer"), QStringLiteral("erased_at"), customer))
                             .toHtmlEscaped());
    }

    html += section(tr("The customer"));
    QStringList facts;
    for (const Shown& fact : Texts::customerFacts()) {
        facts << QStringLiteral("<td width=\"25%\"><b>%1</b></td>").arg(fact.heading.toHtmlEscaped())
                + cell(shownValue(QStringLiteral("customers"), fact.key, person));
    }
    html += table({}, facts);

    for (const Section& part : Texts::sections()) {
        const QJsonArray rows = tables.value(part.table).toArray();
        html += section(QStringLiteral("%1 (%2)").arg(part.title, locale.toString(rows.size())));
        if (rows.isEmpty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(tr("None.").toHtmlEscaped());
            continue;
        }
        QStringList headings;
        for (const Shown& column : part.columns) {
            headings << column.heading;
        }
        QStringList lines;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            QString line;
            for (const Shown& column : part.columns) {
                line += cell(shownValue(part.table, column.key, row));
            }
            lines << line;
            // Long text under its record, a line each, across the whole row.
            QStringList texts;
            for (const Shown& column : part.below) {
                const QString text = shownValue(part.table, column.key, row);
                if (!text.isEmpty()) {
                    texts << QStringLiteral("<i>%1:</i> %2")
                                 .arg(column.heading.toHtmlEscaped(),
                                      text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
                }
            }
            if (!texts.isEmpty()) {
                lines << QStringLiteral("<td colspan=\"%1\">%2</td>")
                             .arg(QString::number(part.columns.size()), texts.join(QStringLiteral("<br>")));
            }
        }
        html += table(headings, lines);
    }

    // The letters as they were worded.
    const QJsonArray letters = tables.value(QStringLiteral("letters")).toArray();
    QString wording;
    for (const QJsonValue& value : letters) {
        const QJsonObject letter = value.toObject();
        const QString content = letter.value(QStringLiteral("content")).toString();
        if (content.isEmpty()) {
            continue;
        }
        wording +=
            QStringLiteral("<p><b>%1</b></p>\n<p>%2</p>\n")
                .arg(tr("Letter %1 of %2")
                         .arg(letter.value(QStringLiteral("number")).toString(),
                              shownValue(QStringLiteral("letters"), QStringLiteral("letter_date"), letter))
                         .toHtmlEscaped(),
                     LetterPdf::plainText(content).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    if (!wording.isEmpty()) {
        html += section(tr("The letters' text")) + wording;
    }
    return html;
}

Result<QByteArray> PersonalData::pdf(const QJsonObject& report) const
{
    auto text = html(report);
    if (!text) {
        return text.error();
    }
    const QJsonObject customer = report.value(QStringLiteral("customer")).toObject();
    // Titled and numbered as the case file is.
    return LetterPdf::render(
        text.value(),
        CaseFile::pdfOptions(
            tr("Personal data, contract %1").arg(customer.value(QStringLiteral("contract")).toString())));
}

QString PersonalData::baseName(const QJsonObject& report)
{
    QString contract = report.value(QStringLiteral("customer")).toObject().value(QStringLiteral("contract")).toString();
    for (QChar& character : contract) {
        if (!character.isLetterOrNumber() && character != QLatin1Char('-') && character != QLatin1Char('_')) {
            character = QLatin1Char('-');
        }
    }
    const QDate day = QDateTime::fromString(report.value(QStringLiteral("generated_at")).toString(), Qt::ISODate)
                          .toLocalTime()
                          .date();
    return QStringLiteral("personal-data-%1-%2").arg(contract, day.toString(Qt::ISODate));
}

Result<PersonalDataFiles> PersonalData::write(qint64 customerId,
                                              const QString& folder,
                                              const std::function<void(int done, int steps)>& progress) const
{
    const auto done = [&progress](int steps) {
        if (progress) {
            progress(steps, 3);
        }
    };
    auto data = report(customerId);
    if (!data) {
        return data.error();
    }
    done(1);
    auto printed = pdf(data.value());
    if (!printed) {
        return printed.error();
    }
    done(2);
    if (Status made = OwnerOnly::makeFolder(folder); !made) {
        return made.error();
    }
    const QDir into(folder);
    PersonalDataFiles files {into.absoluteFilePath(baseName(data.value()) + QStringLiteral(".json")),
                             into.absoluteFilePath(baseName(data.value()) + QStringLiteral(".pdf"))};
    if (Status written = FileOutput::write(files.json, QJsonDocument(data.value()).toJson(QJsonDocument::Indented));
        !written) {
        return written.error();
    }
    if (Status written = FileOutput::write(files.pdf, printed.value()); !written) {
        return written.error();
    }
    done(3);
    return files;
}

} // namespace abonent
