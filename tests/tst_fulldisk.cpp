#include "AbonentDatabase.h"
#include "DatabaseTrials.h"
#include "FileOutput.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QtEndian>

#include <grp.h>
#include <optional>
#include <pwd.h>
#include <unistd.h>

using namespace abonent;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QString said() const { return out + err; }
};

Run finish(QProcess& program)
{
    Run run;
    if (program.waitForFinished(300000) && program.exitStatus() == QProcess::NormalExit) {
        run.exitCode = program.exitCode();
    }
    run.out = QString::fromUtf8(program.readAllStandardOutput());
    run.err = QString::fromUtf8(program.readAllStandardError());
    return run;
}

// The value of a "name<TAB>value" line of `abonent check`.
QString checkValue(const QString& out, const QString& name)
{
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QLatin1Char('\t'))) {
            return line.section(QLatin1Char('\t'), 1);
        }
    }
    return {};
}

// Number → SHA-256 of every letter in the register, read as another program would.
QMap<QString, QString> registerOf(const QString& path)
{
    QMap<QString, QString> letters;
    const QString rows = test::runSqlite3(path, QStringLiteral("SELECT number || ' ' || pdf_sha256 FROM letters"));
    for (const QString& row : rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        letters.insert(row.section(QLatin1Char(' '), 0, 0), row.section(QLatin1Char(' '), 1));
    }
    return letters;
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(test::fileDigest(path).toHex());
}

} // namespace

// A disk that fills up and a folder this user may not write, during the
// commands that write most: demo, an upgrade, a batch of letters. Whatever
// size the disk has, the command either finishes or says clearly what
// happened, exit 2; nothing committed before is lost, the file passes the
// integrity check and opens afterwards, and the message is true about it.
// The full disk is a tmpfs where this user may mount one (root), else
// RLIMIT_FSIZE (see test::SmallDisk); the output says which. Read-only
// folders are tried as "nobody" when run as root, who ignores permissions.
class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fileThatDoesNotFitIsNotWritten();
    void checkpointCutShortIsNoDamage();
    void demoOnAFullDisk();
    void demoOverAnOfficeOnAFullDisk();
    void upgradeOnAFullDisk();
    void lettersOnAFullDisk_data();
    void lettersOnAFullDisk();
    void demoInAReadOnlyFolder();
    void upgradeInAReadOnlyFolder();
    void lettersIntoAReadOnlyFolder();

private:
    // The program, its files on `disk` when given.
    Run abonent(const QStringList& arguments, const test::SmallDisk* disk = nullptr) const;
    // The program as the unprivileged user of the read-only trials.
    Run abonentAsUser(const QStringList& arguments) const;
    // A folder of the trials' user, inside a folder every user may enter.
    QString userFolder(const QString& name) const;
    void makeReadOnly(const QString& folder) const;
    // The office the letter trials copy: a demo of 30 customers.
    QString m_office;
    QStringList m_contracts; // eight of its customers
    QString m_executable; // a copy "nobody" may run
    std::unique_ptr<QTemporaryDir> m_shared;
    mutable QStringList m_readOnlyFolders; // made writable again after each trial
    bool m_asNobody = false;
    uid_t m_nobodyUid = 0;
    gid_t m_nobodyGid = 0;
};

