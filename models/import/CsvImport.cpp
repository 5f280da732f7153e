#include "CsvImport.h"

#include "AuditLog.h"
#include "Csv.h"
#include "CsvReader.h"
#include "ImportValues.h"
#include "OfficeSettings.h"
#include "Rollups.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace abonent {

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr int kSampleRows = 500; // read to tell the date order and decimal mark
constexpr int kRowsPerProgress = 256;

const QStringList& dateFields()
{
    static const QStringList fields {QStringLiteral("since"),
                                     QStringLiteral("from"),
                                     QStringLiteral("until"),
                                     QStringLiteral("date"),
                                     QStringLiteral("started")};
    return fields;
}

const QStringList& amountFields()
{
    static const QStringList fields {
        QStringLiteral("balance"), QStringLiteral("fee"), QStringLiteral("rate"), QStringLiteral("amount")};
    return fields;
}

} // namespace

int ImportReport::refusedRows() const
{
    QSet<int> lines;
    for (const ImportProblem& problem : problems) {
        lines.insert(problem.line);
    }
    return int(lines.size());
}

QByteArray ImportReport::problemsCsv() const
{
    QList<QStringList> rows;
    rows.reserve(problems.size());
    for (const ImportProblem& problem : problems) {
        rows.append({QString::number(problem.line), problem.column, problem.value, problem.message});
    }
    CsvFormat format;
    format.byteOrderMark = true;
    format.guardFormulas = true;
    return Csv::document(
        {CsvImport::tr("Line"), CsvImport::tr("Column"), CsvImport::tr("Value"), CsvImport::tr("Problem")},
        rows,
        format);
}

CsvImport::CsvImport(QSqlDatabase db, QString path, ImportMapping mapping)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_mapping(std::move(mapping))
{
}

Result<ImportPreview> CsvImport::preview(int rows)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound, tr("%1 could not be read: %2").arg(m_path, file.errorString()));
    }
    const QByteArray head = file.peek(kHeadBytes);
    if (head.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("%1 is empty.").arg(m_path));
    }
    ImportPreview preview;
    ImportMapping& mapping = preview.mapping;
    mapping = m_mapping;
    const DetectedEncoding detected = TextEncodings::detect(head);
    preview.encodingGuessed = !mapping.encoding;
    if (!mapping.encoding) {
        mapping.encoding = detected.encoding;
    }
    // A byte order mark is skipped only when it belongs to the encoding read.
    const int skip = detected.encoding == *mapping.encoding ? detected.byteOrderMarkLength : 0;
    if (mapping.separator.isNull()) {
        TextDecoder decoder(*mapping.encoding);
        mapping.separator = CsvReader::guessSeparator(decoder.decode(head.mid(skip)));
    }

    CsvReader reader(&file, *mapping.encoding, mapping.separator, skip);
    CsvRecord record;
    if (!reader.next(record)) {
        return makeError(Error::Code::Invalid,
                         reader.errorString().isEmpty() ? tr("%1 has no lines.").arg(m_path) : reader.errorString());
    }
    if (record.tooManyFields) {
        return makeError(Error::Code::Invalid,
                         tr("The first line of %1 has more than %2 columns; no import reads so many. Is it the "
                            "right file, and the right separator?")
                             .arg(m_path)
                             .arg(CsvReader::kMaxFields));
    }
    // Headings name columns in a mapping: a repeated one is told apart by its place.
    for (const QString& heading : std::as_const(record.fields)) {
        QString unique = heading.trimmed();
        for (int n = 2; preview.headings.contains(unique); ++n) {
            unique = QStringLiteral("%1 (%2)").arg(heading.trimmed()).arg(n);
        }
        preview.headings.append(unique);
    }

    // Columns: as the mapping names them by heading, or guessed from the headings.
    m_columns.clear();
    if (mapping.columns.isEmpty()) {
        const QStringList guessed = ImportSpec::guessFields(mapping.kind, preview.headings);
        for (int column = 0; column < guessed.size(); ++column) {
            if (!guessed.at(column).isEmpty()) {
                mapping.columns.insert(guessed.at(column), preview.headings.at(column));
            }
        }
    }
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        int column = int(preview.headings.indexOf(it.value()));
        if (column < 0) {
            // Headings compared as people read them: case and spacing aside.
            for (int i = 0; i < preview.headings.size() && column < 0; ++i) {
                if (ImportSpec::comparable(preview.headings.at(i)) == ImportSpec::comparable(it.value())
                    && !ImportSpec::comparable(it.value()).isEmpty()) {
                    column = i;
                }
            }
        }
        if (column < 0) {
            return makeError(Error::Code::Invalid,
                             tr("The mapping reads %1 from a column headed \"%2\", which this file does not have.")
                                 .arg(ImportSpec::field(mapping.kind, it.key())->label, it.value()));
        }
        m_columns.insert(it.key(), column);
    }
    preview.fieldOfColumn = QStringList(preview.headings.size());
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        preview.fieldOfColumn[it.value()] = it.key();
    }

    QStringList dates;
    QStringList amounts;
    for (int read = 0; read < kSampleRows && reader.next(record); ++read) {
        if (preview.rows.size() < rows) {
            preview.rows.append(record.fields);
        }
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            const QString value = record.fields.value(it.value()).trimmed();
            if (value.isEmpty()) {
                continue;
            }
            if (dateFields().contains(it.key())) {
                dates.append(value);
            } else if (amountFields().contains(it.key())) {
                amounts.append(value);
            }
        }
    }
    if (!mapping.dateOrder) {
        auto country = OfficeSettings(m_db).defaultCountry();
        const bool american = country && country.value() == QLatin1String("US");
        mapping.dateOrder =
            ImportValues::guessDateOrder(dates, american ? DateOrder::MonthDayYear : DateOrder::DayMonthYear);
    }
    if (!mapping.decimalComma) {
        mapping.decimalComma = ImportValues::guessDecimalComma(amounts, QLocale().decimalPoint() == QLatin1String(","));
    }
    preview.hadInvalidBytes = reader.hadInvalidBytes();
    m_mapping = mapping;
    m_preview = preview;
    return preview;
}

