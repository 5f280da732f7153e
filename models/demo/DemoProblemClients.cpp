#include "DemoProblemClients.h"

#include "DemoRandom.h"
#include "DomainTypes.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TerminationTerms.h"

#include <QSqlQuery>

namespace abonent {

namespace {

constexpr std::uint64_t kProblemStream = 4;
constexpr qint64 kDay = 24 * 60 * 60;

} // namespace

DemoProblemClients::DemoProblemClients(QSqlDatabase db,
                                       const DemoOptions& options,
                                       const DemoWordLists& words,
                                       DemoTeam team)
    : m_db(std::move(db))
    , m_options(options)
    , m_words(words)
    , m_team(std::move(team))
    , m_now(options.asOf.startOfDay(Qt::UTC).toSecsSinceEpoch())
{
}

QString DemoProblemClients::text(const QString& kind, qint64 customerId) const
{
    // A stable number per kind of text (qHash is seeded per process).
    std::uint64_t kindNumber = 0;
    for (const QChar letter : kind) {
        kindNumber = kindNumber * 31 + letter.unicode();
    }
    DemoRandom random(m_options.seed, kProblemStream, static_cast<std::uint64_t>(customerId) * 16 + kindNumber % 15);
    const QStringList& texts = m_words.problemTexts.value(kind);
    return texts.isEmpty() ? QString() : random.pick(texts);
}

Result<QList<DemoProblemClients::Incidents>> DemoProblemClients::repeatedIncidents() const
{
    // Three or more serious incidents (not just a raised voice) in half a year.
    auto query =
        sql::select(m_db,
                    QStringLiteral("SELECT k.customer_id, k.id, k.started_at, k.operator_id, k.conduct FROM contacts k"
                                   " JOIN customers c ON c.id = k.customer_id AND c.status = 'active'"
                                   " WHERE k.conduct <> 'normal' AND k.conduct <> 'raised_voice' AND k.started_at > ?"
                                   " AND k.started_at < ? ORDER BY k.customer_id, k.started_at DESC, k.id DESC"),
                    {m_now - 180 * kDay, m_now});
    if (!query) {
        return query.error();
    }
    QList<Incidents> found;
    Incidents current;
    const auto flush = [&] {
        if (current.customerId > 0 && current.incidents.size() >= 3) {
            found.append(current);
        }
    };
    while (query->next()) {
        const qint64 customer = query->value(0).toLongLong();
        if (customer != current.customerId) {
            flush();
            current = Incidents {};
            current.customerId = customer;
        }
        current.incidents.append(
            {query->value(1).toLongLong(), query->value(2).toLongLong(), query->value(3).toLongLong()});
        current.threats = current.threats || query->value(4).toString() == codeOf(Conduct::Threats);
    }
    flush();
    return found;
}

QList<DemoProblemClients::Incident> DemoProblemClients::Incidents::before(qint64 time) const
{
    QList<Incident> seen;
    for (const Incident& incident : incidents) {
        if (incident.at < time && seen.size() < 5) {
            seen.append(incident);
        }
    }
    return seen;
}

Result<qint64> DemoProblemClients::tagId(const char* key) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE shipped_key = ?"), {QLatin1String(key)});
    if (!id) {
        return id.error();
    }
    return id.value().toLongLong();
}

