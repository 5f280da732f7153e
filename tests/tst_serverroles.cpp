#include "AbonentDatabase.h"
#include "AuditLog.h"
#include "CustomerService.h"
#include "OperatorService.h"
#include "PhoneNumber.h"
#include "ServerLogins.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace abonent;

// The people's own logins on a real PostgreSQL 15 (schema 16): the owner adds
// people and their logins from the program, and the server itself refuses
// what a login's role may not do, however the statement is sent: plain SQL,
// or the program's services told a role the person does not have.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theVerifierIsPostgreSqlsScram();
    void theOwnerAddsPeopleWithLoginsOfTheirOwn();
    void aWrongPasswordDoesNotSignIn();
    void anOperatorsPlainSqlIsRefused();
    void anOperatorStillDoesTheirWork();
    void theAuditLogNamesTheSignedInPersonWhateverTheProgramSays();
    void aManagerCannotIssueOrVoidATerminationLetter();
    void theOwnerIssuesATerminationLetter();
    void thePhoneSystemOnlyReads();
    void aChangedRoleAndARetirementReachTheServer();

private:
    // A connection signed in as `login`, or nothing when the server refuses it.
    std::unique_ptr<Database> signIn(const QString& login, const QString& password) const;
    QString login(const QString& who) const { return who + QString::number(QCoreApplication::applicationPid()); }
    // Runs `statement` on `db`; the SQLSTATE it failed with, or empty.
    static QString refusal(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    qint64 letterTemplate(const QString& kind) const;
    QVariantList letterRow(int sequence, const QString& kind) const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_server;
    std::unique_ptr<Database> m_admin;
    Actor m_owner;
    qint64 m_operatorId = 0;
    qint64 m_managerId = 0;
    qint64 m_customerId = 0;
    QStringList m_logins;
};

namespace {

const QString kPassword = QStringLiteral("a long enough password");

const QString kInsertLetter = QStringLiteral(
    "INSERT INTO letters (number, year, sequence, customer_id, template_id, letter_date, content, pdf, pdf_sha256,"
    " issued_at) VALUES (?, 2026, ?, ?, ?, '2026-12-07', 'text', ?, ?, 1796601600)");

} // namespace

std::unique_ptr<Database> TestServerRoles::signIn(const QString& who, const QString& password) const
{
    // Over TCP with a password, as a desk on another computer signs in.
    const QString name = m_server->location().section(QLatin1Char('/'), -1);
    auto opened = openAbonentDatabase(QStringLiteral("postgresql://%1:%2@localhost/%3")
                                          .arg(who, QString::fromUtf8(QUrl::toPercentEncoding(password)), name),
                                      Database::Mode::ReadWrite);
    if (!opened) {
        qInfo("%s", qPrintable(opened.errorString()));
        return nullptr;
    }
    return std::move(opened).value();
}

QString TestServerRoles::refusal(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec() ? QString() : query.lastError().nativeErrorCode();
}

qint64 TestServerRoles::letterTemplate(const QString& kind) const
{
    return sql::scalar(
               m_admin->connection(), QStringLiteral("SELECT min(id) FROM letter_templates WHERE kind = ?"), {kind})
        .value()
        .toLongLong();
}

QVariantList TestServerRoles::letterRow(int sequence, const QString& kind) const
{
    return {QStringLiteral("2026-%1").arg(sequence, 5, 10, QLatin1Char('0')),
            sequence,
            m_customerId,
            letterTemplate(kind),
            QByteArray("%PDF-1.4"),
            QString(64, QLatin1Char('0'))};
}