Result<ImportContext> CsvImport::context(const Actor& actor)
{
    if (!m_preview) {
        if (auto read = preview(); !read) {
            return read.error();
        }
    }
    if (m_preview->hadInvalidBytes) {
        return makeError(Error::Code::Invalid,
                         tr("The file is not text in %1: choose the encoding it was saved in.")
                             .arg(TextEncodings::labelOf(*m_mapping.encoding)));
    }
    for (const ImportField& field : ImportSpec::fieldsOf(m_mapping.kind)) {
        if (field.required && !m_columns.contains(field.key)) {
            return makeError(
                Error::Code::Invalid,
                tr("Say which column holds the %1: the file has no column headed so.").arg(field.label.toLower()));
        }
    }
    ImportContext context;
    context.db = m_db;
    context.mapping = m_mapping;
    context.actor = actor;
    context.today = QDate::currentDate();
    context.fileName = QFileInfo(m_path).fileName();
    OfficeSettings office(m_db);
    auto country = office.defaultCountry();
    if (!country) {
        return country.error();
    }
    context.country = country.value();
    if (m_mapping.currency.isEmpty()) {
        auto currency = office.currency();
        if (!currency) {
            return currency.error();
        }
        context.currency = currency.value();
    } else {
        context.currency = m_mapping.currency;
    }
    return context;
}

