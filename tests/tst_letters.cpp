#include "AbonentDatabase.h"
#include "AuditLog.h"
#include "CallScreen.h"
#include "CaseFile.h"
#include "CaseService.h"
#include "CommandTestSupport.h"
#include "CustomerCardReader.h"
#include "CustomerService.h"
#include "Economics.h"
#include "ExitCode.h"
#include "LetterBatch.h"
#include "LetterFacts.h"
#include "LetterLanguage.h"
#include "LetterNumbering.h"
#include "LetterService.h"
#include "LetterTemplate.h"
#include "LetterTimelineSource.h"
#include "Letterhead.h"
#include "PolitenessCheck.h"
#include "ShippedLetters.h"
#include "SignIn.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "TimelineModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <array>

using namespace abonent;

namespace {

// `abonent letters ARGUMENTS` run in this process.
using LettersRun = test::CommandRun;

LettersRun runLetters(const QStringList& arguments)
{
    return test::runAbonent(QStringList {QStringLiteral("letters")} + arguments);
}

// The three people of the office: the owner issues notices, the manager the
// rest, the operator nothing.
const Actor owner {1, Role::Owner};
const Actor manager {2, Role::Manager};
const Actor operatorActor {3, Role::Operator};

constexpr qint64 kPeter = 1; // over the allowance last month, tagged, with a case up to the notice
constexpr qint64 kHostile = 2; // named to break templates
constexpr qint64 kThreatLtd = 3; // a name the politeness list catches

const QString kReason = QStringLiteral("Кричал на оператора и бросал трубку несколько раз подряд");
const QString kCustomTag = QStringLiteral("Сутяжник");
const QString kHostileName = QStringLiteral("<b>{{refund.amount}}</b> & Co");

// The support-limit reminder to one customer, in their language unless given.
LetterRequest reminderTo(qint64 customerId, const QString& language = {})
{
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = customerId;
    request.language = language;
    return request;
}

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = process.exitCode();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .replace(QChar(0x00a0), QLatin1Char(' '));
}

QString oneLine(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

// Letters from template to register to PDF: the template engine, the
// language of the letters, the politeness check, numbering, voiding, the
// batch and the command line.
class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void templateEscapesValuesAndStopsOnGaps();
    void sectionsFollowTheirConditions();
    void settlementSaysWhatIsRefundedOrOwed_data();
    void settlementSaysWhatIsRefundedOrOwed();
    void lettersWriteTheirOwnLanguage_data();
    void lettersWriteTheirOwnLanguage();
    void politenessCheckFindsWhatMustNotBeSent();
    void shippedWordListsCatchLabelsAndSpareOrdinaryWords_data();
    void shippedWordListsCatchLabelsAndSpareOrdinaryWords();
    void overlappingRulesGiveOneHit();
    void everyShippedTemplateIsCompleteAndPolite_data();
    void everyShippedTemplateIsCompleteAndPolite();

    void noticeFromTheCaseStepReadsBackFromThePdf();
    void registerHasNoGapsAndVoidKeepsTheNumber();
    void numberPrefixIsTakenLiterally();
    void politenessHitBlocksUntilOverriddenWithAReason();
    void hostileNamePrintsLiterally();
    void terminationLettersAreTheOwners();
    void templatesAreVersioned();
    void revisedShippedTextReplacesOnlyWhatTheOfficeKept();
    void batchIssuesToAllButTheBlockedCustomer();
    void aStartedMinuteIsOverTheAllowanceEverywhere();
    void pdfAOnRequest();
    void addressesAndPhonesStayOnOneLine(); // and tables keep their columns apart
    void aReportRowIsNeverSplitAcrossPages();
    void commandLineIssuesAndExitsAsDocumented();
    void commandLineLettersAreTheOwnersOnly();
    void everyTemplateFromTheCommandLineAtItsStep();
    void commandLineNeverAssumesTheOwner();
    void commandLineAsksForThePassphraseWherePeopleSignIn();
    void severalProcessesIssuingAtOnceShareOneSequence();
    void aContactIsSavedWhileABatchLaysOutALetter();
    void aNumberTakenMeanwhileIsLaidOutAgain();
    void aDeskThatKeepsLosingTheRaceStillIssues_data();
    void aDeskThatKeepsLosingTheRaceStillIssues();
    void aDeskOutpacedEveryTimeUsesNoNumber();
    void twoDesksIssuingAtOnceBothGoOn();
    void caseFileHoldsTheWholeRecord();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QSqlDatabase db() const { return m_database->connection(); }
    void exec(const QString& statement, const QVariantList& values = {});
    QDate today() const { return QDate::currentDate(); }
    // "AB-<this year>-0007"
    QString registerNumber(int sequence) const;
    // Another desk's connection to the same file, waiting at most `busyTimeoutMs` for a lock.
    std::unique_ptr<Database> openDesk(int busyTimeoutMs) const;
    // The stored PDF matches its SHA-256 and shows the letter's own number.
    void verifyStoredPdf(const IssuedLetter& letter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_noticeStep = 0;
};

void TestLetters::exec(const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1Char(' ') + statement));
}

QString TestLetters::registerNumber(int sequence) const
{
    return QStringLiteral("AB-%1-%2")
        .arg(QString::number(today().year()), QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0')));
}

std::unique_ptr<Database> TestLetters::openDesk(int busyTimeoutMs) const
{
    auto desk = openAbonentDatabase(test::location(path(QStringLiteral("letters.sqlite"))));
    if (!desk) {
        qWarning("%s", qPrintable(desk.errorString()));
        return nullptr;
    }
    if (!test::waitForLocksAtMost(desk.value()->connection(), busyTimeoutMs)) {
        return nullptr;
    }
    return std::move(desk).value();
}

void TestLetters::verifyStoredPdf(const IssuedLetter& letter)
{
    auto pdf = LetterService(db()).pdfOf(letter.id);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    QCOMPARE(sha256(pdf.value()), letter.sha256);
    const QString file = path(letter.fileName());
    test::writeFile(file, pdf.value());
    const QString text = oneLine(pdfText(file));
    QVERIFY2(text.contains(letter.number), qPrintable(letter.number + QStringLiteral(" not in: ") + text));
}

void TestLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDatabase(test::location(path(QStringLiteral("letters.sqlite"))));
    QVERIFY(m_database);
    const QStringList settings {
        QStringLiteral("currency|RUB"),
        QStringLiteral("letters.company.name|ООО «Тестовая связь»"),
        QStringLiteral("letters.company.address|г. Тестов, ул. Проверочная, д. 1"),
        QStringLiteral("letters.company.phone|+7 000 000-00-00"),
        QStringLiteral("letters.company.email|office@test.example"),
        QStringLiteral("letters.company.signatory|О. Петрова"),
        QStringLiteral("letters.company.signatory_title|Директор"),
        QStringLiteral("letters.number_prefix|AB"),
        QStringLiteral("letters.default_language|ru"),
    };
    for (const QString& setting : settings) {
        exec(QStringLiteral("INSERT INTO office_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                            " SET value = excluded.value"),
             {setting.section(QLatin1Char('|'), 0, 0), setting.section(QLatin1Char('|'), 1)});
    }
    exec(QStringLiteral("INSERT INTO operators (id, login, name, role, cost_per_hour_minor, currency) VALUES"
                        " (1, 'olga', 'Ольга Петрова', 'owner', 90000, 'RUB'),"
                        " (2, 'max', 'Максим Орлов', 'manager', 70000, 'RUB'),"
                        " (3, 'ivan', 'Иван Сидоров', 'operator', 50000, 'RUB')"));
    exec(QStringLiteral("INSERT INTO plans (id, name, monthly_fee_minor, currency, support_included,"
                        " included_support_minutes, paid_support_rate_minor) VALUES"
                        " (1, 'Дом 100', 50000, 'RUB', 1, 60, 1500), (2, 'Эконом', 30000, 'RUB', 0, 0, 1500)"));
    const QDate since = today().addYears(-1);
    exec(QStringLiteral("INSERT INTO customers (id, contract_number, kind, name, address, customer_since,"
                        " created_at, updated_at) VALUES"
                        " (1, 'A-1', 'person', 'Пётр Иванов', 'г. Тестов, ул. Лесная, д. 5', ?, 0, 0),"
                        " (2, 'A-2', 'company', ?, '1 Main St', ?, 0, 0),"
                        " (3, 'A-3', 'company', 'Threat Assessment Ltd', '2 Main St', ?, 0, 0)"),
         {sql::toDateValue(since), kHostileName, sql::toDateValue(since), sql::toDateValue(since)});
    exec(QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on) VALUES (1, 1, ?), (2, 1, ?),"
                        " (3, 1, ?)"),
         {sql::toDateValue(since), sql::toDateValue(since), sql::toDateValue(since)});
    // Last month: 95 minutes of calls against 60 included. The first year's
    // fees were paid when the contract began, and this month four more.
    const QDate lastMonth = QDate(today().year(), today().month(), 1).addMonths(-1);
    const qint64 callAt = QDateTime(lastMonth.addDays(3), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 customer : {kPeter, kHostile, kThreatLtd}) {
        exec(QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id, topic)"
                            " VALUES (?, 'phone_in', ?, 3000, 3, 'Нет связи'), (?, 'phone_in', ?, 2700, 3,"
                            " 'Медленный интернет')"),
             {customer, callAt, customer, callAt + 86400});
        exec(
            QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency) VALUES"
                           " (?, ?, 'fee', 600000, 'RUB'), (?, ?, 'fee', 200000, 'RUB')"),
            {customer, sql::toDateValue(since), customer, sql::toDateValue(QDate(today().year(), today().month(), 1))});
    }

    TagService tags(db());
    Tag custom;
    custom.name = kCustomTag;
    custom.colour = QStringLiteral("#aa0000");
    custom.severity = Severity::Serious;
    custom.marksProblem = true;
    auto customId = tags.addTag(owner, custom);
    QVERIFY2(customId, qPrintable(customId.errorString()));
    auto abusive = tags.shippedTag(QStringLiteral("abusive_language"));
    QVERIFY(abusive);
    for (qint64 tagId : {customId.value(), abusive->id}) {
        TagRequest request;
        request.tagId = tagId;
        request.reason = kReason;
        auto assigned = tags.assign(operatorActor, kPeter, request);
        QVERIFY2(assigned, qPrintable(assigned.errorString()));
    }

    CaseService cases(db());
    auto opened = cases.open(manager, kPeter, QStringLiteral("Support far beyond the plan"));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    StepInput reminder;
    reminder.step = CaseStep::Reminder;
    reminder.takenOn = today();
    QVERIFY(cases.takeStep(manager, opened.value(), reminder));
    StepInput offer;
    offer.step = CaseStep::Offer;
    offer.takenOn = today();
    offer.offeredPlanId = 2;
    QVERIFY(cases.takeStep(manager, opened.value(), offer));
    StepInput notice;
    notice.step = CaseStep::Notice;
    notice.takenOn = today();
    notice.clause = QStringLiteral("7.4");
    notice.noticeMonths = 1;
    auto noticeStep = cases.takeStep(owner, opened.value(), notice);
    QVERIFY2(noticeStep, qPrintable(noticeStep.errorString()));
    m_noticeStep = noticeStep.value();
}

