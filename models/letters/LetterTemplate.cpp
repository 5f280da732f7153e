#include "LetterTemplate.h"

#include <QRegularExpression>

namespace abonent {

namespace {

// Anything between double braces is meant as a placeholder; what is inside
// must be a known name, so a typo stops the letter instead of printing.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{(.*?)\\}\\}"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

} // namespace

void LetterValues::setText(const QString& name, const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    m_values.insert(name, html);
}

void LetterValues::setHtml(const QString& name, const QString& html)
{
    m_values.insert(name, html);
}

void LetterValues::setCondition(const QString& name, bool holds)
{
    if (holds) {
        m_conditions.insert(name);
    } else {
        m_conditions.remove(name);
    }
}

LetterTemplate::LetterTemplate(QString html)
    : m_html(std::move(html))
{
}

Result<QString> LetterTemplate::shownFor(const LetterValues& values) const
{
    QString shown;
    shown.reserve(m_html.size());
    QStringList open; // the sections around the text being read, innermost last
    int hiddenFrom = -1; // the depth of the outermost section being dropped
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(m_html);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString inside = match.captured(1).trimmed();
        const bool opens = inside.startsWith(QLatin1Char('#'));
        const bool closes = inside.startsWith(QLatin1Char('/'));
        if (hiddenFrom < 0) {
            shown +=
                QStringView(m_html).mid(from, (opens || closes ? match.capturedStart() : match.capturedEnd()) - from);
        }
        from = match.capturedEnd();
        if (!opens && !closes) {
            continue;
        }
        const QString condition = inside.mid(1).trimmed();
        if (!knownConditions().contains(condition)) {
            return makeError(Error::Code::Invalid,
                             tr("The template has a section {{%1}}, but Abonent knows no condition \"%2\". "
                                "Correct it in the template editor.")
                                 .arg(inside, condition));
        }
        if (opens) {
            if (hiddenFrom < 0 && !values.holds(condition)) {
                hiddenFrom = open.size();
            }
            open.append(condition);
            continue;
        }
        if (open.isEmpty() || open.last() != condition) {
            return makeError(Error::Code::Invalid,
                             tr("The template closes the section {{/%1}} where it is not open. "
                                "Correct it in the template editor.")
                                 .arg(condition));
        }
        open.removeLast();
        if (hiddenFrom == open.size()) {
            hiddenFrom = -1;
        }
    }
    if (!open.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The template opens the section {{#%1}} and never closes it. "
                            "Correct it in the template editor.")
                             .arg(open.last()));
    }
    if (hiddenFrom < 0) {
        shown += QStringView(m_html).mid(from);
    }
    return shown;
}

Result<QStringList> LetterTemplate::placeholders() const
{
    // With every condition holding, nothing is dropped and each section is checked.
    LetterValues everything;
    for (const QString& condition : knownConditions()) {
        everything.setCondition(condition, true);
    }
    auto shown = shownFor(everything);
    if (!shown) {
        return shown.error();
    }
    QStringList names;
    auto matches = placeholderPattern().globalMatch(shown.value());
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1).trimmed();
        if (!knownNames().contains(name)) {
            return makeError(Error::Code::Invalid,
                             tr("The template uses the placeholder {{%1}}, which Abonent does not know. "
                                "Correct it in the template editor.")
                                 .arg(name));
        }
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

Result<QString> LetterTemplate::fill(const LetterValues& values, QStringList* missing) const
{
    if (auto whole = placeholders(); !whole) {
        return whole.error();
    }
    auto shown = shownFor(values);
    if (!shown) {
        return shown.error();
    }
    const QString& html = shown.value();
    auto names = LetterTemplate(html).placeholders();
    if (!names) {
        return names.error();
    }
    for (const QString& name : names.value()) {
        if (!isOptional(name) && values.isEmpty(name)) {
            if (!missing) {
                return makeError(Error::Code::Invalid, missingMessage(name));
            }
            missing->append(name);
        }
    }
    // One pass over the template: replaced text is never looked at again.
    QString filled;
    filled.reserve(html.size() * 2);
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(html);
    while (matches.hasNext()) {
        const auto match = matches.next();
        filled += QStringView(html).mid(from, match.capturedStart() - from);
        const QString name = match.captured(1).trimmed();
        filled += missing && missing->contains(name)
            ? QStringLiteral("<span style=\"background-color: #ffe08a;\">{{%1}}</span>").arg(name)
            : values.html(name);
        from = match.capturedEnd();
    }
    filled += QStringView(html).mid(from);
    return filled;
}

