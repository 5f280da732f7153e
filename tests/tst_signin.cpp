#include "AuditLog.h"
#include "OperatorService.h"
#include "Passphrase.h"
#include "SignIn.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// Passphrases on a desk's own file: off until the owner turns them on, kept
// only as argon2id hashes, checked at sign-in with one answer for a wrong
// login and a wrong passphrase, and set by the owner (or by a person for
// themselves), every change in the audit log without the secret.
class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aPassphraseIsKeptAsAnArgon2idHash();
    void shortPassphrasesAreRefused();
    void signInIsOffUntilTheOwnerTurnsItOn();
    void theOwnerCannotLockThemselvesOut();
    void onlyTheRightPassphraseSignsIn();
    void someoneWhoLeftCannotSignIn();
    void onlyTheOwnerSetsAnotherPersonsPassphrase();
    void theAuditLogNamesWhoChangedAPassphraseButNeverHoldsIt();
    void onlyTheOwnerSetsWhenTheWindowLocks();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    Actor m_owner;
    Actor m_operator;
};

namespace {

const QString kOwnerPassphrase = QStringLiteral("owner's long phrase");
const QString kOperatorPassphrase = QStringLiteral("Зелёный чай в обед");

qint64 addPerson(const QSqlDatabase& db, const QString& login, Role role)
{
    QSqlQuery insert(db);
    auto id = sql::insert(insert,
                          QStringLiteral("INSERT INTO operators (login, name, role, currency) VALUES (?, ?, ?, 'USD')"),
                          {login, login, codeOf(role)});
    return id ? id.value() : 0;
}

} // namespace

void TestSignIn::init()
{
    test::useOwnUserFolders();
    static int counter = 0;
    m_database = test::openDatabase(m_dir.filePath(QStringLiteral("signin-%1.sqlite").arg(++counter)));
    QVERIFY(m_database);
    m_db = m_database->connection();
    m_owner = Actor {addPerson(m_db, QStringLiteral("olga"), Role::Owner), Role::Owner};
    m_operator = Actor {addPerson(m_db, QStringLiteral("ivan"), Role::Operator), Role::Operator};
    QVERIFY(*m_owner.operatorId > 0 && *m_operator.operatorId > 0);
}

void TestSignIn::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
}

void TestSignIn::aPassphraseIsKeptAsAnArgon2idHash()
{
    auto hashed = Passphrase::hash(kOperatorPassphrase);
    QVERIFY2(hashed, qPrintable(hashed.errorString()));
    QVERIFY(hashed->startsWith("$argon2id$"));
    QVERIFY(!hashed->contains(kOperatorPassphrase.toUtf8()));
    QVERIFY(Passphrase::matches(hashed.value(), kOperatorPassphrase));
    QVERIFY(!Passphrase::matches(hashed.value(), kOperatorPassphrase.toLower()));
    QVERIFY(!Passphrase::matches(QByteArray(), kOperatorPassphrase));
    // A new salt each time: the same passphrase twice is two different hashes.
    QCOMPARE_NE(Passphrase::hash(kOperatorPassphrase).value(), hashed.value());
}

