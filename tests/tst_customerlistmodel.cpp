#include "CustomerListModel.h"
#include "DemoGenerator.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace abonent;

class TestCustomerListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesAPageAtATime();
    void passesTheModelTesterWhileLoading();
    void rowsAreInContractOrderWithoutGapsOrRepeats();
    void showsTheCustomersPlanPhoneAndStatus();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestCustomerListModel::initTestCase()
{
    m_database = test::openDatabase(m_dir.filePath(QStringLiteral("list.sqlite")));
    QVERIFY(m_database);
    DemoOptions options;
    options.customers = 450;
    options.contacts = 1000;
    options.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(m_database->connection()).generate(options).ok());
}

void TestCustomerListModel::fetchesAPageAtATime()
{
    CustomerListModel model(m_database->connection());
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), CustomerListModel::kPageSize);
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * CustomerListModel::kPageSize);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(inserted.count(), 2);
    // Reloading starts again from the first page, as one reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), CustomerListModel::kPageSize);
    QCOMPARE(inserted.count(), 2);
    // The model's contract with views holds once everything is loaded, too.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCustomerListModel::passesTheModelTesterWhileLoading()
{
    // The tester itself scrolls the model (it calls fetchMore) and checks
    // every signal as rows arrive page by page.
    CustomerListModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore()) {
        model.fetchMore();
    }
    QCOMPARE(model.rowCount(), 450);
    // reload() is covered in fetchesAPageAtATime without the tester: on a reset
    // the Qt 6.4 tester runs its checks, which call fetchMore(), before it
    // records that the reset has ended, and then reports its own insertion.
}

void TestCustomerListModel::rowsAreInContractOrderWithoutGapsOrRepeats()
{
    CustomerListModel model(m_database->connection());
    while (model.canFetchMore()) {
        model.fetchMore();
    }
    QSet<qint64> ids;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString contract = model.index(row, CustomerListModel::ContractColumn).data().toString();
        QVERIFY2(previous < contract, qPrintable(contract));
        previous = contract;
        ids.insert(model.customerIdAt(row));
    }
    QCOMPARE(ids.size(), 450);
}

void TestCustomerListModel::showsTheCustomersPlanPhoneAndStatus()
{
    CustomerListModel model(m_database->connection());
    int withPlan = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, CustomerListModel::NameColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, CustomerListModel::PhoneColumn).data().toString().isEmpty());
        const QString status =
            model.index(row, CustomerListModel::StatusColumn).data(CustomerListModel::StatusCodeRole).toString();
        QVERIFY(fromCode<CustomerStatus>(status).has_value());
        withPlan += model.index(row, CustomerListModel::PlanColumn).data().toString().isEmpty() ? 0 : 1;
    }
    QVERIFY(withPlan > model.rowCount() * 8 / 10);
    QCOMPARE(model.headerData(CustomerListModel::ContractColumn, Qt::Horizontal).toString(),
             QStringLiteral("Contract"));
}

void TestCustomerListModel::emptyDatabase()
{
    auto empty = test::openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")));
    CustomerListModel model(empty->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore());
    QVERIFY(model.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