QString LetterTemplate::missingMessage(const QString& name)
{
    return tr("The letter needs %1 ({{%2}}), and there is none.").arg(describe(name), name);
}

const QStringList& LetterTemplate::knownNames()
{
    static const QStringList names {
        QStringLiteral("letterhead"),
        QStringLiteral("letter.number"),
        QStringLiteral("letter.date"),
        QStringLiteral("company.name"),
        QStringLiteral("company.address"),
        QStringLiteral("company.registration"),
        QStringLiteral("company.phone"),
        QStringLiteral("company.email"),
        QStringLiteral("company.logo"),
        QStringLiteral("company.signatory"),
        QStringLiteral("company.signatory_title"),
        QStringLiteral("customer.name"),
        QStringLiteral("customer.address"),
        QStringLiteral("customer.email"),
        QStringLiteral("contract.number"),
        QStringLiteral("contract.since"),
        QStringLiteral("contract.clause"),
        QStringLiteral("plan.name"),
        QStringLiteral("plan.fee"),
        QStringLiteral("plan.minutes"),
        QStringLiteral("plan.rate"),
        QStringLiteral("usage.month"),
        QStringLiteral("usage.minutes"),
        QStringLiteral("usage.over"),
        QStringLiteral("offer.plan"),
        QStringLiteral("offer.fee"),
        QStringLiteral("notice.date"),
        QStringLiteral("notice.period"),
        QStringLiteral("termination.date"),
        QStringLiteral("fees.paid"),
        QStringLiteral("fees.due"),
        QStringLiteral("refund.amount"),
        QStringLiteral("owed.amount"),
        QStringLiteral("report.from"),
        QStringLiteral("report.to"),
        QStringLiteral("report.paid"),
        QStringLiteral("report.contacts"),
        QStringLiteral("report.time"),
        QStringLiteral("report.support"),
        QStringLiteral("free.text"),
    };
    return names;
}

const QStringList& LetterTemplate::knownConditions()
{
    static const QStringList conditions {
        QStringLiteral("refund.due"),
        QStringLiteral("payment.owed"),
        QStringLiteral("settled.even"),
    };
    return conditions;
}

bool LetterTemplate::isOptional(const QString& name)
{
    static const QStringList optional {
        QStringLiteral("free.text"),
        QStringLiteral("company.logo"),
        QStringLiteral("company.registration"),
        QStringLiteral("company.signatory_title"),
        QStringLiteral("customer.email"),
    };
    return optional.contains(name);
}