void TestLetters::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestLetters::templateEscapesValuesAndStopsOnGaps()
{
    LetterValues values;
    values.setText(QStringLiteral("customer.name"), kHostileName);
    values.setText(QStringLiteral("refund.amount"), QStringLiteral("999"));

    auto filled = LetterTemplate(QStringLiteral("<p>{{customer.name}} / {{ refund.amount }}</p>")).fill(values);
    QVERIFY2(filled, qPrintable(filled.errorString()));
    QCOMPARE(filled.value(), QStringLiteral("<p>&lt;b&gt;{{refund.amount}}&lt;/b&gt; &amp; Co / 999</p>"));

    // A name Abonent does not know, even in a typo's shape, stops the letter and is named.
    for (const QString& unknown : {QStringLiteral("{{refund.amonut}}"), QStringLiteral("{{Refund Amount}}")}) {
        auto refused = LetterTemplate(QStringLiteral("<p>%1</p>").arg(unknown)).fill(values);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(unknown), qPrintable(refused.errorString()));
    }
    // A known name without a value stops it too.
    auto missing = LetterTemplate(QStringLiteral("<p>{{customer.name}} {{termination.date}}</p>")).fill(values);
    QVERIFY(!missing);
    QVERIFY2(missing.errorString().contains(QStringLiteral("{{termination.date}}")), qPrintable(missing.errorString()));
    // Optional ones may stay empty.
    auto optional = LetterTemplate(QStringLiteral("<p>{{customer.name}}</p>{{free.text}}")).fill(values);
    QVERIFY(optional);
    QVERIFY(!optional->contains(QStringLiteral("{{free.text}}")));
}

void TestLetters::sectionsFollowTheirConditions()
{
    const LetterTemplate letter(
        QStringLiteral("<p>A</p>{{#refund.due}}<p>back {{refund.amount}}</p>{{/refund.due}}"
                       "{{#payment.owed}}<p>owed {{owed.amount}}</p>{{/payment.owed}}<p>Z</p>"));
    auto names = letter.placeholders();
    QVERIFY2(names, qPrintable(names.errorString()));
    QCOMPARE(names.value(), QStringList({QStringLiteral("refund.amount"), QStringLiteral("owed.amount")}));

    // Only the section whose condition holds stays, without its markers, and
    // a placeholder in a dropped section needs no value.
    LetterValues values;
    values.setCondition(QStringLiteral("payment.owed"), true);
    values.setText(QStringLiteral("owed.amount"), QStringLiteral("30.00"));
    auto owed = letter.fill(values);
    QVERIFY2(owed, qPrintable(owed.errorString()));
    QCOMPARE(owed.value(), QStringLiteral("<p>A</p><p>owed 30.00</p><p>Z</p>"));
    values.setCondition(QStringLiteral("payment.owed"), false);
    values.setCondition(QStringLiteral("refund.due"), true);
    QVERIFY(!letter.fill(values)); // now the refund is needed and has no value
    QStringList missing;
    QVERIFY(letter.fill(values, &missing));
    QCOMPARE(missing, QStringList {QStringLiteral("refund.amount")});

    // A section must be known and closed, in order.
    for (const QString& broken : {QStringLiteral("{{#refund.due}}x"),
                                  QStringLiteral("x{{/refund.due}}"),
                                  QStringLiteral("{{#refund.due}}{{#payment.owed}}{{/refund.due}}{{/payment.owed}}"),
                                  QStringLiteral("{{#refund.maybe}}x{{/refund.maybe}}")}) {
        auto refused = LetterTemplate(broken).placeholders();
        QVERIFY2(!refused, qPrintable(broken));
        QVERIFY2(refused.errorString().contains(QStringLiteral("section")), qPrintable(refused.errorString()));
        QVERIFY2(!LetterTemplate(broken).fill(values), qPrintable(broken));
    }
    // Nested sections: the inner one counts only where the outer one stays.
    LetterValues inner;
    inner.setCondition(QStringLiteral("payment.owed"), true);
    auto nested = LetterTemplate(QStringLiteral("a{{#refund.due}}b{{#payment.owed}}c{{/payment.owed}}{{/refund.due}}d"))
                      .fill(inner);
    QVERIFY2(nested, qPrintable(nested.errorString()));
    QCOMPARE(nested.value(), QStringLiteral("ad"));
}

void TestLetters::settlementSaysWhatIsRefundedOrOwed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("beyondDue"); // paid beyond the fees due at the end; negative: owed
    QTest::addColumn<QStringList>("notice"); // phrases the notice has
    QTest::addColumn<QStringList>("confirmation");
    QTest::addColumn<QStringList>("neither"); // phrases neither letter may have

    const QStringList promisesRefundEn {QStringLiteral("the refund is"), QStringLiteral("Amount to be refunded")};
    QTest::newRow("en owes") << QStringLiteral("en") << qint64(-116335)
                             << QStringList {QStringLiteral("is still to be paid for the service up to that date")}
                             << QStringList {QStringLiteral("Amount still to be paid by you"),
                                             QStringLiteral("Please pay this amount within 14 days")}
                             << (promisesRefundEn + QStringList {QStringLiteral("No further payments are due")});
    QTest::newRow("en refund") << QStringLiteral("en") << qint64(24000)
                               << QStringList {QStringLiteral("By our calculation the refund is")}
                               << QStringList {QStringLiteral("Amount to be refunded to you"),
                                               QStringLiteral("No further payments are due")}
                               << QStringList {QStringLiteral("still to be paid")};
    QTest::newRow("en even") << QStringLiteral("en") << qint64(0)
                             << QStringList {QStringLiteral("there is nothing to refund and nothing more to pay")}
                             << QStringList {QStringLiteral("nothing is refunded and no further payments are due")}
                             << (promisesRefundEn + QStringList {QStringLiteral("still to be paid")});
    QTest::newRow("ru owes") << QStringLiteral("ru") << qint64(-116335)
                             << QStringList {QStringLiteral("осталось оплатить")}
                             << QStringList {QStringLiteral("Осталось оплатить"),
                                             QStringLiteral("Просим оплатить эту сумму")}
                             << QStringList {QStringLiteral("сумма возврата"), QStringLiteral("Сумма к возврату")};
    QTest::newRow("ru even") << QStringLiteral("ru") << qint64(0) << QStringList {QStringLiteral("возвращать нечего")}
                             << QStringList {QStringLiteral("возврата нет")}
                             << QStringList {QStringLiteral("сумма возврата"), QStringLiteral("оплатить")};
    QTest::newRow("uk owes") << QStringLiteral("uk") << qint64(-116335)
                             << QStringList {QStringLiteral("залишилося сплатити")}
                             << QStringList {QStringLiteral("Залишилося сплатити"),
                                             QStringLiteral("Просимо сплатити цю суму")}
                             << QStringList {QStringLiteral("сума повернення"), QStringLiteral("Сума до повернення")};
    QTest::newRow("uk refund") << QStringLiteral("uk") << qint64(24000)
                               << QStringList {QStringLiteral("сума повернення становить")}
                               << QStringList {QStringLiteral("Сума до повернення")}
                               << QStringList {QStringLiteral("сплатити")};
}

void TestLetters::settlementSaysWhatIsRefundedOrOwed()
{
    QFETCH(QString, language);
    QFETCH(qint64, beyondDue);
    QFETCH(QStringList, notice);
    QFETCH(QStringList, confirmation);
    QFETCH(QStringList, neither);

    // A-3's notice, given two months ago, has run out; it paid the fees due
    // to the end of the notice and `beyondDue` more (or less).
    const QDate noticeOn = today().addMonths(-2);
    const QDate ends = TerminationCalculator::terminationDate(noticeOn, 1);
    auto due = TerminationCalculator(db()).settlement(kThreatLtd, ends);
    QVERIFY2(due, qPrintable(due.errorString()));
    exec(QStringLiteral("DELETE FROM payments WHERE customer_id = ?"), {kThreatLtd});
    exec(QStringLiteral("INSERT INTO payments (customer_id, paid_on, kind, amount_minor, currency)"
                        " VALUES (?, ?, 'fee', ?, 'RUB')"),
         {kThreatLtd, sql::toDateValue(today().addYears(-1)), due->feesDue.minor + beyondDue});
    CaseService cases(db());
    const qint64 caseId = cases.open(manager, kThreatLtd, QStringLiteral("Support far beyond the plan")).value();
    for (CaseStep step : {CaseStep::Reminder, CaseStep::Offer, CaseStep::Notice, CaseStep::Terminated}) {
        StepInput input;
        input.step = step;
        input.takenOn = step == CaseStep::Terminated ? today() : noticeOn;
        input.clause = QStringLiteral("7.4");
        auto taken = cases.takeStep(owner, caseId, input);
        QVERIFY2(taken, qPrintable(taken.errorString()));
    }
    const QString amount = LetterLanguage(language).money(Money {std::abs(beyondDue), QStringLiteral("RUB")});
    const auto normalised = [](QString text) { return text.replace(QChar(0x00a0), QLatin1Char(' ')).simplified(); };

    LetterService letters(db());
    for (const auto& [kind, expected] : {std::pair {LetterKind::TerminationNotice, notice},
                                         std::pair {LetterKind::TerminationConfirmation, confirmation}}) {
        LetterRequest request;
        request.kind = kind;
        request.language = language;
        request.customerId = kThreatLtd;
        auto draft = letters.prepare(request);
        QVERIFY2(draft, qPrintable(draft.errorString()));
        QVERIFY2(draft->missing.isEmpty(), qPrintable(draft->missing.join(QLatin1Char(','))));
        const QString text = normalised(draft->plainText);
        for (const QString& phrase : expected) {
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
        }
        if (beyondDue != 0) {
            QVERIFY2(text.contains(normalised(amount)), qPrintable(amount + QStringLiteral(" not in: ") + text));
        }
        for (const QString& phrase : neither) {
            QVERIFY2(!text.contains(phrase), qPrintable(phrase + QStringLiteral(" in: ") + text));
        }
    }
}

void TestLetters::lettersWriteTheirOwnLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("rubles");
    QTest::addColumn<QStringList>("months"); // 1, 2, 5, 11, 21, 22 months
    QTest::addColumn<QString>("minutes"); // 1 minute

    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("3 March 2026") << QStringLiteral("November 2026")
                        << QStringLiteral("₽ 1,234.50")
                        << QStringList {QStringLiteral("1 month"),
                                        QStringLiteral("2 months"),
                                        QStringLiteral("5 months"),
                                        QStringLiteral("11 months"),
                                        QStringLiteral("21 months"),
                                        QStringLiteral("22 months")}
                        << QStringLiteral("1 minute");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("3 марта 2026 г.") << QStringLiteral("ноябрь 2026 г.")
                        << QStringLiteral("1 234,50 ₽")
                        << QStringList {QStringLiteral("1 месяц"),
                                        QStringLiteral("2 месяца"),
                                        QStringLiteral("5 месяцев"),
                                        QStringLiteral("11 месяцев"),
                                        QStringLiteral("21 месяц"),
                                        QStringLiteral("22 месяца")}
                        << QStringLiteral("1 минута");
    QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("3 березня 2026 р.")
                        << QStringLiteral("листопад 2026 р.") << QStringLiteral("1 234,50 ₽")
                        << QStringList {QStringLiteral("1 місяць"),
                                        QStringLiteral("2 місяці"),
                                        QStringLiteral("5 місяців"),
                                        QStringLiteral("11 місяців"),
                                        QStringLiteral("21 місяць"),
                                        QStringLiteral("22 місяці")}
                        << QStringLiteral("1 хвилина");
}

void TestLetters::lettersWriteTheirOwnLanguage()
{
    QFETCH(QString, language);
    const LetterLanguage letter(language);
    const auto spaced = [](QString text) {
        return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    };
    QTEST(letter.date(QDate(2026, 3, 3)), "date");
    QTEST(letter.month(QDate(2026, 11, 20)), "month");
    // English puts the symbol first, apart from the digits as a currency foreign to it.
    QTEST(spaced(letter.money(Money {123450, QStringLiteral("RUB")})), "rubles");
    QStringList months;
    for (int count : {1, 2, 5, 11, 21, 22}) {
        months << spaced(letter.count(count, LetterLanguage::Unit::Month));
    }
    QTEST(months, "months");
    QTEST(spaced(letter.count(1, LetterLanguage::Unit::Minute)), "minutes");
    // A currency without a symbol on the list is written with its code and its own decimals.
    const QString dinars = spaced(letter.money(Money {12500, QStringLiteral("KWD")}));
    QVERIFY2(dinars == QStringLiteral("KWD 12.500") || dinars == QStringLiteral("12,500 KWD"), qPrintable(dinars));
}

void TestLetters::politenessCheckFindsWhatMustNotBeSent()
{
    const PolitenessCheck check({QStringLiteral("Abusive language"), kCustomTag},
                                {kReason, QStringLiteral("Хам")},
                                QStringLiteral("# comment\nгруб*\nчёрный список\n"));
    QVERIFY(check.check(QStringLiteral("Благодарим вас за то, что вы с нами.")).isEmpty());

    const auto sources = [&check](const QString& text) {
        QList<PolitenessHit::Source> found;
        for (const PolitenessHit& hit : check.check(text)) {
            found << hit.source;
        }
        return found;
    };
    using Source = PolitenessHit::Source;
    QCOMPARE(sources(QStringLiteral("We noted your ABUSIVE   language.")), QList<Source> {Source::TagName});
    QCOMPARE(sources(QStringLiteral("Вы сутяжник.")), QList<Source> {Source::TagName});
    // Prefixes match words that start with them, ё and е alike, and whole words only otherwise.
    QCOMPARE(sources(QStringLiteral("Ваша грубость.")), QList<Source> {Source::Word});
    QCOMPARE(sources(QStringLiteral("Вы в ЧЕРНОМ списке?")), QList<Source> {});
    QCOMPARE(sources(QStringLiteral("Вы в чёрный список.")), QList<Source> {Source::Word});
    QCOMPARE(sources(QStringLiteral("Неугрубый текст.")), QList<Source> {});
    // A reason is caught when six words of it appear in a row, a short one when it appears whole.
    QCOMPARE(sources(QStringLiteral("Вы бросал трубку несколько раз подряд, как сказано.")), QList<Source> {});
    QCOMPARE(sources(QStringLiteral("Он кричал на оператора и бросал трубку.")), QList<Source> {Source::TagReason});
    QCOMPARE(sources(QStringLiteral("Хам!")), QList<Source> {Source::TagReason});
    QCOMPARE(sources(QStringLiteral("Хамство")), QList<Source> {});

    const QList<PolitenessHit> hits = check.check(QStringLiteral("Ваша ГРУБОСТЬ."));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().found, QStringLiteral("ГРУБОСТЬ"));
}

void TestLetters::shippedWordListsCatchLabelsAndSpareOrdinaryWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("caught");

    const auto rows = [](const char* language, bool caught, const QStringList& words) {
        for (const QString& word : words) {
            QTest::addRow("%s %s: %s", language, caught ? "caught" : "spared", qPrintable(word))
                << QString::fromLatin1(language) << word << caught;
        }
    };
    // Insults, diagnoses and labels for people.
    rows("en", true, {QStringLiteral("troll"),         QStringLiteral("trolling"),
                      QStringLiteral("hysterical"),    QStringLiteral("HYSTERIA"),
                      QStringLiteral("crazy"),         QStringLiteral("insane"),
                      QStringLiteral("lunatic"),       QStringLiteral("psycho"),
                      QStringLiteral("psychopathic"),  QStringLiteral("paranoid"),
                      QStringLiteral("schizophrenic"), QStringLiteral("moron"),
                      QStringLiteral("imbecile"),      QStringLiteral("deranged"),
                      QStringLiteral("nutcase"),       QStringLiteral("serial complainer"),
                      QStringLiteral("time-waster"),   QStringLiteral("freeloader"),
                      QStringLiteral("harassment"),    QStringLiteral("whinger"),
                      QStringLiteral("rudeness"),      QStringLiteral("problem customer"),
                      QStringLiteral("chronic"),       QStringLiteral("vexatious")});
    rows("ru",
         true,
         {QStringLiteral("тролль"),      QStringLiteral("троллит"),       QStringLiteral("истеричка"),
          QStringLiteral("истерика"),    QStringLiteral("псих"),          QStringLiteral("психопат"),
          QStringLiteral("сумасшедший"), QStringLiteral("неадекватный"),  QStringLiteral("параноик"),
          QStringLiteral("шизофреник"),  QStringLiteral("дебил"),         QStringLiteral("придурок"),
          QStringLiteral("наглый"),      QStringLiteral("сутяжник"),      QStringLiteral("кляузник"),
          QStringLiteral("матерился"),   QStringLiteral("бранные слова"), QStringLiteral("Хамство"),
          QStringLiteral("мошенник"),    QStringLiteral("халявщик"),      QStringLiteral("проблемный абонент"),
          QStringLiteral("хронический"), QStringLiteral("токсичный"),     QStringLiteral("ЧЁРНЫЙ список")});
    rows("uk", true, {QStringLiteral("троль"),           QStringLiteral("тролінг"),
                      QStringLiteral("істеричка"),       QStringLiteral("псих"),
                      QStringLiteral("психопат"),        QStringLiteral("божевільний"),
                      QStringLiteral("неадекватний"),    QStringLiteral("параноїк"),
                      QStringLiteral("дебіл"),           QStringLiteral("йолоп"),
                      QStringLiteral("нахабний"),        QStringLiteral("сутяжник"),
                      QStringLiteral("образливі слова"), QStringLiteral("ображав"),
                      QStringLiteral("брехун"),          QStringLiteral("шахрай"),
                      QStringLiteral("матюкався"),       QStringLiteral("проблемний клієнт"),
                      QStringLiteral("хронічний"),       QStringLiteral("чорного списку")});
    // Ordinary words that share a beginning with a listed one.
    rows("en",
         false,
         {QStringLiteral("trolley"),
          QStringLiteral("psychology"),
          QStringLiteral("madam"),
          QStringLiteral("assistance"),
          QStringLiteral("insulation"),
          QStringLiteral("thread"),
          QStringLiteral("sweater"),
          QStringLiteral("complaint"),
          QStringLiteral("chronicle"),
          QStringLiteral("troubleshooting"),
          QStringLiteral("underlying"),
          QStringLiteral("creeping costs"),
          QStringLiteral("difficulty"),
          QStringLiteral("problem"),
          QStringLiteral("mentally"),
          QStringLiteral("screen"),
          QStringLiteral("rudder"),
          QStringLiteral("hostel")});
    rows("ru",
         false,
         {QStringLiteral("троллейбус"),
          QStringLiteral("психолог"),
          QStringLiteral("материал"),
          QStringLiteral("материнская плата"),
          QStringLiteral("брандмауэр"),
          QStringLiteral("наглядно"),
          QStringLiteral("тупик"),
          QStringLiteral("уровень"),
          QStringLiteral("угол"),
          QStringLiteral("хронология"),
          QStringLiteral("козырёк"),
          QStringLiteral("проблема"),
          QStringLiteral("трудности"),
          QStringLiteral("абонент"),
          QStringLiteral("ругаться не будем")});
    rows("uk",
         false,
         {QStringLiteral("тролейбус"),
          QStringLiteral("психолог"),
          QStringLiteral("зображення"),
          QStringLiteral("образ"),
          QStringLiteral("матеріал"),
          QStringLiteral("тупик"),
          QStringLiteral("хронологія"),
          QStringLiteral("проблема"),
          QStringLiteral("абонент"),
          QStringLiteral("скарга")});
}

void TestLetters::shippedWordListsCatchLabelsAndSpareOrdinaryWords()
{
    QFETCH(QString, language);
    QFETCH(QString, words);
    QFETCH(bool, caught);
    const PolitenessCheck check({}, {}, ShippedLetters::wordsToAvoid(language));
    const QList<PolitenessHit> hits = check.check(QStringLiteral("Dear customer, %1. Thank you.").arg(words));
    QVERIFY2(caught == !hits.isEmpty(), qPrintable(PolitenessCheck::summary(hits)));
    if (caught) {
        QCOMPARE(hits.size(), 1);
    }
}

void TestLetters::overlappingRulesGiveOneHit()
{
    // "Problem client" is a tag's name, on the list of words, and the whole
    // of a reason: the letter has it once, and so does the report.
    const PolitenessCheck check({QStringLiteral("Problem client")},
                                {QStringLiteral("problem client")},
                                QStringLiteral("problem client\nproblem*\nclient*\n"));
    const QList<PolitenessHit> hits =
        check.check(QStringLiteral("You are a problem client. Our clients are problem solvers."));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).source, PolitenessHit::Source::TagName); // the name says most
    QCOMPARE(hits.at(0).found, QStringLiteral("problem client"));
    QCOMPARE(hits.at(1).found, QStringLiteral("clients")); // elsewhere: a hit of its own
    QCOMPARE(hits.at(2).found, QStringLiteral("problem"));
    QCOMPARE(PolitenessCheck::summary(hits).count(QStringLiteral("problem client")), 1);
}