void TestServerRoles::initTestCase()
{
    if (!test::testsOnServer()) {
        QSKIP("Logins and group roles are a server's.");
    }
    m_server = std::make_unique<test::ScratchDatabase>(m_dir, QString());
    QVERIFY(!m_server->location().isEmpty());
    auto admin = openAbonentDatabase(m_server->location(), Database::Mode::ReadWrite);
    QVERIFY2(admin, qPrintable(admin.errorString()));
    m_admin = std::move(admin).value();
    const QSqlDatabase db = m_admin->connection();

    // The first owner, as the README sets one up: a login with CREATEROLE
    // that is the office's owner.
    const QString owner = login(QStringLiteral("olga"));
    m_logins << owner;
    // Statements about roles take no bound values.
    QVERIFY(sql::execDirect(
        db,
        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2' IN ROLE abonent_owner").arg(owner, kPassword)));
    QSqlQuery insert(db);
    auto ownerId = sql::insert(insert,
                               QStringLiteral("INSERT INTO operators (login, name, role, currency)"
                                              " VALUES (?, 'Olga', 'owner', 'USD')"),
                               {owner});
    QVERIFY(ownerId);
    m_owner = Actor {ownerId.value(), Role::Owner};

    Customer customer;
    customer.contractNumber = QStringLiteral("R-1");
    customer.name = QStringLiteral("Roles Test");
    customer.customerSince = QDate(2026, 1, 1);
    customer.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0199"), QString()).value())};
    auto created = CustomerService(db).create(m_owner, customer);
    QVERIFY2(created, qPrintable(created.errorString()));
    m_customerId = created.value();
}

void TestServerRoles::cleanupTestCase()
{
    if (!m_admin) {
        return;
    }
    const QSqlDatabase db = m_admin->connection();
    for (const QString& name : std::as_const(m_logins)) {
        QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }
    m_admin.reset();
}

void TestServerRoles::theVerifierIsPostgreSqlsScram()
{
    // RFC 7677's example: user "user", password "pencil", its salt and 4096
    // rounds give this StoredKey and ServerKey.
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QByteArray verifier = ServerLogins::scramVerifier(QStringLiteral("pencil"), salt);
    QCOMPARE(verifier,
             QByteArray("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                        "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

void TestServerRoles::theOwnerAddsPeopleWithLoginsOfTheirOwn()
{
    auto owner = signIn(login(QStringLiteral("olga")), kPassword);
    QVERIFY(owner);
    OperatorService people(owner->connection());
    for (const auto& [who, role, id] : {std::tuple {QStringLiteral("ivan"), Role::Operator, &m_operatorId},
                                        std::tuple {QStringLiteral("mila"), Role::Manager, &m_managerId}}) {
        Operator person;
        person.login = login(who);
        person.name = who;
        person.role = role;
        person.costPerHour = Money {0, QStringLiteral("USD")};
        m_logins << person.login;
        auto added = people.add(m_owner, person, kPassword);
        QVERIFY2(added, qPrintable(added.errorString()));
        *id = added.value();
        auto member = sql::scalar(m_admin->connection(),
                                  QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"),
                                  {person.login, ServerLogins::groupOf(role)});
        QVERIFY(member && member->toBool());
        QVERIFY2(signIn(person.login, kPassword), qPrintable(person.login));
    }
    // A login the server cannot take as a name is refused before anything is written.
    Operator odd;
    odd.login = QStringLiteral("Robert\"; DROP TABLE customers; --");
    odd.name = QStringLiteral("Odd");
    odd.costPerHour = Money {0, QStringLiteral("USD")};
    QVERIFY(!people.add(m_owner, odd, kPassword));
    QCOMPARE(sql::scalar(m_admin->connection(), QStringLiteral("SELECT count(*) FROM operators WHERE name = 'Odd'"))
                 .value()
                 .toInt(),
             0);
}

void TestServerRoles::aWrongPasswordDoesNotSignIn()
{
    QVERIFY(m_operatorId > 0);
    QVERIFY(!signIn(login(QStringLiteral("ivan")), QStringLiteral("not the password")));
}

void TestServerRoles::anOperatorsPlainSqlIsRefused()
{
    auto desk = signIn(login(QStringLiteral("ivan")), kPassword);
    QVERIFY(desk);
    const QSqlDatabase db = desk->connection();
    const QString insufficientPrivilege = QStringLiteral("42501");
    // Making themselves the owner.
    QCOMPARE(refusal(db, QStringLiteral("UPDATE operators SET role = 'owner' WHERE id = ?"), {m_operatorId}),
             insufficientPrivilege);
    // A letter, a termination notice least of all.
    QCOMPARE(refusal(db, kInsertLetter, letterRow(901, QStringLiteral("termination_notice"))), insufficientPrivilege);
    QCOMPARE(refusal(db, kInsertLetter, letterRow(902, QStringLiteral("support_reminder"))), insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("UPDATE letter_register SET last_sequence = last_sequence + 1")),
             insufficientPrivilege);
    // A case step, the catalogue, the rates and the settings.
    QCOMPARE(refusal(db,
                     QStringLiteral("INSERT INTO cases (customer_id, opened_at, reason) VALUES (?, 1, 'why')"),
                     {m_customerId}),
             insufficientPrivilege);
    QCOMPARE(refusal(db,
                     QStringLiteral("INSERT INTO case_steps (case_id, step, taken_on, recorded_at)"
                                    " VALUES (1, 'notice', '2026-12-07', 1)")),
             insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("UPDATE tags SET severity = 'info'")), insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("UPDATE channel_costs SET cost_minor = 0")), insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("UPDATE operators SET cost_per_hour_minor = 0")), insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("DELETE FROM office_settings")), insufficientPrivilege);
    // The append-only history stays so.
    QCOMPARE(refusal(db, QStringLiteral("DELETE FROM audit_log")), insufficientPrivilege);
    QCOMPARE(refusal(db, QStringLiteral("SELECT passphrase_hash FROM operators")), insufficientPrivilege);
    QCOMPARE(
        sql::scalar(m_admin->connection(), QStringLiteral("SELECT role FROM operators WHERE id = ?"), {m_operatorId})
            .value()
            .toString(),
        QStringLiteral("operator"));

    // Through the program told the operator is a manager: the server says no all the same.
    Tag tag;
    tag.name = QStringLiteral("Made up");
    tag.colour = QStringLiteral("#112233");
    auto added = TagService(db).addTag(Actor {m_managerId, Role::Manager}, tag);
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Refused);
    QVERIFY2(added.errorString().contains(QLatin1String("refused")), qPrintable(added.errorString()));
}

