#include "DeskPerson.h"
#include "DeskTestSupport.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OperatorRepository.h"
#include "SignIn.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// Signing in at the window of a desk's own file, as a person does it: with
// passphrases required, nobody is taken for who they were at the last start,
// a wrong passphrase is said and a right one signs in, the status bar names
// who is signed in, and the window locks itself when left alone. Without
// passphrases the desk is chosen as before, but nobody makes themselves the
// owner there once the office has one.
class TestSignInUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aPersonSignsInWithTheirPassphrase();
    void theWindowLocksWhenLeftAlone();
    void withoutPassphrasesNobodyMakesThemselvesTheOwner();

private:
    void start();
    QLabel* deskLabel() const;
    void signInWith(const QString& passphrase, bool* shown, QString* message = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<GuiApplication> m_gui;
    Actor m_owner;
};

namespace {

const QString kPassphrase = QStringLiteral("the owner's own words");

} // namespace

void TestSignInUi::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestSignInUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("office.sqlite"));
    QVERIFY(test::writeOwnersDesk(m_path, QStringLiteral("US"), QStringLiteral("USD")));
    auto database = test::openDatabase(m_path);
    QVERIFY(database);
    auto people = OperatorRepository(database->connection()).all();
    QVERIFY(people && people->size() == 1);
    m_owner = Actor {people->first().id, Role::Owner};
}

void TestSignInUi::cleanup()
{
    m_gui.reset();
    m_dir.reset();
}

void TestSignInUi::start()
{
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
}

QLabel* TestSignInUi::deskLabel() const
{
    return m_gui->mainWindow()->findChild<QLabel*>(QStringLiteral("deskOperator"));
}

void TestSignInUi::signInWith(const QString& passphrase, bool* shown, QString* message)
{
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("SignInDialog")), [=](QWidget* dialog) {
        *shown = true;
        auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("login"));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
        QVERIFY(login && secret);
        if (login->text().isEmpty()) {
            QTest::keyClicks(login, QStringLiteral("owner"));
        }
        QTest::keyClicks(secret, QStringLiteral("not it at all"));
        QTest::keyClick(secret, Qt::Key_Return);
        // Still there, saying so, the passphrase field empty for another try.
        QVERIFY(dialog->isVisible());
        if (message) {
            for (auto* label : dialog->findChildren<QLabel*>()) {
                if (label->text().contains(QLatin1String("not right"))) {
                    *message = label->text();
                }
            }
        }
        QVERIFY(secret->text().isEmpty());
        QTest::keyClicks(secret, passphrase);
        QTest::keyClick(secret, Qt::Key_Return);
    });
}

void TestSignInUi::aPersonSignsInWithTheirPassphrase()
{
    {
        auto database = test::openDatabase(m_path);
        SignIn signIn(database->connection());
        QVERIFY(signIn.setPassphrase(m_owner, *m_owner.operatorId, kPassphrase));
        QVERIFY(signIn.setRequired(m_owner, true));
    }
    start();
    // The owner was chosen at this desk before; now that counts for nothing.
    QVERIFY2(deskLabel()->text().contains(QLatin1String("Sign in")), qPrintable(deskLabel()->text()));
    bool shown = false;
    QString message;
    signInWith(kPassphrase, &shown, &message);
    emit deskLabel()->linkActivated(QStringLiteral("desk"));
    QVERIFY(shown);
    QVERIFY2(message.endsWith(QLatin1String("The login or the passphrase is not right.")), qPrintable(message));
    QVERIFY2(deskLabel()->text().contains(QLatin1String("Signed in: ")), qPrintable(deskLabel()->text()));
    QVERIFY(deskLabel()->text().contains(QLatin1String("Olena Owner")));
    QCOMPARE(m_gui->deskPerson()->current()->id, *m_owner.operatorId);
}

void TestSignInUi::theWindowLocksWhenLeftAlone()
{
    {
        auto database = test::openDatabase(m_path);
        SignIn signIn(database->connection());
        QVERIFY(signIn.setPassphrase(m_owner, *m_owner.operatorId, kPassphrase));
        QVERIFY(signIn.setRequired(m_owner, true));
    }
    start();
    bool shown = false;
    signInWith(kPassphrase, &shown);
    emit deskLabel()->linkActivated(QStringLiteral("desk"));
    QVERIFY(shown);
    QVERIFY(m_gui->deskPerson()->current());

    // Left alone: the window is covered and asks again.
    bool covered = false;
    bool asked = false;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("SignInDialog")), [&](QWidget* dialog) {
        asked = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Locked"));
        auto* cover = m_gui->mainWindow()->findChild<QWidget*>(QStringLiteral("lockCover"));
        covered = cover && cover->isVisible() && cover->geometry() == m_gui->mainWindow()->rect();
        // Escape does not get past the lock.
        QTest::keyClick(dialog, Qt::Key_Escape);
        test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("SignInDialog")), [](QWidget* again) {
            auto* secret = again->findChild<QLineEdit*>(QStringLiteral("passphrase"));
            QTest::keyClicks(secret, kPassphrase);
            QTest::keyClick(secret, Qt::Key_Return);
        });
    });
    m_gui->deskPerson()->setIdleLimit(std::chrono::milliseconds(100));
    QTRY_VERIFY_WITH_TIMEOUT(asked, test::kWindowPatienceMs);
    QVERIFY(covered);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui->deskPerson()->isLocked(), test::kWindowPatienceMs);
    QVERIFY(!m_gui->mainWindow()->findChild<QWidget*>(QStringLiteral("lockCover")));
    m_gui->deskPerson()->setIdleLimit(std::chrono::hours(1));
}

void TestSignInUi::withoutPassphrasesNobodyMakesThemselvesTheOwner()
{
    QSettings().clear();
    start();
    QVERIFY2(deskLabel()->text().contains(QLatin1String("Who is at this desk?")), qPrintable(deskLabel()->text()));
    bool shown = false;
    test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("DeskOperatorDialog")), [&shown](QWidget* dialog) {
        shown = true;
        const QList<QComboBox*> boxes = dialog->findChildren<QComboBox*>();
        QCOMPARE(boxes.size(), 2); // who is here, and the role of someone new
        QComboBox* roles = boxes.at(1);
        QCOMPARE(roles->findData(codeOf(Role::Owner)), -1);
        QVERIFY(roles->findData(codeOf(Role::Manager)) >= 0);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    emit deskLabel()->linkActivated(QStringLiteral("desk"));
    QVERIFY(shown);
    QVERIFY2(deskLabel()->text().contains(QLatin1String("At this desk: ")), qPrintable(deskLabel()->text()));
}

QTEST_MAIN(TestSignInUi)
#include "tst_signinui.moc"