void TestLetters::everyShippedTemplateIsCompleteAndPolite_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("language");
    for (const QString& code : allCodes<LetterKind>()) {
        for (const QString& language : ShippedLetters::languages()) {
            QTest::addRow("%s.%s", qPrintable(code), qPrintable(language)) << *fromCode<LetterKind>(code) << language;
        }
    }
}

void TestLetters::everyShippedTemplateIsCompleteAndPolite()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, language);
    const QString body = ShippedLetters::body(kind, language);
    QVERIFY(!body.isEmpty());
    auto names = LetterTemplate(body).placeholders();
    QVERIFY2(names, qPrintable(names.errorString()));
    // Every letter comes from the letterhead, is numbered and dated, says whom
    // to ask, and is signed.
    for (const char* name : {"letterhead",
                             "letter.number",
                             "letter.date",
                             "customer.name",
                             "company.phone",
                             "company.email",
                             "company.signatory"}) {
        QVERIFY2(names->contains(QLatin1String(name)), name);
    }
    if (kind == LetterKind::TerminationNotice) {
        for (const char* name : {"contract.clause", "notice.period", "termination.date", "refund.amount"}) {
            QVERIFY2(names->contains(QLatin1String(name)), name);
        }
    }
    // The shipped words to avoid never appear in the shipped letters themselves.
    const PolitenessCheck check({}, {}, ShippedLetters::wordsToAvoid(language));
    const QList<PolitenessHit> hits = check.check(body);
    QVERIFY2(hits.isEmpty(), qPrintable(PolitenessCheck::summary(hits)));
}

void TestLetters::noticeFromTheCaseStepReadsBackFromThePdf()
{
    LetterService letters(db());
    LetterRequest request;
    request.kind = LetterKind::TerminationNotice;
    request.customerId = kPeter;
    request.caseStepId = m_noticeStep;
    auto draft = letters.prepare(request);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QVERIFY2(draft->hits.isEmpty(), qPrintable(PolitenessCheck::summary(draft->hits)));

    QByteArray pdf;
    auto issued = letters.issue(owner, request, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    QCOMPARE(issued->number, QStringLiteral("AB-%1-0001").arg(today().year()));
    QCOMPARE(issued->sha256, sha256(pdf));
    auto stored = letters.pdfOf(issued->id);
    QVERIFY(stored);
    QCOMPARE(stored.value(), pdf);

    const QString file = path(issued->fileName());
    test::writeFile(file, pdf);
    const QString text = oneLine(pdfText(file));
    auto terms = CaseService(db()).find(CaseService(db()).openCaseOf(kPeter).value()->id);
    QVERIFY(terms);
    const CaseStepRecord* notice = terms->stepRecord(CaseStep::Notice);
    QVERIFY(notice);
    const LetterLanguage russian(QStringLiteral("ru"));
    for (const QString& expected :
         {issued->number,
          QStringLiteral("Уведомление о расторжении договора № A-1"),
          QStringLiteral("пункта 7.4"),
          oneLine(russian.date(notice->terminationOn).replace(QChar(0x00a0), QLatin1Char(' '))),
          oneLine(russian.money(notice->refund).replace(QChar(0x00a0), QLatin1Char(' '))),
          QStringLiteral("ООО «Тестовая связь»"),
          QStringLiteral("О. Петрова")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    QVERIFY(notice->refund.minor > 0); // paid ahead: the refund is real money
    // The file's title is in the letter's language too.
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.contains(QStringLiteral("Уведомление о расторжении договора %1").arg(issued->number)),
             qPrintable(info));
    for (const QString& internal : {kCustomTag, QStringLiteral("Abusive language"), kReason.left(20)}) {
        QVERIFY2(!text.contains(internal, Qt::CaseInsensitive), qPrintable(internal));
    }
    // Fonts travel with the file.
    const QString fonts = run(QStringLiteral("pdffonts"), {file});
    static const QRegularExpression fontLine(
        QStringLiteral("^(\\S+).*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"),
        QRegularExpression::MultilineOption);
    int fontCount = 0;
    for (auto line = fontLine.globalMatch(fonts); line.hasNext();) {
        const auto match = line.next();
        QVERIFY2(match.captured(1).startsWith(QStringLiteral("AbonentLetterSans")), qPrintable(fonts));
        QCOMPARE(match.captured(2), QStringLiteral("yes")); // embedded
        ++fontCount;
    }
    QVERIFY2(fontCount >= 2, qPrintable(fonts)); // regular and bold

    // The step shows its letter, and the timeline the letter.
    QCOMPARE(terms->stepRecord(CaseStep::Notice)->letterId.value_or(0), issued->id);
    QCOMPARE(terms->stepRecord(CaseStep::Notice)->letterNumber, issued->number);
    auto entries = LetterTimelineSource().entriesFor(db(), kPeter);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().title.contains(issued->number));
}

void TestLetters::registerHasNoGapsAndVoidKeepsTheNumber()
{
    LetterService letters(db());
    LetterRequest reminder;
    reminder.kind = LetterKind::SupportReminder;
    reminder.customerId = kPeter;
    auto first = letters.issue(manager, reminder);
    QVERIFY2(first, qPrintable(first.errorString()));

    // A letter that cannot be made (nobody has been terminated yet) takes no number.
    LetterRequest confirmation;
    confirmation.kind = LetterKind::TerminationConfirmation;
    confirmation.customerId = kPeter;
    // The preview shows the gap, highlighted, and names it; issuing refuses.
    auto preview = letters.prepare(confirmation);
    QVERIFY2(preview, qPrintable(preview.errorString()));
    QVERIFY(preview->missing.contains(QStringLiteral("termination.date")));
    QVERIFY(preview->html.contains(QStringLiteral("{{termination.date}}</span>")));
    auto failed = letters.issue(owner, confirmation);
    QVERIFY(!failed);
    // It says which step is missing: the notice was given, the termination not yet taken.
    QVERIFY2(failed.errorString().contains(QStringLiteral("\"%1\"").arg(labelOf(CaseStep::Terminated))),
             qPrintable(failed.errorString()));

    auto second = letters.issue(manager, reminder);
    QVERIFY2(second, qPrintable(second.errorString()));
    const QString year = QString::number(today().year());
    QCOMPARE(first->number, QStringLiteral("AB-%1-0001").arg(year));
    QCOMPARE(second->number, QStringLiteral("AB-%1-0002").arg(year));

    QVERIFY(!letters.voidLetter(manager, first->id, QStringLiteral("  ")));
    QVERIFY(!letters.voidLetter(operatorActor, first->id, QStringLiteral("Wrong address")));
    QVERIFY(letters.voidLetter(manager, first->id, QStringLiteral("Wrong address")));
    QCOMPARE(letters.voidLetter(manager, first->id, QStringLiteral("Again")).error().code, Error::Code::Conflict);
    auto voided = letters.find(first->id);
    QVERIFY(voided);
    QVERIFY(voided->isVoid());
    QCOMPARE(voided->number, first->number);
    QCOMPARE(voided->voidReason, QStringLiteral("Wrong address"));
    QCOMPARE(voided->voidedByName, QStringLiteral("Максим Орлов"));

    // Reissued: a new number that points at the void letter.
    LetterRequest reissue = reminder;
    reissue.replacesLetterId = first->id;
    auto third = letters.issue(manager, reissue);
    QVERIFY2(third, qPrintable(third.errorString()));
    QCOMPARE(third->number, QStringLiteral("AB-%1-0003").arg(year));
    QCOMPARE(third->replacesId.value_or(0), first->id);
    reissue.replacesLetterId = second->id; // not void
    QVERIFY(!letters.issue(manager, reissue));

    // What was issued stays as issued, whatever goes straight at the table.
    QSqlQuery query(db());
    QVERIFY(!query.exec(QStringLiteral("UPDATE letters SET content = 'changed' WHERE id = %1").arg(second->id)));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM letters WHERE id = %1").arg(second->id)));
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE letters SET voided_at = NULL, void_reason = '' WHERE id = %1").arg(first->id)));
    auto all = letters.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
}

void TestLetters::numberPrefixIsTakenLiterally()
{
    // The office's prefix is its own text: "%2" in it is no place for the year.
    exec(QStringLiteral("UPDATE office_settings SET value = 'A%2' WHERE key = 'letters.number_prefix'"));
    LetterRequest reminder;
    reminder.kind = LetterKind::SupportReminder;
    reminder.customerId = kPeter;
    // Long enough for a second page, so every page carries its number.
    reminder.freeText =
        QStringList(60, QStringLiteral("Your connection was checked again this week.")).join(QLatin1Char(' '));
    QByteArray pdf;
    auto issued = LetterService(db()).issue(manager, reminder, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    const QString number = QStringLiteral("A%2-") + QString::number(today().year()) + QStringLiteral("-0001");
    QCOMPARE(issued->number, number);
    const QString file = path(QStringLiteral("prefix.pdf"));
    test::writeFile(file, pdf);
    const QString text = pdfText(file);
    QVERIFY2(text.contains(number + QStringLiteral(" · 1/")), qPrintable(text.right(300)));
    QVERIFY2(text.contains(number + QStringLiteral(" · 2/")), qPrintable(text.right(300)));
}

void TestLetters::politenessHitBlocksUntilOverriddenWithAReason()
{
    LetterService letters(db());
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = kPeter;
    request.freeText = QStringLiteral("Наш оператор отметил, что вы кричал на оператора и бросал трубку.");
    auto draft = letters.prepare(request);
    QVERIFY(draft);
    QCOMPARE(draft->hits.size(), 1);
    QCOMPARE(draft->hits.first().source, PolitenessHit::Source::TagReason);

    auto blocked = letters.issue(manager, request);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, Error::Code::Blocked);
    QVERIFY2(blocked.errorString().contains(QStringLiteral("кричал на оператора")), qPrintable(blocked.errorString()));

    request.overrideReason = QStringLiteral("The customer asked for the operator's note in writing.");
    auto issued = letters.issue(manager, request);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    // The blocked attempt used no number.
    QCOMPARE(issued->number, QStringLiteral("AB-%1-0001").arg(today().year()));
    QCOMPARE(issued->checkOverride, request.overrideReason);
    QVERIFY(issued->checkHits.contains(QStringLiteral("кричал на оператора")));
    auto audited = sql::scalar(db(),
                               QStringLiteral("SELECT reason FROM audit_log WHERE action = ? AND customer_id = ?"),
                               {QStringLiteral("letter.issued"), kPeter});
    QVERIFY(audited);
    QCOMPARE(audited->toString(), request.overrideReason);
}

void TestLetters::hostileNamePrintsLiterally()
{
    LetterService letters(db());
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.language = QStringLiteral("en");
    request.customerId = kHostile;
    QByteArray pdf;
    auto issued = letters.issue(manager, request, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    const QString file = path(QStringLiteral("hostile.pdf"));
    test::writeFile(file, pdf);
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("Dear <b>{{refund.amount}}</b> & Co,")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("{{letter.number}}")));
}

