#include "AbonentDatabase.h"
#include "CallHandOff.h"
#include "CallerLookup.h"
#include "CaseFile.h"
#include "Command.h"
#include "Csv.h"
#include "CustomerListModel.h"
#include "CustomerRepository.h"
#include "CustomerSearch.h"
#include "CustomerService.h"
#include "ExitCode.h"
#include "HostileInputTable.h"
#include "LetterPdf.h"
#include "LetterService.h"
#include "LossMakersModel.h"
#include "Migrations.h"
#include "OfficeSettings.h"
#include "OperatorRepository.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "PortfolioReport.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace abonent;
using test::HostileRow;

namespace {

const Actor kOwner {1, Role::Owner};

// Whitespace as a page shows it: runs of it are one space (HTML folds them,
// a PDF breaks lines where it likes).
QString oneLine(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0x00a0), QLatin1Char(' '));
}

// The letters and digits of `text`, word by word.
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    return text.split(nonWord, Qt::SkipEmptyParts);
}

bool isRightToLeft(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.direction() == QChar::DirR || ch.direction() == QChar::DirAL;
    });
}

// Whether the text read back from a PDF holds `expected`. A PDF breaks lines
// wherever it may, even inside a word ("https://" then "evil.invalid"), so
// whitespace does not count; and right-to-left text is read back in the
// order it is shown, so there each word is looked for on its own.
bool pdfHolds(const QString& pdf, const QString& expected)
{
    if (!isRightToLeft(expected)) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return QString(pdf).remove(space).contains(QString(expected).remove(space));
    }
    const QStringList shown = wordsOf(pdf);
    const QStringList words = wordsOf(expected);
    return std::all_of(
        words.cbegin(), words.cend(), [&](const QString& word) { return shown.count(word) >= words.count(word); });
}

// RFC 4180, as Csv writes it: quoted fields may hold separators, quotes and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    const auto next = [&text](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && next(i) == u'"') {
                field += ch;
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            fields << std::exchange(field, {});
        } else if (ch == u'\r' && next(i) == u'\n') {
            fields << std::exchange(field, {});
            lines << std::exchange(fields, {});
            ++i;
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        lines << fields + QStringList {field};
    }
    return lines;
}

// Every file under `folder`, as paths relative to it, sorted.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(folder).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// Hostile input, from the table in tests/data/hostile-input.json: every row
// through the real paths — caller IDs through the lookup, the call hand-off
// and `abonent lookup`; customer text through the letter, the search, the CSV
// export, the economics report and the case file; database paths through
// Database::open, `abonent demo` and `abonent check`.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableIsReadable();
    void callerIds_data();
    void callerIds();
    void customerText_data();
    void customerText();
    void databasePaths_data();
    void databasePaths();

private:
    void addRows(const QString& goes);
    // The real program, as a PBX hook or a script runs it.
    Run runProgram(const QStringList& arguments, const QString& workingDirectory = {}) const;
    // The subcommand in this process, for what a child's arguments cannot hold.
    Run runInProcess(const QStringList& arguments) const;
    qint64 customerCount() const;
    // A customer with `name` and `address` who costs more than they pay.
    Result<qint64> addCustomer(const QString& contract, const QString& name, const QString& address);
    // Checks where customer text shows; `expected` is the text as saved.
    void checkLetter(qint64 customerId, const QString& expected, bool isName);
    void checkSearch(qint64 customerId, const QString& input, const QString& expected, bool isName);
    void checkCsvExport(const QString& contract, const QString& expected);
    void checkReport(const QString& contract, const QString& expected);
    void checkCaseFile(qint64 customerId, const QString& expected);
    void checkLiteralPath(const QString& input);
    void checkRefusedPath(const HostileRow& row);

    test::HostileInputTable m_table;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_planId = 0;
    qint64 m_operatorId = 0;
    int m_customers = 0;
    QDate m_from; // the months the figures and letters cover
    QDate m_to;
};

