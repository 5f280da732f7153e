#include "ImportValues.h"

#include "ImportSpec.h"
#include "InputParsing.h"

#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace abonent {

namespace {

// The parts of "2025-12-31", "31.12.2025" or "12/31/2025 14:05:30" as
// written: three groups of ASCII digits (1–4, 1–2, 1–4) joined by '.', '/'
// or '-', then optionally spaces or a 'T' and a clock of 1–2, 2 and
// optionally 2 digits. Read by hand rather than by a regular expression:
// this runs for every row of a file, twice.
struct DateParts
{
    QStringView first;
    QStringView second;
    QStringView third;
    QStringView clock; // empty when there is none
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The run of ASCII digits at `at`, at most `most` long (a longer run fails).
std::optional<QStringView> digitsAt(QStringView text, qsizetype& at, qsizetype most)
{
    const qsizetype start = at;
    while (at < text.size() && isAsciiDigit(text.at(at))) {
        ++at;
    }
    if (at == start || at - start > most) {
        return std::nullopt;
    }
    return text.sliced(start, at - start);
}

bool isDateSeparator(QChar c)
{
    return c == u'.' || c == u'/' || c == u'-';
}

// "H:mm" or "H:mm:ss" with nothing around it, as QTime::fromString reads
// those formats: an hour of one or two digits, minutes and seconds of two.
bool isClockShape(QStringView text)
{
    qsizetype at = 0;
    if (!digitsAt(text, at, 2)) {
        return false;
    }
    // ":mm", then ":ss" if there is more.
    for (int part = 0; part < 2; ++part) {
        if (part == 1 && at == text.size()) {
            return true;
        }
        if (at >= text.size() || text.at(at) != u':') {
            return false;
        }
        const qsizetype start = ++at;
        if (!digitsAt(text, at, 2) || at - start != 2) {
            return false;
        }
    }
    return at == text.size();
}

std::optional<DateParts> dateParts(QStringView text)
{
    DateParts parts;
    qsizetype at = 0;
    const auto first = digitsAt(text, at, 4);
    if (!first || at >= text.size() || !isDateSeparator(text.at(at++))) {
        return std::nullopt;
    }
    const auto second = digitsAt(text, at, 2);
    if (!second || at >= text.size() || !isDateSeparator(text.at(at++))) {
        return std::nullopt;
    }
    const auto third = digitsAt(text, at, 4);
    if (!third) {
        return std::nullopt;
    }
    parts.first = *first;
    parts.second = *second;
    parts.third = *third;
    if (at == text.size()) {
        return parts;
    }
    const qsizetype gap = at;
    while (at < text.size() && (text.at(at) == u' ' || text.at(at) == u'T')) {
        ++at;
    }
    if (at == gap || !isClockShape(text.sliced(at))) {
        return std::nullopt;
    }
    parts.clock = text.sliced(at);
    return parts;
}

int numberOf(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The time of a clock isClockShape() accepted; invalid beyond 23:59:59.
QTime clockTime(QStringView clock)
{
    const qsizetype colon = clock.indexOf(u':');
    const int hour = numberOf(clock.first(colon));
    const int minute = numberOf(clock.sliced(colon + 1, 2));
    const int second = clock.size() > colon + 3 ? numberOf(clock.sliced(colon + 4, 2)) : 0;
    return QTime::isValid(hour, minute, second) ? QTime(hour, minute, second) : QTime();
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
    const auto parts = dateParts(QStringView(text).trimmed());
    if (!parts) {
        return std::nullopt;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (parts->first.size() == 4 && parts->third.size() <= 2) {
        year = numberOf(parts->first);
        month = numberOf(parts->second);
        day = numberOf(parts->third);
    } else if (parts->third.size() == 4 && parts->first.size() <= 2) {
        year = numberOf(parts->third);
        const bool dayFirst = order != DateOrder::MonthDayYear;
        day = numberOf(dayFirst ? parts->first : parts->second);
        month = numberOf(dayFirst ? parts->second : parts->first);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QTime> ImportValues::time(const QString& text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (!isClockShape(trimmed)) {
        return std::nullopt;
    }
    const QTime time = clockTime(trimmed);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<QDateTime> ImportValues::dateTime(const QString& text, DateOrder order)
{
    const auto when = dateAndTime(text, order);
    if (!when) {
        return std::nullopt;
    }
    const QDateTime local(when->first, when->second, Qt::LocalTime);
    return local.isValid() ? std::optional<QDateTime>(local) : std::nullopt;
}

std::optional<std::pair<QDate, QTime>> ImportValues::dateAndTime(const QString& text, DateOrder order)
{
    const auto day = date(text, order);
    if (!day) {
        return std::nullopt;
    }
    const QStringView clock = dateParts(QStringView(text).trimmed())->clock;
    QTime at(0, 0);
    if (!clock.isEmpty()) {
        at = clockTime(clock);
        if (!at.isValid()) {
            return std::nullopt;
        }
    }
    return std::pair {*day, at};
}

LocalTimes::Converted LocalTimes::toUtc(const QDate& date, const QTime& time)
{
    constexpr qsizetype kMostHours = 1'000'000; // over a century of hours; beyond, each time is worked out alone
    const qint64 hour = date.toJulianDay() * 24 + time.hour();
    auto known = m_offsets.constFind(hour);
    if (known == m_offsets.cend() && m_offsets.size() < kMostHours) {
        // The clocks change within the hour if its first and last second differ.
        const QDateTime first(date, QTime(time.hour(), 0), Qt::LocalTime);
        const QDateTime last(date, QTime(time.hour(), 59, 59, 999), Qt::LocalTime);
        const bool steady = first.isValid() && last.isValid() && first.offsetFromUtc() == last.offsetFromUtc();
        known = m_offsets.insert(hour, steady ? std::optional<int>(first.offsetFromUtc()) : std::nullopt);
    }
    if (known != m_offsets.cend() && known.value()) {
        return {QDateTime(date, time, Qt::UTC).addSecs(-*known.value()), true};
    }
    const QDateTime local(date, time, Qt::LocalTime);
    return {local.toUTC(), local.isValid()};
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
        const auto parts = dateParts(QStringView(sample).trimmed());
        if (!parts || parts->first.size() > 2) {
            continue;
        }
        if (numberOf(parts->first) > 12) {
            return DateOrder::DayMonthYear;
        }
        if (numberOf(parts->second) > 12) {
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