void TestLetters::terminationLettersAreTheOwners()
{
    LetterService letters(db());
    LetterRequest notice;
    notice.kind = LetterKind::TerminationNotice;
    notice.customerId = kPeter;
    auto refused = letters.issue(manager, notice);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QStringLiteral("owner")), qPrintable(refused.errorString()));
    LetterRequest reminder;
    reminder.kind = LetterKind::SupportReminder;
    reminder.customerId = kPeter;
    QVERIFY(!letters.issue(operatorActor, reminder));
    QVERIFY(letters.issue(manager, reminder));
    QVERIFY(letters.issue(owner, notice));
}

void TestLetters::templatesAreVersioned()
{
    LetterService letters(db());
    LetterTemplates templates(db());
    LetterRequest request;
    request.kind = LetterKind::PlanOffer;
    request.customerId = kPeter;
    auto before = letters.issue(manager, request);
    QVERIFY2(before, qPrintable(before.errorString()));
    QCOMPARE(before->templateVersion, 1);
    auto firstContent = letters.contentOf(before->id);
    QVERIFY(firstContent);
    QVERIFY(firstContent->contains(QStringLiteral("Эконом"))); // the plan offered in the case

    QVERIFY(!templates.save(manager, LetterKind::PlanOffer, QStringLiteral("ru"), QStringLiteral("<p>{{oops}}</p>")));
    QVERIFY(!templates.save(operatorActor, LetterKind::PlanOffer, QStringLiteral("ru"), QStringLiteral("<p>x</p>")));
    auto edited =
        templates.save(manager,
                       LetterKind::PlanOffer,
                       QStringLiteral("ru"),
                       QStringLiteral("{{letterhead}}<p>Уважаемый абонент! Предлагаем тариф «{{offer.plan}}».</p>"
                                      "<p>{{company.signatory}}</p>"));
    QVERIFY2(edited, qPrintable(edited.errorString()));
    QCOMPARE(edited->version, 2);
    auto after = letters.issue(manager, request);
    QVERIFY2(after, qPrintable(after.errorString()));
    QCOMPARE(after->templateVersion, 2);
    // The earlier letter keeps the text it was issued with.
    QCOMPARE(letters.contentOf(before->id).value(), firstContent.value());
    QVERIFY(!letters.contentOf(after->id).value().contains(QStringLiteral("{{")));

    auto restored = templates.restoreShipped(manager, LetterKind::PlanOffer, QStringLiteral("ru"));
    QVERIFY(restored);
    QCOMPARE(restored->version, 3);
    QVERIFY(restored->shipped);
    QCOMPARE(restored->body, ShippedLetters::body(LetterKind::PlanOffer, QStringLiteral("ru")));
    QCOMPARE(templates.versions(LetterKind::PlanOffer, QStringLiteral("ru")).value().size(), 3);
}

void TestLetters::revisedShippedTextReplacesOnlyWhatTheOfficeKept()
{
    // As a database from before a revision: the notice still has an older
    // shipped text, and the office wrote its own confirmation.
    LetterTemplates templates(db());
    const QString older = QStringLiteral("{{letterhead}}<p>An older shipped notice, {{customer.name}}.</p>");
    exec(QStringLiteral("INSERT INTO letter_templates (kind, language, version, body, shipped, created_at)"
                        " VALUES ('termination_notice', 'en', 2, ?, 1, 0)"),
         {older});
    auto own = templates.save(manager,
                              LetterKind::TerminationConfirmation,
                              QStringLiteral("en"),
                              QStringLiteral("{{letterhead}}<p>Our own words, {{customer.name}}.</p>"));
    QVERIFY2(own, qPrintable(own.errorString()));
    const auto count = [this] {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM letter_templates")).value().toInt();
    };
    const int before = count();

    QVERIFY(ShippedLetters::reviseIn(db()));
    QCOMPARE(count(), before + 1); // only the notice: the rest are as shipped
    auto notice = templates.current(LetterKind::TerminationNotice, QStringLiteral("en"));
    QVERIFY(notice);
    QCOMPARE(notice->version, 3);
    QVERIFY(notice->shipped);
    QCOMPARE(notice->body, ShippedLetters::body(LetterKind::TerminationNotice, QStringLiteral("en")));
    QCOMPARE(templates.current(LetterKind::TerminationConfirmation, QStringLiteral("en")).value().body, own->body);
    // Running it again changes nothing.
    QVERIFY(ShippedLetters::reviseIn(db()));
    QCOMPARE(count(), before + 1);
}

void TestLetters::batchIssuesToAllButTheBlockedCustomer()
{
    LetterService letters(db());
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.language = QStringLiteral("en");
    QStringList delivered;
    int progressCalls = 0;
    const QList<LetterOutcome> outcomes = LetterBatch(letters, manager)
                                              .run(
                                                  request,
                                                  {kPeter, kThreatLtd, kHostile},
                                                  [&](const IssuedLetter& letter, const QByteArray& pdf) -> Status {
                                                      if (sha256(pdf) != letter.sha256) {
                                                          return makeError(Error::Code::Io, QStringLiteral("digest"));
                                                      }
                                                      delivered << letter.number;
                                                      return {};
                                                  },
                                                  [&](int, int total) {
                                                      ++progressCalls;
                                                      return total == 3;
                                                  });
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(LetterBatch::issuedCount(outcomes), 2);
    QCOMPARE(LetterBatch::blockedCount(outcomes), 1);
    QVERIFY(outcomes.at(1).blocked());
    QCOMPARE(outcomes.at(1).customerId, kThreatLtd);
    QVERIFY2(outcomes.at(1).error.message.contains(QStringLiteral("Threat")), qPrintable(outcomes.at(1).error.message));
    const QString year = QString::number(today().year());
    QCOMPARE(delivered, (QStringList {QStringLiteral("AB-%1-0001").arg(year), QStringLiteral("AB-%1-0002").arg(year)}));
    QCOMPARE(progressCalls, 4);

    // Cancelling stops before the next letter.
    const QList<LetterOutcome> cancelled =
        LetterBatch(letters, manager).run(request, {kPeter, kHostile}, {}, [](int done, int) { return done < 1; });
    QCOMPARE(cancelled.size(), 1);
}

void TestLetters::aStartedMinuteIsOverTheAllowanceEverywhere()
{
    // 100 minutes included and 6,001 s of calls this month. The card's meter
    // says 101 of 100; the batch, the reminder and the report once rounded to
    // 100 and found nobody over.
    constexpr qint64 kOver = 4;
    const QDate today = QDateTime::currentDateTimeUtc().date(); // the card's month is UTC's
    const QDate thisMonth = EconomicsService::monthStart(today);
    exec(QStringLiteral("INSERT INTO plans (id, name, monthly_fee_minor, currency, support_included,"
                        " included_support_minutes, paid_support_rate_minor) VALUES"
                        " (3, 'Дом 200', 70000, 'RUB', 1, 100, 1500)"));
    exec(QStringLiteral("INSERT INTO customers (id, contract_number, kind, name, address, customer_since,"
                        " created_at, updated_at) VALUES (4, 'A-4', 'person', 'Анна Смирнова',"
                        " 'г. Тестов, ул. Полевая, д. 2', ?, 0, 0)"),
         {sql::toDateValue(thisMonth.addYears(-1))});
    exec(QStringLiteral("INSERT INTO plan_periods (customer_id, plan_id, starts_on) VALUES (4, 3, ?)"),
         {sql::toDateValue(thisMonth.addYears(-1))});
    exec(QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id, topic)"
                        " VALUES (4, 'phone_in', ?, 6001, 3, 'Нет связи')"),
         {QDateTime(thisMonth, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()});

    auto card = CustomerCardReader(db()).read(kOver);
    QVERIFY2(card, qPrintable(card.errorString()));
    QVERIFY(card->plan);
    QCOMPARE(card->plan->includedSupportMinutes, 100);
    QCOMPARE(card->minutesThisMonth(), 101);
    auto screen = CallScreenReader(db()).read(kOver, std::nullopt);
    QVERIFY2(screen, qPrintable(screen.errorString()));
    QVERIFY2(screen->allowanceRule.contains(QStringLiteral("includes 100 min a month; 101 min used")),
             qPrintable(screen->allowanceRule));

    auto over = LetterBatch::customersOverAllowance(db(), thisMonth);
    QVERIFY2(over, qPrintable(over.errorString()));
    QCOMPARE(over.value(), QList<qint64> {kOver});

    const LetterLanguage english(QStringLiteral("en"));
    const auto minutes = [&english](qint64 count) {
        return english.count(count, LetterLanguage::Unit::Minute).toHtmlEscaped();
    };
    auto letterhead = Letterhead::load(db());
    QVERIFY2(letterhead, qPrintable(letterhead.errorString()));
    const LetterFacts facts(db(), letterhead.value(), english);
    auto reminder = facts.gather(reminderTo(kOver, QStringLiteral("en")), QStringLiteral("AB-1"), today);
    QVERIFY2(reminder, qPrintable(reminder.errorString()));
    QCOMPARE(reminder->values.html(QStringLiteral("usage.minutes")), minutes(101));
    QCOMPARE(reminder->values.html(QStringLiteral("usage.over")), minutes(1));

    // The service report: one contact, its row and the total alike.
    LetterRequest report;
    report.kind = LetterKind::ServiceReport;
    report.customerId = kOver;
    report.periodFrom = thisMonth.addDays(-1); // the call's local date may still be last month's
    report.periodTo = today.addDays(1);
    auto reported = facts.gather(report, QStringLiteral("AB-2"), today);
    QVERIFY2(reported, qPrintable(reported.errorString()));
    QCOMPARE(reported->values.html(QStringLiteral("report.time")), minutes(101));
    const QString table = reported->values.html(QStringLiteral("report.support"));
    QVERIFY2(table.contains(QStringLiteral("<td>%1</td>").arg(minutes(101))), qPrintable(table));

    // The owner's case file: the month's minutes and the contact's.
    auto caseFile = CaseFile(db()).pdf(kOver, thisMonth.addDays(-1));
    QVERIFY2(caseFile, qPrintable(caseFile.errorString()));
    const QString file = path(QStringLiteral("case-file-minutes.pdf"));
    test::writeFile(file, caseFile.value());
    const QString text = oneLine(pdfText(file));
    QVERIFY2(text.contains(QStringLiteral(" 101 100 1 ")), qPrintable(text)); // minutes used, included, contacts
    QVERIFY2(text.contains(QStringLiteral(" 101 min ")), qPrintable(text)); // the contact
}