void TestFullDisk::initTestCase()
{
    qInfo("Full disk simulated with %s.", qPrintable(test::SmallDisk::describe()));
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_shared->isValid());
    QVERIFY(QFile::setPermissions(m_shared->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    // Root may write anything: the read-only trials run their commands as "nobody".
    m_asNobody = ::geteuid() == 0;
    if (m_asNobody) {
        const struct passwd* nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        m_nobodyUid = nobody->pw_uid;
        m_nobodyGid = nobody->pw_gid;
    }
    qInfo("Read-only folders tried as %s.", m_asNobody ? "nobody (this run is root's)" : "this user");
    m_executable = m_shared->filePath(QStringLiteral("abonent"));
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_EXECUTABLE), m_executable));
    QVERIFY(QFile::setPermissions(m_executable,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));

    m_office = m_shared->filePath(QStringLiteral("office.sqlite"));
    const Run demo = abonent({QStringLiteral("demo"),
                              QStringLiteral("--db"),
                              m_office,
                              QStringLiteral("--customers"),
                              QStringLiteral("30")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_contracts = test::runSqlite3(m_office,
                                   QStringLiteral("SELECT contract_number FROM customers WHERE status = 'active'"
                                                  " ORDER BY contract_number LIMIT 8"))
                      .split(QLatin1Char('\n'));
    QCOMPARE(m_contracts.size(), 8);
}

Run TestFullDisk::abonent(const QStringList& arguments, const test::SmallDisk* disk) const
{
    QProcess program;
    if (disk) {
        disk->limit(program);
    }
    program.start(QStringLiteral(ABONENT_EXECUTABLE), arguments);
    return finish(program);
}

Run TestFullDisk::abonentAsUser(const QStringList& arguments) const
{
    QProcess program;
    if (m_asNobody) {
        const uid_t uid = m_nobodyUid;
        const gid_t gid = m_nobodyGid;
        program.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                ::_exit(127);
            }
        });
    }
    program.start(m_executable, arguments);
    return finish(program);
}

QString TestFullDisk::userFolder(const QString& name) const
{
    const QString folder = m_shared->filePath(name);
    if (!QDir().mkpath(folder)) {
        return {};
    }
    if (m_asNobody && ::chown(QFile::encodeName(folder).constData(), m_nobodyUid, m_nobodyGid) != 0) {
        return {};
    }
    return folder;
}

