#include "ImportValues.h"

#include "ImportSpec.h"
#include "InputParsing.h"

#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace abonent {

namespace {

const QRegularExpression& dateShape()
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})(?:[ T]+(\\d{1,2}:\\d{2}(?::\\d{2})?))?$"));
    return shape;
}

template <typename Enum>
using Synonyms = QList<std::pair<Enum, QStringList>>;

// A value named by its code, its label in the interface's language or one
// of the words files use for it.
template <typename Enum>
std::optional<Enum> named(const QString& text, const Synonyms<Enum>& synonyms)
{
    const QString wanted = ImportSpec::comparable(text);
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    for (const QString& code : allCodes<Enum>()) {
        const auto value = fromCode<Enum>(code);
        if (ImportSpec::comparable(code) == wanted || ImportSpec::comparable(labelOf(*value)) == wanted) {
            return value;
        }
    }
    for (const auto& [value, words] : synonyms) {
        for (const QString& word : words) {
            if (ImportSpec::comparable(word) == wanted) {
                return value;
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> ImportValues::date(const QString& text, DateOrder order)
{
    const QRegularExpressionMatch match = dateShape().match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString first = match.captured(1);
    const QString third = match.captured(3);
    int year = 0;
    int month = 0;
    int day = 0;
    if (first.size() == 4 && third.size() <= 2) {
        year = first.toInt();
        month = match.captured(2).toInt();
        day = third.toInt();
    } else if (third.size() == 4 && first.size() <= 2) {
        year = third.toInt();
        const bool dayFirst = order != DateOrder::MonthDayYear;
        day = (dayFirst ? first : match.captured(2)).toInt();
        month = (dayFirst ? match.captured(2) : first).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QTime> ImportValues::time(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm")}) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid()) {
            return time;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> ImportValues::dateTime(const QString& text, DateOrder order)
{
    const auto day = date(text, order);
    if (!day) {
        return std::nullopt;
    }
    const QString clock = dateShape().match(text.trimmed()).captured(4);
    QTime at(0, 0);
    if (!clock.isEmpty()) {
        const auto read = time(clock);
        if (!read) {
            return std::nullopt;
        }
        at = *read;
    }
    const QDateTime local(*day, at, Qt::LocalTime);
    return local.isValid() ? std::optional<QDateTime>(local) : std::nullopt;
}

std::optional<qint64> ImportValues::amount(const QString& text, const QString& currency, bool decimalComma)
{
    QString digits = text.trimmed();
    // A currency code or sign beside the number is the file's way of writing it.
    for (const QString& mark : {currency,
                                QStringLiteral("$"),
                                QStringLiteral("€"),
                                QStringLiteral("£"),
                                QStringLiteral("₽"),
                                QStringLiteral("₴"),
                                QStringLiteral("руб."),
                                QStringLiteral("грн")}) {
        if (digits.endsWith(mark, Qt::CaseInsensitive)) {
            digits.chop(mark.size());
        } else if (digits.startsWith(mark, Qt::CaseInsensitive)) {
            digits.remove(0, mark.size());
        }
        digits = digits.trimmed();
    }
    bool negative = false;
    if (digits.startsWith(u'-') || digits.startsWith(QChar(0x2212))) {
        negative = true;
        digits = digits.mid(1).trimmed();
    }
    const QLocale locale = decimalComma ? QLocale(QLocale::Russian) : QLocale::c();
    const auto minor = InputParsing::amount(digits, currency, locale);
    if (!minor) {
        return std::nullopt;
    }
    return negative ? -*minor : *minor;
}

std::optional<bool> ImportValues::yesNo(const QString& text)
{
    static const QStringList yes {QStringLiteral("1"),
                                  QStringLiteral("yes"),
                                  QStringLiteral("y"),
                                  QStringLiteral("true"),
                                  QStringLiteral("x"),
                                  QStringLiteral("да"),
                                  QStringLiteral("так"),
                                  QStringLiteral("+")};
    static const QStringList no {QStringLiteral("0"),
                                 QStringLiteral("no"),
                                 QStringLiteral("n"),
                                 QStringLiteral("false"),
                                 QStringLiteral("нет"),
                                 QStringLiteral("ні"),
                                 QStringLiteral("-")};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value)) {
        return true;
    }
    if (no.contains(value)) {
        return false;
    }
    return std::nullopt;
}

std::optional<CustomerKind> ImportValues::customerKind(const QString& text)
{
    return named<CustomerKind>(text,
                               {{CustomerKind::Person,
                                 {QStringLiteral("private"),
                                  QStringLiteral("individual"),
                                  QStringLiteral("физлицо"),
                                  QStringLiteral("физ. лицо"),
                                  QStringLiteral("частное лицо"),
                                  QStringLiteral("фізособа"),
                                  QStringLiteral("фізична особа")}},
                                {CustomerKind::Company,
                                 {QStringLiteral("business"),
                                  QStringLiteral("organisation"),
                                  QStringLiteral("organization"),
                                  QStringLiteral("legal entity"),
                                  QStringLiteral("юрлицо"),
                                  QStringLiteral("юр. лицо"),
                                  QStringLiteral("организация"),
                                  QStringLiteral("компания"),
                                  QStringLiteral("юрособа"),
                                  QStringLiteral("юридична особа"),
                                  QStringLiteral("організація"),
                                  QStringLiteral("компанія")}}});
}

std::optional<CustomerStatus> ImportValues::customerStatus(const QString& text)
{
    return named<CustomerStatus>(
        text,
        {{CustomerStatus::Active, {QStringLiteral("активен"), QStringLiteral("активный"), QStringLiteral("активний")}},
         {CustomerStatus::Suspended,
          {QStringLiteral("blocked"),
           QStringLiteral("приостановлен"),
           QStringLiteral("заблокирован"),
           QStringLiteral("призупинено"),
           QStringLiteral("заблоковано")}},
         {CustomerStatus::Terminated,
          {QStringLiteral("closed"),
           QStringLiteral("расторгнут"),
           QStringLiteral("отключен"),
           QStringLiteral("розірвано"),
           QStringLiteral("відключено")}},
         {CustomerStatus::Archived, {QStringLiteral("архив"), QStringLiteral("архів")}}});
}

std::optional<Channel> ImportValues::channel(const QString& text)
{
    return named<Channel>(
        text,
        {{Channel::PhoneIn,
          {QStringLiteral("call"),
           QStringLiteral("phone"),
           QStringLiteral("incoming call"),
           QStringLiteral("inbound"),
           QStringLiteral("звонок"),
           QStringLiteral("входящий"),
           QStringLiteral("входящий звонок"),
           QStringLiteral("дзвінок"),
           QStringLiteral("вхідний"),
           QStringLiteral("вхідний дзвінок")}},
         {Channel::PhoneOut,
          {QStringLiteral("outgoing call"),
           QStringLiteral("outbound"),
           QStringLiteral("callback"),
           QStringLiteral("исходящий"),
           QStringLiteral("исходящий звонок"),
           QStringLiteral("вихідний"),
           QStringLiteral("вихідний дзвінок")}},
         {Channel::Email,
          {QStringLiteral("e-mail"),
           QStringLiteral("mail"),
           QStringLiteral("почта"),
           QStringLiteral("пошта"),
           QStringLiteral("эл. письмо"),
           QStringLiteral("електронний лист")}},
         {Channel::Ticket,
          {QStringLiteral("заявка"),
           QStringLiteral("тикет"),
           QStringLiteral("обращение"),
           QStringLiteral("звернення")}},
         {Channel::Chat,
          {QStringLiteral("чат"),
           QStringLiteral("messenger"),
           QStringLiteral("мессенджер"),
           QStringLiteral("месенджер")}},
         {Channel::Visit, {QStringLiteral("визит"), QStringLiteral("в офисе"), QStringLiteral("візит")}},
         {Channel::Letter,
          {QStringLiteral("paper letter"), QStringLiteral("post"), QStringLiteral("письмо"), QStringLiteral("лист")}}});
}

std::optional<Outcome> ImportValues::outcome(const QString& text)
{
    return named<Outcome>(
        text,
        {{Outcome::Resolved,
          {QStringLiteral("done"), QStringLiteral("решено"), QStringLiteral("выполнено"), QStringLiteral("вирішено")}},
         {Outcome::FollowUp,
          {QStringLiteral("follow up"), QStringLiteral("перезвонить"), QStringLiteral("передзвонити")}},
         {Outcome::Escalated, {QStringLiteral("передано"), QStringLiteral("эскалация"), QStringLiteral("ескалація")}},
         {Outcome::Unresolved,
          {QStringLiteral("not resolved"), QStringLiteral("не решено"), QStringLiteral("не вирішено")}}});
}

std::optional<Conduct> ImportValues::conduct(const QString& text)
{
    return named<Conduct>(
        text,
        {{Conduct::Normal, {QStringLiteral("ok"), QStringLiteral("нормально"), QStringLiteral("норм")}},
         {Conduct::RaisedVoice,
          {QStringLiteral("shouting"),
           QStringLiteral("повышенный тон"),
           QStringLiteral("крик"),
           QStringLiteral("підвищений тон")}},
         {Conduct::Profanity,
          {QStringLiteral("swearing"), QStringLiteral("мат"), QStringLiteral("брань"), QStringLiteral("лайка")}},
         {Conduct::Insults, {QStringLiteral("оскорбления"), QStringLiteral("образи")}},
         {Conduct::Threats, {QStringLiteral("угрозы"), QStringLiteral("погрози")}}});
}

std::optional<PaymentKind> ImportValues::paymentKind(const QString& text)
{
    return named<PaymentKind>(
        text,
        {{PaymentKind::Fee,
          {QStringLiteral("payment"),
           QStringLiteral("subscription"),
           QStringLiteral("абонплата"),
           QStringLiteral("оплата"),
           QStringLiteral("платеж"),
           QStringLiteral("платёж"),
           QStringLiteral("платіж")}},
         {PaymentKind::PaidSupport,
          {QStringLiteral("support"),
           QStringLiteral("поддержка"),
           QStringLiteral("платная поддержка"),
           QStringLiteral("підтримка"),
           QStringLiteral("платна підтримка")}},
         {PaymentKind::Refund, {QStringLiteral("возврат"), QStringLiteral("повернення")}},
         {PaymentKind::Compensation,
          {QStringLiteral("credit"), QStringLiteral("компенсация"), QStringLiteral("компенсація")}}});
}

DateOrder ImportValues::guessDateOrder(const QStringList& samples, DateOrder fallback)
{
    for (const QString& sample : samples) {
        const QRegularExpressionMatch match = dateShape().match(sample.trimmed());
        if (!match.hasMatch() || match.captured(1).size() > 2) {
            continue;
        }
        if (match.captured(1).toInt() > 12) {
            return DateOrder::DayMonthYear;
        }
        if (match.captured(2).toInt() > 12) {
            return DateOrder::MonthDayYear;
        }
    }
    return fallback;
}

bool ImportValues::guessDecimalComma(const QStringList& samples, bool fallback)
{
    static const QRegularExpression comma(QStringLiteral(",\\d{1,2}\\s*\\D*$"));
    static const QRegularExpression point(QStringLiteral("\\.\\d{1,2}\\s*\\D*$"));
    for (const QString& sample : samples) {
        if (comma.match(sample.trimmed()).hasMatch()) {
            return true;
        }
        if (point.match(sample.trimmed()).hasMatch()) {
            return false;
        }
    }
    return fallback;
}

} // namespace abonent
