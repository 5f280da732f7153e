#include "Scenarios.h"

#include "AbonentDatabase.h"
#include "DatabaseCheck.h"
#include "Migrations.h"
#include "Rollups.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace abonent::trials {

Result<qint64> Scenario::prepare(const Programs& programs, const QDir& work)
{
    m_programs = programs;
    if (Status made = setUp(work); !made) {
        return made.error();
    }
    const QDir trial(work.filePath(name() + QStringLiteral("-complete")));
    work.mkpath(trial.dirName());
    const ChildRun complete = run(trial, -1);
    if (Status learnt = learnFromCompleteRun(trial); !learnt) {
        return learnt.error();
    }
    const Verdict verdict = check(trial, complete);
    if (!verdict.passed() || verdict.state != QLatin1String("complete")) {
        return makeError(Error::Code::Io,
                         QStringLiteral("%1 run to its end left \"%2\": %3\n%4")
                             .arg(name(),
                                  verdict.state,
                                  verdict.problems.join(QStringLiteral("; ")),
                                  QString::fromUtf8(complete.errors)));
    }
    return complete.elapsedMs;
}

namespace {

const QString kAsOf = QStringLiteral("2026-11-30");

// Opens `path` as the program's next start does and runs the checks every
// scenario shares: it opens without refusal (rolling back what a killed
// writer left unfinished, upgrading an older schema), SQLite's integrity
// check and the letter register pass, and the monthly roll-ups agree with
// the raw rows, so no change that writes both is there by halves.
std::unique_ptr<Database> openAndCheck(const QString& path, Verdict& verdict)
{
    auto opened = openAbonentDatabase(path, Database::Mode::ReadWrite);
    if (!opened) {
        verdict.refused = true;
        verdict.problems << QStringLiteral("refused: %1").arg(opened.errorString());
        return nullptr;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    verdict.rolledBack = database->recoveredUnfinishedChange();
    if (database->schemaVersion() != latestSchemaVersion()) {
        verdict.problems << QStringLiteral("opened at schema version %1").arg(database->schemaVersion());
    }
    auto report = DatabaseCheck(database->connection()).run();
    if (!report) {
        verdict.problems << QStringLiteral("check failed: %1").arg(report.errorString());
    } else {
        verdict.problems << report->integrityProblems << report->registerProblems;
    }
    auto differing = Rollups::mismatches(database->connection());
    if (!differing || differing.value() != 0) {
        verdict.problems << QStringLiteral("roll-ups differ from the raw rows: %1")
                                .arg(differing ? QString::number(differing.value()) : differing.errorString());
    }
    return database;
}

// Runs `program` with the trial's own home folder (settings, runtime folder).
ChildRun runInTrial(const QDir& trial,
                    const QString& program,
                    const QStringList& arguments,
                    const QByteArray& input,
                    qint64 killAfterMs)
{
    return runChild(
        program, arguments, isolatedEnvironment(trial.filePath(QStringLiteral("home"))), input, killAfterMs);
}

// Starts from a copy of `fixture` at `copy`, then runs as runInTrial() does.
ChildRun runOnCopy(const QString& fixture,
                   const QString& copy,
                   const QDir& trial,
                   const QString& program,
                   const QStringList& arguments,
                   const QByteArray& input,
                   qint64 killAfterMs)
{
    if (Status copied = copyClosedDatabase(fixture, copy); !copied) {
        ChildRun failed;
        failed.errors = copied.errorString().toUtf8();
        return failed;
    }
    return runInTrial(trial, program, arguments, input, killAfterMs);
}

QString digestOf(const Database& database)
{
    auto digest = DatabaseCheck(database.connection()).contentDigest();
    return digest ? QString::fromLatin1(digest.value().toHex()) : digest.errorString();
}

// Demo data written into a new file, killed at any moment: the file is then
// missing, empty, without customers, or complete, and writing the demo again
// gives what an uninterrupted run gives. Ten thousand customers are more
// than the page cache holds, so the fill spills into the file before it
// commits and a kill then leaves a change to roll back.
class DemoScenario final : public Scenario
{
public:
    QString name() const override { return QStringLiteral("demo"); }

    ChildRun run(const QDir& trial, qint64 killAfterMs) override
    {
        return runInTrial(trial, m_programs.abonent, arguments(trial), {}, killAfterMs);
    }

    Verdict check(const QDir& trial, const ChildRun& run) override
    {
        Verdict verdict;
        const QString path = trial.filePath(QStringLiteral("demo.sqlite"));
        verdict.state = stateOf(path, verdict);
        if (!run.killed && verdict.state != QLatin1String("complete")) {
            verdict.problems << QStringLiteral("the demo finished (exit %1) but left \"%2\"")
                                    .arg(QString::number(run.exitCode), verdict.state);
        }
        if (verdict.passed() && verdict.state != QLatin1String("complete")) {
            // What a person does next: write the demo again.
            const ChildRun again = this->run(trial, -1);
            Verdict after;
            const QString state = stateOf(path, after);
            if (again.exitCode != 0 || state != QLatin1String("complete")) {
                verdict.problems << QStringLiteral("writing the demo again gave exit %1 and \"%2\": %3")
                                        .arg(QString::number(again.exitCode), state, QString::fromUtf8(again.errors));
            }
            verdict.problems << after.problems;
        }
        return verdict;
    }

protected:
    Status setUp(const QDir&) override { return {}; }

    Status learnFromCompleteRun(const QDir& trial) override
    {
        auto database = openAbonentDatabase(trial.filePath(QStringLiteral("demo.sqlite")), Database::Mode::ReadOnly);
        if (!database) {
            return database.error();
        }
        m_completeDigest = digestOf(*database.value());
        return {};
    }

private:
    QStringList arguments(const QDir& trial) const
    {
        return {QStringLiteral("demo"),
                QStringLiteral("--db"),
                trial.filePath(QStringLiteral("demo.sqlite")),
                QStringLiteral("--customers"),
                QStringLiteral("10000"),
                QStringLiteral("--seed"),
                QStringLiteral("16"),
                QStringLiteral("--as-of"),
                kAsOf};
    }

    QString stateOf(const QString& path, Verdict& verdict) const
    {
        if (!QFileInfo::exists(path)) {
            return QStringLiteral("absent (no file)");
        }
        if (QFileInfo(path).size() == 0 && !QFileInfo::exists(path + QStringLiteral("-journal"))) {
            return QStringLiteral("absent (empty file)");
        }
        auto database = openAndCheck(path, verdict);
        if (!database) {
            return QStringLiteral("refused");
        }
        const QSqlDatabase db = database->connection();
        if (count(db, QStringLiteral("SELECT count(*) FROM customers")) == 0
            && count(db, QStringLiteral("SELECT count(*) FROM contacts")) == 0) {
            return QStringLiteral("absent (no customers)");
        }
        if (digestOf(*database) == m_completeDigest) {
            return QStringLiteral("complete");
        }
        verdict.problems << QStringLiteral("partly written: %1 customers, %2 contacts")
                                .arg(QString::number(count(db, QStringLiteral("SELECT count(*) FROM customers"))),
                                     QString::number(count(db, QStringLiteral("SELECT count(*) FROM contacts"))));
        return QStringLiteral("partly written");
    }

    QString m_completeDigest;
};

// An older file upgraded when it is opened for writing (`check
// --rebuild-rollups` opens it so, then rebuilds the roll-ups in a second
// transaction), killed at any moment: afterwards it opens, upgraded, with
// exactly the content a run to the end gives, the change committed into the
// log before included; every backup beside it is a whole copy of the old file.
class UpgradeScenario final : public Scenario
{
public:
    explicit UpgradeScenario(int fromVersion)
        : m_fromVersion(fromVersion)
    {
    }

    QString name() const override
    {
        if (m_fromVersion == 1) {
            return QStringLiteral("upgrade-v1-journal");
        }
        // The current version is not upgraded; the roll-ups are rebuilt.
        const QString pattern = m_fromVersion == latestSchemaVersion() ? QStringLiteral("current-v%1-wal")
                                                                       : QStringLiteral("upgrade-v%1-wal");
        return pattern.arg(m_fromVersion);
    }

    ChildRun run(const QDir& trial, qint64 killAfterMs) override
    {
        const QString path = trial.filePath(QStringLiteral("old.sqlite"));
        return runOnCopy(m_fixture,
                         path,
                         trial,
                         m_programs.abonent,
                         {QStringLiteral("check"), QStringLiteral("--rebuild-rollups"), QStringLiteral("--db"), path},
                         {},
                         killAfterMs);
    }

    Verdict check(const QDir& trial, const ChildRun& run) override
    {
        Verdict verdict;
        const QString path = trial.filePath(QStringLiteral("old.sqlite"));
        // The backups as the killed run left them, before opening the file
        // here makes one of its own.
        // A copy is written under another name and renamed when whole.
        const QStringList backups = trial.entryList(
            {QStringLiteral("old.sqlite.v*.bak"), QStringLiteral("old.sqlite.v*.bak.[0-9]*")}, QDir::Files);
        for (const QString& backup : backups) {
            checkBackup(trial.filePath(backup), verdict);
        }
        const qsizetype unfinished = trial.entryList({QStringLiteral("old.sqlite.v*.unfinished")}, QDir::Files).size();
        auto database = openAndCheck(path, verdict);
        if (!database) {
            verdict.state = QStringLiteral("refused");
            return verdict;
        }
        verdict.state = database->originalSchemaVersion() == latestSchemaVersion()
            ? QStringLiteral("complete")
            : QStringLiteral("absent (still version %1)").arg(database->originalSchemaVersion());
        if (unfinished > 0) {
            verdict.state += QStringLiteral(", an unfinished backup left");
        }
        if (!run.killed && verdict.state != QLatin1String("complete")) {
            verdict.problems
                << QStringLiteral("the upgrade finished (exit %1) but the file was not upgraded").arg(run.exitCode);
        }
        const QSqlDatabase db = database->connection();
        const qint64 inLog =
            count(db, QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Committed In The Log'"));
        if (m_fromVersion > 1 && inLog != 1) {
            verdict.problems << QStringLiteral("the change committed into the log is gone");
            verdict.committedLost += 1;
        }
        const qint64 contacts = count(db, QStringLiteral("SELECT count(*) FROM contacts"));
        if (contacts != m_contacts) {
            verdict.problems << QStringLiteral("%1 contacts instead of %2").arg(contacts).arg(m_contacts);
            verdict.committedLost += qMax<qint64>(0, m_contacts - contacts);
        }
        if (const QString digest = digestOf(*database); digest != m_completeDigest) {
            verdict.problems << QStringLiteral("the content differs from an upgrade run to its end");
        }
        return verdict;
    }

protected:
    Status setUp(const QDir& work) override
    {
        const QString original = QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite");
        m_fixture = work.filePath(QStringLiteral("fixture-v%1.sqlite").arg(m_fromVersion));
        if (Status copied = copyClosedDatabase(original, m_fixture); !copied) {
            return copied;
        }
        QFile::setPermissions(m_fixture, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Status made = withConnection(m_fixture, [this](const QSqlDatabase& db) -> Status {
            if (Status enlarged = enlargeVersionOne(db, 3000, 60); !enlarged) {
                return enlarged;
            }
            if (Status upgraded = upgradeTo(db, m_fromVersion); !upgraded) {
                return upgraded;
            }
            m_contacts = count(db, QStringLiteral("SELECT count(*) FROM contacts"));
            return {};
        });
        if (!made) {
            return made;
        }
        return m_fromVersion > 1 ? commitIntoTheLog(m_fixture) : Status {};
    }

    Status learnFromCompleteRun(const QDir& trial) override
    {
        auto database = openAbonentDatabase(trial.filePath(QStringLiteral("old.sqlite")), Database::Mode::ReadOnly);
        if (!database) {
            return database.error();
        }
        m_completeDigest = digestOf(*database.value());
        return {};
    }

private:
    // A backup is only a backup when it is whole: the old version, every contact.
    void checkBackup(const QString& backup, Verdict& verdict) const
    {
        auto copy = openAbonentDatabase(backup, Database::Mode::ReadOnly);
        if (!copy) {
            verdict.problems
                << QStringLiteral("backup %1 does not open: %2").arg(QFileInfo(backup).fileName(), copy.errorString());
            return;
        }
        // The old schema has no letter register yet: SQLite's check alone.
        auto integrity = sql::scalar(copy.value()->connection(), QStringLiteral("PRAGMA integrity_check"));
        const QString says = integrity ? integrity.value().toString() : integrity.errorString();
        const qint64 contacts = count(copy.value()->connection(), QStringLiteral("SELECT count(*) FROM contacts"));
        if (copy.value()->schemaVersion() != m_fromVersion || contacts != m_contacts || says != QLatin1String("ok")) {
            verdict.problems << QStringLiteral("backup %1 is not a whole copy (version %2, %3 contacts, integrity %4)")
                                    .arg(QFileInfo(backup).fileName(),
                                         QString::number(copy.value()->schemaVersion()),
                                         QString::number(contacts),
                                         says);
        }
    }

    int m_fromVersion;
    QString m_fixture;
    qint64 m_contacts = 0;
    QString m_completeDigest;
};

// Copies the small demo base all letter and window trials start from.
class DemoBase
{
public:
    static Result<QString> make(const Programs& programs, const QDir& work)
    {
        const QString path = work.filePath(QStringLiteral("base.sqlite"));
        if (QFileInfo::exists(path)) {
            return path;
        }
        const ChildRun demo = runChild(programs.abonent,
                                       {QStringLiteral("demo"),
                                        QStringLiteral("--db"),
                                        path,
                                        QStringLiteral("--customers"),
                                        QStringLiteral("300"),
                                        QStringLiteral("--as-of"),
                                        kAsOf},
                                       isolatedEnvironment(work.filePath(QStringLiteral("home"))));
        if (demo.exitCode != 0) {
            return makeError(Error::Code::Io, QStringLiteral("demo failed: %1").arg(QString::fromUtf8(demo.errors)));
        }
        return path;
    }
};

// A batch of letters (`abonent letters issue`), each registered in its own
// transaction and then written to a file: every letter it printed is in the
// register, at most one more is (the one in flight), the register has no
// gap and every PDF matches its digest, and every file in the folder is a
// letter of the register.
class LettersScenario final : public Scenario
{
public:
    QString name() const override { return QStringLiteral("letters"); }

    ChildRun run(const QDir& trial, qint64 killAfterMs) override
    {
        const QString path = trial.filePath(QStringLiteral("letters.sqlite"));
        return runOnCopy(m_base,
                         path,
                         trial,
                         m_programs.abonent,
                         {QStringLiteral("letters"),
                          QStringLiteral("issue"),
                          QStringLiteral("--as"),
                          m_owner,
                          QStringLiteral("--db"),
                          path,
                          QStringLiteral("--template"),
                          QStringLiteral("service_report"),
                          QStringLiteral("--to"),
                          kAsOf,
                          QStringLiteral("--out"),
                          trial.filePath(QStringLiteral("out"))},
                         m_contracts.join(QLatin1Char('\n')).toUtf8(),
                         killAfterMs);
    }

    Verdict check(const QDir& trial, const ChildRun& run) override
    {
        Verdict verdict;
        auto database = openAndCheck(trial.filePath(QStringLiteral("letters.sqlite")), verdict);
        if (!database) {
            verdict.state = QStringLiteral("refused");
            return verdict;
        }
        const QSqlDatabase db = database->connection();
        QHash<QString, QString> digestOfNumber;
        QSqlQuery letters(db);
        letters.exec(QStringLiteral("SELECT number, pdf_sha256 FROM letters"));
        while (letters.next()) {
            digestOfNumber.insert(letters.value(0).toString(), letters.value(1).toString());
        }
        const QStringList said = QString::fromUtf8(run.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : said) {
            const QString number = line.section(QLatin1Char('\t'), 0, 0);
            if (!digestOfNumber.contains(number)) {
                verdict.problems << QStringLiteral("letter %1 was said to be issued but is not registered").arg(number);
                ++verdict.committedLost;
            }
        }
        if (digestOfNumber.size() > said.size() + 1) {
            verdict.problems
                << QStringLiteral("%1 letters registered, %2 said").arg(digestOfNumber.size()).arg(said.size());
        }
        const QSet<QString> digests(digestOfNumber.cbegin(), digestOfNumber.cend());
        int leftovers = 0;
        for (const QFileInfo& file :
             QDir(trial.filePath(QStringLiteral("out"))).entryInfoList(QDir::Files | QDir::Hidden)) {
            if (!file.fileName().endsWith(QLatin1String(".pdf"))) {
                ++leftovers; // a file being written when the kill came, never under a letter's name
                continue;
            }
            QFile pdf(file.filePath());
            pdf.open(QIODevice::ReadOnly);
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex());
            if (!digests.contains(sha)) {
                verdict.problems << QStringLiteral("%1 is not a letter of the register").arg(file.fileName());
            }
        }
        verdict.state = digestOfNumber.size() == m_contracts.size()
            ? QStringLiteral("complete")
            : QStringLiteral("%1 of %2 letters").arg(digestOfNumber.size()).arg(m_contracts.size());
        if (leftovers > 0) {
            verdict.state += QStringLiteral(", %1 unfinished file(s) left").arg(leftovers);
        }
        if (!run.killed && digestOfNumber.size() != m_contracts.size()) {
            verdict.problems << QStringLiteral("the batch finished (exit %1) with %2")
                                    .arg(QString::number(run.exitCode), verdict.state);
        }
        return verdict;
    }

protected:
    Status setUp(const QDir& work) override
    {
        auto base = DemoBase::make(m_programs, work);
        if (!base) {
            return base.error();
        }
        m_base = base.value();
        return withConnection(m_base, [this](const QSqlDatabase& db) -> Status {
            QSqlQuery contracts(db);
            if (Status read = sql::exec(contracts,
                                        QStringLiteral("SELECT contract_number FROM customers WHERE address <> ''"
                                                       " ORDER BY id LIMIT 30"));
                !read) {
                return read;
            }
            while (contracts.next()) {
                m_contracts << contracts.value(0).toString();
            }
            // Who issues them: the command line assumes nobody.
            auto owner = sql::scalar(
                db,
                QStringLiteral("SELECT login FROM operators WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1"));
            if (!owner) {
                return owner.error();
            }
            m_owner = owner->toString();
            return {};
        });
    }

private:
    QString m_base;
    QStringList m_contracts;
    QString m_owner;
};

// Contacts recorded one after another through the real window (offscreen),
// by abonent_window_trial: each one it reported is there, at most the one
// in flight more, and the roll-ups agree with them.
class WindowScenario final : public Scenario
{
public:
    QString name() const override { return QStringLiteral("window-contacts"); }

    ChildRun run(const QDir& trial, qint64 killAfterMs) override
    {
        const QString path = trial.filePath(QStringLiteral("window.sqlite"));
        return runOnCopy(m_base,
                         path,
                         trial,
                         m_programs.windowTrial,
                         {QStringLiteral("--db"),
                          path,
                          QStringLiteral("--customer"),
                          QString::number(m_customer),
                          QStringLiteral("--operator"),
                          QString::number(m_operator),
                          QStringLiteral("--contacts"),
                          QString::number(kContacts)},
                         {},
                         killAfterMs);
    }

    Verdict check(const QDir& trial, const ChildRun& run) override
    {
        Verdict verdict;
        auto database = openAndCheck(trial.filePath(QStringLiteral("window.sqlite")), verdict);
        if (!database) {
            verdict.state = QStringLiteral("refused");
            return verdict;
        }
        static const QRegularExpression recorded(QStringLiteral("^recorded (\\d+)$"),
                                                 QRegularExpression::MultilineOption);
        int said = 0;
        for (auto match = recorded.globalMatch(QString::fromUtf8(run.output)); match.hasNext();) {
            said = qMax(said, match.next().captured(1).toInt());
        }
        QSqlQuery contacts(database->connection());
        if (Status read = sql::exec(contacts,
                                    QStringLiteral("SELECT topic FROM contacts WHERE customer_id = ?"
                                                   " AND topic LIKE 'Crash trial %' ORDER BY id"),
                                    {m_customer});
            !read) {
            verdict.problems << read.errorString();
        }
        QStringList topics;
        while (contacts.next()) {
            topics << contacts.value(0).toString();
        }
        // In the order typed: 1, 2, … each once; the last perhaps not said yet.
        for (int number = 1; number <= topics.size(); ++number) {
            if (topics.at(number - 1) != QStringLiteral("Crash trial %1").arg(number)) {
                verdict.problems << QStringLiteral("contact %1 is \"%2\"").arg(number).arg(topics.at(number - 1));
            }
        }
        if (topics.size() < said) {
            verdict.problems
                << QStringLiteral("%1 contacts said to be recorded, %2 there").arg(said).arg(topics.size());
            verdict.committedLost += said - topics.size();
        } else if (topics.size() > said + 1) {
            verdict.problems << QStringLiteral("%1 contacts there, only %2 said").arg(topics.size()).arg(said);
        }
        verdict.state = topics.size() == kContacts
            ? QStringLiteral("complete")
            : QStringLiteral("%1 of %2 contacts").arg(topics.size()).arg(kContacts);
        if (!run.killed && (run.exitCode != 0 || topics.size() != kContacts)) {
            verdict.problems << QStringLiteral("the window finished (exit %1) with %2: %3")
                                    .arg(QString::number(run.exitCode), verdict.state, QString::fromUtf8(run.errors));
        }
        return verdict;
    }

protected:
    Status setUp(const QDir& work) override
    {
        auto base = DemoBase::make(m_programs, work);
        if (!base) {
            return base.error();
        }
        m_base = base.value();
        return withConnection(m_base, [this](const QSqlDatabase& db) -> Status {
            m_customer = count(db, QStringLiteral("SELECT min(id) FROM customers WHERE status = 'active'"));
            m_operator =
                count(db, QStringLiteral("SELECT min(id) FROM operators WHERE role = 'operator' AND active = 1"));
            return m_customer > 0 && m_operator > 0
                ? Status {}
                : makeError(Error::Code::NotFound, QStringLiteral("no active customer or operator in the demo"));
        });
    }

private:
    static constexpr int kContacts = 15;
    QString m_base;
    qint64 m_customer = 0;
    qint64 m_operator = 0;
};

} // namespace

std::vector<std::unique_ptr<Scenario>> allScenarios()
{
    std::vector<std::unique_ptr<Scenario>> scenarios;
    scenarios.push_back(std::make_unique<DemoScenario>());
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        scenarios.push_back(std::make_unique<UpgradeScenario>(version));
    }
    scenarios.push_back(std::make_unique<LettersScenario>());
    scenarios.push_back(std::make_unique<WindowScenario>());
    return scenarios;
}

} // namespace abonent::trials
