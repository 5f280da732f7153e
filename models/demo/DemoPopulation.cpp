#include "DemoPopulation.h"

#include "CostModel.h"
#include "DemoRandom.h"
#include "Money.h"
#include "PhoneNumber.h"
#include "SearchText.h"
#include "TerminationTerms.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace abonent {

namespace {

// Independent random streams, so changing how one part is drawn does not
// reshuffle the others.
enum Stream : std::uint64_t { StreamProfile = 2, StreamContent = 3 };

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

QDate monthStart(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

QString transliterate(const QString& text)
{
    static const QHash<QChar, QString> table = [] {
        const QString from = QStringLiteral("абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя");
        const char* const to[] = {"a",  "b",  "v",  "g",  "g",    "d", "e", "e", "ye", "zh", "z", "i", "i",
                                  "yi", "y",  "k",  "l",  "m",    "n", "o", "p", "r",  "s",  "t", "u", "f",
                                  "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e",  "yu", "ya"};
        QHash<QChar, QString> map;
        for (qsizetype i = 0; i < from.size(); ++i) {
            map.insert(from.at(i), QString::fromLatin1(to[i]));
        }
        return map;
    }();
    QString result;
    for (const QChar ch : text.toLower()) {
        if (const auto found = table.constFind(ch); found != table.constEnd()) {
            result += found.value();
        } else if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9')) {
            result += ch;
        }
    }
    return result;
}

DemoPopulation::DemoPopulation(const DemoOptions& options, const DemoWordLists& words, DemoTeam team, DemoPlans plans)
    : m_options(options)
    , m_words(words)
    , m_team(std::move(team))
    , m_plans(std::move(plans))
    , m_country(words.format(QStringLiteral("country")))
    , m_minorPerMajor(Money::minorPerMajor(words.format(QStringLiteral("currency"))))
    , m_historyStart(historyStart(options.asOf))
    , m_historyEnd(historyEnd(options.asOf))
{
    for (const auto& incident : m_words.incidents) {
        m_incidentSummaries[incident.conduct].append(incident.summary);
    }
    drawProfiles();
    allocateContacts();
}

QDate DemoPopulation::historyStart(const QDate& asOf)
{
    return monthStart(asOf).addMonths(-(kHistoryMonths - 1));
}

qint64 DemoPopulation::costlyCallerContacts(const QDate& asOf)
{
    return (historyStart(asOf).daysTo(historyEnd(asOf)) + 1) * 13 / 10;
}

QDate DemoPopulation::activeFrom(const Profile& profile) const
{
    return std::max(profile.since, m_historyStart);
}

QDate DemoPopulation::activeUntil(const Profile& profile) const
{
    return profile.end.isValid() ? std::min(profile.end, m_historyEnd) : m_historyEnd;
}

int DemoPopulation::planOn(const Profile& profile, const QDate& day) const
{
    return profile.nextPlan >= 0 && day >= profile.planChange ? profile.nextPlan : profile.plan;
}

void DemoPopulation::drawProfiles()
{
    const QDate asOf = m_options.asOf;
    const auto planCount = static_cast<int>(m_words.plans.size());
    // Cheaper home plans are the most common; the plan without support is a minority.
    QList<int> planWeights;
    for (int i = 0; i < planCount; ++i) {
        planWeights.append(m_words.plans.at(i).supportIncluded ? std::max(4, 30 - 5 * i) : 6);
    }
    // Contacts per customer follow a heavy tail: most call rarely, a few almost
    // daily. Weights are in thousandths of an average customer's activity.
    struct ActivityClass
    {
        int share;
        qint64 low;
        qint64 high;
    };
    const QList<ActivityClass> classes {
        {450, 100, 500}, {350, 500, 1500}, {150, 1500, 4000}, {45, 4000, 15000}, {5, 15000, 40000}};
    QList<int> classShares;
    for (const auto& activity : classes) {
        classShares.append(activity.share);
    }
    const QList<CustomerStatus> statuses {CustomerStatus::Active,
                                          CustomerStatus::Suspended,
                                          CustomerStatus::NoticeGiven,
                                          CustomerStatus::Terminated,
                                          CustomerStatus::Archived};

    m_profiles.resize(static_cast<std::size_t>(m_options.customers));
    for (int i = 0; i < m_options.customers; ++i) {
        DemoRandom random(m_options.seed, StreamProfile, static_cast<std::uint64_t>(i));
        Profile& profile = m_profiles[static_cast<std::size_t>(i)];
        profile.since = asOf.addDays(-random.between(14, 6 * 365));
        profile.plan = random.weighted(planWeights);
        profile.status = statuses.at(random.weighted({900, 30, 10, 40, 20}));
        if (profile.status == CustomerStatus::Terminated || profile.status == CustomerStatus::Archived) {
            const QDate earliest = std::max(profile.since.addDays(30), m_historyStart);
            const QDate latest = m_historyEnd;
            if (earliest < latest) {
                profile.end = earliest.addDays(random.between(0, earliest.daysTo(latest)));
            } else {
                profile.status = CustomerStatus::Active;
            }
        }

        const QDate changeFrom = profile.since.addDays(60);
        const QDate changeTo = (profile.end.isValid() ? profile.end : asOf).addDays(-10);
        if (planCount > 1 && changeFrom < changeTo && random.chance(1, 5)) {
            profile.planChange = changeFrom.addDays(random.between(0, changeFrom.daysTo(changeTo)));
            profile.nextPlan = (profile.plan + 1 + static_cast<int>(random.between(0, planCount - 2))) % planCount;
        }

        int activity = random.weighted(classShares);
        if (random.chance(1, 500)) {
            profile.behaviour = Behaviour::Difficult;
            activity = std::max(activity, 3);
        } else if (random.chance(1, 150)) {
            profile.behaviour = Behaviour::Tense;
        }
        const auto& chosen = classes.at(activity);
        const qint64 activeDays = std::max<qint64>(0, activeFrom(profile).daysTo(activeUntil(profile)) + 1);
        profile.activityWeight = random.between(chosen.low, chosen.high) * activeDays;
    }

    if (m_options.customers > 0) {
        // The providers' story: a customer on a ~1,000 plan for years who calls every day.
        Profile& costly = m_profiles[static_cast<std::size_t>(costlyCallerIndex())];
        costly.since = m_historyStart.addDays(-200);
        costly.end = QDate();
        costly.status = CustomerStatus::Active;
        costly.behaviour = Behaviour::CostlyCaller;
        costly.plan = m_plans.costlyCallerPlan;
        costly.nextPlan = -1;
        costly.activityWeight = 0;
    }
}

void DemoPopulation::allocateContacts()
{
    qint64 remaining = m_options.totalContacts();
    if (m_options.customers > 0) {
        // A customer for the whole history (see drawProfiles), calling as often as their story says.
        Profile& costly = m_profiles[static_cast<std::size_t>(costlyCallerIndex())];
        costly.contacts = std::min(remaining, costlyCallerContacts(m_options.asOf));
        remaining -= costly.contacts;
    }
    qint64 totalWeight = 0;
    for (const Profile& profile : m_profiles) {
        totalWeight += profile.activityWeight;
    }
    // Nobody else to give the rest to (one customer alone): DemoGenerator::validate refuses such totals.
    if (totalWeight == 0 || remaining == 0) {
        return;
    }
    // Keep remaining × weight inside 64 bits by coarsening the weights when
    // needed; a little precision in a demo's call counts is no loss.
    const qint64 limit = std::numeric_limits<qint64>::max() / remaining;
    if (totalWeight > limit) {
        const qint64 shrink = totalWeight / limit + 1;
        totalWeight = 0;
        for (Profile& profile : m_profiles) {
            profile.activityWeight /= shrink;
            totalWeight += profile.activityWeight;
        }
        if (totalWeight == 0) {
            return;
        }
    }
    // Cumulative rounding: the shares add up to exactly the requested total.
    qint64 cumulativeWeight = 0;
    qint64 assigned = 0;
    for (Profile& profile : m_profiles) {
        cumulativeWeight += profile.activityWeight;
        const qint64 target = remaining * cumulativeWeight / totalWeight;
        profile.contacts += target - assigned;
        assigned = target;
    }
}

Result<QList<CustomerPhone>> DemoPopulation::phonesFor(bool company, DemoRandom& random) const
{
    const int count = 1 + (company ? random.weighted({40, 40, 20}) : random.weighted({70, 25, 5}));
    QList<CustomerPhone> phones;
    QSet<QString> seen;
    for (int position = 0; position < count; ++position) {
        std::optional<PhoneNumber> number;
        for (int attempt = 0; attempt < 20 && !number; ++attempt) {
            QString raw = random.pick(m_words.phoneFormats);
            for (QChar& ch : raw) {
                if (ch == u'#') {
                    ch = QChar(u'0' + static_cast<char16_t>(random.below(10)));
                }
            }
            auto parsed = PhoneNumber::parse(raw, m_country);
            if (parsed && !seen.contains(parsed->e164())) {
                number = parsed.value();
            }
        }
        if (!number) {
            return makeError(Error::Code::Invalid,
                             DemoGenerator::tr("The demo phone formats for \"%1\" do not yield valid numbers.")
                                 .arg(m_words.language));
        }
        seen.insert(number->e164());
        phones.append(CustomerPhone::from(*number));
    }
    return phones;
}

QList<DemoCustomer::Period> DemoPopulation::periodsFor(const Profile& profile) const
{
    if (profile.nextPlan < 0) {
        return {{m_plans.ids.at(profile.plan), profile.since, profile.end}};
    }
    return {{m_plans.ids.at(profile.plan), profile.since, profile.planChange},
            {m_plans.ids.at(profile.nextPlan), profile.planChange, profile.end}};
}

QList<DemoCustomer::Payment> DemoPopulation::paymentsFor(const Profile& profile, DemoRandom& random) const
{
    QList<DemoCustomer::Payment> payments;
    const QDate last = activeUntil(profile);
    if (profile.since < m_historyStart) {
        // The years before the generated history were paid for: one payment
        // for all their fees, the day before it begins, so a settlement (a
        // notice's refund or what is owed) does not count them as unpaid.
        QList<PricedPeriod> periods {{profile.since,
                                      profile.nextPlan < 0 ? profile.end : profile.planChange,
                                      m_plans.feesMinor.at(profile.plan)}};
        if (profile.nextPlan >= 0) {
            periods.append({profile.planChange, profile.end, m_plans.feesMinor.at(profile.nextPlan)});
        }
        const qint64 earlier = TerminationCalculator::feesDueBefore(periods, m_historyStart);
        if (earlier > 0) {
            payments.append({m_historyStart.addDays(-1), PaymentKind::Fee, earlier});
        }
    }
    for (QDate month = monthStart(activeFrom(profile)); month <= last; month = month.addMonths(1)) {
        const QDate firstServiceDay = std::max(month, profile.since);
        const int plan = planOn(profile, firstServiceDay);
        const qint64 fee = m_plans.feesMinor.at(plan);
        const QDate paidOn = firstServiceDay.addDays(random.between(0, 9));
        // Most pay every month; a few forget one now and then.
        if (paidOn <= last && !random.chance(3, 100) && fee > 0) {
            payments.append({paidOn, PaymentKind::Fee, fee});
        }
        const qint64 ratePerMinute = m_words.plans.at(plan).ratePerMinuteMajor * m_minorPerMajor;
        if (profile.behaviour != Behaviour::Calm && ratePerMinute > 0 && random.chance(1, 4)) {
            const QDate day = month.addDays(random.between(10, month.daysInMonth() - 1));
            const qint64 minutes = random.between(10, 60);
            if (day <= last) {
                payments.append({day, PaymentKind::PaidSupport, minutes * ratePerMinute});
            }
        }
        if (random.chance(1, 200) && fee >= 10) {
            // An outage compensated with a tenth of the fee.
            const QDate day = month.addDays(random.between(0, month.daysInMonth() - 1));
            if (day <= last) {
                payments.append({day, PaymentKind::Compensation, fee / 10});
            }
        }
    }
    if (profile.end.isValid()) {
        // The unused rest of the last month is refunded, prorated by day.
        const qint64 fee = m_plans.feesMinor.at(planOn(profile, profile.end));
        const qint64 daysLeft = profile.end.daysTo(monthStart(profile.end).addMonths(1)) - 1;
        const qint64 refund = fee * daysLeft / profile.end.daysInMonth();
        if (refund > 0) {
            payments.append({profile.end, PaymentKind::Refund, refund});
        }
    }
    return payments;
}

std::vector<DemoCustomer::Contact> DemoPopulation::contactsFor(const Profile& profile, DemoRandom& random) const
{
    std::vector<DemoCustomer::Contact> contacts;
    if (profile.contacts <= 0) {
        return contacts;
    }
    const QDate from = activeFrom(profile);
    const qint64 days = from.daysTo(activeUntil(profile)) + 1;
    const qint64 firstDay = from.startOfDay(Qt::UTC).toSecsSinceEpoch();
    std::vector<qint64> starts;
    starts.reserve(static_cast<std::size_t>(profile.contacts));
    for (qint64 i = 0; i < profile.contacts; ++i) {
        // Office hours, roughly 07:00 to 20:00.
        starts.push_back(firstDay + random.between(0, days - 1) * 86400 + 7 * 3600 + random.between(0, 13 * 3600));
    }
    std::sort(starts.begin(), starts.end());

    static const QList<Channel> channels {Channel::PhoneIn,
                                          Channel::PhoneOut,
                                          Channel::Email,
                                          Channel::Ticket,
                                          Channel::Chat,
                                          Channel::Visit,
                                          Channel::Letter};
    static const QList<Outcome> outcomes {
        Outcome::Resolved, Outcome::FollowUp, Outcome::Escalated, Outcome::Unresolved};
    static const QList<Conduct> incidents {
        Conduct::RaisedVoice, Conduct::Profanity, Conduct::Insults, Conduct::Threats};
    static const QList<int> channelShares {550, 80, 120, 120, 80, 40, 10};
    static const QList<int> outcomeShares {750, 150, 50, 50};
    static const QList<int> incidentOutcomeShares {40, 20, 30, 10};
    static const QList<int> incidentShares {40, 30, 20, 10};

    // The costly caller's calls last long enough that a month of them costs about five monthly fees.
    qint64 costlySecondsPerCall = 0;
    if (profile.behaviour == Behaviour::CostlyCaller) {
        const qint64 monthlyMinutes = 5 * m_plans.feesMinor.at(profile.plan) / m_team.averageCostPerMinuteMinor;
        costlySecondsPerCall = std::max<qint64>(180, monthlyMinutes * 60 * 10 / 13 / 30);
    }

    contacts.reserve(starts.size());
    for (const qint64 start : starts) {
        DemoCustomer::Contact contact;
        contact.startedAt = start;
        contact.channel = costlySecondsPerCall > 0 ? Channel::PhoneIn : channels.at(random.weighted(channelShares));
        switch (contact.channel) {
        case Channel::PhoneIn:
            contact.durationSeconds =
                random.chance(7, 10) ? random.between(60, 360) : random.between(360, random.chance(1, 6) ? 2700 : 1200);
            break;
        case Channel::PhoneOut:
            contact.durationSeconds = random.between(60, 480);
            break;
        case Channel::Email:
        case Channel::Ticket:
            contact.durationSeconds = random.between(120, 720);
            break;
        case Channel::Chat:
            contact.durationSeconds = random.between(180, 1200);
            break;
        case Channel::Visit:
            contact.durationSeconds = random.between(1800, 9000);
            break;
        case Channel::Letter:
            contact.durationSeconds = random.between(300, 900);
            break;
        }
        if (costlySecondsPerCall > 0) {
            contact.durationSeconds = random.between(costlySecondsPerCall / 2, costlySecondsPerCall * 3 / 2);
        }

        if (contact.channel != Channel::Letter) {
            switch (profile.behaviour) {
            case Behaviour::Calm:
                if (random.chance(3, 1000)) {
                    contact.conduct = Conduct::RaisedVoice; // a bad day
                }
                break;
            case Behaviour::Tense:
            case Behaviour::CostlyCaller:
                if (random.chance(6, 100)) {
                    contact.conduct = random.chance(1, 6) ? Conduct::Profanity : Conduct::RaisedVoice;
                }
                break;
            case Behaviour::Difficult:
                if (random.chance(30, 100)) {
                    contact.conduct = incidents.at(random.weighted(incidentShares));
                }
                break;
            }
        }

        const bool difficult = contact.conduct != Conduct::Normal || profile.behaviour == Behaviour::Difficult;
        if (difficult) {
            contact.operatorId =
                random.chance(7, 10) ? random.pick(m_team.difficultCallerExperts) : random.pick(m_team.agents);
        } else {
            contact.operatorId = random.chance(9, 10) ? random.pick(m_team.agents) : random.pick(m_team.managers);
        }

        const DemoWordLists::Topic& topic = random.pick(m_words.topics);
        contact.topic = topic.subject;
        contact.summary = random.pick(topic.summaries);
        contact.outcome = outcomes.at(random.weighted(outcomeShares));
        if (contact.conduct != Conduct::Normal) {
            const QStringList matching = m_incidentSummaries.value(codeOf(contact.conduct));
            if (!matching.isEmpty()) {
                contact.summary = random.pick(matching);
            }
            contact.outcome = outcomes.at(random.weighted(incidentOutcomeShares));
        }
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

void DemoPopulation::summarise(DemoCustomer& customer) const
{
    Customer searchable;
    searchable.contractNumber = customer.contract;
    searchable.name = customer.name;
    searchable.address = customer.address;
    searchable.email = customer.email;
    searchable.notes = customer.notes;
    searchable.phones = customer.phones;
    customer.searchWords = SearchText::wordsOf(searchable);
    customer.searchDigits = SearchText::digitsOf(searchable);

    // Contacts come in time order, so months do too. The month is worked
    // out from the day number (UTC), which is cheap for millions of contacts.
    // Payments are then added to their months, which may have no contacts.
    auto monthKey = [](const QDate& day) {
        return QStringLiteral("%1-%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0'));
    };
    int currentMonth = 0;
    for (const DemoCustomer::Contact& contact : customer.contacts) {
        const QDate day = QDate::fromJulianDay(kUnixEpochJulianDay + contact.startedAt / 86400);
        const int month = day.year() * 100 + day.month();
        if (month != currentMonth) {
            currentMonth = month;
            customer.months.append({monthKey(day)});
        }
        DemoCustomer::Month& sum = customer.months.last();
        ++sum.contacts;
        sum.handlingSeconds += contact.durationSeconds;
        if (isConversation(contact.channel)) {
            sum.conversationSeconds += contact.durationSeconds;
        }
        const qint64 rate = m_team.costPerHourMinor.value(contact.operatorId, 0);
        sum.costMinor += CostModel::contactCost(contact.durationSeconds,
                                                rate > 0 ? rate : m_team.defaultCostPerHourMinor,
                                                m_team.channelCostMinor.value(codeOf(contact.channel), 0));
        customer.lastContactAt = std::max(customer.lastContactAt, contact.startedAt);
    }
    for (const DemoCustomer::Payment& payment : customer.payments) {
        const QString key = monthKey(payment.paidOn);
        auto at = std::lower_bound(
            customer.months.begin(),
            customer.months.end(),
            key,
            [](const DemoCustomer::Month& month, const QString& wanted) { return month.month < wanted; });
        if (at == customer.months.end() || at->month != key) {
            at = customer.months.insert(at, DemoCustomer::Month {key});
        }
        const bool earns = payment.kind == PaymentKind::Fee || payment.kind == PaymentKind::PaidSupport;
        (earns ? at->paidMinor : at->creditedMinor) += payment.amountMinor;
        at->payments += earns ? 1 : 0;
        at->supportMinor += payment.kind == PaymentKind::PaidSupport ? payment.amountMinor : 0;
        at->compensationMinor += payment.kind == PaymentKind::Compensation ? payment.amountMinor : 0;
    }
}

Result<DemoCustomer> DemoPopulation::customer(int index) const
{
    DemoRandom random(m_options.seed, StreamContent, static_cast<std::uint64_t>(index));
    const Profile& profile = m_profiles[static_cast<std::size_t>(index)];

    DemoCustomer customer;
    customer.id = index + 1;
    customer.costlyCaller = profile.behaviour == Behaviour::CostlyCaller;
    customer.kind = !customer.costlyCaller && random.chance(12, 100) ? CustomerKind::Company : CustomerKind::Person;
    customer.status = profile.status;
    customer.since = profile.since;
    const bool company = customer.kind == CustomerKind::Company;

    QString handle;
    if (company) {
        const auto& [form, title] = random.pick(m_words.companies);
        customer.name = m_words.format(QStringLiteral("company_name")).arg(form, title);
        handle = QStringLiteral("office.") + transliterate(title).left(12);
    } else {
        const bool female = random.chance(1, 2);
        const QString& first = random.pick(female ? m_words.femaleFirstNames : m_words.maleFirstNames);
        const auto& surname = random.pick(m_words.surnames);
        const QString& family = female ? surname.female : surname.male;
        customer.name = m_words.format(QStringLiteral("person_name")).arg(first, family);
        handle = transliterate(first.left(1)) + QLatin1Char('.') + transliterate(family);
    }
    // Most customers live in the provider's home town.
    const QString& town = random.chance(7, 10) ? m_words.towns.first() : random.pick(m_words.towns);
    const QString& street = random.pick(m_words.streets);
    const QString house = QString::number(random.between(1, 120));
    customer.address = !company && random.chance(7, 10)
        ? m_words.format(QStringLiteral("address_flat"))
              .arg(street, house, town, QString::number(random.between(1, 180)))
        : m_words.format(QStringLiteral("address_house")).arg(street, house, town);
    if (random.chance(company ? 90 : 65, 100)) {
        if (random.chance(1, 3)) {
            handle += QString::number(random.between(1, 99));
        }
        customer.email = handle + QLatin1Char('@') + random.pick(m_words.emailDomains);
    }
    if (random.chance(8, 100)) {
        customer.notes = random.pick(m_words.notes);
    }
    const int contractWidth = std::max(5, static_cast<int>(QString::number(m_options.customers).size()));
    customer.contract = QStringLiteral("%1-%2")
                            .arg(profile.since.year() % 100, 2, 10, QLatin1Char('0'))
                            .arg(index + 1, contractWidth, 10, QLatin1Char('0'));

    auto phones = phonesFor(company, random);
    if (!phones) {
        return phones.error();
    }
    customer.phones = std::move(phones).value();
    customer.periods = periodsFor(profile);
    customer.payments = paymentsFor(profile, random);
    customer.contacts = contactsFor(profile, random);
    summarise(customer);
    return customer;
}

} // namespace abonent
