#include "AppPaths.h"
#include "FileOutput.h"
#include "OwnerOnly.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

namespace {

#ifdef Q_OS_UNIX
// The permission bits as chmod sets them (QFileInfo's "User" flags describe
// whoever runs the test, so they are left out).
QFileDevice::Permissions modeOf(const QString& path)
{
    const QFileDevice::Permissions bits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo(path).permissions() & bits;
}

const QFileDevice::Permissions k0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions k0700 = k0600 | QFileDevice::ExeOwner;
const QFileDevice::Permissions k0644 = k0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const QFileDevice::Permissions k0755 =
    k0700 | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
#endif

} // namespace

// Letters, exports and the folders made for them hold personal data: they
// are readable by their owner only (0600 files, 0700 folders on Unix).
class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writtenFilesAreTheOwnersOnly();
    void replacingAFileIsStillAtomic();
    void madeFoldersAreTheOwnersOnly();
    void existingFilesAndFoldersAreRestricted();
    void theDataFolderIsTheOwnersOnly();

private:
    QTemporaryDir m_dir;
};

void TestPrivacy::initTestCase()
{
    test::useOwnUserFolders();
    QVERIFY(m_dir.isValid());
}

void TestPrivacy::writtenFilesAreTheOwnersOnly()
{
#ifdef Q_OS_UNIX
    // A new file, whatever the umask lets others read.
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(FileOutput::write(letter, "%PDF-1.4 a letter"));
    QCOMPARE(modeOf(letter), k0600);
    // A file that was readable by everybody is not after it is written again.
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    test::writeFile(report, "contract;name\n");
    QVERIFY(QFile::setPermissions(report, k0644));
    QVERIFY(FileOutput::write(report, "contract;name\nA-1;Ann\n"));
    QCOMPARE(modeOf(report), k0600);
#else
    QSKIP("Permission bits are Unix's; Windows keeps the profile's ACLs.");
#endif
}

void TestPrivacy::replacingAFileIsStillAtomic()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("export.csv"));
    QVERIFY(FileOutput::write(path, "the first version\n"));
#ifdef Q_OS_UNIX
    // Someone reading the file while it is replaced reads the old one whole:
    // the new one is renamed into place, not written over it.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
#endif
    QVERIFY(FileOutput::write(path, "the second version, longer than the first\n"));
#ifdef Q_OS_UNIX
    QCOMPARE(reader.readAll(), QByteArray("the first version\n"));
#endif
    QCOMPARE(test::fileDigest(path),
             QCryptographicHash::hash("the second version, longer than the first\n", QCryptographicHash::Sha256));
    // No temporary file is left beside it.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("export.csv")});
}

void TestPrivacy::madeFoldersAreTheOwnersOnly()
{
#ifdef Q_OS_UNIX
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(QFile::setPermissions(shared, k0755));
    const QString letters = shared + QStringLiteral("/office/letters/2026");
    QVERIFY(OwnerOnly::makeFolder(letters));
    const QStringList made {shared + QStringLiteral("/office"), shared + QStringLiteral("/office/letters"), letters};
    for (const QString& part : made) {
        QVERIFY2(QFileInfo(part).isDir(), qPrintable(part));
        QCOMPARE(modeOf(part), k0700);
    }
    // A folder that was there is the person's: it keeps its permissions.
    QCOMPARE(modeOf(shared), k0755);
    QVERIFY(OwnerOnly::makeFolder(shared));
    QCOMPARE(modeOf(shared), k0755);
#else
    QSKIP("Permission bits are Unix's; Windows keeps the profile's ACLs.");
#endif
}

void TestPrivacy::existingFilesAndFoldersAreRestricted()
{
#ifdef Q_OS_UNIX
    const QString backup = m_dir.filePath(QStringLiteral("abonent.sqlite.bak"));
    test::writeFile(backup, "SQLite format 3");
    QVERIFY(QFile::setPermissions(backup, k0644));
    QVERIFY(OwnerOnly::restrictExisting(backup));
    QCOMPARE(modeOf(backup), k0600);
    QCOMPARE(test::fileDigest(backup), QCryptographicHash::hash("SQLite format 3", QCryptographicHash::Sha256));

    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, k0755));
    QVERIFY(OwnerOnly::restrictExisting(folder));
    QCOMPARE(modeOf(folder), k0700);

    QVERIFY(!OwnerOnly::restrictExisting(m_dir.filePath(QStringLiteral("missing"))));
#else
    QSKIP("Permission bits are Unix's; Windows keeps the profile's ACLs.");
#endif
}

void TestPrivacy::theDataFolderIsTheOwnersOnly()
{
#ifdef Q_OS_UNIX
    // (QStandardPaths test mode: a folder of the tests' own.)
    const QString folder = AppPaths::dataFolder();
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(AppPaths::makeDataFolder());
    QCOMPARE(modeOf(folder), k0700);
    QCOMPARE(QFileInfo(AppPaths::defaultDatabasePath()).absolutePath(), folder);
    // One an earlier version made readable by everybody is restricted.
    QVERIFY(QFile::setPermissions(folder, k0755));
    QVERIFY(AppPaths::makeDataFolder());
    QCOMPARE(modeOf(folder), k0700);
#else
    QSKIP("Permission bits are Unix's; Windows keeps the profile's ACLs.");
#endif
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
