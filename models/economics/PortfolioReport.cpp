#include "PortfolioReport.h"

#include "SqlSupport.h"
#include "TagCatalogue.h"

#include <QSqlQuery>

#include <algorithm>

namespace abonent {

namespace {

Result<PortfolioReport> cancelled()
{
    return makeError(Error::Code::Cancelled, PortfolioReport::tr("Reading the portfolio was cancelled."));
}

} // namespace

Result<PortfolioReport> PortfolioReport::read(const QSqlDatabase& db,
                                              const EconomicsRange& range,
                                              const Clock& clock,
                                              const std::atomic<bool>* cancel)
{
    const auto stopped = [cancel] { return cancel && cancel->load(); };
    PortfolioReport report;
    const EconomicsService economics(db);
    auto portfolio = economics.portfolio(range, cancel);
    if (!portfolio) {
        return portfolio.error();
    }
    report.portfolio = std::move(portfolio).value();
    if (stopped()) {
        return cancelled();
    }
    if (Status described = economics.describe(report.portfolio.customers); !described) {
        return described.error();
    }
    report.pareto = ParetoCurve::of(report.portfolio.customers);

    auto catalogue = TagCatalogue(db).tags(true);
    if (!catalogue) {
        return catalogue.error();
    }
    report.catalogue = std::move(catalogue).value();
    QHash<qint64, int> rank; // place in the display order
    for (int index = 0; index < report.catalogue.size(); ++index) {
        rank.insert(report.catalogue.at(index).id, index);
    }

    // In force: not removed and not expired, as TagAssignment::isActive says.
    auto assignments = sql::select(db,
                                   QStringLiteral("SELECT a.customer_id, a.tag_id FROM tag_assignments a"
                                                  " JOIN tags t ON t.id = a.tag_id"
                                                  " WHERE t.marks_problem = 1 AND a.removed_at IS NULL"
                                                  " AND (a.expires_at IS NULL OR a.expires_at > ?)"),
                                   {sql::toEpoch(clock())});
    if (!assignments) {
        return assignments.error();
    }
    while (assignments->next()) {
        QList<qint64>& ids = report.problemTags[assignments->value(0).toLongLong()];
        const qint64 tagId = assignments->value(1).toLongLong();
        if (!ids.contains(tagId)) {
            ids.append(tagId);
        }
    }
    for (QList<qint64>& ids : report.problemTags) {
        std::sort(ids.begin(), ids.end(), [&rank](qint64 a, qint64 b) { return rank.value(a) < rank.value(b); });
    }
    if (stopped()) {
        return cancelled();
    }
    auto openCases = sql::select(db, QStringLiteral("SELECT customer_id FROM cases WHERE closed_at IS NULL"));
    if (!openCases) {
        return openCases.error();
    }
    while (openCases->next()) {
        report.openCases.insert(openCases->value(0).toLongLong());
    }
    return report;
}

const Tag* PortfolioReport::tag(qint64 id) const
{
    const auto found =
        std::find_if(catalogue.cbegin(), catalogue.cend(), [id](const Tag& tag) { return tag.id == id; });
    return found == catalogue.cend() ? nullptr : &*found;
}

const CustomerFigures* PortfolioReport::figuresOf(qint64 customerId) const
{
    const QVector<CustomerFigures>& customers = portfolio.customers;
    const auto found = std::lower_bound(
        customers.cbegin(), customers.cend(), customerId, [](const CustomerFigures& figures, qint64 id) {
            return figures.customerId < id;
        });
    return found != customers.cend() && found->customerId == customerId ? &*found : nullptr;
}

const Tag* PortfolioReport::worstProblemTag(qint64 customerId) const
{
    const auto found = problemTags.constFind(customerId);
    return found == problemTags.cend() || found->isEmpty() ? nullptr : tag(found->first());
}

} // namespace abonent
