#pragma once

#include "CostModel.h"
#include "Result.h"
#include "SupportEconomics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <atomic>

namespace abonent {

// One customer's month in the cost model (DESIGN §3), in minor units.
struct MonthFigures
{
    QDate month; // its first day
    qint64 contacts = 0;
    qint64 conversationSeconds = 0; // phone and chat: what the allowance counts
    qint64 handlingSeconds = 0;
    qint64 costMinor = 0;
    qint64 paidMinor = 0; // money received: fees and paid support
    qint64 creditedMinor = 0; // money given back: refunds and compensation
    qint64 supportPaidMinor = 0; // of paidMinor: paid support
    qint64 compensationMinor = 0; // of creditedMinor: compensation
    qint64 feeDueMinor = 0; // the plan's fee for the days it was in force
    int includedMinutes = 0; // of the plan in force at the month's end
    bool supportIncluded = true;

    // Whole minutes of calls and chats, as the allowance counts them.
    qint64 conversationMinutes() const { return CostModel::wholeMinutes(conversationSeconds); }
    // What the customer was charged for the month, whenever they paid: the
    // plan's fee for the days it was in force and the paid support, less
    // compensation. A refund is not taken off again: it returns money paid
    // beyond the fee, and the fee already counts only the days served.
    qint64 revenueMinor() const { return feeDueMinor + supportPaidMinor - compensationMinor; }
    // The money that came in during the month, less what went back.
    qint64 cashMinor() const { return paidMinor - creditedMinor; }
    // Received less charged: ahead when positive, owing when negative.
    qint64 balanceMinor() const { return cashMinor() - revenueMinor(); }
    qint64 marginMinor() const { return revenueMinor() - costMinor; }
    bool hasActivity() const { return revenueMinor() != 0 || costMinor != 0 || paidMinor != 0 || creditedMinor != 0; }
};

// One customer over a range of months.
struct CustomerFigures
{
    qint64 customerId = 0;
    QString contract;
    QString name;
    QString status; // code
    qint64 planId = 0; // in force at the end of the range (0: none)
    QString plan;
    qint64 revenueMinor = 0; // charged, as MonthFigures::revenueMinor
    qint64 cashMinor = 0; // received less given back
    qint64 costMinor = 0;
    qint64 contacts = 0;
    qint64 conversationSeconds = 0;
    qint64 handlingSeconds = 0; // all the support time, e-mails and visits too
    int months = 0; // months of the range the customer had a plan, money or contacts in

    // An account imported with an opening balance counts from it, as the card
    // does: the months before it are taken as settled, and the balance then
    // is added. Zero for an account Abonent kept from the start.
    qint64 openingAdjustmentMinor = 0;

    qint64 marginMinor() const { return revenueMinor - costMinor; }
    qint64 balanceMinor() const { return cashMinor + openingAdjustmentMinor - revenueMinor; }
    // Whole minutes of calls and chats over the range, as the allowance counts them.
    qint64 conversationMinutes() const { return CostModel::wholeMinutes(conversationSeconds); }
};

// How concentrated support time is: the share of all handling time taken by
// the customers who take the most ("5% of customers take 60% of support time").
class ParetoCurve
{
public:
    static ParetoCurve of(const QVector<CustomerFigures>& customers);

    // Of all support time, the share the top `customerShare` (0..1) of customers take.
    double timeShareOfTop(double customerShare) const;
    // The smallest share of customers that takes `timeShare` of the time.
    double customerShareTaking(double timeShare) const;
    qint64 totalSeconds() const { return m_total; }
    int customers() const { return static_cast<int>(m_cumulative.size()) - 1; }

private:
    QVector<qint64> m_cumulative; // seconds taken by the top n customers, n = 0..count
    qint64 m_total = 0;
};

// The whole base month by month.
struct PortfolioMonth
{
    QDate month;
    qint64 revenueMinor = 0;
    qint64 cashMinor = 0;
    qint64 costMinor = 0;
    int customers = 0;
    int lossMaking = 0; // customers whose month cost more than it earned
};

struct Portfolio
{
    QDate firstMonth;
    QDate lastMonth;
    QString currency;
    QVector<CustomerFigures> customers; // by customer id
    QVector<PortfolioMonth> months;

    qint64 revenueMinor() const;
    qint64 cashMinor() const;
    qint64 costMinor() const;
    int lossMaking() const;
};

// Which months and customers a report covers.
struct EconomicsRange
{
    QDate firstMonth; // any day of the month
    QDate lastMonth;
    qint64 planId = 0; // customers on this plan at the end of the range; 0 for all

    // The twelve whole months up to and including `month`.
    static EconomicsRange lastTwelve(const QDate& month);
    int monthCount() const;
};

// The one source of the economics figures: the card's series, the
// portfolio, the report, and the indicators all read them from here, off
// the monthly roll-ups and the plan periods.
class EconomicsService : public SupportEconomics
{
    Q_DECLARE_TR_FUNCTIONS(EconomicsService)

public:
    explicit EconomicsService(QSqlDatabase db);

    // Every month of the range, including those without activity.
    Result<QList<MonthFigures>>
    customerMonths(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const;
    // Figures only: contract, name and status are left empty for describe().
    // Setting `cancel` stops it between customers (the result is then an error).
    Result<Portfolio> portfolio(const EconomicsRange& range, const std::atomic<bool>* cancel = nullptr) const;
    // Fills in contract, name and status.
    Status describe(QVector<CustomerFigures>& customers) const;
    // An imported account's balance on the first of the month its opening
    // balance stands in, up to the day before `asOf`: fee payments less
    // refunds then, less the fee for those days. The opening balance already
    // holds it, so a balance counted from the month's first day takes it off
    // and then agrees with the settlement, which counts from `asOf`.
    Result<qint64> balanceBeforeOpening(qint64 customerId, const QDate& asOf) const;

    Result<EconomicsEstimate>
    estimate(qint64 customerId, const QDate& firstMonth, const QDate& lastMonth) const override;

    // "2026-11" for any day of November 2026, as the roll-ups key months.
    static QString monthKey(const QDate& day);
    static QDate monthStart(const QDate& day);

private:
    Result<QString> currency() const;

    QSqlDatabase m_db;
};

} // namespace abonent