void TestHostileInput::initTestCase()
{
    m_table = test::HostileInputTable::load(QStringLiteral(ABONENT_TEST_DATA "/hostile-input.json"));
    m_path = test::location(m_dir.filePath(QStringLiteral("hostile.sqlite")));
    m_database = test::openDatabase(m_path);
    QVERIFY(m_database);
    m_db = m_database->connection();
    OfficeSettings settings(m_db);
    QVERIFY(settings.setDefaultCountry(m_table.defaultCountry));
    QVERIFY(settings.setCurrency(QStringLiteral("USD")));
    for (const auto& [key, value] : {std::pair {"letters.company.name", "Literal Input Telecom"},
                                     std::pair {"letters.company.address", "1 Test Street"},
                                     std::pair {"letters.company.phone", "+1 000 000 0000"},
                                     std::pair {"letters.company.email", "office@test.example"},
                                     std::pair {"letters.company.signatory", "Olga Owner"},
                                     std::pair {"letters.number_prefix", "HI"},
                                     std::pair {"letters.default_language", "en"}}) {
        QVERIFY(settings.setText(QLatin1String(key), QLatin1String(value)));
    }
    Operator owner;
    owner.login = QStringLiteral("olga");
    owner.name = QStringLiteral("Olga Owner");
    owner.role = Role::Owner;
    owner.costPerHour = Money {6000, QStringLiteral("USD")};
    auto ownerId = OperatorRepository(m_db).add(owner);
    QVERIFY2(ownerId, qPrintable(ownerId.errorString()));
    QCOMPARE(ownerId.value(), *kOwner.operatorId);
    m_operatorId = ownerId.value();
    Plan plan;
    plan.name = QStringLiteral("Home");
    plan.monthlyFee = Money {3000, QStringLiteral("USD")};
    plan.includedSupportMinutes = 60;
    plan.paidSupportRatePerMinuteMinor = 100;
    auto planId = PlanRepository(m_db).add(plan);
    QVERIFY2(planId, qPrintable(planId.errorString()));
    m_planId = planId.value();
    m_to = QDate::currentDate();
    m_from = QDate(m_to.year(), m_to.month(), 1).addMonths(-2);

    for (const test::HostileCaller& caller : std::as_const(m_table.callers)) {
        Customer customer;
        customer.contractNumber = caller.contract;
        customer.name = caller.name;
        customer.customerSince = m_from;
        auto phone = PhoneNumber::parse(caller.phone, m_table.defaultCountry);
        QVERIFY2(phone, qPrintable(phone.errorString()));
        customer.phones.append(CustomerPhone::from(phone.value()));
        auto added = CustomerService(m_db).create(kOwner, customer);
        QVERIFY2(added, qPrintable(added.errorString()));
    }
    m_customers = int(m_table.callers.size());
}

void TestHostileInput::tableIsReadable()
{
    QVERIFY2(m_table.problems.isEmpty(), qPrintable(m_table.problems.join(QLatin1Char('\n'))));
    QStringList contracts;
    for (const test::HostileCaller& caller : std::as_const(m_table.callers)) {
        contracts << caller.contract;
    }
    for (const HostileRow& row : std::as_const(m_table.rows)) {
        if (row.expect == HostileRow::Expect::Customer) {
            QVERIFY2(contracts.contains(row.contract),
                     qPrintable(row.name + QStringLiteral(": no caller has the contract ") + row.contract));
        }
    }
    for (const QString& goes : test::HostileInputTable::kDestinations) {
        QVERIFY2(!m_table.rowsGoing(goes).isEmpty(), qPrintable(QStringLiteral("no rows for ") + goes));
    }
}

void TestHostileInput::addRows(const QString& goes)
{
    QTest::addColumn<HostileRow>("row");
    for (const HostileRow& row : m_table.rowsGoing(goes)) {
        QTest::newRow(qPrintable(row.name)) << row;
    }
}

Run TestHostileInput::runProgram(const QStringList& arguments, const QString& workingDirectory) const
{
    Run run;
    QProcess program;
    if (!workingDirectory.isEmpty()) {
        program.setWorkingDirectory(workingDirectory);
    }
    program.start(QStringLiteral(ABONENT_EXECUTABLE), arguments);
    if (program.waitForFinished(120000) && program.exitStatus() == QProcess::NormalExit) {
        run.exitCode = program.exitCode();
    }
    run.out = QString::fromUtf8(program.readAllStandardOutput());
    run.err = QString::fromUtf8(program.readAllStandardError());
    return run;
}