void TestLetters::pdfAOnRequest()
{
    auto letterhead = Letterhead::load(db());
    QVERIFY(letterhead);
    letterhead.value().pdfA = true;
    QVERIFY(!Letterhead::save(db(), manager, letterhead.value())); // the owner's setting
    QVERIFY(Letterhead::save(db(), owner, letterhead.value()));
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = kPeter;
    QByteArray pdf;
    auto issued = LetterService(db()).issue(manager, request, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    QVERIFY(pdf.contains("pdfaid:part"));
    QVERIFY(pdf.contains("/OutputIntents"));
    const QString file = path(QStringLiteral("a1b.pdf"));
    test::writeFile(file, pdf);
    QVERIFY(oneLine(pdfText(file)).contains(QStringLiteral("Пётр Иванов")));
}

void TestLetters::addressesAndPhonesStayOnOneLine()
{
    // Addresses of every length up to a dozen letters more: wherever the
    // line ends, none of them is broken at its hyphens.
    LetterService letters(db());
    for (int extra = 0; extra < 12; ++extra) {
        const QString email = QStringLiteral("accounts-%1@north-line-telecom.example").arg(QString(extra, u'x'));
        auto letterhead = Letterhead::load(db()).value();
        letterhead.email = email;
        QVERIFY(Letterhead::save(db(), owner, letterhead));
        LetterRequest request;
        request.kind = LetterKind::SupportReminder;
        request.customerId = kPeter;
        request.language = QStringLiteral("en");
        QByteArray pdf;
        auto issued = letters.issue(manager, request, &pdf);
        QVERIFY2(issued, qPrintable(issued.errorString()));
        const QString file = path(QStringLiteral("email-%1.pdf").arg(extra));
        test::writeFile(file, pdf);
        const QString text = pdfText(file);
        QVERIFY2(text.count(email) == 2, qPrintable(text.right(300))); // the letterhead and the closing paragraph
        QCOMPARE(text.count(QStringLiteral("+7 000 000-00-00")), 2);
    }
    // The small table keeps its columns apart: even its longest label stands
    // clear of the figure beside it.
    const QString laidOut = run(QStringLiteral("pdftotext"),
                                {QStringLiteral("-layout"), path(QStringLiteral("email-0.pdf")), QStringLiteral("-")});
    static const QRegularExpression apart(QStringLiteral("Time our team spent with you {3,}95 minutes"));
    QVERIFY2(apart.match(laidOut).hasMatch(), qPrintable(laidOut));
}

void TestLetters::aReportRowIsNeverSplitAcrossPages()
{
    // A year of contacts whose subjects take one to four lines in their column.
    const QStringList subjects {QStringLiteral("Slow"),
                                QStringLiteral("No connection since the storm last night"),
                                QStringLiteral("Router replaced, settings restored and the speed measured again "
                                               "at the customer's request"),
                                QStringLiteral("Invoice question")};
    const QDateTime first(today().addYears(-1).addDays(2), QTime(9, 0));
    for (int i = 0; i < 160; ++i) {
        exec(QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, operator_id, topic)"
                            " VALUES (?, 'phone_in', ?, ?, 3, ?)"),
             {kThreatLtd,
              first.addSecs(i * 2 * 86400 + i * 600).toSecsSinceEpoch(),
              60 + i * 7,
              subjects.at((i * 7) % subjects.size())});
    }
    LetterRequest request;
    request.kind = LetterKind::ServiceReport;
    request.customerId = kThreatLtd;
    request.language = QStringLiteral("en");
    request.overrideReason = QStringLiteral("\"Threat\" is the company's own name");
    QByteArray pdf;
    auto issued = LetterService(db()).issue(manager, request, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    const QString file = path(QStringLiteral("report.pdf"));
    test::writeFile(file, pdf);
    const int pages = run(QStringLiteral("pdfinfo"), {file})
                          .section(QStringLiteral("Pages:"), 1)
                          .simplified()
                          .section(QLatin1Char(' '), 0, 0)
                          .toInt();
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    // Each page after the first starts the table again with its headings,
    // then a row from its first line: a date.
    static const QRegularExpression date(QStringLiteral("^\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\s"));
    int rows = 0;
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = run(QStringLiteral("pdftotext"),
                                {QStringLiteral("-layout"),
                                 QStringLiteral("-f"),
                                 QString::number(page),
                                 QStringLiteral("-l"),
                                 QString::number(page),
                                 file,
                                 QStringLiteral("-")})
                                .split(QLatin1Char('\n'));
        lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        static const QRegularExpression headings(QStringLiteral("^\\s*Date\\s+Contact\\s"));
        const auto found = std::find_if(
            lines.cbegin(), lines.cend(), [](const QString& line) { return headings.match(line).hasMatch(); });
        const qsizetype heading = found == lines.cend() ? -1 : found - lines.cbegin();
        QVERIFY2(heading >= 0, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(lines.join(u'|'))));
        QVERIFY2(page == 1 || heading == 0, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(lines.first())));
        QVERIFY2(date.match(lines.value(heading + 1)).hasMatch(),
                 qPrintable(QStringLiteral("page %1 goes on with: %2").arg(page).arg(lines.value(heading + 1))));
        rows += static_cast<int>(
            std::count_if(lines.begin(), lines.end(), [](const QString& line) { return date.match(line).hasMatch(); }));
    }
    QCOMPARE(rows, 160 + 2); // and none is lost: these and the two calls of last month
}

