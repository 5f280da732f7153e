#include "LetterBatch.h"

#include "Economics.h"
#include "PlanRepository.h"

namespace abonent {

namespace {

// A full disk or a file system that cannot be written: the next letter would meet it too.
bool stopsTheBatch(const Error& error)
{
    return error.code == Error::Code::Io || error.code == Error::Code::ReadOnly;
}

} // namespace

LetterBatch::LetterBatch(LetterService& letters, Actor actor)
    : m_letters(letters)
    , m_actor(std::move(actor))
{
}

QList<LetterOutcome> LetterBatch::run(const LetterRequest& request,
                                      const QList<qint64>& customerIds,
                                      const Deliver& deliver,
                                      const Progress& progress) const
{
    QList<LetterOutcome> outcomes;
    for (qsizetype index = 0; index < customerIds.size(); ++index) {
        if (progress && !progress(static_cast<int>(index), static_cast<int>(customerIds.size()))) {
            break;
        }
        LetterOutcome outcome;
        outcome.customerId = customerIds.at(index);
        LetterRequest own = request;
        own.customerId = outcome.customerId;
        QByteArray pdf;
        auto issued = m_letters.issue(m_actor, own, &pdf);
        if (!issued) {
            outcome.error = issued.error();
        } else {
            outcome.letter = issued.value();
            const Status delivered = deliver ? deliver(issued.value(), pdf) : Status();
            outcome.delivered = delivered.ok();
            if (!delivered) {
                outcome.error = delivered.error();
            }
        }
        outcomes.append(outcome);
        if (stopsTheBatch(outcome.error)) {
            break;
        }
    }
    if (progress) {
        progress(static_cast<int>(outcomes.size()), static_cast<int>(customerIds.size()));
    }
    return outcomes;
}

Result<QList<qint64>> LetterBatch::customersOverAllowance(const QSqlDatabase& db, const QDate& month)
{
    auto plans = PlanRepository(db).all();
    if (!plans) {
        return plans.error();
    }
    QHash<qint64, int> included;
    for (const Plan& plan : plans.value()) {
        included.insert(plan.id, plan.supportIncluded ? plan.includedSupportMinutes : 0);
    }
    EconomicsService economics(db);
    auto portfolio = economics.portfolio(EconomicsRange {month, month, 0});
    if (!portfolio) {
        return portfolio.error();
    }
    if (Status described = economics.describe(portfolio->customers); !described) {
        return described.error();
    }
    QList<qint64> over;
    for (const CustomerFigures& customer : std::as_const(portfolio->customers)) {
        const int allowance = included.value(customer.planId);
        const bool current =
            customer.status == codeOf(CustomerStatus::Active) || customer.status == codeOf(CustomerStatus::Suspended);
        if (current && allowance > 0 && customer.conversationMinutes() > allowance) {
            over.append(customer.customerId);
        }
    }
    return over;
}

int LetterBatch::issuedCount(const QList<LetterOutcome>& outcomes)
{
    return static_cast<int>(std::count_if(
        outcomes.cbegin(), outcomes.cend(), [](const LetterOutcome& outcome) { return outcome.issued(); }));
}

int LetterBatch::blockedCount(const QList<LetterOutcome>& outcomes)
{
    return static_cast<int>(std::count_if(
        outcomes.cbegin(), outcomes.cend(), [](const LetterOutcome& outcome) { return outcome.blocked(); }));
}

} // namespace abonent
