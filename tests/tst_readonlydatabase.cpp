#include "AbonentDatabase.h"
#include "CustomerCardView.h"
#include "DatabaseCheck.h"
#include "DatabaseTrials.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

using namespace abonent;

// A database this user may read but not write — a read-only folder, a file
// without write permission, a server login granted nothing but SELECT —
// opens for reading on purpose: the window and the commands say so and why,
// and nothing tries to write it.
//
// As root every file is writable, so when run as root the suite first
// becomes the unprivileged "nobody" for the rest of its run.
class TestReadOnlyDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readOnlyFolderOpensForReading();
    void readOnlyFileOpensForReading();
    void olderSchemaIsNotUpgradedWhereItCannotBeWritten();
    void olderServerSchemaIsNotUpgradedByALoginThatMayOnlyRead();
    void unfinishedChangeWhereItCannotBeRolledBack();
    void commandsSayTheyCannotWrite();
    void unreadableFileIsSaidToBeUnreadable();
    void windowSaysReadOnlyAndOffersNoWriting();

private:
    // The fixture and the executable, where "nobody" can reach them: a
    // checkout under /root is not.
    QString m_fixture;
    QString m_executable;
    // A small demo database in a folder of its own, then made read-only:
    // the folder (nothing can be created beside the file) or the file. On a
    // server: a database of its own, opened through a login that may only read.
    QString readOnlyDatabase(bool folderToo);
    // Everything the database holds, to show it was not changed: the file's
    // bytes and what lies beside it, or the server database's content digest.
    QByteArray contentNow() const;
    // The demo's 40 customers are there to read; deleting contacts is refused as ReadOnly.
    static void readsButDoesNotWrite(const QSqlDatabase& db);
    // Why the program says it reads only, in its words.
    static QString expectedReason(const char* forAFile);
    QString m_folder;
    QString m_ownersLocation; // on a server: the database as its owner opens it
    std::unique_ptr<test::ReadOnlyLogin> m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_contract;
};

