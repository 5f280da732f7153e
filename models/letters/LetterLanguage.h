#pragma once

#include "DomainTypes.h"
#include "Money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace abonent {

// How a letter writes dates, amounts and counted things in its own language,
// whatever language the desk runs in: "25 November 2026", "25 ноября 2026 г.",
// "3 months", "3 месяца", "5 місяців".
class LetterLanguage
{
public:
    enum class Unit { Month, Day, Minute };

    // "en", "ru" or "uk"; anything else writes English.
    explicit LetterLanguage(const QString& code);

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }

    QString date(const QDate& date) const;
    // "November 2026", "ноябрь 2026 г." (the month on its own, not "of November").
    QString month(const QDate& anyDayOfMonth) const;
    // As Money::format writes it in the letter's language: "1 234,50 ₽",
    // "$1,234.50", "₽ 1,234.50" (a currency foreign to English), "12,500 KWD".
    QString money(const Money& amount) const;
    QString number(qint64 value) const;
    // "1 month", "2 месяца", "11 місяців": the number with its plural form.
    QString count(qint64 value, Unit unit) const;

    // How a contact and its outcome are put to the customer in a service
    // report: their words, not the desk's labels.
    QString channel(Channel channel) const;
    QString outcome(Outcome outcome) const;
    // What a call nobody spoke on is called in the report, instead of a subject.
    QString noConversation(NoConversation what) const;
    // Column headings of the service report's table of contacts.
    QStringList reportHeadings() const;
    // What the letter is called in its PDF's title and when printed:
    // "Notice of termination", "Уведомление о расторжении договора".
    QString title(LetterKind kind) const;
    // "Tel.", "Тел.": before the company's phone in the letterhead.
    QString phoneAbbreviation() const;

    // Which of a language's plural forms a number takes: 0 one, 1 few, 2 many
    // (English uses 0 and 2 only). Russian and Ukrainian share the rule.
    static int pluralForm(const QString& code, qint64 value);

private:
    std::size_t languageIndex() const;

    QString m_code;
    QLocale m_locale;
};

} // namespace abonent