Run TestHostileInput::runInProcess(const QStringList& arguments) const
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = cli::runCommand(QStringList {QStringLiteral("abonent")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

qint64 TestHostileInput::customerCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customers")).value().toLongLong();
}

void TestHostileInput::callerIds_data()
{
    addRows(QStringLiteral("caller ID"));
}

void TestHostileInput::callerIds()
{
    QFETCH(HostileRow, row);
    const auto nameOf = [this](const QString& contract) {
        for (const test::HostileCaller& caller : std::as_const(m_table.callers)) {
            if (caller.contract == contract) {
                return caller.name;
            }
        }
        return QString();
    };

    // The lookup every caller ID goes through: the call console, the PBX hook.
    auto found = CallerLookup(m_db, m_table.defaultCountry).lookup(row.input);
    QStringList contracts;
    if (found) {
        for (const CallerMatch& match : found->matches) {
            contracts << match.contract;
        }
    }
    switch (row.expect) {
    case HostileRow::Expect::Customer:
        QVERIFY2(found, qPrintable(found.errorString()));
        QCOMPARE(contracts, QStringList {row.contract});
        break;
    case HostileRow::Expect::NoMatch:
        QVERIFY2(found, qPrintable(found.errorString()));
        QCOMPARE(contracts, QStringList());
        break;
    case HostileRow::Expect::Refused:
        QVERIFY(!found);
        QVERIFY2(found.errorString().contains(row.message), qPrintable(found.errorString()));
        break;
    case HostileRow::Expect::Literal:
        QFAIL("a caller ID is looked up, not shown");
    }

    // Handed to the running window (`abonent call --from`): one line, and
    // the number arrives exactly as it was sent.
    const QByteArray line = CallHandOff::encode(CallRequest {row.input, QStringLiteral("101")});
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.endsWith('\n'));
    const auto received = CallHandOff::decode(line);
    QVERIFY(received);
    QCOMPARE(received->from, row.input);
    QCOMPARE(received->to, QStringLiteral("101"));

    // `abonent lookup`, as a PBX script runs it. A program's arguments
    // cannot hold a NUL, so those rows run the command in this process.
    const QStringList arguments {QStringLiteral("lookup"), QStringLiteral("--db"), m_path, row.input};
    const Run lookup = row.input.contains(QChar(0)) ? runInProcess(arguments) : runProgram(arguments);
    switch (row.expect) {
    case HostileRow::Expect::Customer:
        QCOMPARE(lookup.exitCode, int(cli::Success));
        QCOMPARE(lookup.out, row.contract + QLatin1Char('\t') + nameOf(row.contract) + QStringLiteral("\tactive\n"));
        break;
    case HostileRow::Expect::NoMatch:
        QVERIFY2(lookup.exitCode == cli::NothingFound, qPrintable(lookup.out + lookup.err));
        QCOMPARE(lookup.out, QString());
        break;
    case HostileRow::Expect::Refused:
        QVERIFY2(lookup.exitCode == cli::Failure, qPrintable(lookup.out + lookup.err));
        break;
    case HostileRow::Expect::Literal:
        break;
    }
    QVERIFY2(lookup.err.contains(row.message), qPrintable(lookup.err));
    // Whatever it held, nothing was changed.
    QCOMPARE(customerCount(), m_customers);
}

Result<qint64> TestHostileInput::addCustomer(const QString& contract, const QString& name, const QString& address)
{
    Customer customer;
    customer.contractNumber = contract;
    customer.name = name;
    customer.address = address;
    customer.customerSince = m_from;
    customer.phones.append(CustomerPhone::from(
        PhoneNumber::parse(QStringLiteral("+1 646 555 %1").arg(contract.right(4)), m_table.defaultCountry).value()));
    auto id = CustomerService(m_db).create(kOwner, customer);
    if (!id) {
        return id;
    }
    ++m_customers;
    // Ten hours of calls last month on a plan of 30.00 a month: a loss-maker.
    if (auto planned = PlanRepository(m_db).changePlan(id.value(), m_planId, m_from); !planned) {
        return planned.error();
    }
    Contact call;
    call.customerId = id.value();
    call.startedAt = QDateTime(m_from.addMonths(1).addDays(2), QTime(10, 0), Qt::UTC);
    call.durationSeconds = 10 * 3600;
    call.operatorId = m_operatorId;
    call.topic = QStringLiteral("No connection");
    if (auto contact = CustomerService(m_db).addContact(kOwner, call); !contact) {
        return contact.error();
    }
    return id;
}