void TestServerRoles::anOperatorStillDoesTheirWork()
{
    auto desk = signIn(login(QStringLiteral("ivan")), kPassword);
    QVERIFY(desk);
    const Actor me {m_operatorId, Role::Operator};
    Contact contact;
    contact.customerId = m_customerId;
    contact.startedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    contact.durationSeconds = 120;
    contact.operatorId = m_operatorId;
    contact.topic = QStringLiteral("No connection");
    auto recorded = CustomerService(desk->connection()).addContact(me, contact);
    QVERIFY2(recorded, qPrintable(recorded.errorString()));

    TagService tags(desk->connection());
    auto abusive = tags.shippedTag(QStringLiteral("abusive_language"));
    QVERIFY2(abusive, qPrintable(abusive.errorString()));
    TagRequest request;
    request.tagId = abusive->id;
    request.reason = QStringLiteral("Shouted at the operator");
    request.evidence = {recorded.value()};
    auto tagged = tags.assign(me, m_customerId, request);
    QVERIFY2(tagged, qPrintable(tagged.errorString()));
}

void TestServerRoles::theAuditLogNamesTheSignedInPersonWhateverTheProgramSays()
{
    auto desk = signIn(login(QStringLiteral("ivan")), kPassword);
    QVERIFY(desk);
    Customer customer;
    customer.contractNumber = QStringLiteral("R-2");
    customer.name = QStringLiteral("Audited");
    customer.customerSince = QDate(2026, 1, 1);
    customer.phones = {CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+1 212 555 0198"), QString()).value())};
    // The program says the owner does it; the server knows better.
    auto created = CustomerService(desk->connection()).create(m_owner, customer);
    QVERIFY2(created, qPrintable(created.errorString()));
    auto named = sql::scalar(m_admin->connection(),
                             QStringLiteral("SELECT operator_id FROM audit_log WHERE customer_id = ? AND action = ?"),
                             {created.value(), AuditLog::customerCreated()});
    QVERIFY(named);
    QCOMPARE(named->toLongLong(), m_operatorId);
}

void TestServerRoles::aManagerCannotIssueOrVoidATerminationLetter()
{
    auto desk = signIn(login(QStringLiteral("mila")), kPassword);
    QVERIFY(desk);
    const QSqlDatabase db = desk->connection();
    QCOMPARE(refusal(db, kInsertLetter, letterRow(911, QStringLiteral("termination_notice"))), QStringLiteral("42501"));
    QCOMPARE(refusal(db, kInsertLetter, letterRow(912, QStringLiteral("termination_confirmation"))),
             QStringLiteral("42501"));
    // The letters that are a manager's.
    QCOMPARE(refusal(db, kInsertLetter, letterRow(913, QStringLiteral("support_reminder"))), QString());
    // A termination letter the owner issued stays as it is.
    QCOMPARE(refusal(m_admin->connection(), kInsertLetter, letterRow(914, QStringLiteral("termination_notice"))),
             QString());
    QSqlQuery voiding(db);
    QVERIFY(voiding.exec(QStringLiteral("UPDATE letters SET voided_at = 1, void_reason = 'no' WHERE sequence = 914")));
    QCOMPARE(voiding.numRowsAffected(), 0);
    QCOMPARE(
        sql::scalar(m_admin->connection(), QStringLiteral("SELECT voided_at IS NULL FROM letters WHERE sequence = 914"))
            .value()
            .toBool(),
        true);
}

void TestServerRoles::theOwnerIssuesATerminationLetter()
{
    auto desk = signIn(login(QStringLiteral("olga")), kPassword);
    QVERIFY(desk);
    QCOMPARE(refusal(desk->connection(), kInsertLetter, letterRow(921, QStringLiteral("termination_notice"))),
             QString());
}

void TestServerRoles::thePhoneSystemOnlyReads()
{
    const QSqlDatabase admin = m_admin->connection();
    const QString pbx = login(QStringLiteral("pbx"));
    m_logins << pbx;
    QVERIFY(sql::execDirect(
        admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE abonent_pbx").arg(pbx, kPassword)));
    auto phone = signIn(pbx, kPassword);
    QVERIFY(phone);
    // The program sees it may only read, and says so; the server would refuse the rest anyway.
    QVERIFY(phone->isReadOnly());
    QCOMPARE(refusal(phone->connection(), QStringLiteral("SELECT count(*) FROM phones")), QString());
    const auto contacts = [this] {
        return sql::scalar(m_admin->connection(), QStringLiteral("SELECT count(*) FROM contacts")).value().toInt();
    };
    const int before = contacts();
    QVERIFY(
        !refusal(phone->connection(),
                 QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at) VALUES (?, 'phone_in', 1)"),
                 {m_customerId})
             .isEmpty());
    QCOMPARE(contacts(), before);
}

void TestServerRoles::aChangedRoleAndARetirementReachTheServer()
{
    auto owner = signIn(login(QStringLiteral("olga")), kPassword);
    QVERIFY(owner);
    OperatorService people(owner->connection());
    auto before = sql::select(
        m_admin->connection(), QStringLiteral("SELECT login, name FROM operators WHERE id = ?"), {m_operatorId});
    QVERIFY(before && before->next());
    Operator person;
    person.id = m_operatorId;
    person.login = before->value(0).toString();
    person.name = before->value(1).toString();
    person.role = Role::Manager;
    QVERIFY(people.edit(m_owner, person));
    const QSqlDatabase admin = m_admin->connection();
    QVERIFY(sql::scalar(admin, QStringLiteral("SELECT pg_has_role(?, 'abonent_manager', 'MEMBER')"), {person.login})
                .value()
                .toBool());
    QVERIFY(!sql::scalar(admin, QStringLiteral("SELECT pg_has_role(?, 'abonent_owner', 'MEMBER')"), {person.login})
                 .value()
                 .toBool());

    QVERIFY(people.setActive(m_owner, m_operatorId, false));
    QVERIFY(!signIn(person.login, kPassword));
    QVERIFY(people.setActive(m_owner, m_operatorId, true));
    QVERIFY(signIn(person.login, kPassword));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
