#include "AbonentDatabase.h"
#include "NetworkShare.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// SQLite over NFS or SMB is how offices lose data: such a file is refused
// for work (reading a copy there stays possible).
class TestNetworkShare : public QObject
{
    Q_OBJECT

private slots:
    void networkFileSystemsAreKnownByTheirType();
    void aLocalFolderIsNotAShare();
    void aFileYetToBeMadeIsJudgedByItsFolder();
#ifdef Q_OS_WIN
    void aUncPathIsAShare();
#endif
};

void TestNetworkShare::networkFileSystemsAreKnownByTheirType()
{
    for (const char* type : {"nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "CIFS"}) {
        QVERIFY2(NetworkShare::isNetworkType(type), type);
    }
    for (const char* type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "vfat", "ntfs", "fuseblk", ""}) {
        QVERIFY2(!NetworkShare::isNetworkType(type), type);
    }
}

void TestNetworkShare::aLocalFolderIsNotAShare()
{
    QTemporaryDir dir;
    QVERIFY(!NetworkShare::kindOf(dir.path()));
    // And a database there opens as always.
    auto database = openAbonentDatabase(dir.filePath(QStringLiteral("office.sqlite")), Database::Mode::Create);
    QVERIFY2(database, qPrintable(database.errorString()));
}

void TestNetworkShare::aFileYetToBeMadeIsJudgedByItsFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("not/yet/made/office.sqlite"));
    QVERIFY(!NetworkShare::kindOf(missing));
    QCOMPARE(NetworkShare::kindOf(missing).has_value(), NetworkShare::kindOf(dir.path()).has_value());
}

#ifdef Q_OS_WIN
void TestNetworkShare::aUncPathIsAShare()
{
    const QString share = QStringLiteral("\\\\server\\office\\abonent.sqlite");
    QVERIFY(NetworkShare::kindOf(share));
    auto database = openAbonentDatabase(share, Database::Mode::ReadWrite);
    QVERIFY(!database);
    QVERIFY2(database.errorString().contains(QStringLiteral("PostgreSQL")), qPrintable(database.errorString()));
}
#endif

QTEST_GUILESS_MAIN(TestNetworkShare)
#include "tst_networkshare.moc"