QString LetterTemplate::describe(const QString& name)
{
    static const QHash<QString, const char*> descriptions {
        {QStringLiteral("letterhead"),
         QT_TR_NOOP("the company's letterhead (Settings ▸ Letterhead: the company name)")},
        {QStringLiteral("letter.number"), QT_TR_NOOP("the letter's register number")},
        {QStringLiteral("letter.date"), QT_TR_NOOP("the letter's date")},
        {QStringLiteral("company.name"), QT_TR_NOOP("the company's name (Settings ▸ Letterhead)")},
        {QStringLiteral("company.address"), QT_TR_NOOP("the company's address (Settings ▸ Letterhead)")},
        {QStringLiteral("company.registration"), QT_TR_NOOP("the company's registration numbers")},
        {QStringLiteral("company.phone"), QT_TR_NOOP("the company's phone number")},
        {QStringLiteral("company.email"), QT_TR_NOOP("the company's e-mail address")},
        {QStringLiteral("company.logo"), QT_TR_NOOP("the company's logo")},
        {QStringLiteral("company.signatory"),
         QT_TR_NOOP("the name of the person who signs letters (Settings ▸ Letterhead)")},
        {QStringLiteral("company.signatory_title"), QT_TR_NOOP("the signatory's position")},
        {QStringLiteral("customer.name"), QT_TR_NOOP("the customer's name")},
        {QStringLiteral("customer.address"), QT_TR_NOOP("the customer's postal address (edit the customer)")},
        {QStringLiteral("customer.email"), QT_TR_NOOP("the customer's e-mail address")},
        {QStringLiteral("contract.number"), QT_TR_NOOP("the contract number")},
        {QStringLiteral("contract.since"), QT_TR_NOOP("the date the contract began")},
        {QStringLiteral("contract.clause"),
         QT_TR_NOOP("the contract clause of the notice (take the notice step first)")},
        {QStringLiteral("plan.name"), QT_TR_NOOP("the customer's current plan")},
        {QStringLiteral("plan.fee"), QT_TR_NOOP("the monthly fee of the current plan")},
        {QStringLiteral("plan.minutes"), QT_TR_NOOP("the support minutes the plan includes")},
        {QStringLiteral("plan.rate"), QT_TR_NOOP("the price of a minute of paid support on the current plan")},
        {QStringLiteral("usage.month"), QT_TR_NOOP("the month the support use is given for")},
        {QStringLiteral("usage.minutes"), QT_TR_NOOP("the support minutes used in that month")},
        {QStringLiteral("usage.over"),
         QT_TR_NOOP("the minutes used beyond the allowance in one of the last twelve months")},
        {QStringLiteral("offer.plan"),
         QT_TR_NOOP("the plan offered (record it in the offer step, or keep an active plan without support)")},
        {QStringLiteral("offer.fee"), QT_TR_NOOP("the monthly fee of the plan offered")},
        {QStringLiteral("notice.date"), QT_TR_NOOP("the date notice is given (take the notice step first)")},
        {QStringLiteral("notice.period"), QT_TR_NOOP("the notice period (take the notice step first)")},
        {QStringLiteral("termination.date"),
         QT_TR_NOOP("the termination date (from the notice or the termination step)")},
        {QStringLiteral("fees.paid"), QT_TR_NOOP("the fees paid")},
        {QStringLiteral("fees.due"), QT_TR_NOOP("the fees due up to the termination date")},
        {QStringLiteral("refund.amount"), QT_TR_NOOP("the refund (from the notice or the termination step)")},
        {QStringLiteral("owed.amount"),
         QT_TR_NOOP("what the customer still has to pay up to the termination date (from the notice or the "
                    "termination step)")},
        {QStringLiteral("#refund.due"), QT_TR_NOOP("a section kept when the customer gets money back")},
        {QStringLiteral("#payment.owed"),
         QT_TR_NOOP("a section kept when the customer still has to pay for the time up to the termination date")},
        {QStringLiteral("#settled.even"), QT_TR_NOOP("a section kept when nothing is refunded and nothing is owed")},
        {QStringLiteral("report.from"), QT_TR_NOOP("the first day of the report's period")},
        {QStringLiteral("report.to"), QT_TR_NOOP("the last day of the report's period")},
        {QStringLiteral("report.paid"), QT_TR_NOOP("the payments over the report's period")},
        {QStringLiteral("report.contacts"), QT_TR_NOOP("the number of contacts in the report's period")},
        {QStringLiteral("report.time"), QT_TR_NOOP("the support time in the report's period")},
        {QStringLiteral("report.support"), QT_TR_NOOP("the table of the support given")},
        {QStringLiteral("free.text"), QT_TR_NOOP("the paragraph written for this letter")},
    };
    const char* description = descriptions.value(name);
    return description ? tr(description) : name;
}

} // namespace abonent
