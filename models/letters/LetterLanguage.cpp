#include "LetterLanguage.h"

#include <QHash>

#include <array>

namespace abonent {

namespace {

using Forms = std::array<const char*, 3>; // one, few, many (UTF-8)

Forms formsOf(const QString& code, LetterLanguage::Unit unit)
{
    using Unit = LetterLanguage::Unit;
    if (code == QLatin1String("ru")) {
        switch (unit) {
        case Unit::Month:
            return {"месяц", "месяца", "месяцев"};
        case Unit::Day:
            return {"день", "дня", "дней"};
        case Unit::Minute:
            return {"минута", "минуты", "минут"};
        }
    }
    if (code == QLatin1String("uk")) {
        switch (unit) {
        case Unit::Month:
            return {"місяць", "місяці", "місяців"};
        case Unit::Day:
            return {"день", "дні", "днів"};
        case Unit::Minute:
            return {"хвилина", "хвилини", "хвилин"};
        }
    }
    switch (unit) {
    case Unit::Month:
        return {"month", "months", "months"};
    case Unit::Day:
        return {"day", "days", "days"};
    case Unit::Minute:
        return {"minute", "minutes", "minutes"};
    }
    return {"", "", ""};
}

} // namespace

LetterLanguage::LetterLanguage(const QString& code)
    : m_code(code == QLatin1String("ru") || code == QLatin1String("uk") ? code : QStringLiteral("en"))
    // British English: the day before the month, as formal letters write it.
    , m_locale(m_code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(m_code))
{
}

QString LetterLanguage::date(const QDate& date) const
{
    if (m_code == QLatin1String("ru")) {
        return m_locale.toString(date, QStringLiteral("d MMMM yyyy 'г.'"));
    }
    if (m_code == QLatin1String("uk")) {
        return m_locale.toString(date, QStringLiteral("d MMMM yyyy 'р.'"));
    }
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString LetterLanguage::month(const QDate& anyDayOfMonth) const
{
    const QString name = m_locale.standaloneMonthName(anyDayOfMonth.month(), QLocale::LongFormat);
    const QString year = QString::number(anyDayOfMonth.year());
    if (m_code == QLatin1String("ru")) {
        return QStringLiteral("%1 %2 г.").arg(name, year);
    }
    if (m_code == QLatin1String("uk")) {
        return QStringLiteral("%1 %2 р.").arg(name, year);
    }
    return QStringLiteral("%1 %2").arg(name, year);
}

QString LetterLanguage::money(const Money& amount) const
{
    // The desk's own formatting, in the letter's language rather than the desk's.
    return amount.format(m_locale);
}

QString LetterLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString LetterLanguage::count(qint64 value, Unit unit) const
{
    const Forms forms = formsOf(m_code, unit);
    return QStringLiteral("%1\u00a0%2")
        .arg(number(value), QString::fromUtf8(forms[static_cast<std::size_t>(pluralForm(m_code, value))]));
}

QString LetterLanguage::channel(Channel channel) const
{
    // en, ru, uk
    static const QHash<Channel, std::array<const char*, 3>> words {
        {Channel::PhoneIn, {"Your call", "Ваш звонок", "Ваш дзвінок"}},
        {Channel::PhoneOut, {"Our call to you", "Наш звонок вам", "Наш дзвінок вам"}},
        {Channel::Email, {"E-mail", "Электронное письмо", "Електронний лист"}},
        {Channel::Ticket, {"Request", "Заявка", "Заявка"}},
        {Channel::Chat, {"Chat", "Чат", "Чат"}},
        {Channel::Visit, {"Visit by an engineer", "Выезд специалиста", "Виїзд фахівця"}},
        {Channel::Letter, {"Letter", "Письмо", "Лист"}},
    };
    return QString::fromUtf8(words.value(channel)[languageIndex()]);
}

QString LetterLanguage::outcome(Outcome outcome) const
{
    static const QHash<Outcome, std::array<const char*, 3>> words {
        {Outcome::Resolved, {"Resolved", "Решено", "Вирішено"}},
        {Outcome::FollowUp, {"Follow-up arranged", "Назначено продолжение", "Призначено продовження"}},
        {Outcome::Escalated, {"Passed to a specialist", "Передано специалисту", "Передано фахівцеві"}},
        {Outcome::Unresolved, {"Not resolved", "Не решено", "Не вирішено"}},
    };
    return QString::fromUtf8(words.value(outcome)[languageIndex()]);
}

QString LetterLanguage::noConversation(NoConversation what) const
{
    // Put plainly and without blame: the line dropped, or nobody spoke.
    static const QHash<NoConversation, std::array<const char*, 3>> words {
        {NoConversation::HungUp,
         {"Call ended before we spoke", "Звонок прервался до разговора", "Дзвінок перервався до розмови"}},
        {NoConversation::WrongNumber, {"Wrong number", "Ошибочный номер", "Помилковий номер"}},
        {NoConversation::SilentLine, {"No one on the line", "На линии никого не было", "На лінії нікого не було"}},
    };
    return QString::fromUtf8(words.value(what)[languageIndex()]);
}

QStringList LetterLanguage::reportHeadings() const
{
    static const std::array<std::array<const char*, 5>, 3> headings {{
        {"Date", "Contact", "Duration", "Subject", "Outcome"},
        {"Дата", "Обращение", "Длительность", "Тема", "Результат"},
        {"Дата", "Звернення", "Тривалість", "Тема", "Результат"},
    }};
    QStringList words;
    for (const char* word : headings[languageIndex()]) {
        words.append(QString::fromUtf8(word));
    }
    return words;
}

QString LetterLanguage::title(LetterKind kind) const
{
    static const std::array<std::array<const char*, 5>, 3> titles {{
        {"Reminder of the support limits",
         "Offer of another plan or paid support",
         "Notice of termination",
         "Confirmation of termination",
         "Service report"},
        {"Напоминание о лимитах поддержки",
         "Предложение другого тарифа или платной поддержки",
         "Уведомление о расторжении договора",
         "Подтверждение расторжения договора",
         "Отчёт об обслуживании"},
        {"Нагадування про ліміти підтримки",
         "Пропозиція іншого тарифу або платної підтримки",
         "Повідомлення про розірвання договору",
         "Підтвердження розірвання договору",
         "Звіт про обслуговування"},
    }};
    return QString::fromUtf8(titles[languageIndex()][static_cast<std::size_t>(kind)]);
}

QString LetterLanguage::phoneAbbreviation() const
{
    return m_code == QLatin1String("en") ? QStringLiteral("Tel.") : QString::fromUtf8("Тел.");
}

std::size_t LetterLanguage::languageIndex() const
{
    if (m_code == QLatin1String("ru")) {
        return 1;
    }
    return m_code == QLatin1String("uk") ? 2 : 0;
}

int LetterLanguage::pluralForm(const QString& code, qint64 value)
{
    const qint64 n = value < 0 ? -value : value;
    if (code == QLatin1String("ru") || code == QLatin1String("uk")) {
        if (n % 10 == 1 && n % 100 != 11) {
            return 0;
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return 1;
        }
        return 2;
    }
    return n == 1 ? 0 : 2;
}

} // namespace abonent