void TestSignIn::shortPassphrasesAreRefused()
{
    QVERIFY(!Passphrase::weakness(QStringLiteral("1234567")).isEmpty());
    QVERIFY(!Passphrase::weakness(QStringLiteral("   abc      ")).isEmpty());
    QVERIFY(Passphrase::weakness(QStringLiteral("12345678")).isEmpty());
    const Status refused = SignIn(m_db).setPassphrase(m_owner, *m_owner.operatorId, QStringLiteral("short"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(SignIn(m_db).hasPassphrase(*m_owner.operatorId).value(), false);
}

void TestSignIn::signInIsOffUntilTheOwnerTurnsItOn()
{
    SignIn signIn(m_db);
    QCOMPARE(signIn.required().value(), false);
    QVERIFY(signIn.setPassphrase(m_owner, *m_owner.operatorId, kOwnerPassphrase));
    // Setting a passphrase alone does not ask anyone to sign in.
    QCOMPARE(signIn.required().value(), false);
    const Status byOperator = signIn.setRequired(m_operator, true);
    QVERIFY(!byOperator);
    QCOMPARE(signIn.required().value(), false);
    QVERIFY(signIn.setRequired(m_owner, true));
    QCOMPARE(signIn.required().value(), true);
    QVERIFY(signIn.setRequired(m_owner, false));
    QCOMPARE(signIn.required().value(), false);
}

void TestSignIn::theOwnerCannotLockThemselvesOut()
{
    SignIn signIn(m_db);
    const Status refused = signIn.setRequired(m_owner, true);
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(QLatin1String("your own passphrase")));
    QCOMPARE(signIn.required().value(), false);
}

void TestSignIn::onlyTheRightPassphraseSignsIn()
{
    SignIn signIn(m_db);
    QVERIFY(signIn.setPassphrase(m_owner, *m_operator.operatorId, kOperatorPassphrase));
    auto signedIn = signIn.signIn(QStringLiteral("ivan"), kOperatorPassphrase);
    QVERIFY2(signedIn, qPrintable(signedIn.errorString()));
    QCOMPARE(signedIn->operatorId, m_operator.operatorId);
    QCOMPARE(signedIn->role, Role::Operator);

    auto wrongPassphrase = signIn.signIn(QStringLiteral("ivan"), kOwnerPassphrase);
    auto unknownLogin = signIn.signIn(QStringLiteral("nobody"), kOperatorPassphrase);
    auto withoutPassphrase = signIn.signIn(QStringLiteral("olga"), QString());
    QVERIFY(!wrongPassphrase && !unknownLogin && !withoutPassphrase);
    // A guesser learns nothing about which logins exist.
    QCOMPARE(unknownLogin.errorString(), wrongPassphrase.errorString());
    QCOMPARE(withoutPassphrase.errorString(), wrongPassphrase.errorString());
}

void TestSignIn::someoneWhoLeftCannotSignIn()
{
    SignIn signIn(m_db);
    QVERIFY(signIn.setPassphrase(m_owner, *m_operator.operatorId, kOperatorPassphrase));
    QVERIFY(OperatorService(m_db).setActive(m_owner, *m_operator.operatorId, false));
    QVERIFY(!signIn.signIn(QStringLiteral("ivan"), kOperatorPassphrase));
}

void TestSignIn::onlyTheOwnerSetsAnotherPersonsPassphrase()
{
    SignIn signIn(m_db);
    const Status refused = signIn.setPassphrase(m_operator, *m_owner.operatorId, QStringLiteral("I am the owner now"));
    QVERIFY(!refused);
    QCOMPARE(signIn.hasPassphrase(*m_owner.operatorId).value(), false);
    // Their own, they may.
    QVERIFY(signIn.setPassphrase(m_operator, *m_operator.operatorId, kOperatorPassphrase));
    QVERIFY(signIn.signIn(QStringLiteral("ivan"), kOperatorPassphrase));
}

void TestSignIn::theAuditLogNamesWhoChangedAPassphraseButNeverHoldsIt()
{
    SignIn signIn(m_db);
    QVERIFY(signIn.setPassphrase(m_owner, *m_operator.operatorId, kOperatorPassphrase));
    auto entry = sql::select(m_db,
                             QStringLiteral("SELECT operator_id, after FROM audit_log WHERE action = ?"
                                            " ORDER BY id DESC LIMIT 1"),
                             {AuditLog::personChanged()});
    QVERIFY(entry && entry->next());
    QCOMPARE(entry->value(0).toLongLong(), *m_owner.operatorId);
    const QString after = entry->value(1).toString();
    QVERIFY(after.contains(QLatin1String("passphrase")));
    QVERIFY(!after.contains(kOperatorPassphrase));
    QVERIFY(!after.contains(QLatin1String("argon2")));
}

void TestSignIn::onlyTheOwnerSetsWhenTheWindowLocks()
{
    SignIn signIn(m_db);
    QCOMPARE(signIn.lockAfterMinutes().value(), SignIn::kDefaultLockMinutes);
    QVERIFY(!signIn.setLockAfterMinutes(m_operator, 60));
    QVERIFY(!signIn.setLockAfterMinutes(m_owner, 0));
    QVERIFY(signIn.setLockAfterMinutes(m_owner, 3));
    QCOMPARE(signIn.lockAfterMinutes().value(), 3);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
