#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <span>

namespace abonent {

// Everything one desk remembers between runs (QSettings: the registry on
// Windows, a .conf file on Linux). The database holds what the office
// shares; this holds what belongs to this seat.
enum class DeskSetting {
    Language, // "system" or a language code
    LastDatabase, // the file the window opened last
    DeskId, // this seat's id for its call drafts, made on first use
    WindowGeometry,
    WindowState,
    CustomerColumns, // the customer list's header
    ExportFolder, // where files were last saved
    CsvSeparator,
    CsvByteOrderMark,
    PhoneEnabled,
    PhoneHost,
    PhonePort,
    PhoneUser,
    PhoneExtension,
    RecordingsWhere, // a folder (local or a mounted share) or a URL the recordings are under
    RecordingsPattern, // a recording's file name from the call's identifiers
    RecordingsPbxFolder, // where the phone system itself writes them, as its events name them
    CardSplit, // how tall a customer card's details were last dragged to, in pixels
    CardDetailsShown, // whether cards show the details above the timeline
    CardSideTab, // the notes (0) or the economics (1) beside a card's details
    DailyBackup, // whether the window copies the database once a day as it closes
    DailyBackupsKept, // how many of those copies are kept
    DailyBackupFolder,
    BackupFolder, // where File ▸ Back Up… last wrote a copy
};

// A key an older Abonent wrote under another name.
struct SettingRename
{
    int fromVersion; // the layout version that still used `oldKey`
    const char* oldKey;
    DeskSetting setting;
};

// The one table of the desk's settings: each key is spelled and defaulted
// here alone, and callers name a DeskSetting, never a key (as KeePassXC's
// Config does). Every function has a form on the application's own
// QSettings() and one on a given QSettings (tests use INI files).
class DeskSettings
{
public:
    // The key layout this program writes. A release that renames a key
    // raises it and lists the rename in renames().
    static constexpr int kVersion = 1;

    static QString key(DeskSetting setting);
    static QVariant defaultValue(DeskSetting setting);

    static QVariant value(const QSettings& settings, DeskSetting setting);
    static void setValue(QSettings& settings, DeskSetting setting, const QVariant& value);
    static QVariant value(DeskSetting setting);
    static void setValue(DeskSetting setting, const QVariant& value);

    // Operator ids belong to a database, so the operator sitting at this desk
    // is kept per database file, under a key made from its path.
    static QString deskOperatorKey(const QString& databasePath);

    // The layout version the settings were written with (0: before versions).
    static int versionOf(const QSettings& settings);
    // Moves values from the keys older versions used to today's and records
    // kVersion. A value already under today's key wins. Run once at start.
    static void upgrade(QSettings& settings, std::span<const SettingRename> renames = DeskSettings::renames());
    static std::span<const SettingRename> renames();
};

} // namespace abonent