void TestHostileInput::customerText_data()
{
    QTest::addColumn<HostileRow>("row");
    QTest::addColumn<QString>("contract");
    int index = 0;
    for (const QString& goes : {QStringLiteral("customer name"), QStringLiteral("customer address")}) {
        for (const HostileRow& row : m_table.rowsGoing(goes)) {
            QTest::newRow(qPrintable(row.name)) << row << QStringLiteral("T-%1").arg(++index, 4, 10, QLatin1Char('0'));
        }
    }
}

void TestHostileInput::customerText()
{
    QFETCH(HostileRow, row);
    QFETCH(QString, contract);
    const bool isName = row.goes == QLatin1String("customer name");
    const QString name = isName ? row.input : QStringLiteral("Plain Customer %1").arg(contract);
    const QString address = isName ? QStringLiteral("1 Plain Street") : row.input;
    const qint64 before = customerCount();
    auto id = addCustomer(contract, name, address);
    if (row.expect == HostileRow::Expect::Refused) {
        QVERIFY(!id);
        QVERIFY2(id.errorString().contains(row.message), qPrintable(id.errorString()));
        QCOMPARE(customerCount(), before);
        return;
    }
    QVERIFY2(id, qPrintable(id.errorString()));
    // Names are saved without the spaces around them; nothing else changes.
    const QString expected = isName ? row.input.trimmed() : row.input;
    auto saved = CustomerRepository(m_db).find(id.value());
    QVERIFY(saved);
    QCOMPARE(isName ? saved->name : saved->address, expected);

    checkLetter(id.value(), expected, isName);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkSearch(id.value(), row.input, expected, isName);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkCaseFile(id.value(), expected);
    if (QTest::currentTestFailed() || !isName) {
        return; // the address is in none of the tables
    }
    checkCsvExport(contract, expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkReport(contract, expected);
}

void TestHostileInput::checkLetter(qint64 customerId, const QString& expected, bool isName)
{
    LetterService letters(m_db);
    LetterRequest request;
    request.kind = LetterKind::ServiceReport;
    request.customerId = customerId;
    request.language = QStringLiteral("en");
    request.periodFrom = m_from;
    request.periodTo = m_to;
    auto draft = letters.prepare(request);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QVERIFY2(draft->missing.isEmpty(), qPrintable(draft->missing.join(QLatin1Char(' '))));
    // The filled HTML shows the text as text: rendered, it reads the same.
    QVERIFY2(oneLine(LetterPdf::plainText(draft->html)).contains(oneLine(expected)), qPrintable(draft->html));
    QByteArray pdf;
    auto issued = letters.issue(kOwner, request, &pdf);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    if (isName) {
        QCOMPARE(issued->customerName, expected);
    }
    const QString file = m_dir.filePath(issued->fileName());
    test::writeFile(file, pdf);
    const QString text = oneLine(pdfText(file));
    QVERIFY2(pdfHolds(text, expected), qPrintable(QStringLiteral("not in the letter's PDF: ") + text));
    QVERIFY2(text.contains(issued->number), qPrintable(text));
}

void TestHostileInput::checkSearch(qint64 customerId, const QString& input, const QString& expected, bool isName)
{
    CustomerListModel list(m_db);
    list.setDefaultCountry(m_table.defaultCountry);
    // Searching for the text itself finds the customer, if it holds anything to search for.
    if (CustomerSearch::isSearch(input)) {
        list.setFilter(CustomerFilter {input, std::nullopt, false, 0});
        QVERIFY2(list.lastError().isEmpty(), qPrintable(list.lastError()));
        QVERIFY2(list.rowOf(customerId) >= 0, "the search for the text itself does not find the customer");
        QVERIFY(list.totalCount() < customerCount());
    }
    if (isName) {
        list.setFilter(CustomerFilter {});
        const int row = list.rowOf(customerId);
        QVERIFY(row >= 0);
        QCOMPARE(list.data(list.index(row, CustomerListModel::NameColumn)).toString(), expected);
    }
}

void TestHostileInput::checkCsvExport(const QString& contract, const QString& expected)
{
    // The portfolio page's table of loss-makers, exported as its Export menu does.
    auto report = PortfolioReport::read(m_db, EconomicsRange {m_from, m_to, 0}, systemClock());
    QVERIFY2(report, qPrintable(report.errorString()));
    LossMakersModel model;
    model.setReport(report.value());
    const QByteArray csv =
        Csv::fromModel(model, LossMakersModel::ExportRole, CsvFormat {QLatin1Char(','), false, true});
    const QList<QStringList> lines = parseCsv(QString::fromUtf8(csv));
    QVERIFY(lines.size() > 1);
    const int contractColumn = int(lines.first().indexOf(
        model.headerData(LossMakersModel::ContractColumn, Qt::Horizontal, LossMakersModel::ExportRole).toString()));
    const int nameColumn = int(lines.first().indexOf(
        model.headerData(LossMakersModel::NameColumn, Qt::Horizontal, LossMakersModel::ExportRole).toString()));
    QVERIFY(contractColumn >= 0 && nameColumn >= 0);
    QStringList namesOfContract;
    for (const QStringList& line : lines) {
        if (line.value(contractColumn) == contract) {
            namesOfContract << line.value(nameColumn);
        }
    }
    QCOMPARE(namesOfContract, QStringList {Csv::guarded(expected)});
}

void TestHostileInput::checkReport(const QString& contract, const QString& expected)
{
    const QStringList arguments {QStringLiteral("report"),
                                 QStringLiteral("economics"),
                                 QStringLiteral("--db"),
                                 m_path,
                                 QStringLiteral("--from"),
                                 m_from.toString(QStringLiteral("yyyy-MM")),
                                 QStringLiteral("--to"),
                                 m_to.toString(QStringLiteral("yyyy-MM"))};
    const Run csv = runInProcess(arguments);
    QVERIFY2(csv.exitCode == cli::Success, qPrintable(csv.err));
    QStringList csvNames;
    for (const QStringList& line : parseCsv(csv.out)) {
        if (line.value(0) == contract) {
            csvNames << line.value(1);
        }
    }
    QCOMPARE(csvNames, QStringList {expected});

    const Run json = runInProcess(arguments + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == cli::Success, qPrintable(json.err));
    QStringList jsonNames;
    const QJsonArray customers =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("customers")).toArray();
    for (const QJsonValue& customer : customers) {
        if (customer[QStringLiteral("contract")].toString() == contract) {
            jsonNames << customer[QStringLiteral("name")].toString();
        }
    }
    QCOMPARE(jsonNames, QStringList {expected});
}

