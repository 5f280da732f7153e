#include "AuditLog.h"
#include "Economics.h"
#include "PlanFees.h"
#include "PlanRepository.h"
#include "PlanService.h"
#include "SqlSupport.h"
#include "TerminationTerms.h"
#include "TestSupport.h"
#include "TimelineSources.h"

#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// Plans as an office keeps them: created, edited, retired and repriced from
// a date by a manager, each change audited; and a price change counted from
// its day by everything that adds fees up (a month's revenue, the portfolio,
// a settlement, the timeline), so the months before it stay as charged.
class TestPlans : public QObject
{
    Q_OBJECT

private slots:
    void slicesCutWhereTheFeeChanges_data();
    void slicesCutWhereTheFeeChanges();
    void feeOnADayIsTheLatestChangeBeforeIt();
    void economicsCountEachDayAtItsFee();
    void settlementCountsEachDayAtItsFee();
    void timelineShowsTheFeeAPlanStartedAt();
    void repositoryReadsTodaysFee();
    void operatorsCannotChangePlans();
    void managerCreatesEditsAndRetires();
    void feeChangesFromTodayOnAndCanBeWithdrawnUntilThen();
    void aPlanInUseIsRetiredNeverRemoved();

private:
    std::unique_ptr<Database> fixture(const QString& name);

    QTemporaryDir m_dir;
};

namespace {

const QDate kToday(2026, 6, 10);

Clock fixedClock()
{
    return [] { return QDateTime(kToday, QTime(9, 0)); };
}

const Actor kManager {2, Role::Manager};
const Actor kOperator {1, Role::Operator};

bool run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery query(db);
    return sql::exec(query, statement, values).ok();
}

int auditCount(const QSqlDatabase& db, const QString& action)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}).value().toInt();
}

} // namespace

std::unique_ptr<Database> TestPlans::fixture(const QString& name)
{
    auto database = test::openDatabase(m_dir.filePath(name));
    if (!database || !test::writeEconomicsFixture(database->connection())
        || !run(database->connection(),
                QStringLiteral("INSERT INTO operators (id, login, name, role, currency) VALUES (2, 'mia', 'Mia',"
                               " 'manager', 'USD')"))) {
        return nullptr;
    }
    return database;
}

void TestPlans::slicesCutWhereTheFeeChanges_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QList<qint64>>("expected"); // start, end, fee; ...
    const qint64 may1 = QDate(2026, 5, 1).toJulianDay();
    const qint64 jul1 = QDate(2026, 7, 1).toJulianDay();
    QTest::newRow("before any change") << may1 - 10 << may1 << QList<qint64> {may1 - 10, may1, 1000};
    QTest::newRow("across the first change")
        << may1 - 10 << may1 + 10 << QList<qint64> {may1 - 10, may1, 1000, may1, may1 + 10, 1500};
    QTest::newRow("starting after it") << may1 + 1 << may1 + 5 << QList<qint64> {may1 + 1, may1 + 5, 1500};
    const qint64 open = qint64(1) << 40;
    QTest::newRow("across both, open-ended")
        << may1 - 1 << open << QList<qint64> {may1 - 1, may1, 1000, may1, jul1, 1500, jul1, open, 1200};
    QTest::newRow("starting on a change") << jul1 << jul1 + 3 << QList<qint64> {jul1, jul1 + 3, 1200};
}

void TestPlans::slicesCutWhereTheFeeChanges()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QList<qint64>, expected);
    static int count = 0;
    auto database = fixture(QStringLiteral("slices-%1.sqlite").arg(++count));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-07-01', 1200, 0), (1, '2026-05-01', 1500, 0),"
                               " (2, '2026-01-01', 1, 0)")));
    auto fees = PlanFees::read(db);
    QVERIFY(fees);
    QList<qint64> got;
    for (const PlanFees::Slice& slice : fees->slices(1, 1000, start, end)) {
        got << slice.startDay << slice.endDay << slice.feeMinor;
    }
    QCOMPARE(got, expected);
}

void TestPlans::feeOnADayIsTheLatestChangeBeforeIt()
{
    auto database = fixture(QStringLiteral("feeon.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-05-01', 4500, 0), (1, '2026-07-01', 2000, 0)")));
    auto fees = PlanFees::read(db);
    QVERIFY(fees);
    QCOMPARE(fees->feeOn(1, 3000, QDate(2026, 4, 30)), 3000);
    QCOMPARE(fees->feeOn(1, 3000, QDate(2026, 5, 1)), 4500);
    QCOMPARE(fees->feeOn(1, 3000, QDate(2026, 8, 1)), 2000);
    QCOMPARE(fees->feeOn(2, 9000, QDate(2026, 8, 1)), 9000);
    // The SQL twin gives the same answers.
    for (const QString& day :
         {QStringLiteral("2026-04-30"), QStringLiteral("2026-05-01"), QStringLiteral("2026-08-01")}) {
        auto sqlFee =
            sql::scalar(db,
                        QStringLiteral("SELECT %1 FROM plans p WHERE p.id = 1")
                            .arg(PlanFees::feeOnSql(
                                QStringLiteral("p.id"), QStringLiteral("?"), QStringLiteral("p.monthly_fee_minor"))),
                        {day});
        QVERIFY(sqlFee);
        QCOMPARE(sqlFee->toLongLong(), fees->feeOn(1, 3000, QDate::fromString(day, Qt::ISODate)));
    }
    auto lowest =
        sql::scalar(db,
                    QStringLiteral("SELECT %1 FROM plans p WHERE p.id = 1")
                        .arg(PlanFees::lowestFeeSql(QStringLiteral("p.id"), QStringLiteral("p.monthly_fee_minor"))));
    QVERIFY(lowest);
    QCOMPARE(lowest->toLongLong(), 2000);
}

