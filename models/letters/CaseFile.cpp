#include "CaseFile.h"

#include "CallRecordings.h"
#include "CaseService.h"
#include "ContactRepository.h"
#include "CostModel.h"
#include "CustomerRepository.h"
#include "DocumentHtml.h"
#include "Economics.h"
#include "LetterPdf.h"
#include "LetterService.h"
#include "OfficeSettings.h"
#include "OperatorRepository.h"
#include "PlanRepository.h"
#include "TagService.h"
#include "TimelineModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace abonent {

using DocumentHtml::cell;
using DocumentHtml::section;
using DocumentHtml::table;

CaseFile::CaseFile(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

Result<QString> CaseFile::title(qint64 customerId) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    return tr("Case file: %1 (contract %2)").arg(customer->name, customer->contractNumber);
}

Result<QString> CaseFile::html(qint64 customerId, const QDate& from) const
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer) {
        return customer.error();
    }
    const QLocale locale;
    const QDate today = m_clock().toLocalTime().date();
    const auto date = [&locale](const QDate& day) {
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
    };
    const auto moment = [&locale](const QDateTime& at) {
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString html =
        QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
            .arg(tr("Case file: %1 (contract %2)").arg(customer->name, customer->contractNumber).toHtmlEscaped(),
                 tr("Internal document, prepared %1. Period of contacts and figures: %2 to %3.")
                     .arg(moment(m_clock()), date(from), date(today))
                     .toHtmlEscaped());

    // The customer and the contract.
    QStringList phones;
    const QString country = OfficeSettings(m_db).defaultCountry().value_or(QString());
    for (const CustomerPhone& phone : customer->phones) {
        phones << phone.shownIn(country);
    }
    html += section(tr("Customer and contract"));
    QStringList facts;
    for (const auto& [label, value] : {std::pair {tr("Contract"), customer->contractNumber},
                                       std::pair {tr("Name"), customer->name},
                                       std::pair {tr("Kind"), labelOf(customer->kind)},
                                       std::pair {tr("Address"), customer->address},
                                       std::pair {tr("E-mail"), customer->email},
                                       std::pair {tr("Phones"), phones.join(QStringLiteral(", "))},
                                       std::pair {tr("Status"), labelOf(customer->status)},
                                       std::pair {tr("Customer since"), date(customer->customerSince)}}) {
        facts << QStringLiteral("<td width=\"25%\"><b>%1</b></td>").arg(label.toHtmlEscaped()) + cell(value);
    }
    html += table({}, facts);

    // Plans over time.
    PlanRepository plans(m_db);
    auto periods = plans.periodsOf(customerId);
    auto allPlans = plans.all();
    if (!periods || !allPlans) {
        return !periods ? periods.error() : allPlans.error();
    }
    QHash<qint64, Plan> planById;
    for (const Plan& plan : allPlans.value()) {
        planById.insert(plan.id, plan);
    }
    QStringList planRows;
    for (const PlanPeriod& period : periods.value()) {
        const Plan plan = planById.value(period.planId);
        planRows << cell(plan.name) + cell(date(period.startsOn))
                + cell(period.isOpen() ? tr("in force") : date(period.endsOn)) + cell(plan.monthlyFee.format(locale))
                + cell(plan.supportIncluded ? tr("%n minute(s)", nullptr, plan.includedSupportMinutes) : tr("none"));
    }
    html += section(tr("Plan history"));
    html += table({tr("Plan"), tr("From"), tr("Until"), tr("Monthly fee"), tr("Support included")}, planRows);

    // The cases, step by step.
    auto cases = CaseService(m_db).casesOf(customerId);
    if (!cases) {
        return cases.error();
    }
    html += section(tr("Escalation cases"));
    if (cases->isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No case has been opened.").toHtmlEscaped());
    }
    for (auto escalation = cases->crbegin(); escalation != cases->crend(); ++escalation) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Opened %1 by %2: %3")
                             .arg(moment(escalation->openedAt), escalation->openedByName, escalation->reason)
                             .toHtmlEscaped());
        QStringList rows;
        for (const CaseStepRecord& step : escalation->steps) {
            QStringList details;
            if (step.skipped) {
                details << tr("skipped");
            }
            if (!step.clause.isEmpty()) {
                details << tr("clause %1, contract ends %2, %3")
                               .arg(step.clause, date(step.terminationOn), step.settlementText(locale));
            }
            if (step.offeredPlanId) {
                details << tr("offered: %1").arg(step.offeredPlanName);
            }
            if (!step.note.isEmpty()) {
                details << step.note;
            }
            rows << cell(labelOf(step.step)) + cell(date(step.takenOn)) + cell(moment(step.recordedAt))
                    + cell(step.recordedByName) + cell(details.join(QStringLiteral("; "))) + cell(step.letterNumber);
        }
        html += table({tr("Step"), tr("Taken on"), tr("Recorded"), tr("By"), tr("Details"), tr("Letter")}, rows);
        if (!escalation->isOpen()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Closed %1 (%2): %3")
                                 .arg(moment(escalation->closedAt), escalation->outcome, escalation->closingNote)
                                 .toHtmlEscaped());
        }
    }

    // Tags, with reasons and the contacts given as evidence.
    auto assignments = TagService(m_db).assignmentsOf(customerId);
    auto catalogue = TagService(m_db).catalogue(true);
    auto contacts = ContactRepository(m_db).contactsOf(customerId);
    if (!assignments || !catalogue || !contacts) {
        return !assignments ? assignments.error() : !catalogue ? catalogue.error() : contacts.error();
    }
    QHash<qint64, QString> tagNames;
    for (const Tag& tag : catalogue.value()) {
        tagNames.insert(tag.id, tag.name);
    }
    QHash<qint64, QDateTime> contactTimes;
    for (const Contact& contact : contacts.value()) {
        contactTimes.insert(contact.id, contact.startedAt);
    }
    // The recordings of the calls given as evidence, each with the
    // fingerprint taken when the file was complete: a lawyer can show that
    // the file handed over is the one meant and unchanged.
    QList<qint64> evidenceIds;
    for (const TagAssignment& assignment : assignments.value()) {
        for (qint64 contactId : assignment.evidence) {
            if (!evidenceIds.contains(contactId)) {
                evidenceIds.append(contactId);
            }
        }
    }
    auto recordings = CallRecordings(m_db).ofContacts(evidenceIds);
    if (!recordings) {
        return recordings.error();
    }
    QSet<qint64> recorded;
    for (const CallRecording& recording : recordings.value()) {
        recorded.insert(recording.contactId);
    }
    QStringList tagRows;
    for (const TagAssignment& assignment : assignments.value()) {
        QStringList evidence;
        for (qint64 contactId : assignment.evidence) {
            evidence << (recorded.contains(contactId) ? tr("%1 (recorded)").arg(moment(contactTimes.value(contactId)))
                                                      : moment(contactTimes.value(contactId)));
        }
        QString state = assignment.isRemoved()
            ? tr("removed %1 by %2: %3")
                  .arg(moment(assignment.removedAt), assignment.removedByName, assignment.removalReason)
            : assignment.expiresAt.isValid() ? tr("until %1").arg(moment(assignment.expiresAt))
                                             : tr("no expiry");
        tagRows << cell(tagNames.value(assignment.tagId)) + cell(moment(assignment.assignedAt))
                + cell(assignment.assignedByName) + cell(assignment.reason) + cell(evidence.join(QStringLiteral(", ")))
                + cell(state);
    }
    html += section(tr("Tags"));
    html += table({tr("Tag"), tr("Set"), tr("By"), tr("Reason"), tr("Evidence (contacts)"), tr("State")}, tagRows);

    // The recordings themselves, after the tags they support.
    if (!recordings->isEmpty()) {
        QStringList recordingRows;
        for (const CallRecording& recording : recordings.value()) {
            const qint64 seconds = recording.fingerprint && recording.fingerprint->durationMs
                ? *recording.fingerprint->durationMs / 1000
                : recording.callSeconds;
            const QString digest = recording.fingerprint
                ? tr("SHA-256 %1")
                      .arg(QStringLiteral("<span style=\"font-family: monospace;\">%1</span>")
                               .arg(recording.fingerprint->sha256))
                : tr("not fingerprinted yet: the file was not complete when last looked at").toHtmlEscaped();
            recordingRows << cell(moment(recording.callStartedAt))
                    + cell(TimelineModel::formatDuration(static_cast<int>(seconds)))
                    + cell(recording.fingerprint ? tr("%1 bytes").arg(locale.toString(recording.fingerprint->sizeBytes))
                                                 : QString())
                    + cell(recording.fingerprint ? moment(recording.fingerprintedAt) : QString());
            // The name and the digest in full, unbroken, on a row of their own.
            recordingRows
                << QStringLiteral("<td colspan=\"4\">%1<br>%2</td>").arg(recording.fileName.toHtmlEscaped(), digest);
        }
        html += section(tr("Call recordings among the evidence (%n)", nullptr, static_cast<int>(recordings->size())));
        html += table({tr("Call"), tr("Length"), tr("Size"), tr("Fingerprinted")}, recordingRows);
    }

    // Support use against the allowance, cost against revenue, month by month.
    auto months = EconomicsService(m_db).customerMonths(
        customerId, EconomicsService::monthStart(from), EconomicsService::monthStart(today));
    if (!months) {
        return months.error();
    }
    auto currency = OfficeSettings(m_db).currency();
    const QString code = currency ? currency.value() : QString();
    QStringList monthRows;
    for (const MonthFigures& month : months.value()) {
        monthRows << cell(locale.toString(month.month, QStringLiteral("MMM yyyy")))
                + cell(QString::number(month.conversationMinutes()))
                + cell(month.supportIncluded ? QString::number(month.includedMinutes) : tr("none"))
                + cell(QString::number(month.contacts)) + cell(Money {month.revenueMinor(), code}.format(locale))
                + cell(Money {month.costMinor, code}.format(locale))
                + cell(Money {month.marginMinor(), code}.format(locale));
    }
    html += section(tr("Support use and economics by month"));
    html += table({tr("Month"),
                   tr("Minutes used"),
                   tr("Included"),
                   tr("Contacts"),
                   tr("Revenue"),
                   tr("Support cost"),
                   tr("Margin")},
                  monthRows);

    // The contacts of the period, with conduct.
    auto operators = OperatorRepository(m_db).all();
    if (!operators) {
        return operators.error();
    }
    QHash<qint64, QString> operatorNames;
    for (const Operator& person : operators.value()) {
        operatorNames.insert(person.id, person.name);
    }
    QList<Contact> inPeriod;
    for (const Contact& contact : contacts.value()) {
        if (contact.startedAt.toLocalTime().date() >= from) {
            inPeriod.append(contact);
        }
    }
    std::sort(
        inPeriod.begin(), inPeriod.end(), [](const Contact& a, const Contact& b) { return a.startedAt < b.startedAt; });
    QStringList contactRows;
    for (const Contact& contact : std::as_const(inPeriod)) {
        const QString conduct = contact.conduct == Conduct::Normal
            ? cell(labelOf(contact.conduct))
            : QStringLiteral("<td><b>%1</b></td>").arg(labelOf(contact.conduct).toHtmlEscaped());
        contactRows << cell(moment(contact.startedAt)) + cell(labelOf(contact.channel))
                + cell(tr("%n min", nullptr, static_cast<int>(CostModel::wholeMinutes(contact.durationSeconds))))
                + cell(contact.operatorId ? operatorNames.value(*contact.operatorId) : QString())
                + cell(contact.topic.isEmpty() && contact.noConversation ? labelOf(*contact.noConversation)
                                                                         : contact.topic)
                + cell(contact.noConversation ? tr("no conversation") : labelOf(contact.outcome)) + conduct
                + cell(contact.summary);
    }
    html += section(tr("Contacts (%n)", nullptr, static_cast<int>(inPeriod.size())));
    html += table({tr("When"),
                   tr("Channel"),
                   tr("Duration"),
                   tr("Operator"),
                   tr("Topic"),
                   tr("Outcome"),
                   tr("Conduct"),
                   tr("Summary")},
                  contactRows);

    // The letters sent, with what identifies each file.
    auto letters = LetterService(m_db).lettersOf(customerId);
    if (!letters) {
        return letters.error();
    }
    QStringList letterRows;
    for (const IssuedLetter& letter : letters.value()) {
        letterRows << cell(letter.number) + cell(date(letter.letterDate)) + cell(labelOf(letter.kind))
                + cell(letter.issuedByName)
                + cell(letter.isVoid() ? tr("void: %1").arg(letter.voidReason) : tr("in force"));
        // The digest on a line of its own, so it is never broken.
        letterRows << QStringLiteral("<td colspan=\"5\"><span style=\"font-family: monospace; font-size: 8pt;\">"
                                     "SHA-256 %1</span></td>")
                          .arg(letter.sha256);
    }
    html += section(tr("Letters"));
    html += table({tr("Number"), tr("Date"), tr("Letter"), tr("Issued by"), tr("Status")}, letterRows);
    return html;
}

Result<QByteArray> CaseFile::pdf(qint64 customerId, const QDate& from) const
{
    auto text = html(customerId, from);
    if (!text) {
        return text.error();
    }
    auto heading = title(customerId);
    return LetterPdf::render(text.value(), pdfOptions(heading.value_or(QString())));
}

LetterPdf::Options CaseFile::pdfOptions(const QString& title)
{
    LetterPdf::Options options;
    options.title = title;
    options.footer = [title](int page, int pages) {
        return tr("%1 · page %2 of %3").arg(title, QString::number(page), QString::number(pages));
    };
    return options;
}

} // namespace abonent