void TestHostileInput::checkCaseFile(qint64 customerId, const QString& expected)
{
    const CaseFile caseFile(m_db);
    auto html = caseFile.html(customerId, m_from);
    QVERIFY2(html, qPrintable(html.errorString()));
    QVERIFY2(oneLine(LetterPdf::plainText(html.value())).contains(oneLine(expected)), qPrintable(html.value()));
    auto pdf = caseFile.pdf(customerId, m_from);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QString file = m_dir.filePath(QStringLiteral("case-file.pdf"));
    test::writeFile(file, pdf.value());
    const QString text = oneLine(pdfText(file));
    QVERIFY2(pdfHolds(text, expected), qPrintable(QStringLiteral("not in the case file's PDF: ") + text));
}

void TestHostileInput::databasePaths_data()
{
    addRows(QStringLiteral("database path"));
}

void TestHostileInput::databasePaths()
{
    if (test::testsOnServer()) {
        QSKIP("Only for files: the paths a database file may be given.");
    }
    QFETCH(HostileRow, row);
    if (row.expect == HostileRow::Expect::Refused) {
        checkRefusedPath(row);
    } else {
        checkLiteralPath(row.input);
    }
}

void TestHostileInput::checkLiteralPath(const QString& input)
{
    // Created, then opened again: the file with exactly that name, nothing else.
    QTemporaryDir root;
    const QString path = root.filePath(input);
    {
        auto created = openAbonentDatabase(path, Database::Mode::Create);
        QVERIFY2(created, qPrintable(created.errorString()));
        QCOMPARE(created.value()->path(), QFileInfo(path).absoluteFilePath());
    }
    {
        auto reopened = openAbonentDatabase(path, Database::Mode::ReadWrite);
        QVERIFY2(reopened, qPrintable(reopened.errorString()));
        QVERIFY(!reopened.value()->isReadOnly());
        QCOMPARE(reopened.value()->schemaVersion(), latestSchemaVersion());
    }
    QCOMPARE(filesUnder(root.path()), QStringList {input});

    // An older file there is upgraded, its backup named after it.
    QTemporaryDir older;
    const QString old = older.filePath(input);
    QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), old));
    QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
    {
        auto upgraded = openAbonentDatabase(old, Database::Mode::ReadWrite);
        QVERIFY2(upgraded, qPrintable(upgraded.errorString()));
        const QString backup = upgraded.value()->backupPath();
        QVERIFY2(backup.startsWith(QFileInfo(old).absoluteFilePath() + QStringLiteral(".v1-")), qPrintable(backup));
        QVERIFY2(upgraded.value()->notices().join(QLatin1Char(' ')).contains(QDir::toNativeSeparators(backup)),
                 qPrintable(upgraded.value()->notices().join(QLatin1Char(' '))));
        QCOMPARE(filesUnder(older.path()), (QStringList {input, QDir(older.path()).relativeFilePath(backup)}));
    }

    // The commands, given the name as typed in the folder it is in.
    QTemporaryDir commands;
    const QString shown = QDir::toNativeSeparators(QFileInfo(commands.filePath(input)).absoluteFilePath());
    const Run missing = runProgram({QStringLiteral("check"), QStringLiteral("--db"), input}, commands.path());
    QCOMPARE(missing.exitCode, int(cli::Failure));
    QVERIFY2(missing.err.contains(shown + QStringLiteral(" does not exist")), qPrintable(missing.err));
    QCOMPARE(filesUnder(commands.path()), QStringList());
    const Run demo = runProgram({QStringLiteral("demo"),
                                 QStringLiteral("--db"),
                                 input,
                                 QStringLiteral("--customers"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-25")},
                                commands.path());
    QVERIFY2(demo.exitCode == cli::Success, qPrintable(demo.err));
    QVERIFY2(demo.err.startsWith(QStringLiteral("Demo data written to ") + shown + QStringLiteral(" in ")),
             qPrintable(demo.err));
    const Run check = runProgram({QStringLiteral("check"), QStringLiteral("--db"), input}, commands.path());
    QVERIFY2(check.exitCode == cli::Success, qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("integrity\tok\n")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("customers\t3\n")), qPrintable(check.out));
    QCOMPARE(filesUnder(commands.path()), QStringList {input});
}

