#pragma once

#include "DemoGenerator.h"
#include "DemoWordLists.h"
#include "DomainTypes.h"
#include "Entities.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace abonent {

class DemoRandom;

// Who works at the demo provider, as ids already written to the database.
struct DemoTeam
{
    QList<qint64> agents;
    QList<qint64> managers;
    QList<qint64> difficultCallerExperts;
    qint64 averageCostPerMinuteMinor = 1;
    // The cost model's rates as written, so the monthly sums carry the cost.
    QHash<qint64, qint64> costPerHourMinor; // by operator id
    qint64 defaultCostPerHourMinor = 0;
    QHash<QString, qint64> channelCostMinor; // by channel code
};

// The demo plans as written: ids and fees in the order of plans.txt.
struct DemoPlans
{
    QList<qint64> ids;
    QList<qint64> feesMinor;
    int costlyCallerPlan = 0;
};

// Everything one demo customer brings, ready to be written.
struct DemoCustomer
{
    struct Period
    {
        qint64 planId = 0;
        QDate startsOn;
        QDate endsOn;
    };
    struct Payment
    {
        QDate paidOn;
        PaymentKind kind = PaymentKind::Fee;
        qint64 amountMinor = 0;
    };
    struct Contact
    {
        qint64 startedAt = 0;
        qint64 durationSeconds = 0;
        qint64 operatorId = 0;
        Channel channel = Channel::PhoneIn;
        Outcome outcome = Outcome::Resolved;
        Conduct conduct = Conduct::Normal;
        QString topic;
        QString summary;
    };

    qint64 id = 0;
    QString contract;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString address;
    QString email;
    QString notes;
    QString searchWords;
    QString searchDigits;
    CustomerStatus status = CustomerStatus::Active;
    QDate since;
    bool costlyCaller = false;
    QList<CustomerPhone> phones;
    QList<Period> periods;
    QList<Payment> payments;
    std::vector<Contact> contacts;

    // Per month ("YYYY-MM", UTC) what the contacts add up to, as the
    // customer_months triggers would have counted them.
    struct Month
    {
        QString month;
        qint64 contacts = 0;
        qint64 conversationSeconds = 0;
        qint64 handlingSeconds = 0;
        qint64 costMinor = 0;
        qint64 paidMinor = 0;
        qint64 creditedMinor = 0;
        qint64 payments = 0;
        qint64 supportMinor = 0; // of paidMinor: paid support
        qint64 compensationMinor = 0; // of creditedMinor: compensation
    };
    QList<Month> months;
    qint64 lastContactAt = 0; // 0: never
};

// Draws the demo customer base: first a profile for every customer (when they
// joined, whether they left, how often they call, how they behave), then, on
// request, the full content of any one customer. customer() is const and
// depends only on the seed and the index, so it may run on another thread.
class DemoPopulation
{
public:
    DemoPopulation(const DemoOptions& options, const DemoWordLists& words, DemoTeam team, DemoPlans plans);

    Result<DemoCustomer> customer(int index) const;
    int costlyCallerIndex() const { return m_options.customers / 7; }

    static constexpr int kHistoryMonths = 24;
    // The first day of the history: the start of the month 23 months before "as of".
    static QDate historyStart(const QDate& asOf);
    // The last day of the history: the day before "as of", so that a demo
    // made today holds nothing later than the clock.
    static QDate historyEnd(const QDate& asOf) { return asOf.addDays(-1); }
    // The costly caller's contacts: about 1.3 calls a day over the whole history.
    static qint64 costlyCallerContacts(const QDate& asOf);

private:
    enum class Behaviour {
        Calm, // an occasional bad day at most
        Tense, // raises their voice now and then
        Difficult, // the one in five hundred: profanity, insults, threats
        CostlyCaller, // pays one fee, takes about five fees of support every month
    };

    struct Profile
    {
        QDate since;
        QDate end; // last day of service for customers who left
        CustomerStatus status = CustomerStatus::Active;
        Behaviour behaviour = Behaviour::Calm;
        int plan = 0;
        int nextPlan = -1;
        QDate planChange;
        qint64 activityWeight = 0;
        qint64 contacts = 0;
    };

    void drawProfiles();
    void allocateContacts();
    Result<QList<CustomerPhone>> phonesFor(bool company, DemoRandom& random) const;
    QList<DemoCustomer::Period> periodsFor(const Profile& profile) const;
    QList<DemoCustomer::Payment> paymentsFor(const Profile& profile, DemoRandom& random) const;
    std::vector<DemoCustomer::Contact> contactsFor(const Profile& profile, DemoRandom& random) const;

    void summarise(DemoCustomer& customer) const;

    QDate activeFrom(const Profile& profile) const;
    QDate activeUntil(const Profile& profile) const;
    int planOn(const Profile& profile, const QDate& day) const;

    const DemoOptions& m_options;
    const DemoWordLists& m_words;
    const DemoTeam m_team;
    const DemoPlans m_plans;
    const QString m_country;
    const qint64 m_minorPerMajor;
    const QDate m_historyStart;
    const QDate m_historyEnd;
    QHash<QString, QStringList> m_incidentSummaries; // by conduct code
    std::vector<Profile> m_profiles;
};

// Russian and Ukrainian letters to Latin, for e-mail addresses and logins.
QString transliterate(const QString& text);

} // namespace abonent