void TestFullDisk::cleanup()
{
    for (const QString& folder : std::as_const(m_readOnlyFolders)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_readOnlyFolders.clear();
}

void TestFullDisk::makeReadOnly(const QString& folder) const
{
    m_readOnlyFolders << folder;
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
}

void TestFullDisk::fileThatDoesNotFitIsNotWritten()
{
    // A letter or an export, in the core: all of it or nothing, and the
    // message says why.
    const test::SmallDisk disk(64 * 1024);
    QVERIFY(disk.isValid());
    const QString path = disk.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(FileOutput::write(path, QByteArray(1000, 'a')));
    Status written;
    {
        std::optional<test::FileSizeLimit> limit;
        if (test::SmallDisk::kind() == test::SmallDisk::Kind::FileSizeLimit) {
            limit.emplace(64 * 1024);
        }
        written = FileOutput::write(path, QByteArray(200 * 1024, 'b'));
    }
    QVERIFY(!written);
    QVERIFY2(written.errorString().contains(test::SmallDisk::fullDiskReason()), qPrintable(written.errorString()));
    QCOMPARE(test::fileBytes(path), QByteArray(1000, 'a'));
    QCOMPARE(test::filesIn(disk.path()), QStringList {QStringLiteral("letter.pdf")});
}

void TestFullDisk::checkpointCutShortIsNoDamage()
{
    // A full disk can stop SQLite while it copies its log into the file: the
    // file's header then counts pages the file does not have yet, which the
    // log still holds. That is a healthy database. Made with the sqlite3
    // program under RLIMIT_FSIZE, whatever the disk kind: the log fits, the
    // file cannot grow.
    const QString path = m_shared->filePath(QStringLiteral("cut-short.sqlite"));
    QCOMPARE(
        abonent(
            {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"), QStringLiteral("30")})
            .exitCode,
        0);
    const qint64 size = QFileInfo(path).size();
    QProcess writer;
    test::SmallDisk::limitFileSizeOf(writer, rlim_t(size));
    writer.start(QStringLiteral("sqlite3"), {path});
    writer.write("PRAGMA wal_autocheckpoint = 0;\n"
                 "CREATE TABLE padding (bytes BLOB);\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
                 " INSERT INTO padding SELECT randomblob(1000) FROM n;\n"
                 "PRAGMA wal_checkpoint;\n");
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(60000));
    const QByteArray header = test::fileBytes(path).left(100);
    const qint64 pagesSaid = qFromBigEndian<quint32>(header.constData() + 28);
    const qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    QVERIFY2(pagesSaid * pageSize > QFileInfo(path).size(), "the checkpoint was not cut short");
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    {
        auto read = openAbonentDatabase(path, Database::Mode::ReadOnly);
        QVERIFY2(read, qPrintable(read.errorString()));
        QCOMPARE(sql::scalar(read.value()->connection(), QStringLiteral("SELECT count(*) FROM padding")).value(), 200);
    }
    const Run check = abonent({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(checkValue(check.out, QStringLiteral("integrity")), QStringLiteral("ok"));
}

void TestFullDisk::demoOnAFullDisk()
{
    // The same demo on a disk with room to spare, for its size and content.
    const QStringList options {
        QStringLiteral("--customers"), QStringLiteral("100"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25")};
    const QString reference = m_shared->filePath(QStringLiteral("demo-reference.sqlite"));
    QCOMPARE(abonent(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), reference} + options).exitCode, 0);
    const qint64 size = QFileInfo(reference).size();
    const QString digest = checkValue(
        abonent({QStringLiteral("check"), QStringLiteral("--digest"), QStringLiteral("--db"), reference}).out,
        QStringLiteral("digest"));
    QVERIFY(!digest.isEmpty());

    QStringList outcomes;
    for (const qint64 room : {size / 8, size / 2, size * 9 / 10, size * 3}) {
        const test::SmallDisk disk(room);
        QVERIFY(disk.isValid());
        const QString path = disk.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = abonent(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), path} + options, &disk);
        const QString context = QStringLiteral("%1 bytes: %2").arg(QString::number(room), demo.err);
        if (demo.exitCode == 0) {
            outcomes << QStringLiteral("written");
            const Run check =
                abonent({QStringLiteral("check"), QStringLiteral("--digest"), QStringLiteral("--db"), path});
            QCOMPARE(checkValue(check.out, QStringLiteral("integrity")), QStringLiteral("ok"));
            QCOMPARE(checkValue(check.out, QStringLiteral("digest")), digest);
            continue;
        }
        // The file was new: a demo that could not be written leaves nothing.
        QVERIFY2(demo.exitCode == 2, qPrintable(context));
        const QString removed =
            QDir::toNativeSeparators(path) + QStringLiteral(" did not exist before; it was removed again.");
        const bool fillFailed = demo.err.contains(QStringLiteral("None of it was kept"));
        QVERIFY2(demo.err.contains(removed), qPrintable(context));
        QVERIFY2(fillFailed || demo.err.contains(QStringLiteral("It was rolled back")), qPrintable(context));
        outcomes << (fillFailed ? QStringLiteral("data not kept") : QStringLiteral("schema not set up"));
        QCOMPARE(test::filesIn(disk.path()), QStringList());
    }
    qInfo("Demo by disk size: %s", qPrintable(outcomes.join(QStringLiteral(", "))));
    QVERIFY2(outcomes.contains(QStringLiteral("data not kept")), "no disk stopped the demo while it wrote its data");
    QVERIFY(outcomes.contains(QStringLiteral("written")));
}

void TestFullDisk::demoOverAnOfficeOnAFullDisk()
{
    // --force replaces what a database holds: on a full disk, what it held stays.
    const QString original = m_shared->filePath(QStringLiteral("small-office.sqlite"));
    QCOMPARE(abonent({QStringLiteral("demo"),
                      QStringLiteral("--db"),
                      original,
                      QStringLiteral("--customers"),
                      QStringLiteral("20")})
                 .exitCode,
             0);
    const QByteArray before = test::contentDigestOf(original);
    const qint64 size = QFileInfo(original).size();
    int kept = 0;
    for (const qint64 room : {size + 64 * 1024, size + 512 * 1024, size * 20}) {
        const test::SmallDisk disk(room);
        QVERIFY(disk.isValid());
        const QString path = disk.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(QFile::copy(original, path));
        const Run demo = abonent({QStringLiteral("demo"),
                                  QStringLiteral("--db"),
                                  path,
                                  QStringLiteral("--force"),
                                  QStringLiteral("--customers"),
                                  QStringLiteral("300"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("2")},
                                 &disk);
        const QString context = QStringLiteral("%1 bytes: %2").arg(QString::number(room), demo.err);
        const Run check = abonent({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(context + check.err));
        QCOMPARE(checkValue(check.out, QStringLiteral("integrity")), QStringLiteral("ok"));
        if (demo.exitCode == 0) {
            QCOMPARE(checkValue(check.out, QStringLiteral("customers")), QStringLiteral("300"));
            continue;
        }
        QVERIFY2(demo.exitCode == 2, qPrintable(context));
        QVERIFY2(demo.err.contains(QStringLiteral("None of it was kept")), qPrintable(context));
        QVERIFY2(!demo.err.contains(QStringLiteral("removed")), qPrintable(context));
        QCOMPARE(test::contentDigestOf(path), before);
        ++kept;
    }
    QVERIFY2(kept > 0, "no disk was small enough to stop the demo");
}

void TestFullDisk::upgradeOnAFullDisk()
{
    // tst_datasafety upgrades in process under a file size limit; this is
    // the command, on disks of several sizes.
    const QString fixture = QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite");
    const QByteArray before = test::contentDigestOf(fixture);
    const qint64 size = QFileInfo(fixture).size();
    QStringList outcomes;
    for (const qint64 room : {size + size / 3, size * 2, size * 3, size * 4, size * 12}) {
        const test::SmallDisk disk(room);
        QVERIFY(disk.isValid());
        const QString path = disk.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray bytes = test::fileBytes(path);
        const Run upgrade = abonent(
            {QStringLiteral("check"), QStringLiteral("--rebuild-rollups"), QStringLiteral("--db"), path}, &disk);
        const QString context = QStringLiteral("%1 bytes: %2").arg(QString::number(room), upgrade.err);
        const QStringList backups = QDir(disk.path()).entryList({QStringLiteral("old.sqlite.v1-*.bak")});
        int version = 0;
        {
            auto reopened = openAbonentDatabase(path, Database::Mode::ReadOnly);
            QVERIFY2(reopened, qPrintable(context + reopened.errorString()));
            version = reopened.value()->schemaVersion();
        }
        QCOMPARE(test::runSqlite3(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        if (upgrade.err.contains(QStringLiteral("Could not back up"))) {
            outcomes << QStringLiteral("backup failed");
            QVERIFY2(upgrade.exitCode == 2 && upgrade.err.contains(QStringLiteral("nothing was changed")),
                     qPrintable(context));
            QCOMPARE(test::fileBytes(path), bytes);
            QCOMPARE(test::filesIn(disk.path()), QStringList {QStringLiteral("old.sqlite")});
        } else if (upgrade.err.contains(QStringLiteral("rolled back"))) {
            outcomes << QStringLiteral("rolled back");
            QVERIFY2(upgrade.exitCode == 2 && upgrade.err.contains(QStringLiteral("still at schema version 1")),
                     qPrintable(context));
            QCOMPARE(version, 1);
            QCOMPARE(test::contentDigestOf(path), before);
            QCOMPARE(backups.size(), 1);
            QVERIFY2(upgrade.err.contains(backups.first()), qPrintable(context));
            QCOMPARE(test::contentDigestOf(disk.filePath(backups.first())), before);
        } else if (upgrade.err.contains(QStringLiteral("Upgraded the database"))) {
            outcomes << QStringLiteral("upgraded");
            QCOMPARE(version, latestSchemaVersion());
            QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("12"));
            QCOMPARE(test::runSqlite3(path, QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("60"));
            QCOMPARE(backups.size(), 1);
            QCOMPARE(test::contentDigestOf(disk.filePath(backups.first())), before);
            // Rebuilding the roll-ups comes after the upgrade and may not fit.
            QVERIFY2(upgrade.exitCode == 0 || upgrade.err.contains(QStringLiteral("roll-ups could not be rebuilt")),
                     qPrintable(context));
        } else {
            QFAIL(qPrintable(QStringLiteral("a message that says nothing of the file: ") + context));
        }
    }
    qInfo("Upgrade by disk size: %s", qPrintable(outcomes.join(QStringLiteral(", "))));
    QVERIFY2(outcomes.contains(QStringLiteral("rolled back")), qPrintable(outcomes.join(QStringLiteral(", "))));
    QVERIFY2(outcomes.contains(QStringLiteral("upgraded")), qPrintable(outcomes.join(QStringLiteral(", "))));
}

void TestFullDisk::lettersOnAFullDisk_data()
{
    QTest::addColumn<bool>("databaseOnTheDisk");
    QTest::newRow("the letters' files on the small disk") << false;
    QTest::newRow("the database on the small disk") << true;
}

void TestFullDisk::lettersOnAFullDisk()
{
    QFETCH(bool, databaseOnTheDisk);
    const qint64 officeSize = QFileInfo(m_office).size();
    const QMap<QString, QString> issuedBefore = registerOf(m_office);
    QStringList outcomes;
    for (const qint64 room : {qint64(4096), qint64(40 * 1024), qint64(100 * 1024), qint64(2 * 1024 * 1024)}) {
        // A tmpfs holds the database too; a file size limit applies to each
        // file alike, wherever it is (then both rows try the same).
        const bool holdsTheDatabase = databaseOnTheDisk && test::SmallDisk::kind() == test::SmallDisk::Kind::Tmpfs;
        test::SmallDisk disk(holdsTheDatabase ? officeSize + room : room);
        QVERIFY(disk.isValid());
        QTemporaryDir elsewhere;
        const QString db = databaseOnTheDisk ? disk.filePath(QStringLiteral("office.sqlite"))
                                             : elsewhere.filePath(QStringLiteral("office.sqlite"));
        const QString out =
            databaseOnTheDisk ? elsewhere.filePath(QStringLiteral("out")) : disk.filePath(QStringLiteral("out"));
        QVERIFY(QFile::copy(m_office, db));
        QProcess issue;
        disk.limit(issue);
        issue.start(QStringLiteral(ABONENT_EXECUTABLE),
                    {QStringLiteral("letters"),
                     QStringLiteral("issue"),
                     QStringLiteral("--as"),
                     test::ownerLogin(m_office),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--template"),
                     QStringLiteral("service_report"),
                     QStringLiteral("--out"),
                     out});
        issue.write(m_contracts.join(QLatin1Char('\n')).toUtf8());
        issue.closeWriteChannel();
        const Run run = finish(issue);
        const QString context = QStringLiteral("%1 bytes of room:\n%2").arg(QString::number(room), run.said());

        // While the disk is full, the database reads, or the message says
        // why without calling it damaged.
        const Run full = abonent({QStringLiteral("check"), QStringLiteral("--db"), db}, &disk);
        QVERIFY2(
            full.exitCode == 0
                || (full.err.contains(QStringLiteral("may be full")) && !full.err.contains(QStringLiteral("damaged"))),
            qPrintable(context + full.err));

        // With room again, the register is healthy, what it held before is
        // kept, and what it holds now is what the command said it issued.
        QVERIFY(disk.makeRoom(officeSize * 4));
        const Run check = abonent({QStringLiteral("check"), QStringLiteral("--db"), db}, &disk);
        QVERIFY2(check.exitCode == 0, qPrintable(context + check.err));
        QCOMPARE(checkValue(check.out, QStringLiteral("integrity")), QStringLiteral("ok"));
        QCOMPARE(checkValue(check.out, QStringLiteral("register")), QStringLiteral("ok"));
        const QMap<QString, QString> issuedNow = registerOf(db);
        QStringList issuedHere;
        for (auto letter = issuedNow.cbegin(); letter != issuedNow.cend(); ++letter) {
            if (issuedBefore.contains(letter.key())) {
                QCOMPARE(letter.value(), issuedBefore.value(letter.key()));
            } else {
                issuedHere << letter.key();
            }
        }
        QCOMPARE(issuedNow.size() - issuedHere.size(), issuedBefore.size());

        // Every file said to be written is whole: the PDF the register holds.
        QStringList written;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString number = line.section(QLatin1Char('\t'), 0, 0);
            const QString file = line.section(QLatin1Char('\t'), 1);
            QVERIFY2(issuedHere.contains(number), qPrintable(context));
            QVERIFY2(sha256Of(file) == issuedNow.value(number),
                     qPrintable(file + QStringLiteral(" is not whole\n") + context));
            written << QFileInfo(file).fileName();
        }
        written.sort();
        QCOMPARE(test::filesIn(out), written);
        if (run.exitCode == 0) {
            QCOMPARE(written.size(), m_contracts.size());
            outcomes << QStringLiteral("%1 bytes: all %2 letters")
                            .arg(QString::number(room), QString::number(written.size()));
            continue;
        }

        // Otherwise each customer without a file is named once, with why,
        // or among those not tried; and what was issued is said.
        QVERIFY2(run.exitCode == 2, qPrintable(context));
        QStringList withoutFile;
        QStringList notIssued;
        QStringList notTried;
        for (const QString& line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString contract = line.section(QStringLiteral(": "), 0, 0);
            if (m_contracts.contains(contract)) {
                (line.contains(QStringLiteral(" is issued, but its file is not")) ? withoutFile : notIssued)
                    << contract;
            } else if (line.contains(QStringLiteral("not tried: "))) {
                notTried = line.section(QStringLiteral("not tried: "), 1).chopped(1).split(QStringLiteral(", "));
            }
        }
        if (written.isEmpty() && withoutFile.isEmpty() && notIssued.isEmpty()) {
            // Stopped before the first letter: no file could be written, or
            // the database could not be opened, which is not called damaged.
            QVERIFY2(issuedHere.isEmpty(), qPrintable(context));
            QVERIFY2(run.err.contains(QStringLiteral("No letter was issued."))
                         || (run.err.contains(QStringLiteral("may be full"))
                             && !run.err.contains(QStringLiteral("damaged"))),
                     qPrintable(context));
            outcomes << QStringLiteral("%1 bytes: none").arg(QString::number(room));
            continue;
        }
        QCOMPARE(written.size() + withoutFile.size() + notIssued.size() + notTried.size(), m_contracts.size());
        QCOMPARE(issuedHere.size(), written.size() + withoutFile.size());
        const QString issuedLine = issuedHere.isEmpty()
            ? QStringLiteral("No letter was issued.")
            : QStringLiteral("Issued: %1.").arg(issuedHere.join(QStringLiteral(", ")));
        QVERIFY2(run.err.contains(issuedLine), qPrintable(issuedLine + QStringLiteral(" not said:\n") + context));
        // A full disk stops the batch at the first letter it stops: the rest
        // would fail alike.
        QVERIFY2(withoutFile.size() + notIssued.size() == 1, qPrintable(context));
        QVERIFY2(run.err.contains(test::SmallDisk::fullDiskReason())
                     || run.err.contains(QStringLiteral("database or disk is full"))
                     || run.err.contains(QStringLiteral("disk I/O error")),
                 qPrintable(context));
        outcomes << QStringLiteral("%1 bytes: %2 issued (%3 without its file), stopped")
                        .arg(QString::number(room),
                             QString::number(issuedHere.size()),
                             QString::number(withoutFile.size()));
    }
    qInfo("Letters by room: %s", qPrintable(outcomes.join(QStringLiteral("; "))));
    QVERIFY2(!outcomes.filter(QStringLiteral("stopped")).isEmpty()
                 || !outcomes.filter(QStringLiteral("none")).isEmpty(),
             "no disk was small enough to stop the letters");
}

void TestFullDisk::demoInAReadOnlyFolder()
{
    // A new file where no file can be made; then an office already there.
    const QString folder = userFolder(QStringLiteral("read-only demo"));
    QVERIFY(!folder.isEmpty());
    const QString office = folder + QStringLiteral("/office.sqlite");
    QCOMPARE(abonentAsUser({QStringLiteral("demo"),
                            QStringLiteral("--db"),
                            office,
                            QStringLiteral("--customers"),
                            QStringLiteral("20")})
                 .exitCode,
             0);
    makeReadOnly(folder);
    const QByteArray before = test::fileBytes(office);

    const QString fresh = folder + QStringLiteral("/new.sqlite");
    const Run created = abonentAsUser({QStringLiteral("demo"), QStringLiteral("--db"), fresh});
    QCOMPARE(created.exitCode, 2);
    QVERIFY2(created.err.contains(QStringLiteral("Cannot create the database ") + fresh), qPrintable(created.err));
    QVERIFY2(created.err.contains(QStringLiteral("you may not create files in its folder")), qPrintable(created.err));

    const Run replaced = abonentAsUser({QStringLiteral("demo"),
                                        QStringLiteral("--db"),
                                        office,
                                        QStringLiteral("--force"),
                                        QStringLiteral("--customers"),
                                        QStringLiteral("50")});
    QCOMPARE(replaced.exitCode, 2);
    QVERIFY2(replaced.err.contains(QStringLiteral("is open for reading only")), qPrintable(replaced.err));
    QVERIFY2(replaced.err.contains(QStringLiteral("Nothing was written.")), qPrintable(replaced.err));

    QCOMPARE(test::filesIn(folder), QStringList {QStringLiteral("office.sqlite")});
    QCOMPARE(test::fileBytes(office), before);
    const Run check = abonentAsUser({QStringLiteral("check"), QStringLiteral("--db"), office});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(checkValue(check.out, QStringLiteral("integrity")), QStringLiteral("ok"));
    QCOMPARE(checkValue(check.out, QStringLiteral("customers")), QStringLiteral("20"));
}

void TestFullDisk::upgradeInAReadOnlyFolder()
{
    // tst_readonlydatabase refuses it in process; this is the command that would upgrade it.
    const QString folder = userFolder(QStringLiteral("read-only upgrade"));
    QVERIFY(!folder.isEmpty());
    const QString path = folder + QStringLiteral("/old.sqlite");
    QVERIFY(QFile::copy(QStringLiteral(ABONENT_TEST_DATA "/abonent-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    if (m_asNobody) {
        QCOMPARE(::chown(QFile::encodeName(path).constData(), m_nobodyUid, m_nobodyGid), 0);
    }
    makeReadOnly(folder);
    const QByteArray before = test::fileBytes(path);
    const Run upgrade =
        abonentAsUser({QStringLiteral("check"), QStringLiteral("--rebuild-rollups"), QStringLiteral("--db"), path});
    QCOMPARE(upgrade.exitCode, 2);
    QVERIFY2(upgrade.err.contains(QStringLiteral("has schema version 1 and needs an upgrade")),
             qPrintable(upgrade.err));
    QVERIFY2(upgrade.err.contains(QStringLiteral("It was left untouched.")), qPrintable(upgrade.err));
    QCOMPARE(test::filesIn(folder), QStringList {QStringLiteral("old.sqlite")});
    QCOMPARE(test::fileBytes(path), before);
    // And it is still read as it is.
    const Run check = abonentAsUser({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(checkValue(check.out, QStringLiteral("schema_version")), QStringLiteral("1"));
}

void TestFullDisk::lettersIntoAReadOnlyFolder()
{
    // The database may be written, the folder for the letters' files not:
    // a letter issued there would have no file, so none is issued.
    const QString folder = userFolder(QStringLiteral("letters office"));
    QVERIFY(!folder.isEmpty());
    const QString db = folder + QStringLiteral("/office.sqlite");
    QVERIFY(QFile::copy(m_office, db));
    if (m_asNobody) {
        QCOMPARE(::chown(QFile::encodeName(db).constData(), m_nobodyUid, m_nobodyGid), 0);
    }
    const QString out = userFolder(QStringLiteral("read-only letters"));
    QVERIFY(!out.isEmpty());
    makeReadOnly(out);
    const QMap<QString, QString> before = registerOf(db);
    const Run issue = abonentAsUser({QStringLiteral("letters"),
                                     QStringLiteral("issue"),
                                     QStringLiteral("--as"),
                                     test::ownerLogin(m_office),
                                     QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("--template"),
                                     QStringLiteral("service_report"),
                                     QStringLiteral("--customer"),
                                     m_contracts.at(0),
                                     QStringLiteral("--customer"),
                                     m_contracts.at(1),
                                     QStringLiteral("--out"),
                                     out});
    QCOMPARE(issue.exitCode, 2);
    QVERIFY2(issue.err.contains(QStringLiteral("Files cannot be written in ") + out), qPrintable(issue.err));
    QVERIFY2(issue.err.contains(QStringLiteral("No letter was issued.")), qPrintable(issue.err));
    QCOMPARE(issue.out, QString());
    QCOMPARE(registerOf(db), before);
    QCOMPARE(test::filesIn(out), QStringList());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
