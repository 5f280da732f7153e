#include "ImportMapping.h"

#include "FileOutput.h"

#include <QFile>
#include <QJsonDocument>

namespace abonent {

namespace {

constexpr qint64 kLongestMappingFile = 1 << 20;

QString separatorName(QChar separator)
{
    return separator == u'\t' ? QStringLiteral("tab") : QString(separator);
}

} // namespace

QString ImportMapping::nameOf(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> ImportMapping::dateOrderFrom(const QString& name)
{
    for (DateOrder order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay}) {
        if (nameOf(order) == name) {
            return order;
        }
    }
    return std::nullopt;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), ImportSpec::nameOf(kind));
    if (encoding) {
        json.insert(QStringLiteral("encoding"), TextEncodings::nameOf(*encoding));
    }
    if (!separator.isNull()) {
        json.insert(QStringLiteral("separator"), separatorName(separator));
    }
    if (dateOrder) {
        json.insert(QStringLiteral("dates"), nameOf(*dateOrder));
    }
    if (decimalComma) {
        json.insert(QStringLiteral("decimal"), *decimalComma ? QStringLiteral(",") : QStringLiteral("."));
    }
    if (!currency.isEmpty()) {
        json.insert(QStringLiteral("currency"), currency);
    }
    if (balanceOn.isValid()) {
        json.insert(QStringLiteral("balance_on"), balanceOn.toString(Qt::ISODate));
    }
    QJsonObject fields;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        fields.insert(it.key(), it.value());
    }
    json.insert(QStringLiteral("columns"), fields);
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject& json)
{
    ImportMapping mapping;
    const auto kind = ImportSpec::fromName(json.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return makeError(Error::Code::Invalid,
                         tr("The mapping does not say what it imports (\"kind\": customers, phones, plans,"
                            " plan-periods, payments or contacts)."));
    }
    mapping.kind = *kind;
    if (json.contains(QStringLiteral("encoding"))) {
        const QString name = json.value(QStringLiteral("encoding")).toString();
        mapping.encoding = TextEncodings::fromName(name);
        if (!mapping.encoding) {
            return makeError(Error::Code::Invalid,
                             tr("The mapping names an encoding Abonent does not read: \"%1\".").arg(name));
        }
    }
    if (json.contains(QStringLiteral("separator"))) {
        const QString separator = json.value(QStringLiteral("separator")).toString();
        mapping.separator = separator == QLatin1String("tab") ? QChar(u'\t')
            : separator.size() == 1                           ? separator.front()
                                                              : QChar();
        if (mapping.separator.isNull()) {
            return makeError(
                Error::Code::Invalid,
                tr("The mapping's separator must be one character or \"tab\", not \"%1\".").arg(separator));
        }
    }
    if (json.contains(QStringLiteral("dates"))) {
        mapping.dateOrder = dateOrderFrom(json.value(QStringLiteral("dates")).toString());
        if (!mapping.dateOrder) {
            return makeError(Error::Code::Invalid, tr("The mapping's date order must be dmy, mdy or ymd."));
        }
    }
    if (json.contains(QStringLiteral("decimal"))) {
        const QString mark = json.value(QStringLiteral("decimal")).toString();
        if (mark != QLatin1String(",") && mark != QLatin1String(".")) {
            return makeError(Error::Code::Invalid, tr("The mapping's decimal mark must be \",\" or \".\"."));
        }
        mapping.decimalComma = mark == QLatin1String(",");
    }
    mapping.currency = json.value(QStringLiteral("currency")).toString().trimmed().toUpper();
    if (!mapping.currency.isEmpty() && mapping.currency.size() != 3) {
        return makeError(Error::Code::Invalid, tr("The mapping's currency must be a three-letter code such as EUR."));
    }
    if (json.contains(QStringLiteral("balance_on"))) {
        mapping.balanceOn = QDate::fromString(json.value(QStringLiteral("balance_on")).toString(), Qt::ISODate);
        if (!mapping.balanceOn.isValid()) {
            return makeError(Error::Code::Invalid, tr("The mapping's balance date must be written as 2026-12-01."));
        }
    }
    const QJsonObject fields = json.value(QStringLiteral("columns")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!ImportSpec::field(mapping.kind, it.key())) {
            return makeError(Error::Code::Invalid,
                             tr("The mapping names a field %1 does not have: \"%2\".")
                                 .arg(ImportSpec::nameOf(mapping.kind), it.key()));
        }
        mapping.columns.insert(it.key(), it.value().toString());
    }
    return mapping;
}

Result<ImportMapping> ImportMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound,
                         tr("The mapping %1 could not be read: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(kLongestMappingFile + 1);
    if (bytes.size() > kLongestMappingFile) {
        return makeError(Error::Code::Invalid, tr("The mapping %1 is too long to be a mapping.").arg(path));
    }
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &problem);
    if (!document.isObject()) {
        return makeError(Error::Code::Invalid,
                         tr("The mapping %1 is not a JSON object: %2").arg(path, problem.errorString()));
    }
    return fromJson(document.object());
}

Status ImportMapping::save(const QString& path) const
{
    return FileOutput::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace abonent