void TestPlans::economicsCountEachDayAtItsFee()
{
    // Eve is on Home (30.00) from 16 March; from 16 April it costs 45.00.
    auto database = fixture(QStringLiteral("economics.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-04-16', 4500, 0)")));
    const EconomicsService economics(db);
    auto months = economics.customerMonths(1, QDate(2026, 3, 1), QDate(2026, 5, 31));
    QVERIFY(months);
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(0).feeDueMinor, 1548); // March as before
    QCOMPARE(months->at(1).feeDueMinor, 1500 + 2250); // 15 days at 30.00, 15 at 45.00
    QCOMPARE(months->at(2).feeDueMinor, 4500);
    auto portfolio = economics.portfolio({QDate(2026, 3, 1), QDate(2026, 5, 1), 0});
    QVERIFY2(portfolio, qPrintable(portfolio.errorString()));
    QCOMPARE(portfolio->customers.size(), 1);
    QCOMPARE(portfolio->customers.first().revenueMinor, 1548 + 3750 + 4500);
}

void TestPlans::settlementCountsEachDayAtItsFee()
{
    auto database = fixture(QStringLiteral("settlement.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    const TerminationCalculator calculator(db);
    auto before = calculator.settlement(1, QDate(2026, 6, 1));
    QVERIFY(before);
    QCOMPARE(before->feesDue.minor, 1548 + 3000 + 3000);
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-04-16', 4500, 0)")));
    auto after = calculator.settlement(1, QDate(2026, 6, 1));
    QVERIFY(after);
    QCOMPARE(after->feesDue.minor, 1548 + 3750 + 4500);
    QCOMPARE(after->feesPaid.minor, 2500);
    QCOMPARE(after->owed.minor, 1548 + 3750 + 4500 - 2500);
}

void TestPlans::timelineShowsTheFeeAPlanStartedAt()
{
    auto database = fixture(QStringLiteral("timeline.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-01-01', 2500, 0), (1, '2026-04-01', 4500, 0)")));
    auto entries = PlanTimelineSource().entriesFor(db, 1);
    QVERIFY(entries);
    const auto plan = std::find_if(entries->cbegin(), entries->cend(), [](const TimelineEntry& entry) {
        return entry.kind == TimelineEntry::Kind::PlanPeriod;
    });
    QVERIFY(plan != entries->cend());
    QCOMPARE(plan->amount.minor, 2500); // in force on 16 March
}

void TestPlans::repositoryReadsTodaysFee()
{
    auto database = fixture(QStringLiteral("today.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    QVERIFY(run(db,
                QStringLiteral("INSERT INTO plan_fee_changes (plan_id, starts_on, monthly_fee_minor, recorded_at)"
                               " VALUES (1, '2026-05-01', 4500, 0)")));
    const PlanRepository plans(db);
    QCOMPARE(plans.find(1, QDate(2026, 4, 30))->monthlyFee.minor, 3000);
    QCOMPARE(plans.find(1, QDate(2026, 5, 1))->monthlyFee.minor, 4500);
    auto all = plans.all(QDate(2026, 5, 1));
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("Home"));
    QCOMPARE(all->first().monthlyFee.minor, 4500);
    QCOMPARE(all->last().monthlyFee.minor, 9000);
}

void TestPlans::operatorsCannotChangePlans()
{
    auto database = fixture(QStringLiteral("operator.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    PlanService service(db, fixedClock());
    Plan plan;
    plan.name = QStringLiteral("Basic");
    plan.monthlyFee = Money {1000, QStringLiteral("USD")};
    QVERIFY(!service.create(kOperator, plan));
    QVERIFY(!service.changeFee(kOperator, 1, 5000, kToday.addDays(1)));
    QVERIFY(!service.setRetired(kOperator, 1, true));
    QVERIFY(!service.remove(kOperator, 2));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plans")).value().toInt(), 2);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_fee_changes")).value().toInt(), 0);
}

