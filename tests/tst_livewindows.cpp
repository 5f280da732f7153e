#include "CustomerCardView.h"
#include "CustomerListModel.h"
#include "CustomerProblemPanel.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace abonent;

// Two desks' windows on one PostgreSQL, on a desktop (Xvfb and openbox):
// a tag set at the front desk shows in the back desk's list and on its open
// card by itself, as the server announces it. With ABONENT_SCREENSHOT_DIR
// set, both windows are saved there afterwards (docs/screenshots).
class TestLiveWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTagSetAtOneDeskShowsAtTheOther();

private:
    // A window of its own (its own call hand-off name, as on another computer).
    std::unique_ptr<GuiApplication> startDesk() const;
    static void keep(QWidget* window, const QString& name);

    QTemporaryDir m_dir;
    QString m_location;
    qint64 m_owner = 0;
};

void TestLiveWindows::initTestCase()
{
    if (!test::testsOnServer()) {
        QSKIP("Two desks live on one database need a server.");
    }
    test::useOwnUserFolders();
    Translations::install(*qApp, QStringLiteral("en"));
    m_location = test::location(m_dir.filePath(QStringLiteral("office.sqlite")));
    auto database = test::openDatabase(m_location);
    QVERIFY(database);
    DemoOptions options;
    options.customers = 200;
    options.asOf = QDate::currentDate();
    QVERIFY(DemoGenerator(database->connection()).generate(options));
    m_owner = sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM operators WHERE role = 'owner'"))
                  .value()
                  .toLongLong();
    QSettings().setValue(DeskSettings::deskOperatorKey(m_location), m_owner);
    DeskSettings::setValue(DeskSetting::DailyBackup, false);
}

std::unique_ptr<GuiApplication> TestLiveWindows::startDesk() const
{
    test::useOwnInstanceName();
    auto gui = std::make_unique<GuiApplication>();
    if (gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_location}) != -1) {
        return nullptr;
    }
    gui->mainWindow()->resize(1000, 700);
    return gui;
}

void TestLiveWindows::keep(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("ABONENT_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(window->grab().save(QDir(folder).filePath(name)));
    }
}

void TestLiveWindows::aTagSetAtOneDeskShowsAtTheOther()
{
    auto back = startDesk();
    auto front = startDesk();
    QVERIFY(back && front);
    MainWindow* backWindow = back->mainWindow();
    MainWindow* frontWindow = front->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(backWindow) && QTest::qWaitForWindowExposed(frontWindow));
    // Both say they are live.
    for (MainWindow* window : {backWindow, frontWindow}) {
        QLabel* live = window->liveUpdatesLabel();
        QVERIFY(live->isVisible());
        QCOMPARE(live->text(), QStringLiteral("Live"));
    }

    // The first customer of the back desk's list, with their card open there.
    auto* list = qobject_cast<CustomerListModel*>(backWindow->customerView()->model());
    QVERIFY(list);
    QTRY_VERIFY(list->rowCount() > 0);
    const qint64 caller = list->customerIdAt(0);
    QVERIFY(TagService(frontWindow->deskContext().db).assignmentsOf(caller)->isEmpty());
    backWindow->openCard(caller);
    auto* backCard = qobject_cast<CustomerCardView*>(backWindow->tabs()->currentWidget());
    QVERIFY(backCard);
    const qsizetype chipsBefore = backCard->problemPanel()->chips().size();
    backWindow->tabs()->setCurrentIndex(0);

    // The front desk's operator tags the caller, as the tag dialog does.
    frontWindow->openCard(caller);
    TagRequest request;
    request.tagId =
        TagService(frontWindow->deskContext().db).shippedTag(QLatin1String(ShippedTags::abusiveLanguage)).value().id;
    request.reason = QStringLiteral("Shouted at the operator about the outage");
    QVERIFY(frontWindow->deskContext().tags->assign(Actor {m_owner, Role::Owner}, caller, request));

    // The back desk shows it without anyone touching it.
    const QModelIndex flags = list->index(list->rowOf(caller), CustomerListModel::FlagsColumn);
    QTRY_VERIFY_WITH_TIMEOUT(flags.data().toString().contains(QStringLiteral("Abusive language")),
                             test::kWindowPatienceMs);
    QTRY_COMPARE_WITH_TIMEOUT(backCard->problemPanel()->chips().size(), chipsBefore + 1, test::kWindowPatienceMs);

    keep(frontWindow, QStringLiteral("live-front-desk.png"));
    keep(backWindow, QStringLiteral("live-back-desk.png"));
}

QTEST_MAIN(TestLiveWindows)
#include "tst_livewindows.moc"