Result<qint64> DemoProblemClients::tag(qint64 customerId,
                                       const char* key,
                                       const QString& reason,
                                       qint64 at,
                                       qint64 byOperator,
                                       const QList<qint64>& evidence)
{
    auto id = tagId(key);
    if (!id) {
        return id;
    }
    const ShippedTag* shipped = ShippedTags::find(QLatin1String(key));
    const int days = shipped ? shipped->defaultExpiryDays : 0;
    QSqlQuery insert(m_db);
    auto inserted = sql::insert(
        insert,
        QStringLiteral("INSERT INTO tag_assignments (customer_id, tag_id, reason, assigned_at,"
                       " assigned_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {customerId, id.value(), reason, at, byOperator, days > 0 ? QVariant(at + days * kDay) : QVariant()});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 assignment = inserted.value();
    QSqlQuery link(m_db);
    for (qint64 contact : evidence) {
        if (Status status =
                sql::exec(link,
                          QStringLiteral("INSERT INTO tag_evidence (assignment_id, contact_id) VALUES (?, ?)"),
                          {assignment, contact});
            !status) {
            return status.error();
        }
    }
    return assignment;
}

Status DemoProblemClients::removeTag(qint64 assignmentId, qint64 at, const QString& reason)
{
    QSqlQuery update(m_db);
    return sql::exec(update,
                     QStringLiteral("UPDATE tag_assignments SET removed_at = ?, removed_by = ?, removal_reason = ?"
                                    " WHERE id = ?"),
                     {at, m_team.managers.first(), reason, assignmentId});
}

qint64 DemoProblemClients::caseOpening(int stepsTaken) const
{
    const QDate firstStep = m_options.asOf.addDays(-3 - 14 * std::max(0, stepsTaken - 1));
    return firstStep.addDays(-1).startOfDay(Qt::UTC).toSecsSinceEpoch() + 10 * 3600;
}

Status DemoProblemClients::openCase(qint64 customerId, int stepsTaken, const QString& reasonKind)
{
    const QDate firstStep = m_options.asOf.addDays(-3 - 14 * std::max(0, stepsTaken - 1));
    const qint64 manager = m_team.managers.first();
    QSqlQuery insert(m_db);
    auto inserted = sql::insert(insert,
                                QStringLiteral("INSERT INTO cases (customer_id, opened_at, opened_by, reason)"
                                               " VALUES (?, ?, ?, ?)"),
                                {customerId, caseOpening(stepsTaken), manager, text(reasonKind, customerId)});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 caseId = inserted.value();
    static const QList<CaseStep> order {CaseStep::Reminder, CaseStep::Offer, CaseStep::Notice};
    for (int i = 0; i < stepsTaken && i < order.size(); ++i) {
        const CaseStep step = order.at(i);
        const QDate on = firstStep.addDays(14 * i);
        QVariant clause;
        QVariant terminationOn;
        QVariant refund;
        QVariant owed;
        QVariant currency;
        if (step == CaseStep::Notice) {
            auto terms = TerminationCalculator(m_db).terms(customerId, on, 1);
            if (!terms) {
                return terms.error();
            }
            clause = text(QStringLiteral("clause"), customerId);
            terminationOn = sql::toDateValue(terms->terminationOn);
            refund = terms->refund.minor;
            owed = terms->owed.minor;
            currency = terms->refund.currency;
            QSqlQuery status(m_db);
            if (Status changed = sql::exec(status,
                                           QStringLiteral("UPDATE customers SET status = ? WHERE id = ?"),
                                           {codeOf(CustomerStatus::NoticeGiven), customerId});
                !changed) {
                return changed;
            }
        }
        const QString kind = step == CaseStep::Reminder ? QStringLiteral("reminder")
            : step == CaseStep::Offer                   ? QStringLiteral("offer")
                                                        : QStringLiteral("notice");
        QSqlQuery stepInsert(m_db);
        if (Status status = sql::exec(
                stepInsert,
                QStringLiteral("INSERT INTO case_steps (case_id, step, taken_on, recorded_at, recorded_by, note,"
                               " offer_accepted, clause, termination_on, refund_minor, owed_minor, currency)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {caseId,
                 codeOf(step),
                 sql::toDateValue(on),
                 on.startOfDay(Qt::UTC).toSecsSinceEpoch() + 11 * 3600,
                 manager,
                 text(kind, customerId),
                 step == CaseStep::Offer ? QVariant(0) : QVariant(),
                 clause.isNull() ? QString() : clause,
                 terminationOn,
                 refund,
                 owed,
                 currency});
            !status) {
            return status;
        }
    }
    return {};
}

Status DemoProblemClients::writeExits()
{
    auto left = sql::select(m_db,
                            QStringLiteral("SELECT c.id, max(pp.ends_on) FROM customers c JOIN plan_periods pp"
                                           " ON pp.customer_id = c.id WHERE c.status = ? GROUP BY c.id"
                                           " ORDER BY c.id"),
                            {codeOf(CustomerStatus::Terminated)});
    if (!left) {
        return left.error();
    }
    QList<QPair<qint64, QDate>> exits;
    while (left->next()) {
        exits.append({left->value(0).toLongLong(), sql::fromDateValue(left->value(1))});
    }
    left->finish();
    static const QList<ExitReason> reasons {ExitReason::Moved,
                                            ExitReason::Price,
                                            ExitReason::ServiceQuality,
                                            ExitReason::Competitor,
                                            ExitReason::NoLongerNeeded,
                                            ExitReason::Other};
    static const QList<int> shares {35, 20, 10, 20, 10, 5};
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO customer_exits (customer_id, left_on, reason, recorded_at,"
                                       " recorded_by) VALUES (?, ?, ?, ?, ?)"))) {
        return sql::queryError(insert);
    }
    for (const auto& [customer, leftOn] : exits) {
        if (!leftOn.isValid()) {
            continue;
        }
        DemoRandom random(m_options.seed, kProblemStream, static_cast<std::uint64_t>(customer) * 16 + 15);
        if (Status status = sql::execPrepared(insert,
                                              {customer,
                                               sql::toDateValue(leftOn),
                                               codeOf(reasons.at(random.weighted(shares))),
                                               leftOn.startOfDay(Qt::UTC).toSecsSinceEpoch() + 9 * 3600,
                                               m_team.managers.first()});
            !status) {
            return status;
        }
    }
    return {};
}