void TestLetters::commandLineIssuesAndExitsAsDocumented()
{
    const QString database = test::location(path(QStringLiteral("letters.sqlite")));
    const QString out = path(QStringLiteral("out"));
    const auto runCli = [](const QStringList& arguments, QString* output = nullptr, QString* errors = nullptr) {
        const LettersRun run = runLetters(arguments);
        if (output) {
            *output = run.out;
        }
        if (errors) {
            *errors = run.err;
        }
        return run.code;
    };
    const QStringList common {QStringLiteral("issue"),
                              QStringLiteral("--as"),
                              QStringLiteral("olga"),
                              QStringLiteral("--db"),
                              database,
                              QStringLiteral("--out"),
                              out};
    QCOMPARE(runCli(common
                    + QStringList {QStringLiteral("--template"),
                                   QStringLiteral("nonsense"),
                                   QStringLiteral("--customer"),
                                   QStringLiteral("A-1")}),
             int(cli::Failure));
    QCOMPARE(runCli({QStringLiteral("issue"),
                     QStringLiteral("--as"),
                     QStringLiteral("olga"),
                     QStringLiteral("--db"),
                     database,
                     QStringLiteral("--template"),
                     QStringLiteral("service_report"),
                     QStringLiteral("--customer"),
                     QStringLiteral("A-1")}),
             int(cli::Failure)); // no --out
    QString output;
    QString errors;
    QCOMPARE(runCli(common
                        + QStringList {QStringLiteral("--template"),
                                       QStringLiteral("service_report"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("NOPE")},
                    &output,
                    &errors),
             int(cli::NothingFound));
    QVERIFY(output.isEmpty());
    QVERIFY(errors.contains(QStringLiteral("NOPE")));

    QCOMPARE(runCli(common
                        + QStringList {QStringLiteral("--template"),
                                       QStringLiteral("service_report"),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("uk"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-1"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-2")},
                    &output,
                    &errors),
             int(cli::Success));
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    LetterService letters(db());
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 2);
        auto letter = letters.findByNumber(fields.at(0));
        QVERIFY2(letter, qPrintable(line));
        QCOMPARE(letter->kind, LetterKind::ServiceReport);
        QCOMPARE(letter->language, QStringLiteral("uk"));
        QFile file(fields.at(1));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(file.readAll()), letter->sha256);
    }
    const QString report = oneLine(pdfText(lines.first().section(QLatin1Char('\t'), 1)));
    QVERIFY2(report.contains(QStringLiteral("Звіт про надані послуги за договором № A-1")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Нет связи"))); // the topic, as recorded
    QVERIFY(!report.contains(kCustomTag));

    // A blocked letter among good ones: the others are issued, the exit says something failed.
    QCOMPARE(runCli(common
                        + QStringList {QStringLiteral("--template"),
                                       QStringLiteral("support_reminder"),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-3"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-1")},
                    &output,
                    &errors),
             int(cli::Failure));
    QCOMPARE(output.count(QLatin1Char('\n')), 1);
    QVERIFY2(errors.startsWith(QStringLiteral("A-3: ")), qPrintable(errors));

    // The real executable reads contract numbers from standard input.
    QProcess process;
    process.start(QStringLiteral(ABONENT_EXECUTABLE),
                  {QStringLiteral("letters"),
                   QStringLiteral("issue"),
                   QStringLiteral("--as"),
                   QStringLiteral("olga"),
                   QStringLiteral("--db"),
                   database,
                   QStringLiteral("--template"),
                   QStringLiteral("service_report"),
                   QStringLiteral("--out"),
                   out});
    QVERIFY(process.waitForStarted());
    process.write("A-1\n\nA-2\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), int(cli::Success));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).count(QLatin1Char('\t')), 2);
}

void TestLetters::commandLineNeverAssumesTheOwner()
{
    // A-1's case is at the notice: only the owner may issue it, and nobody
    // is taken for the owner without being named.
    const auto letters = [this] {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM letters")).value().toInt();
    };
    const int before = letters();
    const auto issueAs = [&](const QStringList& as) {
        return runLetters(QStringList {QStringLiteral("issue"),
                                       QStringLiteral("--db"),
                                       test::location(path(QStringLiteral("letters.sqlite"))),
                                       QStringLiteral("--out"),
                                       path(QStringLiteral("as")),
                                       QStringLiteral("--template"),
                                       QStringLiteral("termination_notice"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-1")}
                          + as);
    };
    const LettersRun nobody = issueAs({});
    QCOMPARE(nobody.code, int(cli::Failure));
    QVERIFY2(nobody.err.contains(QStringLiteral("--as LOGIN")), qPrintable(nobody.err));
    const LettersRun byOperator = issueAs({QStringLiteral("--as"), QStringLiteral("ivan")});
    QCOMPARE(byOperator.code, int(cli::Failure));
    QVERIFY2(byOperator.err.contains(QStringLiteral("Only a manager or the owner can issue letters.")),
             qPrintable(byOperator.err));
    const LettersRun byManager = issueAs({QStringLiteral("--as"), QStringLiteral("max")});
    QCOMPARE(byManager.code, int(cli::Failure));
    QVERIFY2(byManager.err.contains(QStringLiteral("Termination letters are issued by the owner.")),
             qPrintable(byManager.err));
    QCOMPARE(letters(), before);
    const LettersRun byOwner = issueAs({QStringLiteral("--as"), QStringLiteral("olga")});
    QVERIFY2(byOwner.code == cli::Success, qPrintable(byOwner.err));
    QCOMPARE(letters(), before + 1);
}

void TestLetters::commandLineAsksForThePassphraseWherePeopleSignIn()
{
    if (test::testsOnServer()) {
        QSKIP("On a server each person signs in with their own login (tst_serverroles).");
    }
    SignIn signIn(db());
    QVERIFY(signIn.setPassphrase(owner, *owner.operatorId, QStringLiteral("Olga's long passphrase")));
    QVERIFY(signIn.setRequired(owner, true));
    const auto letters = [this] {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM letters")).value().toInt();
    };
    const int before = letters();
    const QString right = path(QStringLiteral("right.txt"));
    const QString wrong = path(QStringLiteral("wrong.txt"));
    test::writeFile(right, "Olga's long passphrase\n");
    test::writeFile(wrong, "Olga's short one\n");
    // The real program, its standard input a pipe and not a terminal: it
    // cannot ask, and says how to give the passphrase instead.
    const auto issue = [&](const QStringList& extra, QString* errors) {
        QProcess process;
        process.start(QStringLiteral(ABONENT_EXECUTABLE),
                      QStringList {QStringLiteral("letters"),
                                   QStringLiteral("issue"),
                                   QStringLiteral("--db"),
                                   path(QStringLiteral("letters.sqlite")),
                                   QStringLiteral("--out"),
                                   path(QStringLiteral("signed")),
                                   QStringLiteral("--template"),
                                   QStringLiteral("service_report"),
                                   QStringLiteral("--customer"),
                                   QStringLiteral("A-1"),
                                   QStringLiteral("--as"),
                                   QStringLiteral("olga")}
                          + extra);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        *errors = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QString errors;
    QCOMPARE(issue({}, &errors), int(cli::Failure));
    QVERIFY2(errors.contains(QStringLiteral("--passphrase-file")), qPrintable(errors));
    QCOMPARE(issue({QStringLiteral("--passphrase-file"), wrong}, &errors), int(cli::Failure));
    QVERIFY2(errors.contains(QStringLiteral("The login or the passphrase is not right.")), qPrintable(errors));
    QCOMPARE(letters(), before);
    QCOMPARE(issue({QStringLiteral("--passphrase-file"), right}, &errors), int(cli::Success));
    QCOMPARE(letters(), before + 1);
    // The register and the audit log name who signed in.
    auto issuer = sql::scalar(db(), QStringLiteral("SELECT issued_by FROM letters ORDER BY id DESC LIMIT 1"));
    QCOMPARE(issuer.value().toLongLong(), *owner.operatorId);
    auto audited =
        sql::scalar(db(),
                    QStringLiteral("SELECT operator_id FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"),
                    {AuditLog::letterIssued()});
    QCOMPARE(audited.value().toLongLong(), *owner.operatorId);
}

void TestLetters::everyTemplateFromTheCommandLineAtItsStep()
{
    // A-1 has had the reminder, the offer and the notice; each letter goes
    // with its own step, and the confirmation waits for the termination.
    const QString out = path(QStringLiteral("steps"));
    const auto issue = [&](const QString& kind,
                           QString* errors = nullptr,
                           const QString& contract = QStringLiteral("A-1")) -> std::optional<IssuedLetter> {
        const LettersRun run = runLetters({QStringLiteral("issue"),
                                           QStringLiteral("--as"),
                                           QStringLiteral("olga"),
                                           QStringLiteral("--db"),
                                           test::location(path(QStringLiteral("letters.sqlite"))),
                                           QStringLiteral("--out"),
                                           out,
                                           QStringLiteral("--lang"),
                                           QStringLiteral("en"),
                                           QStringLiteral("--template"),
                                           kind,
                                           QStringLiteral("--customer"),
                                           contract});
        if (errors) {
            *errors = run.err;
        }
        if (run.code != cli::Success) {
            return std::nullopt;
        }
        auto letter = LetterService(db()).findByNumber(run.out.section(QLatin1Char('\t'), 0, 0));
        return letter ? std::optional<IssuedLetter>(letter.value()) : std::nullopt;
    };
    const auto stepOf = [this](const IssuedLetter& letter) -> std::optional<CaseStep> {
        const QList<EscalationCase> cases = CaseService(db()).casesOf(letter.customerId).value();
        for (const EscalationCase& escalation : cases) {
            for (const CaseStepRecord& record : escalation.steps) {
                if (letter.caseStepId && record.id == *letter.caseStepId) {
                    return record.step;
                }
            }
        }
        return std::nullopt;
    };
    const QList<QPair<QString, CaseStep>> atTheirSteps {
        {QStringLiteral("support_reminder"), CaseStep::Reminder},
        {QStringLiteral("plan_offer"), CaseStep::Offer},
        {QStringLiteral("termination_notice"), CaseStep::Notice},
    };
    for (const auto& [kind, step] : atTheirSteps) {
        QString errors;
        const auto letter = issue(kind, &errors);
        QVERIFY2(letter, qPrintable(kind + QStringLiteral(": ") + errors));
        QCOMPARE(stepOf(*letter), std::optional<CaseStep>(step));
    }
    QVERIFY(issue(QStringLiteral("service_report")));

    // The notice is given, the contract not yet ended: the step is named.
    QString errors;
    QVERIFY(!issue(QStringLiteral("termination_confirmation"), &errors));
    QVERIFY2(errors.contains(QStringLiteral("\"%1\"").arg(labelOf(CaseStep::Terminated))), qPrintable(errors));
    QVERIFY(!errors.contains(QStringLiteral("notice step")));
    // A-2's notice, given three months ago, has run out, and the contract was ended.
    CaseService cases(db());
    const qint64 caseId = cases.open(manager, kHostile, QStringLiteral("Threats to the engineers")).value();
    for (const CaseStep earlier : {CaseStep::Reminder, CaseStep::Offer}) {
        StepInput taken;
        taken.step = earlier;
        taken.takenOn = today().addMonths(-4);
        taken.offeredPlanId = earlier == CaseStep::Offer ? std::optional<qint64>(2) : std::nullopt;
        auto step = cases.takeStep(manager, caseId, taken);
        QVERIFY2(step, qPrintable(step.errorString()));
    }
    StepInput notice;
    notice.step = CaseStep::Notice;
    notice.takenOn = today().addMonths(-3);
    notice.clause = QStringLiteral("7.4");
    notice.noticeMonths = 1;
    auto noticed = cases.takeStep(owner, caseId, notice);
    QVERIFY2(noticed, qPrintable(noticed.errorString()));
    StepInput terminated;
    terminated.step = CaseStep::Terminated;
    terminated.takenOn = cases.casesOf(kHostile).value().first().stepRecord(CaseStep::Notice)->terminationOn;
    terminated.exitReason = ExitReason::TerminatedByProvider;
    auto ended = cases.takeStep(owner, caseId, terminated);
    QVERIFY2(ended, qPrintable(ended.errorString()));
    const auto confirmation = issue(QStringLiteral("termination_confirmation"), &errors, QStringLiteral("A-2"));
    QVERIFY2(confirmation, qPrintable(errors));
    QCOMPARE(stepOf(*confirmation), std::optional<CaseStep>(CaseStep::Terminated));
}

void TestLetters::commandLineLettersAreTheOwnersOnly()
{
#ifdef Q_OS_UNIX
    // --out names a folder that does not exist yet, two levels deep.
    const QString out = path(QStringLiteral("office/letters"));
    const LettersRun run = runLetters({QStringLiteral("issue"),
                                       QStringLiteral("--as"),
                                       QStringLiteral("olga"),
                                       QStringLiteral("--db"),
                                       test::location(path(QStringLiteral("letters.sqlite"))),
                                       QStringLiteral("--out"),
                                       out,
                                       QStringLiteral("--template"),
                                       QStringLiteral("service_report"),
                                       QStringLiteral("--customer"),
                                       QStringLiteral("A-1")});
    QCOMPARE(run.code, int(cli::Success));
    const QString pdf = run.out.section(QLatin1Char('\t'), 1).trimmed();
    QVERIFY2(QFileInfo(pdf).isFile(), qPrintable(run.out + run.err));
    // The bits chmod sets (QFileInfo's "User" flags describe whoever runs the test).
    const auto mode = [](const QString& of) {
        return QFileInfo(of).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    };
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(mode(pdf), ownerOnly);
    QCOMPARE(mode(path(QStringLiteral("office"))), ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(mode(out), ownerOnly | QFileDevice::ExeOwner);
#else
    QSKIP("Permission bits are Unix's; Windows keeps the profile's ACLs.");
#endif
}

void TestLetters::severalProcessesIssuingAtOnceShareOneSequence()
{
    // Five seats issue at the same moment through their own connections:
    // every number once, none skipped.
    const QString database = test::location(path(QStringLiteral("letters.sqlite")));
    m_database.reset(); // this test's own connection steps aside
    const int seats = 5;
    const int perProcess = 6;
    QList<QProcess*> processes;
    for (int seat = 0; seat < seats; ++seat) {
        QStringList arguments {QStringLiteral("letters"),
                               QStringLiteral("issue"),
                               QStringLiteral("--as"),
                               QStringLiteral("olga"),
                               QStringLiteral("--db"),
                               database,
                               QStringLiteral("--template"),
                               QStringLiteral("service_report"),
                               QStringLiteral("--out"),
                               path(QStringLiteral("seat%1").arg(seat))};
        for (int i = 0; i < perProcess; ++i) {
            arguments << QStringLiteral("--customer") << (i % 2 ? QStringLiteral("A-1") : QStringLiteral("A-2"));
        }
        auto* process = new QProcess(this);
        process->start(QStringLiteral(ABONENT_EXECUTABLE), arguments);
        processes << process;
    }
    QStringList numbers;
    for (QProcess* process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), int(cli::Success));
        for (const QString& line :
             QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            numbers << line.section(QLatin1Char('\t'), 0, 0);
        }
        delete process;
    }
    QCOMPARE(numbers.size(), seats * perProcess);
    numbers.sort();
    QStringList expected;
    for (int sequence = 1; sequence <= seats * perProcess; ++sequence) {
        expected << QStringLiteral("AB-%1-%2").arg(today().year()).arg(sequence, 4, 10, QLatin1Char('0'));
    }
    QCOMPARE(numbers, expected);
}

void TestLetters::aContactIsSavedWhileABatchLaysOutALetter()
{
    // The batch runs on a desk of its own and is held in the middle of its
    // first letter, laid out but not yet registered.
    QSemaphore laidOut;
    QSemaphore resume;
    QString deskError;
    QList<LetterOutcome> outcomes;
    std::unique_ptr<QThread> desk(QThread::create([&] {
        auto database = openAbonentDatabase(test::location(path(QStringLiteral("letters.sqlite"))));
        if (!database) {
            deskError = database.errorString();
            laidOut.release();
            return;
        }
        LetterService letters(database.value()->connection());
        bool first = true;
        letters.setRenderedHook([&](const QString&) {
            if (std::exchange(first, false)) {
                laidOut.release();
                resume.acquire();
            }
        });
        LetterRequest request;
        request.kind = LetterKind::SupportReminder;
        request.language = QStringLiteral("en");
        outcomes = LetterBatch(letters, manager).run(request, {kPeter, kHostile}, {});
    }));
    desk->start();
    auto letGo = qScopeGuard([&] {
        resume.release();
        desk->wait();
    });
    QVERIFY(laidOut.tryAcquire(1, 60000));
    QVERIFY2(deskError.isEmpty(), qPrintable(deskError));

    // The front desk records a call meanwhile, waiting for the lock no longer than a moment.
    QVERIFY(test::waitForLocksAtMost(db(), 200));
    Contact contact;
    contact.customerId = kPeter;
    contact.startedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    contact.durationSeconds = 240;
    contact.operatorId = operatorActor.operatorId;
    contact.topic = QStringLiteral("Called while the reminders went out");
    auto saved = CustomerService(db()).addContact(operatorActor, contact);
    QVERIFY2(saved, qPrintable(saved.errorString()));

    letGo.dismiss();
    resume.release();
    desk->wait();
    QCOMPARE(LetterBatch::issuedCount(outcomes), 2);
    QCOMPARE(outcomes.at(0).letter->number, registerNumber(1));
    QCOMPARE(outcomes.at(1).letter->number, registerNumber(2));
    auto topic = sql::scalar(db(), QStringLiteral("SELECT topic FROM contacts WHERE id = ?"), {saved.value()});
    QVERIFY(topic);
    QCOMPARE(topic->toString(), contact.topic);
}

void TestLetters::aNumberTakenMeanwhileIsLaidOutAgain()
{
    auto other = openDesk(200);
    QVERIFY(other);
    LetterService otherLetters(other->connection());
    const LetterRequest hostile = reminderTo(kHostile, QStringLiteral("en"));
    std::optional<Result<IssuedLetter>> otherIssued;

    // While this desk lays out number 1, the other desk issues its letter and takes it.
    LetterService letters(db());
    QStringList laidOut;
    letters.setRenderedHook([&](const QString& number) {
        laidOut << number;
        if (!otherIssued) {
            otherIssued = otherLetters.issue(manager, hostile);
        }
    });
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = kPeter;
    QByteArray pdf;
    auto issued = letters.issue(manager, request, &pdf);
    QVERIFY(otherIssued);
    QVERIFY2(*otherIssued, qPrintable(otherIssued->errorString()));
    QCOMPARE(otherIssued->value().number, registerNumber(1));
    QVERIFY2(issued, qPrintable(issued.errorString()));

    // Laid out again for the number after the other desk's next letter, as
    // if it went on at its pace; it did not, so once more for the next
    // number. The register has no gap and each PDF its own number.
    QCOMPARE(laidOut, (QStringList {registerNumber(1), registerNumber(3), registerNumber(2)}));
    QCOMPARE(issued->number, registerNumber(2));
    QCOMPARE(sha256(pdf), issued->sha256);
    verifyStoredPdf(issued.value());
    verifyStoredPdf(otherIssued->value());
    const QString file = path(QStringLiteral("relaid.pdf"));
    test::writeFile(file, pdf);
    QVERIFY(!pdfText(file).contains(registerNumber(1)));
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT last_sequence FROM letter_register")).value().toInt(), 2);
    auto audited = sql::scalar(
        db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {QStringLiteral("letter.issued")});
    QCOMPARE(audited.value().toInt(), 2);
}

void TestLetters::aDeskThatKeepsLosingTheRaceStillIssues_data()
{
    QTest::addColumn<int>("pace");
    QTest::newRow("one letter a layout") << 1;
    QTest::newRow("two letters a layout") << 2;
    QTest::newRow("three letters a layout") << 3;
}

void TestLetters::aDeskThatKeepsLosingTheRaceStillIssues()
{
    // Another desk, faster by `pace`, issues that many letters each time this
    // one has laid its letter out.
    QFETCH(int, pace);
    auto other = openDesk(200);
    QVERIFY(other);
    LetterService otherLetters(other->connection());
    const LetterRequest hostile = reminderTo(kHostile, QStringLiteral("en"));
    QList<Result<IssuedLetter>> otherIssued;
    LetterService letters(db());
    QStringList laidOut;
    letters.setRenderedHook([&](const QString& number) {
        laidOut << number;
        for (int letter = 0; letter < pace; ++letter) {
            otherIssued << otherLetters.issue(manager, hostile);
        }
    });
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = kPeter;
    auto issued = letters.issue(manager, request);
    QVERIFY2(issued, qPrintable(issued.errorString()));

    // Having lost number 1 to a desk that issued `pace` letters while this
    // one laid its letter out, it lays out the number that desk reaches next
    // time at that pace, and gets it. Neither desk ever waits for the other.
    const int mine = 2 * pace + 1;
    QCOMPARE(laidOut, (QStringList {registerNumber(1), registerNumber(mine)}));
    QCOMPARE(otherIssued.size(), 2 * pace);
    for (int other = 0; other < otherIssued.size(); ++other) {
        QVERIFY2(otherIssued.at(other), qPrintable(otherIssued.at(other).errorString()));
        QCOMPARE(otherIssued.at(other).value().number, registerNumber(other + 1));
    }
    QCOMPARE(issued->number, registerNumber(mine));
    verifyStoredPdf(issued.value());
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT last_sequence FROM letter_register")).value().toInt(), mine);
}

void TestLetters::aDeskOutpacedEveryTimeUsesNoNumber()
{
    // Each time this desk has laid its letter out, another desk issues
    // letters up to and including its number: this one never gets one, and
    // gives up without using a number.
    auto other = openDesk(200);
    QVERIFY(other);
    LetterService otherLetters(other->connection());
    const LetterRequest hostile = reminderTo(kHostile, QStringLiteral("en"));
    int otherCount = 0;
    LetterService letters(db());
    int laidOut = 0;
    const LetterNumbering otherNumbering(other->connection());
    const int year = today().year();
    letters.setRenderedHook([&](const QString& number) {
        ++laidOut;
        const int sequence = number.section(QLatin1Char('-'), -1).toInt();
        while (otherNumbering.expectedNext(year).value() <= sequence) {
            QVERIFY(otherLetters.issue(manager, hostile));
            ++otherCount;
        }
    });
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = kPeter;
    auto issued = letters.issue(manager, request);
    QVERIFY(!issued);
    QCOMPARE(issued.error().code, Error::Code::Busy);
    QVERIFY2(issued.errorString().contains(QStringLiteral("no number was used")), qPrintable(issued.errorString()));
    QCOMPARE(laidOut, LetterService::kMaximumRenders);
    QVERIFY(otherCount > LetterService::kMaximumRenders);
    // Every number the register gave is a letter of the other desk's.
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT last_sequence FROM letter_register")).value().toInt(),
             otherCount);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM letters")).value().toInt(), otherCount);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM letters WHERE customer_id = ?"), {kPeter})
                 .value()
                 .toInt(),
             0);
}