Result<ImportReport> CsvImport::pass(Pass which, KindImport& rules, const ImportProgress& progress, qint64 offset)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound, tr("%1 could not be read: %2").arg(m_path, file.errorString()));
    }
    const qint64 total = file.size() * 2;
    const DetectedEncoding detected = TextEncodings::detect(file.peek(8));
    const int skip = detected.encoding == *m_mapping.encoding ? detected.byteOrderMarkLength : 0;
    CsvReader reader(&file, *m_mapping.encoding, m_mapping.separator, skip);
    ImportReport report;
    report.kind = m_mapping.kind;
    CsvRecord record;
    if (!reader.next(record)) {
        return makeError(Error::Code::Invalid, tr("%1 has no lines.").arg(m_path));
    }
    const QStringList& headings = m_preview->headings;
    ImportColumns columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        columns.append({it.key(), it.value()});
    }
    while (reader.next(record)) {
        ++report.rows;
        ImportRow row(record, columns, headings);
        if (record.fields.size() != headings.size()) {
            row.refuseRow(tr("The row has %n column(s); the headings have %1.", nullptr, int(record.fields.size()))
                              .arg(headings.size()));
        }
        if (record.tooLongField >= 0) {
            row.refuseRow(tr("The value in column %1 is longer than %2 characters.")
                              .arg(headings.value(record.tooLongField, QString::number(record.tooLongField + 1)))
                              .arg(CsvReader::kMaxFieldLength));
        }
        if (record.unclosedQuote) {
            row.refuseRow(tr("A quotation mark opened in this row is never closed."));
        }
        if (record.tooManyFields) {
            // Its columns past the limit were not read: never imported short.
            row.refuseRow(tr("The row has more than %1 columns.").arg(CsvReader::kMaxFields));
        }
        if (which == Pass::Check) {
            if (!row.refused()) {
                rules.check(row);
            }
            report.problems += row.problems();
        } else {
            auto effect = rules.write(row);
            if (!effect) {
                return sql::inContext(tr("Line %1").arg(record.line), effect.error());
            }
            ++(effect.value() == RowEffect::Added         ? report.added
                   : effect.value() == RowEffect::Updated ? report.updated
                                                          : report.unchanged);
        }
        if (progress && report.rows % kRowsPerProgress == 0 && !progress(offset + reader.bytesRead(), total)) {
            report.cancelled = true;
            return report;
        }
    }
    if (!reader.errorString().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("%1 could not be read: %2").arg(m_path, reader.errorString()));
    }
    if (which == Pass::Check && reader.hadInvalidBytes()) {
        report.problems.prepend({0,
                                 QString(),
                                 TextEncodings::labelOf(*m_mapping.encoding),
                                 tr("Some of the file is not text in %1: choose the encoding it was saved in.")
                                     .arg(TextEncodings::labelOf(*m_mapping.encoding))});
    }
    if (progress && !progress(offset + file.size(), total)) {
        report.cancelled = true;
    }
    return report;
}

Result<ImportReport> CsvImport::check(const ImportProgress& progress)
{
    auto context = this->context(Actor {});
    if (!context) {
        return context.error();
    }
    auto rules = KindImport::make(context.value());
    if (Status loaded = rules->load(); !loaded) {
        return loaded.error();
    }
    return pass(Pass::Check, *rules, progress, 0);
}

Result<ImportReport> CsvImport::run(const Actor& actor, const ImportProgress& progress)
{
    auto context = this->context(actor);
    if (!context) {
        return context.error();
    }
    auto checker = KindImport::make(context.value());
    if (Status loaded = checker->load(); !loaded) {
        return loaded.error();
    }
    auto checked = pass(Pass::Check, *checker, progress, 0);
    if (!checked || checked->cancelled || !checked->problems.isEmpty()) {
        return checked;
    }
    // What it kept to find repeats (a key for each row) is not needed for writing.
    checker.reset();
    const qint64 size = QFileInfo(m_path).size();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto writer = KindImport::make(context.value());
    if (Status loaded = writer->load(); !loaded) {
        return loaded.error();
    }
    auto written = pass(Pass::Write, *writer, progress, size);
    if (!written) {
        return written.error();
    }
    if (written->cancelled) {
        return written; // rolled back as the transaction goes
    }
    if (Status finished = writer->finish(); !finished) {
        return finished.error();
    }
    if (Status recorded = recordInAudit(context.value(), written.value()); !recorded) {
        return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    written->imported = true;
    if (m_mapping.kind == ImportKind::Contacts) {
        // Readers add what is not folded in yet; folding now only saves them the work.
        if (Status folded = Rollups::foldChanges(m_db); !folded) {
            qInfo("Roll-up changes not folded in yet: %s", qPrintable(folded.errorString()));
        }
    }
    return written;
}

Status CsvImport::recordInAudit(const ImportContext& context, const ImportReport& report)
{
    QJsonObject after;
    after.insert(QStringLiteral("kind"), ImportSpec::nameOf(report.kind));
    after.insert(QStringLiteral("file"), context.fileName);
    after.insert(QStringLiteral("rows"), report.rows);
    after.insert(QStringLiteral("added"), report.added);
    after.insert(QStringLiteral("updated"), report.updated);
    after.insert(QStringLiteral("unchanged"), report.unchanged);
    after.insert(QStringLiteral("mapping"), context.mapping.toJson());
    return AuditLog(m_db).record(context.actor, 0, auditAction(), {}, after);
}

} // namespace abonent