Status DemoProblemClients::write(const QString& costlyCallerContract)
{
    auto incidents = repeatedIncidents();
    if (!incidents) {
        return incidents.error();
    }
    auto costly = sql::scalar(m_db,
                              QStringLiteral("SELECT coalesce((SELECT id FROM customers WHERE contract_number = ?"
                                             " AND status = 'active'), 0)"),
                              {costlyCallerContract});
    if (!costly) {
        return costly.error();
    }
    int tagged = 0;
    int cases = 0;
    for (qsizetype i = 0; i < incidents->size(); ++i) {
        const Incidents& found = incidents->at(i);
        if (found.customerId == costly.value().toLongLong()) {
            continue; // the costly caller's story follows below
        }
        if (i % 3 == 2) {
            continue; // left for the indicators to suggest
        }
        // A few cases at different steps: notice given, reminded, just opened, offered.
        static const int stepsTaken[] {3, 1, 0, 2};
        const bool withCase = cases < 4 && found.before(caseOpening(stepsTaken[cases]) - kDay).size() >= 2;
        // Tagged after the latest incident, or a day before the case opened.
        const qint64 at = withCase ? caseOpening(stepsTaken[cases]) - kDay
                                   : std::min(found.incidents.first().at + 20 * 60, m_now - 60);
        const QList<Incident> seen = found.before(at);
        if (seen.isEmpty()) {
            continue;
        }
        QList<qint64> evidence;
        for (const Incident& incident : seen) {
            evidence.append(incident.contactId);
        }
        auto assignment = tag(found.customerId,
                              found.threats ? ShippedTags::threats : ShippedTags::abusiveLanguage,
                              text(QLatin1String(found.threats ? "threats" : "abusive"), found.customerId),
                              at,
                              seen.first().operatorId,
                              evidence);
        if (!assignment) {
            return assignment.error();
        }
        if (withCase) {
            if (Status opened = openCase(found.customerId, stepsTaken[cases], QStringLiteral("case_abusive"));
                !opened) {
                return opened;
            }
            ++cases;
        }
        // History: an earlier tag that a manager reviewed and removed.
        if (tagged == 1) {
            auto earlier = tag(found.customerId,
                               ShippedTags::excessiveSupport,
                               text(QStringLiteral("excessive"), found.customerId),
                               at - 200 * kDay,
                               seen.first().operatorId,
                               {});
            if (!earlier) {
                return earlier.error();
            }
            if (Status removed =
                    removeTag(earlier.value(), at - 100 * kDay, text(QStringLiteral("removed"), found.customerId));
                !removed) {
                return removed;
            }
        }
        ++tagged;
    }

    if (const qint64 customer = costly.value().toLongLong(); customer > 0) {
        const qint64 at = m_now - 40 * kDay;
        auto assignment = tag(customer,
                              ShippedTags::excessiveSupport,
                              text(QStringLiteral("excessive"), customer),
                              at,
                              m_team.managers.first(),
                              {});
        if (!assignment) {
            return assignment.error();
        }
        if (Status opened = openCase(customer, 2, QStringLiteral("case_excessive")); !opened) {
            return opened;
        }
    }

    // Friendly tags for a few calm customers: the catalogue is not only warnings.
    auto calm = sql::select(m_db,
                            QStringLiteral("SELECT id, created_at FROM customers WHERE status = 'active'"
                                           " AND id % 97 = 5 ORDER BY id"));
    if (!calm) {
        return calm.error();
    }
    QList<QPair<qint64, qint64>> friendly;
    while (calm->next()) {
        friendly.append({calm->value(0).toLongLong(), calm->value(1).toLongLong()});
    }
    calm->finish();
    for (const auto& [customer, created] : friendly) {
        const bool vip = customer % 2 == 1;
        auto assignment = tag(customer,
                              vip ? "vip" : "needs_patience",
                              text(vip ? QStringLiteral("vip") : QStringLiteral("patience"), customer),
                              std::min(created + 30 * kDay, m_now - kDay),
                              m_team.agents.first(),
                              {});
        if (!assignment) {
            return assignment.error();
        }
    }
    return writeExits();
}

} // namespace abonent
