#include "CustomerMerge.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace abonent;

// Two saves of one customer that crossed, merged field by field: what only
// one desk changed is kept as it changed it, what both changed starts on
// this desk's value and is marked, and the person's ticks decide the rest.
class TestCustomerMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whatOnlyOneDeskChangedIsKept();
    void whatBothChangedIsAClashOnYours();
    void aTickSwitchesTheRow();
    void theMergeIsAtTheOtherDesksVersion();
    void theSameChangeAtBothIsNoQuestion();

private:
    static Customer base();
};

void TestCustomerMerge::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
}

Customer TestCustomerMerge::base()
{
    Customer customer;
    customer.id = 7;
    customer.contractNumber = QStringLiteral("A-7");
    customer.name = QStringLiteral("Ivan Petrov");
    customer.address = QStringLiteral("Elm Street 4");
    customer.email = QStringLiteral("ivan@example.org");
    customer.customerSince = QDate(2024, 3, 1);
    customer.detailsVersion = 3;
    return customer;
}

void TestCustomerMerge::whatOnlyOneDeskChangedIsKept()
{
    Customer theirs = base();
    theirs.address = QStringLiteral("Oak Road 9");
    theirs.detailsVersion = 4;
    Customer mine = base();
    mine.email = QStringLiteral("petrov@example.org");
    CustomerMerge merge(base(), theirs, mine, QStringLiteral("US"));
    QCOMPARE(merge.rowCount(), 2);
    QCOMPARE(merge.clashCount(), 0);
    const Customer merged = merge.merged();
    QCOMPARE(merged.address, QStringLiteral("Oak Road 9"));
    QCOMPARE(merged.email, QStringLiteral("petrov@example.org"));
    QCOMPARE(merged.name, QStringLiteral("Ivan Petrov"));
}

void TestCustomerMerge::whatBothChangedIsAClashOnYours()
{
    Customer theirs = base();
    theirs.name = QStringLiteral("Ivan A. Petrov");
    Customer mine = base();
    mine.name = QStringLiteral("Ivan Petrov-Smirnov");
    CustomerMerge merge(base(), theirs, mine, QStringLiteral("US"));
    QCOMPARE(merge.rowCount(), 1);
    QVERIFY(merge.isClash(0));
    QCOMPARE(merge.chosen(0), CustomerMerge::Side::Mine);
    QVERIFY(merge.index(0, CustomerMerge::FieldColumn).data().toString().contains(QStringLiteral("both")));
    QCOMPARE(merge.index(0, CustomerMerge::TheirsColumn).data().toString(), QStringLiteral("Ivan A. Petrov"));
    QCOMPARE(merge.index(0, CustomerMerge::MineColumn).data().toString(), QStringLiteral("Ivan Petrov-Smirnov"));
    QCOMPARE(merge.index(0, CustomerMerge::MineColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(merge.merged().name, QStringLiteral("Ivan Petrov-Smirnov"));
}

void TestCustomerMerge::aTickSwitchesTheRow()
{
    Customer theirs = base();
    theirs.name = QStringLiteral("Ivan A. Petrov");
    Customer mine = base();
    mine.name = QStringLiteral("Ivan Petrov-Smirnov");
    CustomerMerge merge(base(), theirs, mine, QStringLiteral("US"));
    // Ticking the other desk's value, as a click or Space on it does.
    QVERIFY(merge.setData(merge.index(0, CustomerMerge::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(merge.chosen(0), CustomerMerge::Side::Theirs);
    QCOMPARE(merge.index(0, CustomerMerge::MineColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(merge.merged().name, QStringLiteral("Ivan A. Petrov"));
    // Unticking it chooses this desk's again.
    QVERIFY(merge.setData(merge.index(0, CustomerMerge::TheirsColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(merge.merged().name, QStringLiteral("Ivan Petrov-Smirnov"));
    QVERIFY(!merge.setData(merge.index(0, CustomerMerge::FieldColumn), Qt::Checked, Qt::CheckStateRole));
}

void TestCustomerMerge::theMergeIsAtTheOtherDesksVersion()
{
    Customer theirs = base();
    theirs.address = QStringLiteral("Oak Road 9");
    theirs.notes = QStringLiteral("Saved with theirs");
    theirs.detailsVersion = 4;
    Customer mine = base();
    mine.address = QStringLiteral("Birch Lane 2");
    CustomerMerge merge(base(), theirs, mine, QStringLiteral("US"));
    const Customer merged = merge.merged();
    // Saved next, it overwrites only what the person has seen.
    QCOMPARE(merged.detailsVersion, qint64(4));
    QCOMPARE(merged.notes, QStringLiteral("Saved with theirs"));
    QCOMPARE(merged.address, QStringLiteral("Birch Lane 2"));
}

void TestCustomerMerge::theSameChangeAtBothIsNoQuestion()
{
    Customer theirs = base();
    theirs.email = QStringLiteral("new@example.org");
    Customer mine = theirs;
    mine.detailsVersion = base().detailsVersion;
    CustomerMerge merge(base(), theirs, mine, QStringLiteral("US"));
    QCOMPARE(merge.rowCount(), 0);
    QCOMPARE(merge.merged().email, QStringLiteral("new@example.org"));
}

QTEST_MAIN(TestCustomerMerge)
#include "tst_customermerge.moc"
