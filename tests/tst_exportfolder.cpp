#include "DeskSettings.h"
#include "ExportFolder.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// Where every export is first offered: the folder written to last while it
// is there, else the documents folder (made when missing), else the home
// folder. The home folder here is a temporary one, so the tests can take
// its documents folder away.
class TestExportFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theDocumentsFolderIsMadeWhenMissing();
    void homeWhenNoDocumentsFolderCanBeMade();
    void theFolderWrittenToLastWhileItIsThere();

private:
    QString documents() const { return QDir(m_home.path()).filePath(QStringLiteral("Documents")); }

    QTemporaryDir m_home;
};

void TestExportFolder::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before the first QSettings: its file is in this home too.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    test::useOwnUserFolders(); // no user-dirs.dirs: documents are $HOME/Documents
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), documents());
}

void TestExportFolder::init()
{
    QSettings().clear();
    QFile::remove(documents());
    QDir(documents()).removeRecursively();
}

void TestExportFolder::theDocumentsFolderIsMadeWhenMissing()
{
    QVERIFY(!QFileInfo::exists(documents()));
    QCOMPARE(ExportFolder::folder(), documents());
    QVERIFY(QFileInfo(documents()).isDir());
}

void TestExportFolder::homeWhenNoDocumentsFolderCanBeMade()
{
    // A file where the folder would be: no folder can be made there.
    test::writeFile(documents(), "not a folder");
    QCOMPARE(ExportFolder::folder(), m_home.path());
    QVERIFY(QFileInfo(documents()).isFile());
}

void TestExportFolder::theFolderWrittenToLastWhileItIsThere()
{
    const QString last = QDir(m_home.path()).filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(last));
    ExportFolder::remember(QDir(last).filePath(QStringLiteral("table.csv")));
    QCOMPARE(ExportFolder::folder(), last);
    // Gone (a USB stick taken out): the documents folder, and the old one is not made again.
    QVERIFY(QDir(last).removeRecursively());
    QCOMPARE(ExportFolder::folder(), documents());
    QVERIFY(!QFileInfo::exists(last));
}

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