void TestPlans::managerCreatesEditsAndRetires()
{
    auto database = fixture(QStringLiteral("manager.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    PlanService service(db, fixedClock());
    Plan plan;
    plan.name = QStringLiteral("  No Support  ");
    plan.monthlyFee = Money {1900, QStringLiteral("USD")};
    plan.supportIncluded = false;
    auto id = service.create(kManager, plan);
    QVERIFY2(id, qPrintable(id.errorString()));
    QCOMPARE(auditCount(db, AuditLog::planCreated()), 1);
    auto created = PlanRepository(db).find(id.value());
    QVERIFY(created);
    QCOMPARE(created->name, QStringLiteral("No Support"));
    QVERIFY(!created->supportIncluded);

    // A name another plan has is refused and nothing changes.
    Plan renamed = created.value();
    renamed.name = QStringLiteral("Home");
    auto clash = service.edit(kManager, renamed);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    renamed.name = QStringLiteral("Basic, no support");
    renamed.paidSupportRatePerMinuteMinor = 150;
    QVERIFY(service.edit(kManager, renamed));
    QCOMPARE(PlanRepository(db).find(id.value())->name, QStringLiteral("Basic, no support"));
    QCOMPARE(PlanRepository(db).find(id.value())->paidSupportRatePerMinuteMinor, 150);
    QCOMPARE(PlanRepository(db).find(id.value())->monthlyFee.minor, 1900); // edit leaves the fee alone
    QCOMPARE(auditCount(db, AuditLog::planEdited()), 1);

    QVERIFY(service.setRetired(kManager, id.value(), true));
    QVERIFY(!PlanRepository(db).find(id.value())->active);
    QVERIFY(service.setRetired(kManager, id.value(), true)); // already retired: nothing to record
    QCOMPARE(auditCount(db, AuditLog::planEdited()), 2);
    QVERIFY(service.setRetired(kManager, id.value(), false));
    QVERIFY(PlanRepository(db).find(id.value())->active);
}

void TestPlans::feeChangesFromTodayOnAndCanBeWithdrawnUntilThen()
{
    auto database = fixture(QStringLiteral("fees.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    PlanService service(db, fixedClock());
    auto past = service.changeFee(kManager, 1, 4000, kToday.addDays(-1));
    QVERIFY(!past);
    QCOMPARE(past.error().code, Error::Code::Invalid);
    QVERIFY(!service.changeFee(kManager, 1, -1, kToday.addDays(1)));
    QVERIFY(service.changeFee(kManager, 1, 4000, QDate(2026, 7, 1)));
    // The same day again replaces the planned fee instead of failing.
    QVERIFY(service.changeFee(kManager, 1, 3500, QDate(2026, 7, 1)));
    QCOMPARE(auditCount(db, AuditLog::planFeeChanged()), 2);
    auto overview = service.overview();
    QVERIFY(overview);
    const PlanOverview& home = overview->first();
    QCOMPARE(home.plan.name, QStringLiteral("Home"));
    QCOMPARE(home.plan.monthlyFee.minor, 3000); // still today's
    QCOMPARE(home.customersNow, 1);
    QVERIFY(home.everUsed);
    QCOMPARE(home.feeChanges.size(), 1);
    QCOMPARE(home.nextChange(kToday)->feeMinor, 3500);
    QCOMPARE(home.nextChange(kToday)->startsOn, QDate(2026, 7, 1));

    // A stored change cannot be edited behind the service's back.
    QSqlQuery edit(db);
    QVERIFY(!edit.exec(QStringLiteral("UPDATE plan_fee_changes SET monthly_fee_minor = 1")));

    QVERIFY(service.withdrawFeeChange(kManager, 1, QDate(2026, 7, 1)));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_fee_changes")).value().toInt(), 0);
    QCOMPARE(auditCount(db, AuditLog::planFeeChanged()), 3);
    QVERIFY(!service.withdrawFeeChange(kManager, 1, QDate(2026, 7, 1)));

    // A change in force is history: it cannot be withdrawn.
    QVERIFY(service.changeFee(kManager, 1, 4000, kToday));
    auto inForce = service.withdrawFeeChange(kManager, 1, kToday);
    QVERIFY(!inForce);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_fee_changes")).value().toInt(), 1);
}

void TestPlans::aPlanInUseIsRetiredNeverRemoved()
{
    auto database = fixture(QStringLiteral("remove.sqlite"));
    QVERIFY(database);
    const QSqlDatabase db = database->connection();
    PlanService service(db, fixedClock());
    auto used = service.remove(kManager, 1);
    QVERIFY(!used);
    QCOMPARE(used.error().code, Error::Code::Conflict);
    QVERIFY(used.errorString().contains(QStringLiteral("retire")));
    QVERIFY(service.changeFee(kManager, 2, 9500, QDate(2026, 8, 1)));
    QVERIFY(service.remove(kManager, 2)); // nobody was ever on Office
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plans")).value().toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_fee_changes")).value().toInt(), 0);
    QCOMPARE(auditCount(db, AuditLog::planRemoved()), 1);
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
