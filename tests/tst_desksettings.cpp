#include "DeskSettings.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace abonent;

// The desk's settings table: one key and one default for each setting, and
// upgrades of keys an older Abonent wrote.
class TestDeskSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySettingHasItsOwnKey();
    void aSettingNotStoredReadsAsItsDefault();
    void storedValuesAreReadBack();
    void theDeskOperatorIsKeptPerDatabaseFile();
    void upgradeMovesRenamedKeysAndRecordsTheVersion();
    void upgradeKeepsAValueAlreadyUnderTheNewKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestDeskSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
}

void TestDeskSettings::cleanup()
{
    // The settings first: they write their file when they go, and that
    // would make the folder again after it was removed.
    m_settings.reset();
    m_dir.reset();
}

void TestDeskSettings::everySettingHasItsOwnKey()
{
    QSet<QString> keys;
    for (int value = int(DeskSetting::Language); value <= int(DeskSetting::PhoneExtension); ++value) {
        const QString key = DeskSettings::key(static_cast<DeskSetting>(value));
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(value)));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), int(DeskSetting::PhoneExtension) + 1);
    // Keys a user's existing settings already hold keep their spelling.
    QCOMPARE(DeskSettings::key(DeskSetting::Language), QStringLiteral("ui/language"));
    QCOMPARE(DeskSettings::key(DeskSetting::LastDatabase), QStringLiteral("database/last"));
    QCOMPARE(DeskSettings::key(DeskSetting::PhoneHost), QStringLiteral("phone/host"));
}

void TestDeskSettings::aSettingNotStoredReadsAsItsDefault()
{
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::Language).toString(), QStringLiteral("system"));
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::PhonePort).toInt(), 5038);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::PhoneEnabled).toBool(), false);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::CsvByteOrderMark).toBool(), true);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::ExportFolder).toString(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QVERIFY(!DeskSettings::value(*m_settings, DeskSetting::LastDatabase).isValid());
    // The separator follows the locale's decimal mark.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::CsvSeparator).toString(), QStringLiteral(";"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::CsvSeparator).toString(), QStringLiteral(","));
    QLocale::setDefault(QLocale::c());
}

void TestDeskSettings::storedValuesAreReadBack()
{
    DeskSettings::setValue(*m_settings, DeskSetting::PhonePort, 15038);
    DeskSettings::setValue(*m_settings, DeskSetting::Language, QStringLiteral("uk"));
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::PhonePort).toInt(), 15038);
    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("uk"));
}

void TestDeskSettings::theDeskOperatorIsKeptPerDatabaseFile()
{
    const QString one = DeskSettings::deskOperatorKey(m_dir->filePath(QStringLiteral("one.sqlite")));
    const QString two = DeskSettings::deskOperatorKey(m_dir->filePath(QStringLiteral("two.sqlite")));
    QVERIFY(one.startsWith(QLatin1String("desk/operator-")));
    QVERIFY(one != two);
    // The same file named another way is the same database.
    QCOMPARE(DeskSettings::deskOperatorKey(m_dir->filePath(QStringLiteral("sub/../one.sqlite"))), one);
}

void TestDeskSettings::upgradeMovesRenamedKeysAndRecordsTheVersion()
{
    QCOMPARE(DeskSettings::versionOf(*m_settings), 0);
    m_settings->setValue(QStringLiteral("old/exportFolder"), QStringLiteral("/srv/exports"));
    const SettingRename renames[] {{0, "old/exportFolder", DeskSetting::ExportFolder}};
    DeskSettings::upgrade(*m_settings, renames);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::ExportFolder).toString(), QStringLiteral("/srv/exports"));
    QVERIFY(!m_settings->contains(QStringLiteral("old/exportFolder")));
    QCOMPARE(DeskSettings::versionOf(*m_settings), DeskSettings::kVersion);
    // Once at the current version, nothing is moved again.
    m_settings->setValue(QStringLiteral("old/exportFolder"), QStringLiteral("/tmp"));
    DeskSettings::upgrade(*m_settings, renames);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::ExportFolder).toString(), QStringLiteral("/srv/exports"));
}

void TestDeskSettings::upgradeKeepsAValueAlreadyUnderTheNewKey()
{
    m_settings->setValue(QStringLiteral("old/exportFolder"), QStringLiteral("/old"));
    DeskSettings::setValue(*m_settings, DeskSetting::ExportFolder, QStringLiteral("/new"));
    const SettingRename renames[] {{0, "old/exportFolder", DeskSetting::ExportFolder}};
    DeskSettings::upgrade(*m_settings, renames);
    QCOMPARE(DeskSettings::value(*m_settings, DeskSetting::ExportFolder).toString(), QStringLiteral("/new"));
    QVERIFY(!m_settings->contains(QStringLiteral("old/exportFolder")));
}

QTEST_GUILESS_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
