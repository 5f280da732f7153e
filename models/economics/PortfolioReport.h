#pragma once

#include "Clock.h"
#include "Economics.h"
#include "Entities.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>

namespace abonent {

// Everything the portfolio page shows, read in one go on a worker thread:
// the figures of every customer (described), who carries which problem tags,
// who has an open case, and how concentrated support time is.
struct PortfolioReport
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReport)

public:
    Portfolio portfolio;
    ParetoCurve pareto;
    QList<Tag> catalogue; // in display order: problem tags and the most severe first
    // Customer → problem tags in force (ids), the most severe first.
    QHash<qint64, QList<qint64>> problemTags;
    QSet<qint64> openCases;

    static Result<PortfolioReport> read(const QSqlDatabase& db,
                                        const EconomicsRange& range,
                                        const Clock& clock,
                                        const std::atomic<bool>* cancel = nullptr);

    const Tag* tag(qint64 id) const;
    // A customer's figures (the portfolio keeps them by id), or null.
    const CustomerFigures* figuresOf(qint64 customerId) const;
    // The most severe problem tag the customer carries, if any.
    const Tag* worstProblemTag(qint64 customerId) const;
};

} // namespace abonent