void TestLetters::twoDesksIssuingAtOnceBothGoOn()
{
    // Two desks, each on its own thread and connection, issue letters at the
    // same time: each lays out its first letter before either registers one.
    constexpr int kPerDesk = 8;
    struct Desk
    {
        QSemaphore laidOutFirst;
        QStringList laidOut;
        QList<IssuedLetter> issued;
        QString error;
    };
    std::array<Desk, 2> desks;
    const auto work = [&](int me) {
        Desk& desk = desks.at(me);
        Desk& other = desks.at(1 - me);
        // However this desk ends, the other never waits for it in vain.
        auto done = qScopeGuard([&] { desk.laidOutFirst.release(kPerDesk * 10); });
        auto database = openAbonentDatabase(test::location(path(QStringLiteral("letters.sqlite"))));
        if (!database) {
            desk.error = database.errorString();
            return;
        }
        LetterService letters(database.value()->connection());
        letters.setRenderedHook([&](const QString& number) {
            desk.laidOut << number;
            if (desk.laidOut.size() == 1) {
                desk.laidOutFirst.release();
                other.laidOutFirst.acquire();
            }
        });
        for (int i = 0; i < kPerDesk; ++i) {
            LetterRequest request;
            request.kind = LetterKind::SupportReminder;
            request.language = QStringLiteral("en");
            request.customerId = (i + me) % 2 ? kPeter : kHostile;
            auto issued = letters.issue(manager, request);
            if (!issued) {
                desk.error = issued.errorString();
                return;
            }
            desk.issued << issued.value();
        }
    };
    std::unique_ptr<QThread> first(QThread::create(work, 0));
    std::unique_ptr<QThread> second(QThread::create(work, 1));
    first->start();
    second->start();
    first->wait();
    second->wait();

    QStringList numbers;
    for (const Desk& desk : desks) {
        QVERIFY2(desk.error.isEmpty(), qPrintable(desk.error));
        QCOMPARE(desk.issued.size(), kPerDesk);
        // Both expected number 1: they were issuing at the same time.
        QCOMPARE(desk.laidOut.first(), registerNumber(1));
        for (const IssuedLetter& letter : desk.issued) {
            numbers << letter.number;
            verifyStoredPdf(letter);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
    numbers.sort();
    QStringList expected;
    for (int sequence = 1; sequence <= 2 * kPerDesk; ++sequence) {
        expected << registerNumber(sequence);
    }
    QCOMPARE(numbers, expected);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT last_sequence FROM letter_register")).value().toInt(),
             2 * kPerDesk);
}

void TestLetters::caseFileHoldsTheWholeRecord()
{
    LetterRequest request;
    request.kind = LetterKind::TerminationNotice;
    request.customerId = kPeter;
    auto notice = LetterService(db()).issue(owner, request);
    QVERIFY2(notice, qPrintable(notice.errorString()));
    exec(QStringLiteral("UPDATE contacts SET conduct = 'insults', summary = 'Called the engineer names'"
                        " WHERE customer_id = 1 AND topic = 'Нет связи'"));

    auto pdf = CaseFile(db()).pdf(kPeter, today().addYears(-1));
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QString file = path(QStringLiteral("case-file.pdf"));
    test::writeFile(file, pdf.value());
    const QString text = oneLine(pdfText(file));
    // Unlike a letter, the owner's file holds the internal record too.
    for (const QString& expected : {QStringLiteral("Case file: Пётр Иванов (contract A-1)"),
                                    QStringLiteral("Дом 100"),
                                    QStringLiteral("Support far beyond the plan"),
                                    QStringLiteral("clause 7.4"),
                                    kCustomTag,
                                    kReason.left(30),
                                    QStringLiteral("Insults"),
                                    QStringLiteral("Called the engineer names"),
                                    notice->number,
                                    notice->sha256.left(32)}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