void TestHostileInput::checkRefusedPath(const HostileRow& row)
{
    QTemporaryDir root;
    const QString path = row.input.isEmpty() ? QString() : root.filePath(row.input);
    for (const Database::Mode mode : {Database::Mode::Create, Database::Mode::ReadWrite}) {
        auto refused = openAbonentDatabase(path, mode);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(row.message), qPrintable(refused.errorString()));
    }
    QCOMPARE(filesUnder(root.path()), QStringList());

    // The commands refuse it too, and never fall back to another database:
    // the default one lives in the home folder the program is given here.
    const QString home = root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    for (const QStringList& command :
         {QStringList {
              QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("3"), QStringLiteral("--force")},
          QStringList {QStringLiteral("check")}}) {
        QProcess program;
        program.setProcessEnvironment(environment);
        program.setWorkingDirectory(root.path());
        program.start(QStringLiteral(ABONENT_EXECUTABLE), command + QStringList {QStringLiteral("--db"), row.input});
        QVERIFY(program.waitForFinished(120000));
        const QString said = QString::fromUtf8(program.readAllStandardError());
        QVERIFY2(program.exitCode() == cli::Failure,
                 qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + said));
        QVERIFY2(said.contains(row.message), qPrintable(said));
        QCOMPARE(filesUnder(root.path()), QStringList());
    }
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
