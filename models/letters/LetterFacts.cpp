#include "LetterFacts.h"

#include "CaseService.h"
#include "ContactRepository.h"
#include "CostModel.h"
#include "CustomerRepository.h"
#include "Economics.h"
#include "LetterPdf.h"
#include "OfficeSettings.h"
#include "PaymentRepository.h"
#include "PlanRepository.h"
#include "TerminationTerms.h"

namespace abonent {

namespace {

// The plan in force on `date`, or else the latest one the customer had
// (a confirmation of termination is written after the last plan ended).
std::optional<qint64> planOn(const QList<PlanPeriod>& periods, const QDate& date)
{
    std::optional<qint64> latest;
    QDate latestStart;
    for (const PlanPeriod& period : periods) {
        if (period.startsOn <= date && (period.isOpen() || period.endsOn > date)) {
            return period.planId;
        }
        if (!latestStart.isValid() || period.startsOn > latestStart) {
            latestStart = period.startsOn;
            latest = period.planId;
        }
    }
    return latest;
}

// Whole months from the notice to the end of the contract, as the notice set them.
int noticeMonths(const QDate& noticeOn, const QDate& terminationOn)
{
    for (int months = 1; months <= 24; ++months) {
        if (TerminationCalculator::terminationDate(noticeOn, months) >= terminationOn) {
            return months;
        }
    }
    return 24;
}

} // namespace

LetterFacts::LetterFacts(QSqlDatabase db, const Letterhead& letterhead, const LetterLanguage& language)
    : m_db(std::move(db))
    , m_letterhead(letterhead)
    , m_language(language)
{
}

QString LetterFacts::paragraphsHtml(const QString& text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QString html;
    for (const QString& paragraph : text.trimmed().split(blankLine, Qt::SkipEmptyParts)) {
        QString escaped = paragraph.trimmed().toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        html += QStringLiteral("<p>%1</p>\n").arg(escaped);
    }
    return html;
}

QString LetterFacts::letterheadHtml() const
{
    if (m_letterhead.companyName.trimmed().isEmpty()) {
        return {};
    }
    const auto escaped = [](const QString& text) {
        return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QStringList lines;
    lines << QStringLiteral("<span style=\"font-size: 14pt; font-weight: bold;\">%1</span>")
                 .arg(escaped(m_letterhead.companyName));
    if (!m_letterhead.address.trimmed().isEmpty()) {
        lines << escaped(m_letterhead.address);
    }
    if (!m_letterhead.registration.trimmed().isEmpty()) {
        lines << escaped(m_letterhead.registration);
    }
    QStringList contact;
    if (!m_letterhead.phone.trimmed().isEmpty()) {
        contact << QStringLiteral("%1 %2").arg(m_language.phoneAbbreviation(), escaped(m_letterhead.phone));
    }
    if (!m_letterhead.email.trimmed().isEmpty()) {
        contact << escaped(m_letterhead.email);
    }
    if (!contact.isEmpty()) {
        lines << contact.join(QStringLiteral(" · "));
    }
    QString logoCell;
    if (!m_letterhead.logoPng.isEmpty()) {
        logoCell = QStringLiteral("<td width=\"96\" valign=\"top\"><img src=\"%1\" width=\"84\"></td>")
                       .arg(LetterPdf::logoUrl());
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1"
                          "<td valign=\"top\"><span style=\"font-size: 9pt;\">%2</span></td></tr></table>\n<hr>\n")
        .arg(logoCell, lines.join(QLatin1String("<br>")));
}

Result<LetterFacts::Found>
LetterFacts::gather(const LetterRequest& request, const QString& number, const QDate& date) const
{
    Found found;
    LetterValues& values = found.values;
    values.setText(QStringLiteral("letter.number"), number);
    values.setText(QStringLiteral("letter.date"), m_language.date(date));
    values.setHtml(QStringLiteral("letterhead"), letterheadHtml());
    values.setText(QStringLiteral("company.name"), m_letterhead.companyName.trimmed());
    values.setText(QStringLiteral("company.address"), m_letterhead.address.trimmed());
    values.setText(QStringLiteral("company.registration"), m_letterhead.registration.trimmed());
    values.setText(QStringLiteral("company.phone"), m_letterhead.phone.trimmed());
    values.setText(QStringLiteral("company.email"), m_letterhead.email.trimmed());
    values.setText(QStringLiteral("company.signatory"), m_letterhead.signatory.trimmed());
    values.setText(QStringLiteral("company.signatory_title"), m_letterhead.signatoryTitle.trimmed());
    if (!m_letterhead.logoPng.isEmpty()) {
        values.setHtml(QStringLiteral("company.logo"),
                       QStringLiteral("<img src=\"%1\" width=\"84\">").arg(LetterPdf::logoUrl()));
    }
    values.setHtml(QStringLiteral("free.text"), paragraphsHtml(request.freeText));

    if (Status status = addCustomer(request.customerId, values); !status) {
        return status.error();
    }
    if (Status status = addPlanAndUse(request.customerId, date, values); !status) {
        return status.error();
    }

    const std::optional<CaseStep> step = LetterService::stepFor(request.kind);
    // Notices and confirmations need their step's figures, from any case;
    // a reminder or an offer goes with the open case's step when there is one.
    const bool needsStep =
        request.kind == LetterKind::TerminationNotice || request.kind == LetterKind::TerminationConfirmation;
    auto cases = CaseService(m_db).casesOf(request.customerId);
    if (!cases) {
        return cases.error();
    }
    auto record = findStep(cases.value(), step, request.caseStepId, !needsStep);
    if (!record) {
        return record.error();
    }
    if (record.value()) {
        found.caseStepId = record.value()->id;
    } else if (needsStep) {
        found.missingStep = step; // its figures stay gaps; issuing says which step to take
    }
    const CaseStepRecord* stepRecord = record.value() ? &*record.value() : nullptr;

    // The clause comes from the notice, which a confirmation follows.
    auto notice = findStep(cases.value(), CaseStep::Notice, std::nullopt, false);
    if (!notice) {
        return notice.error();
    }
    if (notice.value()) {
        values.setText(QStringLiteral("contract.clause"), notice.value()->clause);
    }

    switch (request.kind) {
    case LetterKind::SupportReminder:
        break;
    case LetterKind::PlanOffer:
        if (Status status = addOffer(stepRecord, values); !status) {
            return status.error();
        }
        break;
    case LetterKind::TerminationNotice:
        if (stepRecord) {
            values.setText(QStringLiteral("notice.date"), m_language.date(stepRecord->takenOn));
            values.setText(QStringLiteral("termination.date"), m_language.date(stepRecord->terminationOn));
            values.setText(QStringLiteral("notice.period"),
                           m_language.count(noticeMonths(stepRecord->takenOn, stepRecord->terminationOn),
                                            LetterLanguage::Unit::Month));
            Money owed = stepRecord->owed.value_or(Money {0, stepRecord->refund.currency});
            if (!stepRecord->owed && stepRecord->refund.minor == 0) {
                // A notice from before Abonent kept what was owed: as the payments are now.
                auto settled = TerminationCalculator(m_db).settlement(request.customerId, stepRecord->terminationOn);
                if (!settled) {
                    return settled.error();
                }
                owed = settled->owed;
            }
            addSettlement(stepRecord->refund, owed, values);
        }
        break;
    case LetterKind::TerminationConfirmation:
        if (stepRecord) {
            auto settled = TerminationCalculator(m_db).settlement(request.customerId, stepRecord->terminationOn);
            if (!settled) {
                return settled.error();
            }
            values.setText(QStringLiteral("termination.date"), m_language.date(stepRecord->terminationOn));
            values.setText(QStringLiteral("fees.paid"), m_language.money(settled->feesPaid));
            values.setText(QStringLiteral("fees.due"), m_language.money(settled->feesDue));
            addSettlement(settled->refund, settled->owed, values);
        }
        break;
    case LetterKind::ServiceReport: {
        const QDate to = request.periodTo.isValid() ? request.periodTo : date;
        const QDate from = request.periodFrom.isValid() ? request.periodFrom : to.addYears(-1).addDays(1);
        if (from > to) {
            return makeError(Error::Code::Invalid, tr("The report's period begins after it ends."));
        }
        if (Status status = addReport(request.customerId, from, to, values); !status) {
            return status.error();
        }
        break;
    }
    }
    return found;
}

Status LetterFacts::addCustomer(qint64 customerId, LetterValues& values) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    values.setText(QStringLiteral("customer.name"), customer->name);
    values.setText(QStringLiteral("customer.address"), customer->address);
    values.setText(QStringLiteral("customer.email"), customer->email);
    values.setText(QStringLiteral("contract.number"), customer->contractNumber);
    values.setText(QStringLiteral("contract.since"), m_language.date(customer->customerSince));
    return {};
}

Status LetterFacts::addPlanAndUse(qint64 customerId, const QDate& date, LetterValues& values) const
{
    PlanRepository plans(m_db);
    auto periods = plans.periodsOf(customerId);
    if (!periods) {
        return periods.error();
    }
    const std::optional<qint64> planId = planOn(periods.value(), date);
    if (!planId) {
        return {}; // no plan: the placeholders that need one say so
    }
    auto plan = plans.find(*planId);
    if (!plan) {
        return plan.error();
    }
    m_currency = plan->monthlyFee.currency;
    values.setText(QStringLiteral("plan.name"), plan->name);
    values.setText(QStringLiteral("plan.fee"), m_language.money(plan->monthlyFee));
    values.setText(
        QStringLiteral("plan.minutes"),
        m_language.count(plan->supportIncluded ? plan->includedSupportMinutes : 0, LetterLanguage::Unit::Minute));
    if (plan->paidSupportRatePerMinuteMinor > 0) {
        values.setText(QStringLiteral("plan.rate"),
                       m_language.money(Money {plan->paidSupportRatePerMinuteMinor, plan->monthlyFee.currency}));
    }

    // The latest month of the last year in which the customer went over the
    // allowance; without one, the latest month (and nothing "over").
    const QDate last = EconomicsService::monthStart(date);
    auto months = EconomicsService(m_db).customerMonths(customerId, last.addMonths(-11), last);
    if (!months) {
        return months.error();
    }
    const MonthFigures* chosen = months->isEmpty() ? nullptr : &months->last();
    for (auto month = months->crbegin(); month != months->crend(); ++month) {
        if (month->includedMinutes > 0 && month->conversationMinutes() > month->includedMinutes) {
            chosen = &*month;
            break;
        }
    }
    if (chosen) {
        values.setText(QStringLiteral("usage.month"), m_language.month(chosen->month));
        values.setText(QStringLiteral("usage.minutes"),
                       m_language.count(chosen->conversationMinutes(), LetterLanguage::Unit::Minute));
        const qint64 over = chosen->conversationMinutes() - chosen->includedMinutes;
        if (chosen->includedMinutes > 0 && over > 0) {
            values.setText(QStringLiteral("usage.over"), m_language.count(over, LetterLanguage::Unit::Minute));
        }
    }
    return {};
}

void LetterFacts::addSettlement(const Money& refund, const Money& owed, LetterValues& values) const
{
    values.setText(QStringLiteral("refund.amount"), m_language.money(refund));
    values.setText(QStringLiteral("owed.amount"), m_language.money(owed));
    values.setCondition(QStringLiteral("refund.due"), refund.minor > 0);
    values.setCondition(QStringLiteral("payment.owed"), owed.minor > 0);
    values.setCondition(QStringLiteral("settled.even"), refund.minor == 0 && owed.minor == 0);
}

Status LetterFacts::addOffer(const CaseStepRecord* offerStep, LetterValues& values) const
{
    auto plans = PlanRepository(m_db).all();
    if (!plans) {
        return plans.error();
    }
    const Plan* offered = nullptr;
    for (const Plan& plan : plans.value()) {
        if (offerStep && offerStep->offeredPlanId) {
            if (plan.id == *offerStep->offeredPlanId) {
                offered = &plan;
                break;
            }
            continue;
        }
        // No plan named in the case: the least expensive active plan without support.
        if (plan.active && !plan.supportIncluded && (m_currency.isEmpty() || plan.monthlyFee.currency == m_currency)
            && (!offered || plan.monthlyFee.minor < offered->monthlyFee.minor)) {
            offered = &plan;
        }
    }
    if (offered) {
        values.setText(QStringLiteral("offer.plan"), offered->name);
        values.setText(QStringLiteral("offer.fee"), m_language.money(offered->monthlyFee));
    }
    return {};
}

Status LetterFacts::addReport(qint64 customerId, const QDate& from, const QDate& to, LetterValues& values) const
{
    values.setText(QStringLiteral("report.from"), m_language.date(from));
    values.setText(QStringLiteral("report.to"), m_language.date(to));

    QString currency = m_currency;
    if (currency.isEmpty()) {
        currency = OfficeSettings(m_db).currency().value_or(QStringLiteral("EUR"));
    }
    auto payments = PaymentRepository(m_db).paymentsOf(customerId);
    if (!payments) {
        return payments.error();
    }
    qint64 paid = 0;
    for (const Payment& payment : payments.value()) {
        if (payment.paidOn >= from && payment.paidOn <= to && !isOutgoing(payment.kind)
            && payment.amount.currency == currency) {
            paid += payment.amount.minor;
        }
    }
    values.setText(QStringLiteral("report.paid"), m_language.money(Money {paid, currency}));

    auto contacts = ContactRepository(m_db).contactsOf(customerId);
    if (!contacts) {
        return contacts.error();
    }
    QList<Contact> inPeriod;
    qint64 seconds = 0;
    for (const Contact& contact : contacts.value()) {
        const QDate day = contact.startedAt.toLocalTime().date();
        if (day >= from && day <= to) {
            inPeriod.append(contact);
            seconds += contact.durationSeconds;
        }
    }
    std::sort(
        inPeriod.begin(), inPeriod.end(), [](const Contact& a, const Contact& b) { return a.startedAt < b.startedAt; });
    values.setText(QStringLiteral("report.contacts"), m_language.number(inPeriod.size()));
    values.setText(QStringLiteral("report.time"),
                   m_language.count(CostModel::wholeMinutes(seconds), LetterLanguage::Unit::Minute));

    // Only what the customer knows of each contact: no summaries (they are
    // the operators' notes), no conduct, no cost.
    QString table = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                                   " style=\"border-collapse: collapse; border-color: #808080;\"><thead><tr>");
    for (const QString& heading : m_language.reportHeadings()) {
        table += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
    }
    table += QStringLiteral("</tr></thead>\n"); // the headings repeat on every page
    const QLocale locale = m_language.locale();
    for (const Contact& contact : std::as_const(inPeriod)) {
        const qint64 minutes = CostModel::wholeMinutes(contact.durationSeconds);
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(locale.toString(contact.startedAt.toLocalTime().date(), QLocale::ShortFormat),
                          m_language.channel(contact.channel).toHtmlEscaped(),
                          contact.durationSeconds > 0 ? m_language.count(minutes, LetterLanguage::Unit::Minute)
                                                      : QStringLiteral("—"),
                          (contact.noConversation && contact.topic.isEmpty()
                               ? m_language.noConversation(*contact.noConversation)
                               : contact.topic)
                              .toHtmlEscaped(),
                          contact.noConversation ? QStringLiteral("—")
                                                 : m_language.outcome(contact.outcome).toHtmlEscaped());
    }
    table += QStringLiteral("</table>\n");
    values.setHtml(QStringLiteral("report.support"), table);
    return {};
}

Result<std::optional<CaseStepRecord>> LetterFacts::findStep(const QList<EscalationCase>& cases,
                                                            std::optional<CaseStep> step,
                                                            std::optional<qint64> explicitId,
                                                            bool openCaseOnly)
{
    std::optional<CaseStepRecord> found;
    for (const EscalationCase& escalation : cases) {
        for (const CaseStepRecord& record : escalation.steps) {
            if (explicitId) {
                if (record.id == *explicitId) {
                    if (step && record.step != *step) {
                        return makeError(
                            Error::Code::Invalid,
                            tr("This letter does not belong to the case step \"%1\".").arg(labelOf(record.step)));
                    }
                    return std::optional<CaseStepRecord>(record);
                }
                continue;
            }
            if (found || !step || record.step != *step || record.skipped || (openCaseOnly && !escalation.isOpen())) {
                continue;
            }
            found = record; // cases come newest first
        }
    }
    if (explicitId) {
        return makeError(Error::Code::NotFound, tr("The case step belongs to another customer or does not exist."));
    }
    return found;
}

} // namespace abonent