void TestReadOnlyDatabase::initTestCase()
{
#ifdef Q_OS_UNIX
    static QTemporaryDir shared;
    QVERIFY(shared.isValid());
    QFile::setPermissions(shared.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                              | QFile::ReadGroup | QFile::ExeGroup);
    m_fixture = shared.filePath(QStringLiteral("abonent-v1.sqlite"));
    m_executable = shared.filePath(QStringLiteral("abonent"));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), m_fixture));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_EXECUTABLE), m_executable));
    QVERIFY(QFile::setPermissions(m_fixture, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(m_executable,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QDir::setCurrent(shared.path()));
    if (::geteuid() == 0) {
        constexpr uid_t kNobody = 65534;
        // Handed to "nobody", so that the folder can still be removed at the end.
        for (const QString& path : {shared.path(), m_fixture, m_executable}) {
            QVERIFY(::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
        }
        QVERIFY(::setgroups(0, nullptr) == 0);
        QVERIFY(::setgid(kNobody) == 0);
        QVERIFY(::setuid(kNobody) == 0);
    }
    QVERIFY(::geteuid() != 0);
#else
    QSKIP("read-only files are made with POSIX permissions here");
#endif
    // Settings and the instance's lock in folders of this (now unprivileged) user.
    static QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    QSettings().clear();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestReadOnlyDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("office"));
    QVERIFY(QDir().mkpath(m_folder));
}

void TestReadOnlyDatabase::cleanup()
{
    m_reader.reset();
    // Writable again, so the temporary folder can go.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString& name : test::filesIn(m_folder)) {
        QFile::setPermissions(m_folder + QLatin1Char('/') + name, QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString TestReadOnlyDatabase::readOnlyDatabase(bool folderToo)
{
    m_ownersLocation = test::location(m_folder + QStringLiteral("/office.sqlite"));
    QString path = m_ownersLocation;
    if (test::testsOnServer()) {
        m_reader = std::make_unique<test::ReadOnlyLogin>(m_ownersLocation);
        if (!m_reader->isValid()) {
            return {};
        }
        path = m_reader->location(true);
    }
    {
        auto database = test::openDatabase(m_ownersLocation);
        if (!database) {
            return {};
        }
        DemoOptions options;
        options.customers = 40;
        options.asOf = QDate(2026, 11, 25);
        auto summary = DemoGenerator(database->connection()).generate(options);
        if (!summary) {
            return {};
        }
        m_contract = sql::scalar(database->connection(), QStringLiteral("SELECT min(contract_number) FROM customers"))
                         .value()
                         .toString();
        QSettings().setValue(
            DeskSettings::deskOperatorKey(DatabaseLocation::parse(path)->remembered()),
            sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM operators")).value());
    }
    if (test::testsOnServer()) {
        return path;
    }
    QFile::setPermissions(path, QFile::ReadOwner);
    if (folderToo) {
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner);
    }
    return path;
}

void TestReadOnlyDatabase::readsButDoesNotWrite(const QSqlDatabase& db)
{
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 40);
    QSqlQuery write(db);
    const Status refused = sql::exec(write, QStringLiteral("DELETE FROM contacts"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::ReadOnly);
}

QByteArray TestReadOnlyDatabase::contentNow() const
{
    if (!test::testsOnServer()) {
        return test::filesIn(m_folder).join(QLatin1Char('/')).toUtf8() + '\n' + test::fileBytes(m_ownersLocation);
    }
    auto database = openAbonentDatabase(m_ownersLocation, Database::Mode::ReadOnly);
    if (!database) {
        return database.errorString().toUtf8();
    }
    auto digest = DatabaseCheck(database.value()->connection()).contentDigest();
    return digest ? digest.value() : digest.errorString().toUtf8();
}

QString TestReadOnlyDatabase::expectedReason(const char* forAFile)
{
    return test::testsOnServer() ? QStringLiteral("may only read it") : QString::fromUtf8(forAFile);
}

void TestReadOnlyDatabase::readOnlyFolderOpensForReading()
{
    if (test::testsOnServer()) {
        QSKIP("A folder's permissions; a server login's are readOnlyFileOpensForReading's on the server.");
    }
    const QString path = readOnlyDatabase(true);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::fileBytes(path);
    {
        auto database = openAbonentDatabase(path);
        QVERIFY2(database.ok(), qPrintable(database.errorString()));
        QVERIFY(database.value()->isReadOnly());
        QVERIFY2(database.value()->readOnlyReason().contains(QStringLiteral("you may not")),
                 qPrintable(database.value()->readOnlyReason()));
        QVERIFY(database.value()->notices().join(QLatin1Char(' ')).contains(QStringLiteral("reading only")));
        readsButDoesNotWrite(database.value()->connection());
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(test::filesIn(m_folder), QStringList {QStringLiteral("office.sqlite")});
    QCOMPARE(test::fileBytes(path), before);
}

void TestReadOnlyDatabase::readOnlyFileOpensForReading()
{
    const QString path = readOnlyDatabase(false);
    QVERIFY(!path.isEmpty());
    const QByteArray before = contentNow();
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto database = openAbonentDatabase(path, mode);
        QVERIFY2(database.ok(), qPrintable(database.errorString()));
        QVERIFY(database.value()->isReadOnly());
        // Opened to write, the login says why it cannot; opened to read, that is why.
        const QString why = mode == Database::Mode::ReadOnly && test::testsOnServer()
            ? QStringLiteral("opened for reading only")
            : expectedReason("file");
        QVERIFY2(database.value()->readOnlyReason().contains(why), qPrintable(database.value()->readOnlyReason()));
        readsButDoesNotWrite(database.value()->connection());
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(contentNow(), before);
}

void TestReadOnlyDatabase::olderSchemaIsNotUpgradedWhereItCannotBeWritten()
{
    if (test::testsOnServer()) {
        QSKIP("An older file; olderServerSchemaIsNotUpgradedByALoginThatMayOnlyRead is the server's.");
    }
    const QString path = m_folder + QStringLiteral("/old.sqlite");
    QVERIFY(QFile::copy(m_fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray before = test::fileBytes(path);

    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::ReadOnly);
    QVERIFY2(refused.errorString().contains(QStringLiteral("needs an upgrade")), qPrintable(refused.errorString()));
    QVERIFY(refused.errorString().contains(QStringLiteral("untouched")));
    // Reading it as it is still works (check, lookup).
    auto read = openAbonentDatabase(path, Database::Mode::ReadOnly);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read.value()->schemaVersion(), 1);
    read = Error {};
    QCOMPARE(test::filesIn(m_folder), QStringList {QStringLiteral("old.sqlite")});
    QCOMPARE(test::fileBytes(path), before);
}

void TestReadOnlyDatabase::olderServerSchemaIsNotUpgradedByALoginThatMayOnlyRead()
{
    if (!test::testsOnServer()) {
        QSKIP("A server login; olderSchemaIsNotUpgradedWhereItCannotBeWritten is the file's.");
    }
    const QString path = readOnlyDatabase(false);
    QVERIFY(!path.isEmpty());
    // As if this Abonent were one version newer than the database: the
    // record of its newest step set aside (negated, -1), and afterwards put
    // back (+1). A plain connection: the program's own would upgrade it.
    const auto shiftVersion = [this](int by) {
        const QString name = QStringLiteral("shift-version");
        bool shifted = false;
        {
            QSqlDatabase owner = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            DatabaseLocation::parse(m_ownersLocation)->configure(owner);
            shifted = owner.open()
                && sql::execDirect(owner,
                                   QStringLiteral("UPDATE schema_migrations SET version = -version WHERE version = %1")
                                       .arg(by < 0 ? latestSchemaVersion() : -latestSchemaVersion()))
                       .ok();
        }
        QSqlDatabase::removeDatabase(name);
        return shifted;
    };
    QVERIFY(shiftVersion(-1));
    const QByteArray before = contentNow();
    auto refused = openAbonentDatabase(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::ReadOnly);
    QVERIFY2(refused.errorString().contains(QStringLiteral("needs an upgrade")), qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(QStringLiteral("may only read")), qPrintable(refused.errorString()));
    QVERIFY(refused.errorString().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(contentNow(), before);
    QVERIFY(shiftVersion(+1));
}

void TestReadOnlyDatabase::unfinishedChangeWhereItCannotBeRolledBack()
{
    if (test::testsOnServer()) {
        QSKIP("A file's rollback journal; a server rolls back its own.");
    }
    const QString path = m_folder + QStringLiteral("/crashed.sqlite");
    QVERIFY(QFile::copy(m_fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(test::crashWriterMidTransaction(path, "UPDATE contacts SET summary = randomblob(3000);"));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray before = test::fileBytes(path);

    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto refused = openAbonentDatabase(path, mode);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ReadOnly);
        QVERIFY2(refused.errorString().contains(QStringLiteral("left unfinished")), qPrintable(refused.errorString()));
        QVERIFY(refused.errorString().contains(QStringLiteral("untouched")));
    }
    QVERIFY(test::hasHotJournal(path));
    QCOMPARE(test::fileBytes(path), before);
}

void TestReadOnlyDatabase::commandsSayTheyCannotWrite()
{
    const QString path = readOnlyDatabase(true);
    QVERIFY(!path.isEmpty());
    const QByteArray before = contentNow();
    const QString out = m_dir->filePath(QStringLiteral("letters"));
    QProcess issue;
    issue.start(m_executable,
                {QStringLiteral("letters"),
                 QStringLiteral("issue"),
                 QStringLiteral("--db"),
                 path,
                 QStringLiteral("--template"),
                 QStringLiteral("support_reminder"),
                 QStringLiteral("--customer"),
                 m_contract,
                 QStringLiteral("--as"),
                 QStringLiteral("owner"),
                 QStringLiteral("--out"),
                 out});
    QVERIFY(issue.waitForFinished(60000));
    const QString said = QString::fromUtf8(issue.readAllStandardError());
    QCOMPARE(issue.exitCode(), 2);
    QVERIFY2(said.contains(QStringLiteral("reading only")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Nothing was written")), qPrintable(said));

    QProcess check;
    check.start(m_executable, {QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), 0);
    QVERIFY(check.readAllStandardOutput().contains("integrity\tok"));

    QCOMPARE(contentNow(), before);
    QVERIFY(!QFileInfo::exists(out));
}

void TestReadOnlyDatabase::unreadableFileIsSaidToBeUnreadable()
{
    if (test::testsOnServer()) {
        QSKIP("A file's permissions.");
    }
    // Not a damaged file: one this user may not read at all.
    const QString path = readOnlyDatabase(false);
    QVERIFY(!path.isEmpty());
    QFile::setPermissions(path, {});
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto refused = openAbonentDatabase(path, mode);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("You may not read")), qPrintable(refused.errorString()));
        QVERIFY(!refused.errorString().contains(QStringLiteral("damaged")));
    }
    QCOMPARE(test::filesIn(m_folder), QStringList {QStringLiteral("office.sqlite")});
}

void TestReadOnlyDatabase::windowSaysReadOnlyAndOffersNoWriting()
{
    const QString path = readOnlyDatabase(true);
    QVERIFY(!path.isEmpty());
    const QByteArray before = contentNow();
    {
        GuiApplication gui;
        QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
        MainWindow* window = gui.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The status bar says it, and why.
        auto* label = window->findChild<QLabel*>(QStringLiteral("readOnly"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->toolTip().contains(expectedReason("you may not write the file")), qPrintable(label->toolTip()));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("reading only")),
                 qPrintable(window->statusBar()->currentMessage()));

        // Nothing that would write is offered: not in the menus, not on a card.
        for (QAction* action : window->findChildren<QAction*>()) {
            const QString text = action->text();
            if (text == QStringLiteral("&New Customer…") || text == QStringLiteral("New &Contact…")
                || text == QStringLiteral("&Tag Customer…") || text == QStringLiteral("Fill with &Demo Data…")) {
                QVERIFY2(!action->isEnabled(), qPrintable(text));
            }
        }
        // Ctrl+N reaches only the active window; with it active, it opens nothing.
        QVERIFY(test::waitUntilActive(window));
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());
        const qint64 customer =
            sql::scalar(window->deskContext().db, QStringLiteral("SELECT min(id) FROM customers")).value().toLongLong();
        window->openCard(customer);
        auto* card = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
        QVERIFY(card);
        int writingButtons = 0;
        for (QPushButton* button : card->findChildren<QPushButton*>()) {
            const QString text = button->text();
            if (text == QStringLiteral("&Edit…") || text == QStringLiteral("&New Contact…")
                || text == QStringLiteral("Pa&yment…") || text == QStringLiteral("&Tag…")
                || text == QStringLiteral("&Open Case…")) {
                ++writingButtons;
                QVERIFY2(!button->isEnabled(), qPrintable(text));
                QVERIFY2(button->toolTip().contains(QStringLiteral("reading only")), qPrintable(button->toolTip()));
            }
        }
        QCOMPARE(writingButtons, 5);
    }
    QCOMPARE(contentNow(), before);
}

QTEST_MAIN(TestReadOnlyDatabase)
#include "tst_readonlydatabase.moc"
